package pfdo

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestReadmeExamplesAreExamples keeps every code block of the README that is marked
// <!-- example: FILE#Name --> identical to the body of that Example test, so that the README
// shows code that runs and prints what it says.
func TestReadmeExamplesAreExamples(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := regexp.MustCompile("(?s)<!-- example: ([^#]+)#(\\w+) -->\\s*```go\\n(.*?)```").FindAllSubmatch(readme, -1)
	if len(blocks) < 5 {
		t.Fatalf("the README has %d marked examples", len(blocks))
	}
	norm := func(s string) string {
		var lines []string
		for _, l := range strings.Split(s, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
		return strings.Join(lines, "\n")
	}
	for _, b := range blocks {
		file, name, code := string(b[1]), string(b[2]), string(b[3])
		src, err := os.ReadFile("../" + file)
		if err != nil {
			t.Errorf("%s: %v", file, err)
			continue
		}
		body := regexp.MustCompile(`(?s)func ` + regexp.QuoteMeta(name) + `\(\) \{\n(.*?)\n\}`).FindSubmatch(src)
		if body == nil {
			t.Errorf("%s has no %s", file, name)
			continue
		}
		if norm(code) != norm(string(body[1])) {
			t.Errorf("the README's %s differs from the test:\n%s", name, code)
		}
	}
}
