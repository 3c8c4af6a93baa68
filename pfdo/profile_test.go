package pfdo

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestProfile2017(t *testing.T) {
	p := Profile2017()
	if err := Validate(p); err != nil {
		t.Fatal(err)
	}
	// The settings of domain §8, stated independently of the constructor.
	r := p.Rounding
	checks := []struct {
		name string
		got  RoundingRule
		want RoundingRule
	}{
		{"normative cost: whole rubles, half up", r.NormativeCost, RoundingRule{RoundHalfAwayFromZero, 0}},
		{"contract totals: up to kopecks", r.ContractTotal, RoundingRule{RoundCeiling, 2}},
		{"monthly other: down to kopecks", r.MonthlyOther, RoundingRule{RoundFloor, 2}},
		{"advance: half up to kopecks", r.Advance, RoundingRule{RoundHalfAwayFromZero, 2}},
		{"completeness: half up to kopecks", r.Completeness, RoundingRule{RoundHalfAwayFromZero, 2}},
		{"annualised nominal: whole rubles", r.AnnualisedNominal, RoundingRule{RoundHalfAwayFromZero, 0}},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s: %v", c.name, c.got)
		}
	}
	if !p.AdvancePercent.Equal(MustParseRate("80")) || p.PaymentDay != 10 || p.RequestTimeoutDays != 5 || p.AcceptedTimeoutDays != 10 {
		t.Errorf("settings: %+v", p)
	}
	if got := r.NormativeCost.String(); got != "до целых рублей, до ближайшего, половина — от нуля" {
		t.Errorf("rule text %q", got)
	}
	if got := r.MonthlyOther.Label(LangEN); got != "to kopecks, towards −∞ (floor)" {
		t.Errorf("rule text %q", got)
	}
}

func TestProfileJSONRoundTrip(t *testing.T) {
	p := Profile2017()
	p.PriceCapPercent = MustParseRate("110")
	data, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := FindDocument(Documents(), "profile")
	v, err := doc.Read(data, nil)
	if err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	if diff := cmp.Diff(p, *v.(*Profile)); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	bad := Profile2017()
	bad.NormativeCostMethod = "guess"
	bad.FirstRequestDays = 3
	if got := problems(Validate(bad)); len(got) != 2 || got[0].Code != "validation.oneof" || got[1].Code != "validation.min" {
		t.Errorf("problems %v", got)
	}
}
