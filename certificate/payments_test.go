package certificate

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pfdo-go/pfdo/pfdo"
)

// TestPaymentsVectorA: the advance requests of contract A (domain §5.4): 80 % of 364.67 in
// October is 291.74, of 654.24 in November 523.39; the invoice is due on the 10th of the next
// month.
func TestPaymentsVectorA(t *testing.T) {
	l := ledgerWithContractA(t)
	tests := []struct {
		month                 string
		payment, advance, due string
	}{
		{"2017-10-01", "364.67", "291.74", "2017-11-10"},
		{"2017-11-01", "654.24", "523.39", "2017-12-10"},
		{"2017-12-01", "654.24", "523.39", "2018-01-10"},
	}
	for _, tt := range tests {
		pm, err := l.Payments(d(tt.month))
		if err != nil || len(pm) != 1 {
			t.Fatalf("%s: %v %v", tt.month, pm, err)
		}
		want := ProviderMonth{Payer: "uo", Provider: "dtt", Month: d(tt.month), Contracts: 1,
			Payment: pfdo.MustParseMoney(tt.payment), Advance: pfdo.MustParseMoney(tt.advance), Due: d(tt.due)}
		got := pm[0]
		got.Lines = nil
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.month, diff)
		}
	}
	if pm, _ := l.Payments(d("2018-01-01")); len(pm) != 0 {
		t.Errorf("payments after the contract's end: %v", pm)
	}
}

// TestMonthTotals checks the one-pass month against the vectors: payments 364.67 (first month of
// A), 654.24 at 75 % and 643.52 (C) at 100 %.
func TestMonthTotals(t *testing.T) {
	r := Rules2017()
	got, err := r.Month([]MonthLine{
		{pfdo.MustParseMoney("364.67"), 100}, {pfdo.MustParseMoney("654.24"), 75}, {pfdo.MustParseMoney("643.52"), 100},
	})
	if err != nil {
		t.Fatal(err)
	}
	// Advances 291.74 + 523.39 + 514.82; finals 364.67 + 490.68 + 643.52; returned 163.56.
	want := MonthTotals{Contracts: 3, Payment: pfdo.MustParseMoney("1662.43"), Advance: pfdo.MustParseMoney("1329.95"),
		Final: pfdo.MustParseMoney("1498.87"), Payable: pfdo.MustParseMoney("168.92"), Returned: pfdo.MustParseMoney("163.56")}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if _, err := r.Month([]MonthLine{{pfdo.Rubles(1), 101}}); err == nil {
		t.Error("completeness 101 % accepted")
	}
}

func TestParentsPart(t *testing.T) {
	r := Rules2017()
	q := Quote{M: 3, ParentsFirst: pfdo.MustParseMoney("6.60"), ParentsOther: pfdo.MustParseMoney("11.84")}
	tests := []struct {
		n, attended, lessons int
		byAttendance         bool
		want                 string
	}{
		{1, 0, 0, false, "6.60"},
		{2, 0, 0, false, "11.84"},
		{2, 6, 8, true, "8.88"}, // 11.84 × 6 / 8
		{3, 8, 8, true, "11.84"},
		{4, 0, 0, false, "0.00"},
	}
	for _, tt := range tests {
		got, err := r.ParentsPart(q, tt.n, tt.byAttendance, tt.attended, tt.lessons)
		if err != nil || got.String() != tt.want {
			t.Errorf("%+v: %v %v", tt, got, err)
		}
	}
	if _, err := r.ParentsPart(q, 2, true, 9, 8); err == nil {
		t.Error("more lessons attended than held")
	}
}

// TestMonthFastPathAgrees compares the constant-division fast path of Month with the general
// path, line by line, on random months and on lines that force the general path.
func TestMonthFastPathAgrees(t *testing.T) {
	r := Rules2017()
	for seed := range uint64(20) {
		lines := monthLines(2000 + int(seed))
		fast, ok := r.monthHalfUp(lines)
		if !ok {
			t.Fatal("the fast path refused ordinary lines")
		}
		var slow MonthTotals
		for _, ln := range lines {
			adv, _ := r.Advance(ln.Payment)
			fin, _ := r.ByCompleteness(ln.Payment, ln.Completeness)
			slow.Add(MonthTotals{Contracts: 1, Payment: ln.Payment, Advance: adv, Final: fin, Payable: fin.Sub(adv), Returned: ln.Payment.Sub(fin)})
		}
		if diff := cmp.Diff(slow, fast); diff != "" {
			t.Fatalf("seed %d (-general +fast):\n%s", seed, diff)
		}
	}
	// A negative payment (a correction) takes the general path, rounding away from zero.
	got, err := r.Month([]MonthLine{{pfdo.MustParseMoney("-654.24"), 75}})
	if err != nil || got.Advance.String() != "-523.39" || got.Final.String() != "-490.68" {
		t.Errorf("negative line: %+v %v", got, err)
	}
}
