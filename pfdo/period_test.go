package pfdo

import (
	"errors"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func p(a, b string) Period { return MustPeriod(MustParseDate(a), MustParseDate(b)) }

func TestPeriodDaysAndMonths(t *testing.T) {
	tests := []struct {
		name   string
		period Period
		days   int
		months int
	}{
		// domain.md §5.4: the group and the three contracts.
		{"group 2017-09-01…2018-05-31 (Dg)", p("2017-09-01", "2018-05-31"), 273, 9},
		{"contract A", p("2017-10-15", "2017-12-31"), 78, 3},
		{"contract B", p("2018-01-01", "2018-05-31"), 151, 5},
		{"contract C", p("2017-11-01", "2017-11-30"), 30, 1},
		{"one day", p("2018-09-01", "2018-09-01"), 1, 1},
		{"last day of a month to the first of the next", p("2018-01-31", "2018-02-01"), 2, 2},
		{"February of a leap year", p("2020-02-01", "2020-02-29"), 29, 1},
		{"February of a common year", p("2019-02-01", "2019-02-28"), 28, 1},
		{"across 29 February", p("2020-02-28", "2020-03-01"), 3, 2},
		{"across the year end", p("2019-12-31", "2020-01-01"), 2, 2},
		{"a leap year", p("2020-01-01", "2020-12-31"), 366, 12},
		{"the new current period of domain §3.2 (243 days)", p("2018-01-01", "2018-08-31"), 243, 8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.period.Days(); got != tt.days {
				t.Errorf("Days() = %d, want %d", got, tt.days)
			}
			if got := tt.period.MonthCount(); got != tt.months {
				t.Errorf("MonthCount() = %d, want %d", got, tt.months)
			}
			// The months cover the period exactly, in order, without gaps.
			var total, n int
			prev := tt.period.Start.AddDays(-1)
			for m := range tt.period.Months() {
				n++
				total += m.Days()
				if m.Start != prev.AddDays(1) || m.Start.Month() != m.End.Month() || m.Start.Year() != m.End.Year() {
					t.Errorf("month %v does not follow %v within one calendar month", m, prev)
				}
				prev = m.End
			}
			if n != tt.months || total != tt.days || prev != tt.period.End {
				t.Errorf("Months() gave %d months of %d days ending %v", n, total, prev)
			}
		})
	}
}

func TestPeriodMonthsContractA(t *testing.T) {
	got := slices.Collect(p("2017-10-15", "2017-12-31").Months())
	want := []Period{p("2017-10-15", "2017-10-31"), p("2017-11-01", "2017-11-30"), p("2017-12-01", "2017-12-31")}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Months() (-want +got):\n%s", diff)
	}
	// Stopping early works.
	for m := range p("2017-10-15", "2017-12-31").Months() {
		if m != want[0] {
			t.Errorf("first month %v", m)
		}
		break
	}
	if got := slices.Collect(p("9999-12-30", "9999-12-31").Months()); len(got) != 1 {
		t.Errorf("the last month of year 9999: %v", got)
	}
}

func TestPeriodSetOperations(t *testing.T) {
	current, next := p("2017-09-01", "2017-12-31"), p("2018-01-01", "2018-08-31")
	group := p("2017-09-01", "2018-05-31")
	tests := []struct {
		name string
		a, b Period
		want Period
		ok   bool
	}{
		{"group ∩ current period (122 days of domain §4.3)", group, current, current, true},
		{"group ∩ next period (151 days)", group, next, p("2018-01-01", "2018-05-31"), true},
		{"adjacent periods share nothing", current, next, Period{}, false},
		{"one common day", p("2018-01-01", "2018-01-31"), p("2018-01-31", "2018-02-28"), p("2018-01-31", "2018-01-31"), true},
		{"contained", p("2018-01-01", "2018-12-31"), p("2018-03-01", "2018-03-31"), p("2018-03-01", "2018-03-31"), true},
		{"invalid period", Period{}, current, Period{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tt.a.Intersect(tt.b)
			if ok != tt.ok || got != tt.want {
				t.Errorf("Intersect = %v, %v; want %v, %v", got, ok, tt.want, tt.ok)
			}
			if back, _ := tt.b.Intersect(tt.a); back != got {
				t.Errorf("Intersect is not symmetric: %v vs %v", back, got)
			}
			if tt.a.Overlaps(tt.b) != tt.ok {
				t.Errorf("Overlaps = %v, want %v", !tt.ok, tt.ok)
			}
		})
	}
	if group.Days() != 273 || current.Days() != 122 {
		t.Errorf("Dg = %d, current = %d", group.Days(), current.Days())
	}
	for _, c := range []struct {
		d    string
		want bool
	}{{"2017-09-01", true}, {"2018-05-31", true}, {"2017-08-31", false}, {"2018-06-01", false}} {
		if got := group.Contains(MustParseDate(c.d)); got != c.want {
			t.Errorf("Contains(%s) = %v", c.d, got)
		}
	}
	if group.Contains(Date{}) {
		t.Error("a period contains the zero date")
	}
}

func TestNewPeriodErrors(t *testing.T) {
	d := MustParseDate
	for _, c := range []Period{{d("2018-02-01"), d("2018-01-31")}, {Date{}, d("2018-01-31")}, {d("2018-01-01"), Date{}}} {
		if _, err := NewPeriod(c.Start, c.End); !errors.Is(err, ErrInvalidPeriod) {
			t.Errorf("NewPeriod(%v) = %v, want ErrInvalidPeriod", c, err)
		}
		if c.Days() != 0 || c.MonthCount() != 0 || c.IsValid() {
			t.Errorf("invalid %v has days or months", c)
		}
	}
	if got := p("2017-09-01", "2018-05-31").Format(LangRU); got != "с 01.09.2017 по 31.05.2018" {
		t.Errorf("Format(ru) = %q", got)
	}
}
