package conformance

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/pfdo-go/pfdo/internal/schematest"
	"github.com/pfdo-go/pfdo/pfdo"
)

var update = flag.Bool("update", false, "rewrite testdata/vectors from the reference computations")

const dir = "../../testdata/vectors"

func fileBytes(f File) []byte {
	b, err := json.MarshalIndent(f, "", " ")
	if err != nil {
		panic(err)
	}
	return append(b, '\n')
}

// TestVectorsCurrent: the committed vectors are exactly what the reference computations and the
// hand-written cases give; -update rewrites them.
func TestVectorsCurrent(t *testing.T) {
	files := Generate()
	schema, err := pfdo.GenerateSchema(Document())
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]byte{"vectors.schema.json": schema}
	for _, f := range files {
		want[f.Family+".json"] = fileBytes(f)
	}
	for name, b := range want {
		path := filepath.Join(dir, name)
		if *update {
			if err := os.WriteFile(path, b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		got, err := os.ReadFile(path)
		if err != nil || !bytes.Equal(got, b) {
			t.Errorf("%s is not what the reference gives (go test ./internal/conformance -update): %v", path, err)
		}
	}
}

// TestVectorsPass runs every vector against the library.
func TestVectorsPass(t *testing.T) {
	files, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	results := Run(files)
	if len(results) < 200 {
		t.Errorf("%d cases, want at least 200", len(results))
	}
	for _, r := range results {
		if !r.Pass {
			t.Errorf("%s / %s: got %s %s", r.Family, r.Name, r.Got, r.Err)
		}
	}
}

// TestVectorsFollowTheirSchema validates every vector file against the committed schema.
func TestVectorsFollowTheirSchema(t *testing.T) {
	schemaOf := func(string) ([]byte, error) { return os.ReadFile(filepath.Join(dir, "vectors.schema.json")) }
	s := schematest.Compile(t, []pfdo.Document{Document()}, schemaOf)["vectors"]
	names, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	for _, n := range names {
		if filepath.Base(n) == "vectors.schema.json" {
			continue
		}
		data, _ := os.ReadFile(n)
		if err := schematest.Valid(t, s, data); err != nil {
			t.Errorf("%s: %v", n, err)
		}
	}
}

// TestRunnerCatchesAKopeck: a vector whose expected value is one kopeck off fails.
func TestRunnerCatchesAKopeck(t *testing.T) {
	f := quoteFile()
	var e QuoteExpected
	if err := json.Unmarshal(f.Cases[0].Expected, &e); err != nil {
		t.Fatal(err)
	}
	e.PayerOther = "654.25"
	f.Cases[0].Expected = encode(e)
	if r := Run([]File{{Family: f.Family, Description: f.Description, Cases: f.Cases[:1]}}); r[0].Pass {
		t.Error("a kopeck off passed")
	}
}
