package schedule

import (
	"errors"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pfdo-go/pfdo/pfdo"
)

func tomskRollout(t *testing.T) *Rollout {
	t.Helper()
	r, err := Tomsk2018Rollout()
	if err != nil {
		t.Fatal(pfdo.Localize(err, pfdo.LangRU))
	}
	return r
}

func names(ms []pfdo.Municipality) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.Name
	}
	return out
}

// TestTomskRollout: the appendix of № 527-р. On 1 October 2018 exactly the ten pilots have
// financing and all 20 have accounting; on 1 September 2019 all 20 have financing.
func TestTomskRollout(t *testing.T) {
	r := tomskRollout(t)
	d := pfdo.MustParseDate
	if len(r.Municipalities) != 20 {
		t.Fatalf("%d municipalities", len(r.Municipalities))
	}
	pilots := []string{
		"Закрытое административно-территориальное образование Северск Томской области", "Городской округ Стрежевой", "Город Томск",
		"Асиновский район", "Колпашевский район", "Кривошеинский район", "Молчановский район", "Парабельский район",
		"Первомайский район", "Томский район",
	}
	if diff := cmp.Diff(pilots, names(r.With(AccountingAndFinancing, d("2018-10-01")))); diff != "" {
		t.Errorf("financing on 2018-10-01 (-want +got):\n%s", diff)
	}
	if got := len(r.With(AccountingOnly, d("2018-10-01"))); got != 20 {
		t.Errorf("accounting on 2018-10-01 in %d municipalities", got)
	}
	if got := len(r.With(AccountingAndFinancing, d("2019-09-01"))); got != 20 {
		t.Errorf("financing on 2019-09-01 in %d municipalities", got)
	}
	if got := len(r.With(AccountingOnly, d("2018-08-31"))); got != 0 {
		t.Errorf("anything before 1 September 2018: %d", got)
	}
	tests := []struct {
		municipality, date string
		want               Mechanism
	}{
		{"tomsk", "2018-08-31", None},
		{"tomsk", "2018-09-01", AccountingAndFinancing},
		{"kedrovy", "2018-09-01", AccountingOnly},
		{"kedrovy", "2019-08-31", AccountingOnly},
		{"kedrovy", "2019-09-01", AccountingAndFinancing},
	}
	for _, tt := range tests {
		if got, err := r.InForce(tt.municipality, d(tt.date)); err != nil || got != tt.want {
			t.Errorf("%s on %s: %v, %v; want %v", tt.municipality, tt.date, got, err, tt.want)
		}
	}
	if _, err := r.InForce("moscow", d("2019-01-01")); !errors.Is(err, pfdo.ErrValidation) {
		t.Errorf("unknown municipality: %v", err)
	}
	// The appendix's own text reads to the same dates.
	for _, text := range []string{"1 сентября 2018 года", "1 сентября 2019 года"} {
		dl, err := ParseDeadline(text, 0)
		if err != nil || !slices.ContainsFunc(r.Municipalities, func(e RolloutEntry) bool { return e.FinancingFrom == dl.End }) {
			t.Errorf("%q: %v %v", text, dl, err)
		}
	}
}

func TestSwitchesAndShares(t *testing.T) {
	r := tomskRollout(t)
	d := pfdo.MustParseDate
	sw := r.Switches(pfdo.MustPeriod(d("2019-01-01"), d("2019-12-31")))
	if len(sw) != 10 || sw[0].Municipality.ID != "kedrovy" || sw[0].To != AccountingAndFinancing || sw[0].Date != d("2019-09-01") {
		t.Errorf("switches in 2019: %+v", sw)
	}
	sw = r.Switches(pfdo.MustPeriod(d("2018-09-01"), d("2018-09-01")))
	count := map[Mechanism]int{}
	for _, s := range sw {
		count[s.To]++
	}
	if count[AccountingOnly] != 10 || count[AccountingAndFinancing] != 10 {
		t.Errorf("switches on 2018-09-01: %v", count)
	}
	for _, c := range []struct {
		date string
		want Share
		pct  string
	}{{"2018-08-31", Share{0, 20}, "0.00"}, {"2018-10-01", Share{10, 20}, "50.00"}, {"2019-09-01", Share{20, 20}, "100.00"}} {
		got := r.FinancingShare(d(c.date))
		if got != c.want || got.Percent().FloatString(2) != c.pct {
			t.Errorf("%s: %v", c.date, got)
		}
	}
}

// TestFederalTargets: ≥ 50 % of municipalities and ≥ 25 % of children. Tomsk reaches exactly
// 50 % of municipalities on 1 October 2018 (10 of 20).
func TestFederalTargets(t *testing.T) {
	r := tomskRollout(t)
	d := pfdo.MustParseDate
	tests := []struct {
		name           string
		date           string
		with, children int64
		munis, kids    bool
	}{
		{"before the rollout", "2018-08-31", 0, 100000, false, false},
		{"pilots, exactly 50 %, children 25 % exactly", "2018-10-01", 25000, 100000, true, true},
		{"pilots, children one short of 25 %", "2018-10-01", 24999, 100000, true, false},
		{"everyone", "2019-09-01", 40000, 100000, true, true},
	}
	for _, tt := range tests {
		got, err := r.FederalTargets(d(tt.date), tt.with, tt.children)
		if err != nil || got.MunicipalitiesMet != tt.munis || got.ChildrenMet != tt.kids || got.Met != (tt.munis && tt.kids) {
			t.Errorf("%s: %+v, %v", tt.name, got, err)
		}
	}
	if _, err := r.FederalTargets(d("2019-09-01"), 5, 0); !errors.Is(err, pfdo.ErrValidation) {
		t.Errorf("no children: %v", err)
	}
	if _, err := r.FederalTargets(d("2019-09-01"), 6, 5); !errors.Is(err, pfdo.ErrValidation) {
		t.Errorf("more certificates than children: %v", err)
	}
}

func TestRolloutCheck(t *testing.T) {
	d := pfdo.MustParseDate
	r := Rollout{Region: "r", Municipalities: []RolloutEntry{
		{Municipality: pfdo.Municipality{ID: "a", Name: "A"}, AccountingFrom: d("2019-09-01"), FinancingFrom: d("2018-09-01")},
		{Municipality: pfdo.Municipality{ID: "a", Name: "A"}, AccountingFrom: d("2018-09-01")},
	}}
	var codes []string
	for _, e := range pfdo.AsList(r.Check()) {
		codes = append(codes, string(e.Code))
	}
	if diff := cmp.Diff([]string{"schedule.financing_before_accounting", "schedule.duplicate_municipality"}, codes); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
