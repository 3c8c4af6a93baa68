// Command pfdo is the library's command-line tool, for regional teams whose systems are not
// written in Go: it reads JSON documents and prints readable text or JSON.
//
// Usage:
//
//	pfdo validate KIND FILE [--lang ru|en] [--format text|json]
//	pfdo schema KIND [--out DIR]
//	pfdo kinds [--lang ru|en]
//
// validate reads FILE ("-" for standard input) as a document of the given kind (see kinds),
// decodes it strictly and checks every rule; it prints every problem, each naming the file, the
// field, the rule and the value, in Russian (the default) or English. schema prints the JSON
// Schema of a kind, or writes it to DIR/KIND.json.
//
// Exit codes:
//
//	0  success: the document is valid, the schema was written
//	1  the document is invalid (each problem is printed)
//	2  wrong usage: unknown command, kind or flag, missing argument
//	3  a file could not be read or written
package main
