// Package golden compares test output with files under testdata/golden, rewriting them when the
// test runs with -update, so that a deliberate change is reviewed in the diff.
package golden
