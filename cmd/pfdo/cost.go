package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/pfdo-go/pfdo/norms"
	"github.com/pfdo-go/pfdo/pfdo"
)

// readDocument reads FILE as a document of the given kind, printing the problems (each naming
// the file) and returning the exit code when it cannot.
func readDocument(e env, kind, file string) (any, int) {
	doc, err := pfdo.FindDocument(documents(), kind)
	if err != nil {
		fmt.Fprintln(e.stderr, pfdo.Localize(err, e.opts.lang))
		return nil, exitUsage
	}
	data, err := readInput(file, e.stdin)
	if err != nil {
		fmt.Fprintf(e.stderr, "%s: %s\n", file, err)
		return nil, exitIO
	}
	v, err := doc.Read(data, nil)
	if err != nil {
		for _, pe := range pfdo.AsList(err) {
			fmt.Fprintf(e.stderr, "%s: %s\n", file, pe.Message(e.opts.lang))
		}
		return nil, exitInvalid
	}
	return v, exitOK
}

// costReport is the JSON output of cost.
type costReport struct {
	Program  string        `json:"program"`
	Modules  []moduleCost  `json:"modules"`
	Problems []problemJSON `json:"problems"`
}

type moduleCost struct {
	Module        string       `json:"module"`
	Price         pfdo.Money   `json:"price"`
	NormativeCost pfdo.Money   `json:"normative_cost"`
	Trace         *norms.Trace `json:"trace"`
}

// runCost computes the normative cost of every module of a program from a parameter set, with
// the trace of each, and checks the program against the norms (price cap, stated costs).
func runCost(e env) int {
	if len(e.args) != 2 || e.opts.municipality == "" || e.opts.territory == 0 || e.opts.date.IsZero() {
		fmt.Fprintln(e.stderr, msg(e.opts.lang, "нужны файлы параметров и программы и флаги --municipality, --territory, --date",
			"need a parameter file, a program file and --municipality, --territory, --date"))
		usage(e.stderr)
		return exitUsage
	}
	profile := pfdo.Profile2017()
	if e.opts.profile != "" {
		v, code := readDocument(e, "profile", e.opts.profile)
		if code != exitOK {
			return code
		}
		profile = *v.(*pfdo.Profile)
	}
	pv, code := readDocument(e, "parameter_set", e.args[0])
	if code != exitOK {
		return code
	}
	prv, code := readDocument(e, "program", e.args[1])
	if code != exitOK {
		return code
	}
	calc, err := norms.NewCalculator(profile, *pv.(*norms.ParameterSet))
	if err != nil {
		fmt.Fprintln(e.stderr, pfdo.Localize(err, e.opts.lang))
		return exitInvalid
	}
	program := prv.(*pfdo.Program)
	report := costReport{Program: program.ID, Problems: []problemJSON{}}
	for i := range program.Modules {
		m := &program.Modules[i]
		res, err := calc.NormativeCost(norms.CostRequest{Module: m, Direction: program.Direction}, e.opts.municipality, e.opts.territory, e.opts.date)
		if err != nil {
			for _, pe := range pfdo.AsList(err) {
				pe = pe.AtField(fmt.Sprintf("modules[%d]", i))
				report.Problems = append(report.Problems, problemJSON{pe, pe.Message(e.opts.lang)})
			}
			continue
		}
		report.Modules = append(report.Modules, moduleCost{Module: m.ID, Price: m.Price, NormativeCost: res.Cost, Trace: res.Trace})
	}
	if len(report.Problems) == 0 {
		if _, err := calc.CheckProgram(*program, e.opts.municipality, e.opts.territory, e.opts.date); err != nil {
			for _, pe := range pfdo.AsList(err) {
				report.Problems = append(report.Problems, problemJSON{pe, pe.Message(e.opts.lang)})
			}
		}
	}
	if e.opts.format == "json" {
		writeJSON(e.stdout, report)
	} else {
		writeCostText(e.stdout, report, e.opts.lang)
	}
	if len(report.Problems) > 0 {
		return exitInvalid
	}
	return exitOK
}

func writeCostText(w io.Writer, r costReport, l pfdo.Lang) {
	for _, m := range r.Modules {
		fmt.Fprintf(w, "%s: %s %s, %s %s\n", m.Module, msg(l, "нормативная стоимость", "normative cost"), m.NormativeCost.Format(l),
			msg(l, "цена", "price"), m.Price.Format(l))
	}
	for _, m := range r.Modules {
		fmt.Fprintln(w)
		fmt.Fprint(w, m.Trace.String())
	}
	for _, p := range r.Problems {
		fmt.Fprintln(w, p.Message)
	}
}

func writeJSON(w io.Writer, v any) {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}
