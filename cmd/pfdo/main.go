package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/pfdo-go/pfdo/certificate"
	"github.com/pfdo-go/pfdo/norms"
	"github.com/pfdo-go/pfdo/pfdo"
	"github.com/pfdo-go/pfdo/schedule"
)

// Exit codes, as documented in doc.go.
const (
	exitOK      = 0
	exitInvalid = 1
	exitUsage   = 2
	exitIO      = 3
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// options are the flags of the subcommands.
type options struct {
	lang         pfdo.Lang
	format       string
	out          string
	municipality string
	territory    pfdo.Territory
	date         pfdo.Date
	profile      string
}

// env is what a subcommand runs with.
type env struct {
	opts   options
	args   []string
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

type command struct {
	name  string
	usage string
	run   func(e env) int
}

func commands() []command {
	return []command{
		{"demo", "demo", runDemo},
		{"validate", "validate KIND FILE [--lang ru|en] [--format text|json]", runValidate},
		{"schema", "schema KIND [--out DIR]", runSchema},
		{"kinds", "kinds [--lang ru|en]", runKinds},
		{"cost", "cost PARAMETERS PROGRAM --municipality M --territory urban|rural --date YYYY-MM-DD [--profile FILE] [--format text|json]", runCost},
		{"quote", "quote REQUEST [--format text|json]", runQuote},
		{"simulate", "simulate [--certificates N] [--months M] [--seed S] [--format text|json]", runSimulate},
		{"vectors", "vectors run|list [DIR] [--format text|json]", runVectors},
		{"schedule", "schedule status ROADMAP [PROGRESS] --date D | rollout ROLLOUT --date D | gantt ROADMAP|ROLLOUT [PROGRESS] --date D --out FILE.svg", runSchedule},
	}
}

// documents lists every kind of document the tool reads.
func documents() []pfdo.Document {
	return slices.Concat(pfdo.Documents(), norms.Documents(), schedule.Documents(), certificate.Documents())
}

// schemaOf returns the committed schema of any kind the tool knows.
func schemaOf(kind string) ([]byte, error) {
	if _, err := pfdo.FindDocument(norms.Documents(), kind); err == nil {
		return norms.Schema(kind)
	}
	if _, err := pfdo.FindDocument(schedule.Documents(), kind); err == nil {
		return schedule.Schema(kind)
	}
	if _, err := pfdo.FindDocument(certificate.Documents(), kind); err == nil {
		return certificate.Schema(kind)
	}
	if _, err := pfdo.FindDocument(pfdo.Documents(), kind); err == nil {
		return pfdo.Schema(kind)
	}
	_, err := pfdo.FindDocument(documents(), kind)
	return nil, err
}

// run is the whole tool as a function, for tests.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	opts, rest, err := parseFlags(args)
	if err != nil {
		fmt.Fprintln(stderr, pfdo.Localize(err, opts.lang))
		usage(stderr)
		return exitUsage
	}
	if len(rest) == 0 {
		usage(stderr)
		return exitUsage
	}
	for _, c := range commands() {
		if c.name == rest[0] {
			return c.run(env{opts: opts, args: rest[1:], stdin: stdin, stdout: stdout, stderr: stderr})
		}
	}
	fmt.Fprintf(stderr, "%s: %q\n", msg(opts.lang, "неизвестная команда", "unknown command"), rest[0])
	usage(stderr)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage:")
	for _, c := range commands() {
		fmt.Fprintln(w, "  pfdo "+c.usage)
	}
}

func msg(l pfdo.Lang, ru, en string) string {
	if l == pfdo.LangEN {
		return en
	}
	return ru
}

// parseFlags takes the flags out of args wherever they stand: --lang X, --lang=X, --format X,
// --out DIR.
func parseFlags(args []string) (options, []string, error) {
	opts := options{format: "text"}
	var rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if !strings.HasPrefix(a, "--") {
			rest = append(rest, a)
			continue
		}
		name, value, hasValue := strings.Cut(strings.TrimPrefix(a, "--"), "=")
		if !hasValue {
			if i+1 >= len(args) {
				return opts, nil, usageError("флагу --"+name+" нужно значение", "flag --"+name+" needs a value", a)
			}
			i++
			value = args[i]
		}
		switch name {
		case "lang":
			l, err := pfdo.ParseLang(value)
			if err != nil {
				return opts, nil, err
			}
			opts.lang = l
		case "format":
			if value != "text" && value != "json" {
				return opts, nil, usageError("формат вывода: text или json", "output format: text or json", value)
			}
			opts.format = value
		case "out":
			opts.out = value
		case "certificates", "months", "seed":
			rest = append(rest, "--"+name, value) // read by simulate
		case "municipality":
			opts.municipality = value
		case "profile":
			opts.profile = value
		case "territory":
			t, err := pfdo.ParseTerritory(value)
			if err != nil {
				return opts, nil, flagError(err, "--territory")
			}
			opts.territory = t
		case "date":
			d, err := pfdo.ParseDate(value)
			if err != nil {
				return opts, nil, flagError(err, "--date")
			}
			opts.date = d
		default:
			return opts, nil, usageError("неизвестный флаг", "unknown flag", a)
		}
	}
	return opts, rest, nil
}

