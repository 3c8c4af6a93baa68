package norms

import (
	"errors"
	"strings"
	"testing"

	"github.com/pfdo-go/pfdo/pfdo"
)

func TestPriceCap(t *testing.T) {
	tests := []struct {
		name   string
		price  string
		norm   string
		cap    string
		limit  string
		within bool
	}{
		{"at the cap", "5856.00", "5856", "100", "5856.00", true},
		{"a kopeck above", "5856.01", "5856", "100", "5856.00", false},
		{"cap above 100 %", "6441.60", "5856", "110", "6441.60", true},
		{"a kopeck above 110 %", "6441.61", "5856", "110", "6441.60", false},
		// 5856.33 × 115.5 % = 6764.06115 → the price may be at most 6764.06.
		{"fractional kopecks of the cap", "6764.06", "5856.33", "115.5", "6764.06", true},
		{"fractional kopecks of the cap, above", "6764.07", "5856.33", "115.5", "6764.06", false},
		{"price below the normative cost", "100.00", "5856", "100", "5856.00", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			limit, err := PriceCap(pfdo.MustParseMoney(tt.norm), pfdo.MustParseRate(tt.cap))
			if err != nil || limit.String() != tt.limit {
				t.Errorf("PriceCap = %v, %v; want %s", limit, err, tt.limit)
			}
			err = CheckPriceCap(pfdo.MustParseMoney(tt.price), pfdo.MustParseMoney(tt.norm), pfdo.MustParseRate(tt.cap))
			if (err == nil) != tt.within {
				t.Fatalf("CheckPriceCap: %v", err)
			}
			if err != nil {
				ru := pfdo.Localize(err, pfdo.LangRU)
				if !errors.Is(err, ErrPriceAboveCap) || !strings.Contains(ru, "цена не может быть установлена в размере более "+strings.Replace(tt.cap, ".", ",", 1)+"% от нормативной стоимости") {
					t.Errorf("message %q", ru)
				}
			}
		})
	}
	if _, err := PriceCap(pfdo.Rubles(1), pfdo.MustParseRate("0")); !errors.Is(err, pfdo.ErrValidation) {
		t.Errorf("a zero cap: %v", err)
	}
}

// TestRecommendedPrice is the vector of domain §4.3: group 2017-09-01…2018-05-31 (273 days),
// current period Sep–Dec 2017 (122 days of the group), next period from 1 January 2018 (151
// days), nominals 6 000 and 15 000 ₽: 6000 × 273 / 122 = 13 426.2295… and 15000 × 273 / 151 =
// 27 119.2052…, so 13 426.23 ₽ rounded half away from zero to kopecks.
func TestRecommendedPrice(t *testing.T) {
	d := pfdo.MustParseDate
	group := pfdo.MustPeriod(d("2017-09-01"), d("2018-05-31"))
	periods := []PeriodNominal{
		{pfdo.MustPeriod(d("2017-09-01"), d("2017-12-31")), pfdo.Rubles(6000)},
		{pfdo.MustPeriod(d("2018-01-01"), d("2018-08-31")), pfdo.Rubles(15000)},
		{pfdo.MustPeriod(d("2018-09-01"), d("2019-08-31")), pfdo.Rubles(1)}, // the group does not reach it
	}
	rec, err := RecommendPrice(group, periods, pfdo.Profile2017().Rounding.RecommendedPrice)
	if err != nil {
		t.Fatal(err)
	}
	if rec.Price.String() != "13426.23" || len(rec.Shares) != 2 || rec.Shares[0].Days != 122 || rec.Shares[1].Days != 151 ||
		rec.Shares[1].Candidate.String() != "27119.21" {
		t.Errorf("got %+v", rec)
	}
	// Rounded down to rubles, as the platform's comments say: 13 426.
	down, _ := RecommendPrice(group, periods, pfdo.RoundingRule{Mode: pfdo.RoundFloor, Places: 0})
	if down.Price.String() != "13426.00" {
		t.Errorf("down to rubles: %v", down.Price)
	}
	text := rec.Trace.String()
	for _, want := range []string{"13 426,23 ₽", "доля 44,688645…% (122 из 273 дней группы)", "→ 13426,229508… ₽", "номинал 6 000,00 ₽"} {
		if !strings.Contains(text, want) {
			t.Errorf("trace lacks %q:\n%s", want, text)
		}
	}
	if _, err := RecommendPrice(group, periods[2:], pfdo.Profile2017().Rounding.RecommendedPrice); !errors.Is(err, pfdo.ErrInvalidPeriod) {
		t.Errorf("no overlapping period: %v", err)
	}
	if _, err := RecommendPrice(pfdo.Period{}, periods, pfdo.Profile2017().Rounding.RecommendedPrice); !errors.Is(err, pfdo.ErrInvalidPeriod) {
		t.Errorf("invalid group: %v", err)
	}
}
