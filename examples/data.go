package examples

import (
	"os"
	"path/filepath"
	"runtime"

	"github.com/pfdo-go/pfdo/pfdo"
)

// Data is the directory of the data the scenarios read: the repository's testdata, found next to
// this package's source.
func Data() string {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return "testdata"
	}
	return filepath.Join(filepath.Dir(file), "..", "testdata")
}

// read reads a document of the given kind from Data through the library's strict reader.
func read(docs []pfdo.Document, kind, name string) (any, error) {
	data, err := os.ReadFile(filepath.Join(Data(), name))
	if err != nil {
		return nil, err
	}
	doc, err := pfdo.FindDocument(docs, kind)
	if err != nil {
		return nil, err
	}
	return doc.Read(data, nil)
}
