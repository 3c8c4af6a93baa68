package schedule

import (
	"bytes"
	"encoding/xml"
	"flag"
	"io"
	"strings"
	"testing"

	"github.com/pfdo-go/pfdo/internal/golden"
	"github.com/pfdo-go/pfdo/pfdo"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden and schemas/")

// wellFormed checks that an SVG parses as XML.
func wellFormed(t *testing.T, svg []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(svg))
	for {
		_, err := d.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v", err)
		}
	}
}

func TestRoadmapGantt(t *testing.T) {
	p := kbrProgress(t)
	asOf := pfdo.MustParseDate("2020-07-15")
	rep := p.Report(asOf)
	svg, err := RoadmapGantt(p.roadmap, &rep, asOf)
	if err != nil {
		t.Fatal(err)
	}
	wellFormed(t, svg)
	s := string(svg)
	// 15 items and 2 stages; 1.1, 1.4 and 1.5 overdue in red; the line on today.
	if n := strings.Count(s, `fill="`+statusColours[Overdue]+`"><title>`); n != 3 {
		t.Errorf("%d overdue bars", n)
	}
	for _, want := range []string{"сегодня 15.07.2020", "<title>1.4: май – июнь 2020 — просрочено</title>", "<title>2.3: март 2021 — не начато</title>"} {
		if !strings.Contains(s, want) {
			t.Errorf("the chart lacks %q", want)
		}
	}
	golden.Check(t, "kbr-2020-as-of-2020-07-15.svg", svg, *update)
	// Without a report every bar is blue, and the sub-deadlines of Tomsk item 9 get a bar each.
	tomsk, _ := Tomsk2018()
	plain, err := RoadmapGantt(tomsk, nil, pfdo.MustParseDate("2018-06-01"))
	if err != nil {
		t.Fatal(err)
	}
	wellFormed(t, plain)
	if n := strings.Count(string(plain), "<title>9: "); n != 4 {
		t.Errorf("item 9 has %d bars", n)
	}
	golden.Check(t, "tomsk-2018.svg", plain, *update)
}

func TestRolloutGantt(t *testing.T) {
	ro, err := Tomsk2018Rollout()
	if err != nil {
		t.Fatal(err)
	}
	d := pfdo.MustParseDate
	svg, err := RolloutGantt(ro, d("2018-06-01"), d("2019-12-31"), d("2018-10-01"))
	if err != nil {
		t.Fatal(err)
	}
	wellFormed(t, svg)
	s := string(svg)
	if strings.Count(s, "персонифицированное финансирование с 01.09.2018") != 10 || strings.Count(s, "персонифицированное финансирование с 01.09.2019") != 10 {
		t.Error("the pilots and the others are not drawn as in the appendix")
	}
	golden.Check(t, "tomsk-2018-rollout.svg", svg, *update)
	if _, err := RolloutGantt(ro, d("2019-12-31"), d("2018-06-01"), d("2018-10-01")); err == nil {
		t.Error("a reversed range drew a chart")
	}
}
