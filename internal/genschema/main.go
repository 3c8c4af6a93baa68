package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/pfdo-go/pfdo/certificate"
	"github.com/pfdo-go/pfdo/norms"
	"github.com/pfdo-go/pfdo/pfdo"
	"github.com/pfdo-go/pfdo/schedule"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: genschema pfdo|norms|schedule|certificate")
		os.Exit(2)
	}
	var docs []pfdo.Document
	switch os.Args[1] {
	case "pfdo":
		docs = pfdo.Documents()
	case "norms":
		docs = norms.Documents()
	case "schedule":
		docs = schedule.Documents()
	case "certificate":
		docs = certificate.Documents()
	default:
		fmt.Fprintln(os.Stderr, "unknown package", os.Args[1])
		os.Exit(2)
	}
	for _, d := range docs {
		b, err := pfdo.GenerateSchema(d)
		if err == nil {
			err = os.WriteFile(filepath.Join("schemas", d.Kind+".json"), b, 0o644)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}
