package certificate

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pfdo-go/pfdo/norms"
	"github.com/pfdo-go/pfdo/pfdo"
)

var d = pfdo.MustParseDate

func intp(n int) *int { return &n }

func moneyp(m pfdo.Money) *pfdo.Money { return &m }

// catalog2017 is the setting of the domain's vectors: periods Sep–Dec 2017 and Jan–Aug 2018,
// nominals 6 000 and 15 000 ₽, a group 2017-09-01…2018-05-31 priced 5 962 ₽ with a normative
// cost of 5 856 ₽.
func catalog2017() Catalog {
	return Catalog{
		Periods: []pfdo.Period{pfdo.MustPeriod(d("2017-09-01"), d("2017-12-31")), pfdo.MustPeriod(d("2018-01-01"), d("2018-08-31"))},
		Categories: []Category{
			{ID: "5-17", Nominals: []pfdo.Money{pfdo.Rubles(6000), pfdo.Rubles(15000)}, Quota: intp(100)},
			{ID: "small", Nominals: []pfdo.Money{pfdo.Rubles(6000), pfdo.Rubles(15000)}, Quota: intp(2),
				DirectionLimits: []norms.DirectionLimit{{Direction: pfdo.DirectionArts, MaxChildren: 1}}},
		},
		Programs: []Program{{ID: "robo", Direction: pfdo.DirectionRobotics}, {ID: "art", Direction: pfdo.DirectionArts, Limit: 3}},
		Groups: []Group{
			{ID: "g1", Module: "m1", Program: "robo", Provider: "dtt", Payer: "uo", Dates: pfdo.MustPeriod(d("2017-09-01"), d("2018-05-31")),
				Capacity: 12, Price: pfdo.Rubles(5962), NormativeCost: pfdo.Rubles(5856)},
			{ID: "g2", Module: "m2", Program: "art", Provider: "dtt", Payer: "uo", Dates: pfdo.MustPeriod(d("2017-09-01"), d("2018-05-31")),
				Capacity: 2, Price: pfdo.Rubles(3000), NormativeCost: pfdo.Rubles(3000)},
		},
		Agreements: []Agreement{{Payer: "uo", Provider: "dtt", Period: 0}, {Payer: "uo", Provider: "dtt", Period: 1, Cap: moneyp(pfdo.Rubles(100000))}},
		Registers:  []RegisterRule{{Payer: "uo", Status: pfdo.StatusAccounting, Register: pfdo.RegisterGeneral, MaxServices: 2, MaxHours: 100}},
	}
}

