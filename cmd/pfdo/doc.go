// Command pfdo is the library's command-line tool, for regional teams whose systems are not
// written in Go: it reads JSON documents and prints readable text or JSON.
//
// Usage:
//
//	pfdo validate KIND FILE [--lang ru|en] [--format text|json]
//	pfdo schema KIND [--out DIR]
//	pfdo kinds [--lang ru|en]
//	pfdo cost PARAMETERS PROGRAM --municipality M --territory urban|rural --date YYYY-MM-DD
//	          [--profile FILE] [--format text|json] [--lang ru|en]
//
// validate reads FILE ("-" for standard input) as a document of the given kind (see kinds),
// decodes it strictly and checks every rule; it prints every problem, each naming the file, the
// field, the rule and the value, in Russian (the default) or English. schema prints the JSON
// Schema of a kind, or writes it to DIR/KIND.json. cost reads a parameter set and a program,
// computes the normative cost of every module as of the date for the municipality and territory,
// prints each with its trace (why the cost is what it is, with the act behind each value), and
// checks the program against the norms: the profile's price cap (the pfdo2017 profile, or the
// one in --profile) and any normative cost the program states.
//
// Exit codes:
//
//	0  success: the document is valid, the schema was written, the costs were computed
//	1  a document is invalid, or the program breaks a norm (each problem is printed)
//	2  wrong usage: unknown command, kind or flag, missing argument
//	3  a file could not be read or written
package main
