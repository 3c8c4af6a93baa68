package schedule_test

import (
	"testing"

	"github.com/pfdo-go/pfdo/internal/schematest"
	"github.com/pfdo-go/pfdo/schedule"
)

// FuzzReadDocuments reads arbitrary bytes as each kind of document of the package; the seeds in
// testdata/fuzz/FuzzReadDocuments are the package's example documents.
func FuzzReadDocuments(f *testing.F) {
	schematest.FuzzRead(f, schedule.Documents())
}
