package norms

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pfdo-go/pfdo/pfdo"
)

func intp(n int) *int { return &n }

func TestProgrammeCheck(t *testing.T) {
	d := pfdo.MustParseDate
	total := pfdo.MustParseMoney("16729499.85") // Khanty-Mansiysk, Sep–Dec 2023
	p := Programme{
		Municipality: "khanty-mansiysk", Period: pfdo.MustPeriod(d("2023-09-01"), d("2023-12-31")),
		Source: pfdo.Citation{Act: "Постановление Администрации города Ханты-Мансийска", Number: "762", Date: d("2023-11-22")},
		Categories: []CategoryNorm{
			{Category: "5-17", Nominal: pfdo.Rubles(10000), Quota: intp(100), Volume: pfdo.Rubles(1_000_000)},
			{Category: "ovz", Nominal: pfdo.Rubles(15000), Volume: pfdo.Rubles(450_000)},
		},
		TotalVolume: &total,
	}
	if err := pfdo.Validate(p); err != nil {
		t.Fatal(err)
	}
	if err := p.Check(); err != nil {
		t.Fatalf("a consistent programme: %v", err)
	}
	// 101 × 10 000 = 1 010 000 > 1 000 000: excess 10 000, at most 100 certificates.
	p.Categories[0].Quota = intp(101)
	err := p.Check()
	list := pfdo.AsList(err)
	if len(list) != 1 || !errors.Is(err, ErrVolumeExceeded) || list[0].Field != "categories[0].quota" ||
		!strings.Contains(list[0].RU, "превышает объём обеспечения 1 000 000,00 ₽ на 10 000,00 ₽; объём позволяет не более 100 сертификатов") {
		t.Errorf("got %v", pfdo.Localize(err, pfdo.LangRU))
	}
	// Every problem at once: a duplicate category, a duplicate direction limit, volumes above the total.
	small := pfdo.Rubles(1)
	p.Categories[0].Quota = intp(100)
	p.Categories = append(p.Categories, CategoryNorm{Category: "ovz", Nominal: pfdo.Rubles(1), Volume: pfdo.Rubles(0),
		DirectionLimits: []DirectionLimit{{pfdo.DirectionArts, 5}, {pfdo.DirectionArts, 6}}})
	p.TotalVolume = &small
	var codes []string
	for _, e := range pfdo.AsList(p.Check()) {
		codes = append(codes, string(e.Code)+" "+e.Field)
	}
	want := []string{"norms.duplicate_category categories[2].category", "norms.duplicate_direction categories[2].direction_limits[1].direction",
		"norms.volume_exceeded total_volume"}
	if diff := cmp.Diff(want, codes); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
}

func TestMaxQuotaAndExcess(t *testing.T) {
	tests := []struct {
		nominal, volume string
		quota           *int
		max             int64
		excess          string
	}{
		{"10000", "1000000", intp(100), 100, "0.00"},
		{"10000", "999999.99", intp(100), 99, "0.01"},
		{"30041", "16729499.85", intp(557), 556, "3337.15"}, // 557 × 30 041 = 16 732 837 − 16 729 499.85
		{"10000", "0", intp(0), 0, "0.00"},
		{"10000", "0", intp(1), 0, "10000.00"},
		{"10000", "5000", nil, 0, "0.00"},
	}
	for _, tt := range tests {
		c := CategoryNorm{Category: "c", Nominal: pfdo.MustParseMoney(tt.nominal), Volume: pfdo.MustParseMoney(tt.volume), Quota: tt.quota}
		if got, err := c.MaxQuota(); err != nil || got != tt.max {
			t.Errorf("MaxQuota(%s / %s) = %d, %v; want %d", tt.volume, tt.nominal, got, err, tt.max)
		}
		if got, err := c.Excess(); err != nil || got.String() != tt.excess {
			t.Errorf("Excess(%s, %v) = %s, want %s", tt.volume, tt.quota, got, tt.excess)
		}
	}
	huge := CategoryNorm{Nominal: pfdo.MaxMoney, Volume: pfdo.Rubles(1), Quota: intp(100_000_000)}
	if _, err := huge.Excess(); !errors.Is(err, pfdo.ErrOverflow) {
		t.Errorf("an excess beyond MaxMoney: %v", err)
	}
	if _, err := (CategoryNorm{Nominal: pfdo.Money{}}).MaxQuota(); !errors.Is(err, ErrInvalidDivisor) {
		t.Errorf("zero nominal: %v", err)
	}
}

