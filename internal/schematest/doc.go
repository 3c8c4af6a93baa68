// Package schematest holds the checks every package with JSON Schemas runs in its tests: the
// committed schemas are current, and an independent JSON Schema validator agrees with
// Document.Read on a corpus of documents.
package schematest
