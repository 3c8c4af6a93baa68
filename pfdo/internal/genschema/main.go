// Command genschema writes the JSON Schema of every pfdo document kind to pfdo/schemas/KIND.json.
// It runs from `go generate ./...` in the pfdo directory.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/pfdo-go/pfdo/pfdo"
)

func main() {
	dir := "schemas"
	if len(os.Args) > 1 {
		dir = os.Args[1]
	}
	for _, d := range pfdo.Documents() {
		b, err := pfdo.GenerateSchema(d)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		if err := os.WriteFile(filepath.Join(dir, d.Kind+".json"), b, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}
