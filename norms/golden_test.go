package norms_test

import (
	"encoding/json"
	"testing"

	"github.com/pfdo-go/pfdo/internal/golden"
	"github.com/pfdo-go/pfdo/norms"
	"github.com/pfdo-go/pfdo/pfdo"
)

// TestTraceGolden keeps the trace of module A (urban, 1 October 2017) as JSON and as Russian
// text in testdata/golden; `go test ./norms -run TestTraceGolden -update` rewrites them after a
// deliberate change, to be reviewed in the diff.
func TestTraceGolden(t *testing.T) {
	c, err := norms.NewCalculator(pfdo.Profile2017(), yakutsk())
	if err != nil {
		t.Fatal(err)
	}
	res, err := c.NormativeCost(norms.CostRequest{Module: robotics(), Direction: pfdo.DirectionRobotics},
		"yakutsk", pfdo.TerritoryUrban, pfdo.MustParseDate("2017-10-01"))
	if err != nil {
		t.Fatal(err)
	}
	js, err := json.MarshalIndent(res.Trace, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "trace-robotics-urban.json", append(js, '\n'), *update)
	golden.Check(t, "trace-robotics-urban.txt", []byte(res.Trace.String()), *update)
}
