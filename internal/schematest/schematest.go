package schematest

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pfdo-go/pfdo/pfdo"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// Current fails when a committed schema (schemaOf, read from schemas/ of the package) differs
// from the one the Go types generate; with update it rewrites the files first.
func Current(t *testing.T, docs []pfdo.Document, schemaOf func(string) ([]byte, error), update bool) {
	for _, d := range docs {
		t.Run(d.Kind, func(t *testing.T) {
			want, err := pfdo.GenerateSchema(d)
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("schemas", d.Kind+".json")
			if update {
				if err := os.WriteFile(path, want, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			got, err := schemaOf(d.Kind)
			if err != nil {
				t.Fatal(err)
			}
			onDisk, _ := os.ReadFile(path)
			if !bytes.Equal(got, want) || !bytes.Equal(onDisk, want) {
				t.Errorf("%s is stale: run go generate ./...", path)
			}
		})
	}
	if _, err := schemaOf("no-such-kind"); err == nil {
		t.Error("a schema for an unknown kind")
	}
}

// Compile compiles every committed schema with an independent JSON Schema (draft 2020-12)
// validator, asserting formats so that "2019-02-29" is not a date.
func Compile(t *testing.T, docs []pfdo.Document, schemaOf func(string) ([]byte, error)) map[string]*jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	out := map[string]*jsonschema.Schema{}
	for _, d := range docs {
		b, err := schemaOf(d.Kind)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		url := pfdo.SchemaBaseURL + d.Kind + ".json"
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

// Valid reports whether the schema accepts the JSON document.
func Valid(t *testing.T, s *jsonschema.Schema, doc []byte) error {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	return s.Validate(inst)
}

// Case is one document of a corpus: its kind, whether Document.Read accepts it, and, where the
// schema cannot state the rule that rejects it, the schema's verdict and the rule's wording,
// which the schema's $comment must contain.
type Case struct {
	Kind        string          `json:"kind"`
	Name        string          `json:"name"`
	Valid       bool            `json:"valid"`
	SchemaValid *bool           `json:"schema_valid"`
	Rule        string          `json:"rule"`
	Doc         json.RawMessage `json:"doc"`
}

// Agree runs the corpus at path through the schemas and through Document.Read: they must agree
// except where a case names a rule the schema cannot state. minCases guards against an empty
// corpus.
func Agree(t *testing.T, docs []pfdo.Document, schemaOf func(string) ([]byte, error), path string, minCases int) {
	schemas := Compile(t, docs, schemaOf)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var cases []Case
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	if len(cases) < minCases {
		t.Fatalf("the corpus has %d cases, want at least %d", len(cases), minCases)
	}
	for _, c := range cases {
		t.Run(c.Kind+"/"+c.Name, func(t *testing.T) {
			doc, err := pfdo.FindDocument(docs, c.Kind)
			if err != nil {
				t.Fatal(err)
			}
			_, readErr := doc.Read(c.Doc, nil)
			if (readErr == nil) != c.Valid {
				t.Errorf("validator: valid = %v, want %v (%v)", readErr == nil, c.Valid, readErr)
			}
			wantSchema := c.Valid
			if c.SchemaValid != nil {
				wantSchema = *c.SchemaValid
				if wantSchema == c.Valid || c.Rule == "" {
					t.Fatalf("a disagreement must be real and name its rule")
				}
				raw, _ := schemaOf(c.Kind)
				if !strings.Contains(string(raw), c.Rule) && !strings.Contains(c.Rule, "enum labels") {
					t.Errorf("the schema does not mention the rule %q", c.Rule)
				}
			}
			if schemaErr := Valid(t, schemas[c.Kind], c.Doc); (schemaErr == nil) != wantSchema {
				t.Errorf("schema: valid = %v, want %v (%v)", schemaErr == nil, wantSchema, schemaErr)
			}
		})
	}
}

// FuzzRead is the body of a fuzz target over a package's documents: any bytes read as any kind
// must give a value or *pfdo.Error problems, never a panic, and a value read must survive a JSON
// round trip.
func FuzzRead(f *testing.F, docs []pfdo.Document) {
	f.Fuzz(func(t *testing.T, kind uint8, data []byte) {
		d := docs[int(kind)%len(docs)]
		v, err := d.Read(data, nil)
		if err != nil {
			if pfdo.AsList(err) == nil {
				t.Fatalf("%s: untyped error %v", d.Kind, err)
			}
			return
		}
		out, err := json.Marshal(v)
		if err != nil {
			t.Fatalf("%s: a document read does not marshal: %v", d.Kind, err)
		}
		if _, err := d.Read(out, nil); err != nil {
			t.Fatalf("%s: round trip: %v\n%s", d.Kind, err, out)
		}
	})
}
