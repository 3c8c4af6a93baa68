// Command pfdo is the library's command-line tool, for regional teams whose systems are not
// written in Go: it reads JSON documents and prints readable text or JSON.
//
// Usage:
//
//	pfdo demo
//	pfdo validate KIND FILE [--lang ru|en] [--format text|json]
//	pfdo schema KIND [--out DIR]
//	pfdo kinds [--lang ru|en]
//	pfdo cost PARAMETERS PROGRAM --municipality M --territory urban|rural --date YYYY-MM-DD
//	          [--profile FILE] [--format text|json] [--lang ru|en]
//	pfdo quote REQUEST [--format text|json]
//	pfdo schedule status ROADMAP [PROGRESS] --date D [--format text|json]
//	pfdo schedule rollout ROLLOUT --date D [--format text|json]
//	pfdo schedule gantt ROADMAP|ROLLOUT [PROGRESS] --date D --out FILE.svg
//	pfdo simulate [--certificates N] [--months M] [--seed S] [--format text|json]
//	pfdo vectors run|list [DIR] [--format text|json]
//
// demo runs the scenarios of package examples over the data shipped in the repository: the
// Tomsk rollout, the KBR roadmap, a normative cost with its trace, a contract's life and a month
// of payments.
//
// validate reads FILE ("-" for standard input) as a document of the given kind (see kinds),
// decodes it strictly and checks every rule; it prints every problem, each naming the file, the
// field, the rule and the value, in Russian (the default) or English. schema prints the JSON
// Schema of a kind, or writes it to DIR/KIND.json. cost reads a parameter set and a program,
// computes the normative cost of every module as of the date for the municipality and territory,
// prints each with its trace (why the cost is what it is, with the act behind each value), and
// checks the program against the norms: the profile's price cap (the pfdo2017 profile, or the
// one in --profile) and any normative cost the program states. quote prints a contract's money
// (domain reference §5) from a quote request. schedule reports a roadmap's status as of a date
// (with the completions of a progress file), the mechanisms in force per municipality of a
// rollout, or draws either as an SVG Gantt chart. simulate runs a synthetic region of N
// certificates through the ledger for M months from September (seeded, reproducible) and prints
// throughput, peak memory, the money of each party and whether the conservation law holds; a
// progress bar goes to standard error. vectors runs the language-neutral test vectors of
// testdata/vectors (or DIR) against the library and prints each case, PASS or FAIL, and
// "N passed, M failed" on standard error; vectors list describes them. Another implementation
// reads the same files and compares its outputs with "expected".
//
// Exit codes:
//
//	0  success: the document is valid, the schema was written, the costs were computed
//	1  a document is invalid, or the program breaks a norm (each problem is printed)
//	2  wrong usage: unknown command, kind or flag, missing argument
//	3  a file could not be read or written
package main
