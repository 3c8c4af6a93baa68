// Package conformance holds the language-neutral test vectors of the library's money and date
// rules (testdata/vectors/*.json): their format, a deliberately simple reference computation that
// produced every expected value independently of the library (exact rationals with math/big),
// and the runner that checks the library — or, through `pfdo vectors run`, shows another
// implementation what to compare with.
package conformance
