package schedule_test

import (
	"testing"

	"github.com/pfdo-go/pfdo/internal/schematest"
	"github.com/pfdo-go/pfdo/schedule"
)

func TestSchemasCurrent(t *testing.T) {
	schematest.Current(t, schedule.Documents(), schedule.Schema, false)
}

func TestSchemaAgreesWithValidator(t *testing.T) {
	schematest.Agree(t, schedule.Documents(), schedule.Schema, "testdata/schema-corpus.json", 20)
}