func testLedger(t testing.TB) *Ledger {
	t.Helper()
	l, err := New(Rules2017(), catalog2017())
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// musts returns a function that fails the test on an error and returns the events.
func musts(t testing.TB) func([]Event, error) []Event {
	return func(events []Event, err error) []Event {
		t.Helper()
		if err != nil {
			t.Fatal(pfdo.Localize(err, pfdo.LangRU))
		}
		return events
	}
}

// ledgerWithContractA is a ledger whose certificate "c" has contract A of domain §5.4 (from
// 15 October 2017 in group g1), requested on 10 October and active from 12 October.
func ledgerWithContractA(t testing.TB) *Ledger {
	t.Helper()
	l := testLedger(t)
	must := musts(t)
	must(l.Apply(Issue{Base: base("i", "c", "2017-09-05"), Category: "5-17"}))
	must(l.Apply(ConvertToFinancing{Base: base("f", "c", "2017-09-05")}))
	must(l.Apply(RequestContract{Base: base("r", "c", "2017-10-10"), Contract: "A", Group: "g1", Start: d("2017-10-15")}))
	must(l.Apply(NewAcceptContract("a", "c", "A", d("2017-10-11"))))
	must(l.Apply(NewActivateContract("act", "c", "A", d("2017-10-12"))))
	return l
}

func base(key, cert, date string) Base { return Base{Key: key, Certificate: cert, Date: d(date)} }

// TestContractLifeVectorA follows contract A of domain §5.4 through the ledger: request on
// 2017-10-10 for a start on 15 October, activation in November (October missed, so two months are
// paid at once), the December write-off, and the 75 % completeness of December.
func TestContractLifeVectorA(t *testing.T) {
	l := testLedger(t)
	must := musts(t)
	must(l.Apply(Issue{Base: base("i1", "0000000001", "2017-09-05"), Category: "5-17"}))
	must(l.Apply(ConvertToFinancing{Base: base("c1", "0000000001", "2017-09-05")}))
	bal := pfdo.Rubles(6000)
	must(l.Apply(RequestContract{Base: base("r1", "0000000001", "2017-10-10"), Contract: "A", Group: "g1", Start: d("2017-10-15"), ExpectedBalance: &bal}))
	period := func() PeriodBalance {
		v, _ := l.Certificate("0000000001")
		return v.Periods[0]
	}
	// Reserve on request: FundsCert 1 673.15 of vector A.
	if p := period(); p.Balance.String() != "4326.85" || p.Reserved.String() != "1673.15" {
		t.Fatalf("after the request: %+v", p)
	}
	must(l.Apply(NewAcceptContract("a1", "0000000001", "A", d("2017-10-11"))))
	must(l.Apply(NewActivateContract("act1", "0000000001", "A", d("2017-11-02"))))
	// October (364.67) and November (654.24) are paid on activation.
	if p := period(); p.Paid.String() != "1018.91" || p.Reserved.String() != "654.24" {
		t.Fatalf("after activation: %+v", p)
	}
	// The November write-off finds November paid; December's is written off.
	if ev := must(l.WriteOffMonth("w-nov", d("2017-11-01"))); len(ev) != 0 {
		t.Errorf("November written off twice: %v", ev)
	}
	must(l.WriteOffMonth("w-dec", d("2017-12-01")))
	if p := period(); p.Paid.String() != "1673.15" || !p.Reserved.IsZero() {
		t.Fatalf("after December: %+v", p)
	}
	// December delivered at 75 %: 654.24 × 0.75 = 490.68 is due, 163.56 returns.
	must(l.Apply(NewInvoiceCompleteness("inv-dec", "0000000001", "A", d("2018-01-05"), 3, 75)))
	if p := period(); p.Paid.String() != "1509.59" || p.Balance.String() != "4490.41" {
		t.Fatalf("after completeness: %+v", p)
	}
	if err := l.CheckInvariants(); err != nil {
		t.Fatal(err)
	}
}

// TestTerminationMidMonth: notice on 15 November ends the contract on 30 November; the reserve
// returns at once and November stays paid.
func TestTerminationMidMonth(t *testing.T) {
	l := ledgerWithContractA(t)
	must := musts(t)
	must(l.WriteOffMonth("nov", d("2017-11-01")))
	ev := must(l.Apply(NewTerminate("t", "c", "A", d("2017-11-15"))))
	if ev[0].Stop != d("2017-11-30") || ev[0].Amount.String() != "654.24" {
		t.Errorf("termination %+v", ev[0])
	}
	v, _ := l.Certificate("c")
	// Paid: October 364.67 + November 654.24; December's 654.24 back on the balance.
	if p := v.Periods[0]; p.Paid.String() != "1018.91" || p.Balance.String() != "4981.09" || !p.Reserved.IsZero() {
		t.Errorf("%+v", p)
	}
	must(l.Tick("tick-nov", d("2017-11-30")))
	if v, _ := l.Certificate("c"); v.Contracts[0].Status != Terminating {
		t.Errorf("closed before its termination date: %v", v.Contracts[0].Status)
	}
	must(l.Tick("tick-dec", d("2017-12-01")))
	if v, _ := l.Certificate("c"); v.Contracts[0].Status != Closed {
		t.Errorf("not closed after its termination date: %v", v.Contracts[0].Status)
	}
}

func TestIdempotencyAndReplay(t *testing.T) {
	l := testLedger(t)
	must := musts(t)
	must(l.Apply(Issue{Base: base("i", "c", "2017-09-05"), Category: "5-17"}))
	first := must(l.Apply(ConvertToFinancing{Base: base("f", "c", "2017-09-05")}))
	again, err := l.Apply(ConvertToFinancing{Base: base("f", "c", "2017-09-05")})
	if err != nil || !cmp.Equal(first, again) || l.LogLen() != 2 {
		t.Errorf("a repeated command changed something: %v %v, log %d", again, err, l.LogLen())
	}
	// A refused command is remembered as refused.
	_, err1 := l.Apply(RequestContract{Base: base("bad", "c", "2017-10-10"), Contract: "X", Group: "nope", Start: d("2017-10-15")})
	_, err2 := l.Apply(RequestContract{Base: base("bad", "c", "2017-10-10"), Contract: "X", Group: "g1", Start: d("2017-10-15")})
	if !errors.Is(err1, ErrUnknown) || err2 != err1 {
		t.Errorf("retry of a refused command: %v / %v", err1, err2)
	}
	must(l.Apply(RequestContract{Base: base("r", "c", "2017-10-10"), Contract: "A", Group: "g1", Start: d("2017-10-15")}))
	replayed, err := Replay(Rules2017(), catalog2017(), l.Log())
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(l.Snapshot(), replayed.Snapshot()); diff != "" {
		t.Errorf("replay differs (-live +replayed):\n%s", diff)
	}
	// The replayed ledger remembers the keys.
	if ev, err := replayed.Apply(RequestContract{Base: base("r", "c", "2017-10-10"), Contract: "A", Group: "g1", Start: d("2017-10-15")}); err != nil || len(ev) != 1 {
		t.Errorf("replayed ledger forgot a key: %v %v", ev, err)
	}
}

func TestEnrollmentLimits(t *testing.T) {
	l := testLedger(t)
	must := musts(t)
	for _, c := range []string{"a", "b", "c"} {
		must(l.Apply(Issue{Base: base("i"+c, c, "2017-09-05"), Category: "small"}))
	}
	must(l.Apply(ConvertToFinancing{Base: base("fa", "a", "2017-09-05")}))
	must(l.Apply(ConvertToFinancing{Base: base("fb", "b", "2017-09-05")}))
	// The quota of 2 is full: c waits in the queue.
	if ev := must(l.Apply(ConvertToFinancing{Base: base("fc", "c", "2017-09-05")})); ev[0].Type != QueuedForFinancing {
		t.Fatalf("c: %v", ev)
	}
	must(l.Apply(RequestContract{Base: base("ra", "a", "2017-09-10"), Contract: "1", Group: "g2", Start: d("2017-09-10")}))
	// The category may have 1 child in arts.
	if _, err := l.Apply(RequestContract{Base: base("rb", "b", "2017-09-10"), Contract: "1", Group: "g2", Start: d("2017-09-10")}); !errors.Is(err, ErrRefused) {
		t.Errorf("direction limit: %v", err)
	}
	// One living contract per certificate per module.
	if _, err := l.Apply(RequestContract{Base: base("ra2", "a", "2017-09-10"), Contract: "2", Group: "g2", Start: d("2017-09-11")}); !errors.Is(err, ErrRefused) {
		t.Errorf("second contract for the module: %v", err)
	}
	// Back-dating: a request in November for a start in September is refused.
	if _, err := l.Apply(RequestContract{Base: base("rb2", "b", "2017-11-10"), Contract: "3", Group: "g1", Start: d("2017-09-10")}); !errors.Is(err, ErrRefused) {
		t.Errorf("back-dating: %v", err)
	}
	// b returns to accounting: its place goes to c, first in the queue.
	must(l.Apply(ConvertToAccounting{Base: base("ab", "b", "2017-09-20")}))
	if v, _ := l.Certificate("c"); v.Status != pfdo.StatusFinancing {
		t.Errorf("the queue was not served: %v", v.Status)
	}
	if err := l.CheckInvariants(); err != nil {
		t.Error(err)
	}
}
