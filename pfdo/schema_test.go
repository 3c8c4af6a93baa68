package pfdo_test

import (
	"flag"
	"strings"
	"testing"

	"github.com/pfdo-go/pfdo/internal/schematest"
	"github.com/pfdo-go/pfdo/pfdo"
)

var update = flag.Bool("update", false, "rewrite the golden schema files in schemas/")

// TestSchemasCurrent fails when the committed schemas differ from the ones the Go types
// generate; `go generate ./...` (or `go test -run TestSchemasCurrent -update`) rewrites them.
func TestSchemasCurrent(t *testing.T) {
	schematest.Current(t, pfdo.Documents(), pfdo.Schema, *update)
}

// TestSchemaAgreesWithValidator runs a corpus of valid and invalid documents through the JSON
// Schema and through Document.Read. They must agree, except where the corpus names a rule the
// schema cannot state, and then that rule must be listed in the schema's $comment.
func TestSchemaAgreesWithValidator(t *testing.T) {
	schematest.Agree(t, pfdo.Documents(), pfdo.Schema, "testdata/schema-corpus.json", 60)
}

// TestSchemaRejectsThreeDecimals is the check: {"price": 12.345} is not money.
func TestSchemaRejectsThreeDecimals(t *testing.T) {
	schemas := schematest.Compile(t, pfdo.Documents(), pfdo.Schema)
	raw, _ := pfdo.Schema("module")
	if !strings.Contains(string(raw), `"multipleOf": 0.01`) {
		t.Fatal("the module schema does not bound money to kopecks")
	}
	for _, price := range []string{`12.345`, `"12.345"`, `0.001`} {
		doc := `{"id":"m","name":"m","hours":1,"group_min":1,"group_max":1,"teacher_qualification":"first","equipment_level":"low","price":` + price + `}`
		if schematest.Valid(t, schemas["module"], []byte(doc)) == nil {
			t.Errorf("the schema accepts price %s", price)
		}
	}
}

func TestGenerateSchemaRefusesUntranslatedTags(t *testing.T) {
	type odd struct {
		X string `json:"x" validate:"email"`
	}
	_, err := pfdo.GenerateSchema(pfdo.Document{Kind: "odd", New: func() any { return new(odd) }})
	if err == nil || !strings.Contains(err.Error(), `"email"`) {
		t.Errorf("got %v, want an error naming the tag", err)
	}
}
