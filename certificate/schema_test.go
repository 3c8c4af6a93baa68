package certificate_test

import (
	"testing"

	"github.com/pfdo-go/pfdo/certificate"
	"github.com/pfdo-go/pfdo/internal/schematest"
)

func TestSchemasCurrent(t *testing.T) {
	schematest.Current(t, certificate.Documents(), certificate.Schema, false)
}

func TestSchemaAgreesWithValidator(t *testing.T) {
	schematest.Agree(t, certificate.Documents(), certificate.Schema, "testdata/schema-corpus.json", 7)
}