// flagError names the flag whose value a parser refused.
func flagError(err error, flag string) error {
	if list := pfdo.AsList(err); len(list) > 0 {
		return list[0].AtField(flag)
	}
	return err
}

func usageError(ru, en, value string) *pfdo.Error {
	return &pfdo.Error{Code: "cli.usage", Value: value, RU: ru, EN: en}
}

func runKinds(e env) int {
	for _, d := range documents() {
		fmt.Fprintf(e.stdout, "%-14s %s\n", d.Kind, msg(e.opts.lang, d.RU, d.EN))
	}
	return exitOK
}

func runValidate(e env) int {
	if len(e.args) != 2 {
		fmt.Fprintln(e.stderr, msg(e.opts.lang, "нужны вид документа и файл", "need a kind of document and a file"))
		usage(e.stderr)
		return exitUsage
	}
	kind, file := e.args[0], e.args[1]
	doc, err := pfdo.FindDocument(documents(), kind)
	if err != nil {
		fmt.Fprintln(e.stderr, pfdo.Localize(err, e.opts.lang))
		return exitUsage
	}
	data, err := readInput(file, e.stdin)
	if err != nil {
		fmt.Fprintf(e.stderr, "%s: %s\n", file, err)
		return exitIO
	}
	_, err = doc.Read(data, nil)
	list := pfdo.AsList(err)
	if err != nil && list == nil {
		list = pfdo.Errors{{Code: "internal", RU: err.Error(), EN: err.Error()}}
	}
	if e.opts.format == "json" {
		writeJSONReport(e.stdout, file, kind, list, e.opts.lang)
	} else {
		for _, pe := range list {
			fmt.Fprintf(e.stdout, "%s: %s\n", file, pe.Message(e.opts.lang))
		}
		if len(list) == 0 {
			fmt.Fprintf(e.stdout, "%s: %s\n", file, msg(e.opts.lang,
				"документ вида «"+kind+"» корректен", "the "+kind+" document is valid"))
		} else {
			fmt.Fprintf(e.stdout, "%s: %s %d\n", file, msg(e.opts.lang, "найдено проблем:", "problems found:"), len(list))
		}
	}
	if len(list) > 0 {
		return exitInvalid
	}
	return exitOK
}

// report is the JSON output of validate.
type report struct {
	File     string        `json:"file"`
	Kind     string        `json:"kind"`
	Valid    bool          `json:"valid"`
	Problems []problemJSON `json:"problems"`
}

type problemJSON struct {
	*pfdo.Error
	Message string `json:"message"`
}

func writeJSONReport(w io.Writer, file, kind string, list pfdo.Errors, l pfdo.Lang) {
	r := report{File: file, Kind: kind, Valid: len(list) == 0, Problems: []problemJSON{}}
	for _, pe := range list {
		r.Problems = append(r.Problems, problemJSON{pe, pe.Message(l)})
	}
	writeJSON(w, r)
}

func readInput(file string, stdin io.Reader) ([]byte, error) {
	r := stdin
	if file != "-" {
		f, err := os.Open(file)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, maxInput+1))
	if err == nil && len(data) > maxInput {
		return nil, fmt.Errorf("larger than %d MiB", maxInput>>20)
	}
	return data, err
}

// maxInput bounds the size of a document the tool reads (64 MiB).
const maxInput = 64 << 20

func runSchema(e env) int {
	if len(e.args) != 1 {
		fmt.Fprintln(e.stderr, msg(e.opts.lang, "нужен вид документа", "need a kind of document"))
		usage(e.stderr)
		return exitUsage
	}
	schema, err := schemaOf(e.args[0])
	if err != nil {
		fmt.Fprintln(e.stderr, pfdo.Localize(err, e.opts.lang))
		return exitUsage
	}
	if e.opts.out == "" {
		_, _ = e.stdout.Write(schema)
		return exitOK
	}
	path := filepath.Join(e.opts.out, e.args[0]+".json")
	if err := os.WriteFile(path, schema, 0o644); err != nil {
		fmt.Fprintln(e.stderr, err)
		return exitIO
	}
	fmt.Fprintln(e.stdout, path)
	return exitOK
}
