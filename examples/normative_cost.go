package examples

import (
	"fmt"
	"io"
	"strings"

	"github.com/pfdo-go/pfdo/norms"
	"github.com/pfdo-go/pfdo/pfdo"
)

// NormativeCost: the normative cost of the first module of a robotics program in Yakutsk, urban
// territory, on 1 October 2017, and why — the trace names every value and the act behind it.
// With full set, the whole trace is written; otherwise its head and its result.
func NormativeCost(w io.Writer, full bool) error {
	set, err := read(norms.Documents(), "parameter_set", "parameters-yakutsk.json")
	if err != nil {
		return err
	}
	pv, err := read(pfdo.Documents(), "program", "program-robotics-yakutsk.json")
	if err != nil {
		return err
	}
	program := pv.(*pfdo.Program)
	c, err := norms.NewCalculator(pfdo.Profile2017(), *set.(*norms.ParameterSet))
	if err != nil {
		return err
	}
	res, err := c.NormativeCost(norms.CostRequest{Module: &program.Modules[0], Direction: program.Direction},
		"yakutsk", pfdo.TerritoryUrban, pfdo.MustParseDate("2017-10-01"))
	if err != nil {
		return err
	}
	if full {
		_, err := io.WriteString(w, res.Trace.String())
		return err
	}
	lines := strings.Split(res.Trace.String(), "\n")
	for _, l := range lines[:5] {
		fmt.Fprintln(w, l)
	}
	fmt.Fprintln(w, "…")
	fmt.Fprintln(w, lines[len(lines)-5])
	fmt.Fprintln(w, lines[len(lines)-2])
	return nil
}
