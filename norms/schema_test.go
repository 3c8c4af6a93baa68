package norms_test

import (
	"flag"
	"testing"

	"github.com/pfdo-go/pfdo/internal/schematest"
	"github.com/pfdo-go/pfdo/norms"
)

var update = flag.Bool("update", false, "rewrite the golden files: schemas/ and testdata/golden/")

func TestSchemasCurrent(t *testing.T) {
	schematest.Current(t, norms.Documents(), norms.Schema, *update)
}

func TestSchemaAgreesWithValidator(t *testing.T) {
	schematest.Agree(t, norms.Documents(), norms.Schema, "testdata/schema-corpus.json", 25)
}
