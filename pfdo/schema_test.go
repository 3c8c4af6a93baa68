package pfdo

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

var update = flag.Bool("update", false, "rewrite the golden schema files in schemas/")

// TestSchemasCurrent fails when the committed schemas differ from the ones the Go types
// generate; `go generate ./...` (or `go test -run TestSchemasCurrent -update`) rewrites them.
func TestSchemasCurrent(t *testing.T) {
	for _, d := range Documents() {
		t.Run(d.Kind, func(t *testing.T) {
			want, err := GenerateSchema(d)
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("schemas", d.Kind+".json")
			if *update {
				if err := os.WriteFile(path, want, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			got, err := Schema(d.Kind)
			if err != nil {
				t.Fatal(err)
			}
			onDisk, _ := os.ReadFile(path)
			if !bytes.Equal(got, want) || !bytes.Equal(onDisk, want) {
				t.Errorf("%s is stale: run go generate ./...", path)
			}
		})
	}
	if _, err := Schema("nope"); err == nil {
		t.Error("Schema of an unknown kind")
	}
}

// compileSchemas compiles every committed schema with an independent JSON Schema validator,
// asserting formats (so "2019-02-29" is not a date).
func compileSchemas(t *testing.T) map[string]*jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	out := map[string]*jsonschema.Schema{}
	for _, d := range Documents() {
		b, err := Schema(d.Kind)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		url := SchemaBaseURL + d.Kind + ".json"
		if err := c.AddResource(url, doc); err != nil {
			t.Fatal(err)
		}
		s, err := c.Compile(url)
		if err != nil {
			t.Fatalf("%s: %v", d.Kind, err)
		}
		out[d.Kind] = s
	}
	return out
}

type corpusCase struct {
	Kind        string          `json:"kind"`
	Name        string          `json:"name"`
	Valid       bool            `json:"valid"`
	SchemaValid *bool           `json:"schema_valid"`
	Rule        string          `json:"rule"`
	Doc         json.RawMessage `json:"doc"`
}

// TestSchemaAgreesWithValidator runs a corpus of valid and invalid documents through the JSON
// Schema and through Document.Read. They must agree, except where the corpus names a rule the
// schema cannot state, and then that rule must be listed in the schema's $comment.
func TestSchemaAgreesWithValidator(t *testing.T) {
	schemas := compileSchemas(t)
	data, err := os.ReadFile("testdata/schema-corpus.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []corpusCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	if len(cases) < 40 {
		t.Fatalf("the corpus has %d cases", len(cases))
	}
	for _, c := range cases {
		t.Run(c.Kind+"/"+c.Name, func(t *testing.T) {
			doc, err := FindDocument(Documents(), c.Kind)
			if err != nil {
				t.Fatal(err)
			}
			_, readErr := doc.Read(c.Doc, nil)
			if (readErr == nil) != c.Valid {
				t.Errorf("validator: valid = %v, want %v (%v)", readErr == nil, c.Valid, readErr)
			}
			inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(c.Doc))
			if err != nil {
				t.Fatal(err)
			}
			schemaErr := schemas[c.Kind].Validate(inst)
			wantSchema := c.Valid
			if c.SchemaValid != nil {
				wantSchema = *c.SchemaValid
				if wantSchema == c.Valid || c.Rule == "" {
					t.Fatalf("a disagreement must be real and name its rule")
				}
				raw, _ := Schema(c.Kind)
				if !strings.Contains(string(raw), c.Rule) && !strings.Contains(c.Rule, "enum labels") {
					t.Errorf("the schema does not mention the rule %q", c.Rule)
				}
			}
			if (schemaErr == nil) != wantSchema {
				t.Errorf("schema: valid = %v, want %v (%v)", schemaErr == nil, wantSchema, schemaErr)
			}
		})
	}
}

// TestSchemaRejectsThreeDecimals is the check: {"price": 12.345} is not money.
func TestSchemaRejectsThreeDecimals(t *testing.T) {
	schemas := compileSchemas(t)
	raw, _ := Schema("module")
	if !strings.Contains(string(raw), `"multipleOf": 0.01`) {
		t.Fatal("the module schema does not bound money to kopecks")
	}
	for _, price := range []string{`12.345`, `"12.345"`, `0.001`} {
		doc := `{"id":"m","name":"m","hours":1,"group_min":1,"group_max":1,"teacher_qualification":"first","equipment_level":"low","price":` + price + `}`
		inst, _ := jsonschema.UnmarshalJSON(strings.NewReader(doc))
		if schemas["module"].Validate(inst) == nil {
			t.Errorf("the schema accepts price %s", price)
		}
	}
}

func TestGenerateSchemaRefusesUntranslatedTags(t *testing.T) {
	type odd struct {
		X string `json:"x" validate:"email"`
	}
	_, err := GenerateSchema(Document{Kind: "odd", New: func() any { return new(odd) }})
	if err == nil || !strings.Contains(err.Error(), `"email"`) {
		t.Errorf("got %v, want an error naming the tag", err)
	}
}
