package schedule

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pfdo-go/pfdo/pfdo"
)

func TestFinancingPeriods(t *testing.T) {
	d := pfdo.MustParseDate
	p := func(a, b string) pfdo.Period { return pfdo.MustPeriod(d(a), d(b)) }
	// A short first period, then Sep–Dec and Jan–Aug split periods, with a gap in September 2019.
	f := FinancingPeriods{Municipality: "tomsk", BackdatingDays: 10, Periods: []pfdo.Period{
		p("2019-10-01", "2019-12-31"), p("2018-11-01", "2018-12-31"), p("2019-01-01", "2019-08-31"),
	}}
	if err := f.Check(); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]pfdo.Period{p("2019-09-01", "2019-09-30")}, f.Gaps()); diff != "" {
		t.Errorf("gaps (-want +got):\n%s", diff)
	}
	tests := []struct {
		date          string
		current, next pfdo.Period
	}{
		{"2018-12-31", p("2018-11-01", "2018-12-31"), p("2019-01-01", "2019-08-31")},
		{"2019-01-01", p("2019-01-01", "2019-08-31"), p("2019-10-01", "2019-12-31")},
		{"2019-09-15", pfdo.Period{}, p("2019-10-01", "2019-12-31")},
		{"2019-12-31", p("2019-10-01", "2019-12-31"), pfdo.Period{}},
	}
	for _, tt := range tests {
		cur, _ := f.Current(d(tt.date))
		next, _ := f.Next(d(tt.date))
		if cur != tt.current || next != tt.next {
			t.Errorf("%s: current %v next %v", tt.date, cur, next)
		}
	}
	backdating := []struct {
		requested, start string
		want             bool
	}{
		{"2019-01-05", "2019-01-01", true},  // within 10 days of the period's start
		{"2019-01-10", "2019-01-02", true},  // day 9
		{"2019-01-11", "2019-01-02", false}, // day 10: the window is over
		{"2019-03-01", "2019-02-01", false},
		{"2019-03-01", "2019-03-15", true}, // not back-dated
		{"2019-01-03", "2018-12-20", false},
	}
	for _, b := range backdating {
		got, err := f.BackdatingAllowed(d(b.requested), d(b.start))
		if err != nil || got != b.want {
			t.Errorf("request %s starting %s: %v, %v", b.requested, b.start, got, err)
		}
	}
	if _, err := f.BackdatingAllowed(d("2019-09-20"), d("2019-09-10")); !errors.Is(err, pfdo.ErrInvalidPeriod) {
		t.Errorf("a start in the gap: %v", err)
	}
	f.Periods = append(f.Periods, p("2019-08-01", "2019-10-15"))
	if err := f.Check(); len(pfdo.AsList(err)) != 2 || !errors.Is(err, pfdo.ErrInvalidPeriod) {
		t.Errorf("overlaps: %v", err)
	}
}
