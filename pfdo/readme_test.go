package pfdo

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestReadmeExampleIsAnExample keeps the README's minimal example identical to the body of
// ExampleMoney_Prorate, so that the README shows code that runs and prints what it says.
func TestReadmeExampleIsAnExample(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	block := regexp.MustCompile("(?s)## Minimal example\\s+```go\n(.*?)```").FindSubmatch(readme)
	if block == nil {
		t.Fatal("README has no minimal example")
	}
	examples, err := os.ReadFile("example_test.go")
	if err != nil {
		t.Fatal(err)
	}
	body := regexp.MustCompile(`(?s)func ExampleMoney_Prorate\(\) \{\n(.*?)\n\}`).FindSubmatch(examples)
	if body == nil {
		t.Fatal("ExampleMoney_Prorate not found")
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
	if norm(string(block[1])) != norm(string(body[1])) {
		t.Errorf("README example:\n%s\ndiffers from ExampleMoney_Prorate:\n%s", block[1], body[1])
	}
}
