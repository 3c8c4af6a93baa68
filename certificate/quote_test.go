package certificate

import (
	"encoding/json"
	"math/big"
	"math/rand/v2"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pfdo-go/pfdo/pfdo"
)

type vectorFile struct {
	Common struct {
		Price         pfdo.Money  `json:"price"`
		NormativeCost pfdo.Money  `json:"normative_cost"`
		Group         pfdo.Period `json:"group"`
	} `json:"common"`
	Cases []struct {
		Name    string      `json:"name"`
		Period  pfdo.Period `json:"period"`
		Start   pfdo.Date   `json:"start"`
		Balance pfdo.Money  `json:"balance"`
		// Want is the quote (its JSON names) and the advances on its two monthly payments.
		Want struct {
			Quote
			AdvanceFirst pfdo.Money `json:"advance_first"`
			AdvanceOther pfdo.Money `json:"advance_other"`
		} `json:"want"`
	} `json:"cases"`
	Completeness []struct {
		Name         string     `json:"name"`
		Payment      pfdo.Money `json:"payment"`
		Completeness int        `json:"completeness"`
		Invoice      pfdo.Money `json:"invoice"`
		Returned     pfdo.Money `json:"returned"`
	} `json:"completeness"`
}

func loadVectors(t *testing.T) vectorFile {
	t.Helper()
	data, err := os.ReadFile("testdata/contract-vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var v vectorFile
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	return v
}

// TestContractVectors runs vectors A, B and C of domain §5.4 to the kopeck.
func TestContractVectors(t *testing.T) {
	v := loadVectors(t)
	r := Rules2017()
	for _, c := range v.Cases {
		t.Run(c.Name, func(t *testing.T) {
			q, err := r.QuoteContract(QuoteRequest{Group: v.Common.Group, Period: c.Period, Start: c.Start,
				Price: v.Common.Price, NormativeCost: v.Common.NormativeCost, Balance: c.Balance})
			if err != nil {
				t.Fatal(err)
			}
			w := c.Want
			want := w.Quote
			want.Start, want.Dg = c.Start, 273 // the same for every case of the file
			if diff := cmp.Diff(want, q); diff != "" {
				t.Errorf("quote (-want +got):\n%s", diff)
			}
			if a, _ := r.Advance(q.PayerFirst); a != w.AdvanceFirst {
				t.Errorf("advance on the first month %s, want %s", a, w.AdvanceFirst)
			}
			if a, _ := r.Advance(q.PayerOther); a != w.AdvanceOther {
				t.Errorf("advance on another month %s, want %s", a, w.AdvanceOther)
			}
		})
	}
	for _, c := range v.Completeness {
		got, err := r.ByCompleteness(c.Payment, c.Completeness)
		if err != nil || got != c.Invoice || c.Payment.Sub(got) != c.Returned {
			t.Errorf("%s: invoice %s, %v", c.Name, got, err)
		}
	}
}

// TestQuoteProperties checks thousands of random contracts against an independent big.Rat
// computation of the totals, and the invariants of the split.
func TestQuoteProperties(t *testing.T) {
	r := Rules2017()
	rng := rand.New(rand.NewPCG(1, 5))
	base := pfdo.MustParseDate("2017-01-01")
	for i := range 5000 {
		gStart := base.AddDays(rng.IntN(700))
		group := pfdo.Period{Start: gStart, End: gStart.AddDays(rng.IntN(400))}
		pStart := group.Start.AddDays(-rng.IntN(60))
		period := pfdo.Period{Start: pStart, End: pStart.AddDays(rng.IntN(400))}
		start := group.Start.AddDays(rng.IntN(group.Days()))
		if !period.Contains(start) {
			continue
		}
		req := QuoteRequest{Group: group, Period: period, Start: start,
			Price: pfdo.Kopecks(rng.Int64N(5_000_000)), NormativeCost: pfdo.Kopecks(rng.Int64N(5_000_000)),
			Balance: pfdo.Kopecks(rng.Int64N(5_000_000) - 100_000)}
		q, err := r.QuoteContract(req)
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		// AllFunds and NormFunds are Dc/Dg × amount rounded up to kopecks (reference: big.Rat).
		ceil := func(m pfdo.Money) pfdo.Money {
			x := new(big.Rat).SetFrac64(m.Kopecks()*int64(q.Dc), int64(q.Dg))
			n := new(big.Int).Quo(x.Num(), x.Denom())
			if new(big.Rat).SetInt(n).Cmp(x) < 0 {
				n.Add(n, big.NewInt(1))
			}
			return pfdo.Kopecks(n.Int64())
		}
		if q.AllFunds != ceil(req.Price) || q.NormFunds != ceil(req.NormativeCost) {
			t.Fatalf("case %d: totals %v %v", i, q.AllFunds, q.NormFunds)
		}
		// The certificate pays the least of its three bounds; the parents the rest.
		bound := q.AllFunds.Min(q.NormFunds, req.Balance.Max(pfdo.Money{}))
		if q.FundsCert != bound || q.FundsCert.Cmp(q.AllFunds) > 0 || q.FundsCert.Cmp(q.NormFunds) > 0 ||
			(req.Balance.IsPositive() && q.FundsCert.Cmp(req.Balance) > 0) || q.FundsCert.Add(q.ParentsFunds) != q.AllFunds {
			t.Fatalf("case %d: %+v", i, q)
		}
		// First + other × (M − 1) equals each total; nothing is negative.
		m1 := int64(q.M - 1)
		for _, s := range [][3]pfdo.Money{
			{q.FirstMonthPrice, q.OtherMonthPrice, q.AllFunds}, {q.FirstMonthNorm, q.OtherMonthNorm, q.NormFunds},
			{q.ParentsFirst, q.ParentsOther, q.ParentsFunds}, {q.PayerFirst, q.PayerOther, q.FundsCert},
		} {
			if s[0].Add(pfdo.Kopecks(s[1].Kopecks()*m1)) != s[2] || s[0].IsNegative() || s[1].IsNegative() {
				t.Fatalf("case %d: split %v + %v × %d ≠ %v", i, s[0], s[1], m1, s[2])
			}
		}
		if q.Stop.After(period.End) || q.Stop.After(group.End) || q.M != (pfdo.Period{Start: q.Start, End: q.Stop}).MonthCount() {
			t.Fatalf("case %d: dates %+v", i, q)
		}
	}
}

func TestQuoteErrors(t *testing.T) {
	d := pfdo.MustParseDate
	group := pfdo.MustPeriod(d("2017-09-01"), d("2018-05-31"))
	period := pfdo.MustPeriod(d("2017-09-01"), d("2017-12-31"))
	r := Rules2017()
	for name, req := range map[string]QuoteRequest{
		"start before the group":   {Group: group, Period: period, Start: d("2017-08-31")},
		"start outside the period": {Group: group, Period: period, Start: d("2018-01-10")},
		"negative price":           {Group: group, Period: period, Start: d("2017-10-01"), Price: pfdo.Kopecks(-1)},
		"no group":                 {Period: period, Start: d("2017-10-01")},
	} {
		if _, err := r.QuoteContract(req); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func BenchmarkQuote(b *testing.B) {
	d := pfdo.MustParseDate
	r := Rules2017()
	req := QuoteRequest{Group: pfdo.MustPeriod(d("2017-09-01"), d("2018-05-31")), Period: pfdo.MustPeriod(d("2017-09-01"), d("2017-12-31")),
		Start: d("2017-10-15"), Price: pfdo.Rubles(5962), NormativeCost: pfdo.Rubles(5856), Balance: pfdo.Rubles(6000)}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.QuoteContract(req); err != nil {
			b.Fatal(err)
		}
	}
}