// TestAnnualise is the vector of domain §3.2: 20 000 ₽ over a new current period of 243 days
// (1 January – 31 August 2018): 20000 × 365 / 243 = 30 041.152… → 30 041 ₽.
func TestAnnualise(t *testing.T) {
	d := pfdo.MustParseDate
	rule := pfdo.Profile2017().Rounding.AnnualisedNominal
	got, err := Annualise(pfdo.Rubles(20000), pfdo.MustPeriod(d("2018-01-01"), d("2018-08-31")), rule)
	if err != nil || got.String() != "30041.00" {
		t.Errorf("got %v, %v; want 30041.00", got, err)
	}
	// A leap year of 366 days: 20000 × 365 / 366 = 19 945.355… → 19 945.
	got, _ = Annualise(pfdo.Rubles(20000), pfdo.MustPeriod(d("2020-01-01"), d("2020-12-31")), rule)
	if got.String() != "19945.00" {
		t.Errorf("leap year: %v", got)
	}
	if _, err := Annualise(pfdo.Rubles(1), pfdo.Period{}, rule); !errors.Is(err, ErrInvalidDivisor) {
		t.Errorf("invalid period: %v", err)
	}
}

func TestProrateByMonths(t *testing.T) {
	d := pfdo.MustParseDate
	year := pfdo.MustPeriod(d("2018-09-01"), d("2019-08-31"))
	rule := pfdo.Profile2017().Rounding.ProratedNominal
	tests := []struct {
		start string
		want  string
	}{
		{"2018-09-01", "30000.00"}, // all 12 months
		{"2018-08-01", "30000.00"}, // before the period
		{"2018-09-02", "27500.00"}, // September is no longer whole: 11/12
		{"2018-10-01", "27500.00"}, // 11/12
		{"2018-10-15", "25000.00"}, // 10/12
		{"2019-08-01", "2500.00"},  // 1/12
		{"2019-08-02", "0.00"},     // no whole month left
		{"2019-09-01", "0.00"},     // after the period
	}
	for _, tt := range tests {
		got, err := ProrateByMonths(pfdo.Rubles(30000), year, d(tt.start), rule)
		if err != nil || got.String() != tt.want {
			t.Errorf("start %s: %v, %v; want %s", tt.start, got, err, tt.want)
		}
	}
	// 10 000 × 5/12 = 4 166.67 → 4 167 whole rubles.
	got, _ := ProrateByMonths(pfdo.Rubles(10000), year, d("2019-04-01"), rule)
	if got.String() != "4167.00" {
		t.Errorf("rounding: %v", got)
	}
}

func TestChangeNominal(t *testing.T) {
	certs := []CertificateNominal{
		{"0000000001", pfdo.Rubles(20000), pfdo.Rubles(20000)}, // nothing spent
		{"0000000002", pfdo.Rubles(20000), pfdo.Rubles(12000)}, // 8 000 committed
	}
	got, err := ChangeNominal(certs, pfdo.Rubles(15000))
	want := []CertificateNominal{
		{"0000000001", pfdo.Rubles(15000), pfdo.Rubles(15000)},
		{"0000000002", pfdo.Rubles(15000), pfdo.Rubles(7000)},
	}
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// Lowering to 7 999 is refused: certificate 2 already committed 8 000; nothing changes.
	before := append([]CertificateNominal(nil), certs...)
	_, err = ChangeNominal(certs, pfdo.Rubles(7999))
	if list := pfdo.AsList(err); len(list) != 1 || list[0].Value != "0000000002" || !errors.Is(err, ErrNominalCommitted) {
		t.Errorf("got %v", err)
	}
	if diff := cmp.Diff(before, certs); diff != "" {
		t.Errorf("the input changed:\n%s", diff)
	}
	// Exactly the committed amount is allowed: balance 0.
	got, err = ChangeNominal(certs[1:], pfdo.Rubles(8000))
	if err != nil || !got[0].Balance.IsZero() {
		t.Errorf("to the committed amount: %v, %v", got, err)
	}
	// Raising adds to every balance.
	got, _ = ChangeNominal(certs, pfdo.Rubles(25000))
	if got[1].Balance.String() != "17000.00" {
		t.Errorf("raising: %v", got)
	}
}
