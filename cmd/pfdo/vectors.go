package main

import (
	"fmt"
	"path/filepath"

	"github.com/pfdo-go/pfdo/examples"
	"github.com/pfdo-go/pfdo/internal/conformance"
	"github.com/pfdo-go/pfdo/pfdo"
)

// runVectors lists the conformance vectors, or runs them against the library and reports each
// case and the count of passes and failures.
func runVectors(e env) int {
	if len(e.args) < 1 || len(e.args) > 2 || (e.args[0] != "run" && e.args[0] != "list") {
		fmt.Fprintln(e.stderr, msg(e.opts.lang, "нужна подкоманда run или list", "need the subcommand run or list"))
		usage(e.stderr)
		return exitUsage
	}
	dir := filepath.Join(examples.Data(), "vectors")
	if len(e.args) == 2 {
		dir = e.args[1]
	}
	files, err := conformance.Load(dir)
	if err != nil {
		fmt.Fprintln(e.stderr, pfdo.Localize(err, e.opts.lang))
		return exitIO
	}
	if len(files) == 0 {
		fmt.Fprintf(e.stderr, "%s: %s\n", dir, msg(e.opts.lang, "нет файлов векторов", "no vector files"))
		return exitIO
	}
	if e.args[0] == "list" {
		n := 0
		for _, f := range files {
			fmt.Fprintf(e.stdout, "%s (%d): %s\n", f.Family, len(f.Cases), f.Description)
			n += len(f.Cases)
		}
		fmt.Fprintf(e.stdout, "%d %s\n", n, msg(e.opts.lang, "случаев", "cases"))
		return exitOK
	}
	results := conformance.Run(files)
	if e.opts.format == "json" {
		writeJSON(e.stdout, results)
	}
	passed, failed := 0, 0
	for _, r := range results {
		if r.Pass {
			passed++
		} else {
			failed++
		}
		if e.opts.format == "json" {
			continue
		}
		status := "PASS"
		if !r.Pass {
			status = "FAIL"
		}
		fmt.Fprintf(e.stdout, "%s %s / %s", status, r.Family, r.Name)
		if !r.Pass {
			fmt.Fprintf(e.stdout, ": got %s%s", r.Got, r.Err)
		}
		fmt.Fprintln(e.stdout)
	}
	fmt.Fprintf(e.stderr, "vectors: %d passed, %d failed\n", passed, failed)
	if failed > 0 {
		return exitInvalid
	}
	return exitOK
}
