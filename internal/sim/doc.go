// Package sim runs a synthetic region through the certificate ledger month by month: the
// `pfdo simulate` command and its tests. Everything is drawn from a seeded generator, so a run
// is reproducible.
package sim
