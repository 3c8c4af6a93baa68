package certificate_test

import (
	"testing"

	"github.com/pfdo-go/pfdo/certificate"
	"github.com/pfdo-go/pfdo/internal/schematest"
)

// FuzzReadDocuments reads arbitrary bytes as each kind of document of the package; the seeds in
// testdata/fuzz/FuzzReadDocuments are the package's example documents.
func FuzzReadDocuments(f *testing.F) {
	schematest.FuzzRead(f, certificate.Documents())
}
