package conformance

import (
	"fmt"
	"math/big"
	"time"
)

// The reference computations below restate the rules of the domain reference as plainly as
// possible with math/big and the time package. They share no code with the library: they are the
// second, independent computation the expected values come from.

// kop parses "12.34" into kopecks.
func kop(s string) int64 {
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		panic("bad amount " + s)
	}
	r.Mul(r, big.NewRat(100, 1))
	if !r.IsInt() {
		panic("more than two decimals: " + s)
	}
	return r.Num().Int64()
}

// rub formats kopecks as "12.34".
func rub(k int64) string {
	sign := ""
	if k < 0 {
		sign, k = "-", -k
	}
	return fmt.Sprintf("%s%d.%02d", sign, k/100, k%100)
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// days counts the days from a to b, both included.
func days(a, b string) int64 { return int64(day(b).Sub(day(a)).Hours()/24) + 1 }

// months counts the calendar months from a to b, both included.
func months(a, b string) int64 {
	ta, tb := day(a), day(b)
	return int64((tb.Year()-ta.Year())*12+int(tb.Month())-int(ta.Month())) + 1
}

// toMonthEnd counts the days from a to the end of its month, both included.
func toMonthEnd(a string) int64 {
	t := day(a)
	last := time.Date(t.Year(), t.Month()+1, 0, 0, 0, 0, 0, time.UTC)
	return int64(last.Day()-t.Day()) + 1
}

func minDate(a, b string) string {
	if a < b {
		return a
	}
	return b
}

// round rounds the fraction x to an integer by a named mode.
func round(x *big.Rat, mode string) int64 {
	num, den := new(big.Int).Set(x.Num()), x.Denom()
	q, r := new(big.Int).QuoRem(num, den, new(big.Int)) // truncated
	if r.Sign() == 0 {
		return q.Int64()
	}
	neg := x.Sign() < 0
	twice := new(big.Int).Mul(new(big.Int).Abs(r), big.NewInt(2))
	cmp := twice.Cmp(den)
	up := false // away from zero
	switch mode {
	case "ceiling":
		up = !neg
	case "floor":
		up = neg
	case "truncate":
		up = false
	case "half_even":
		up = cmp > 0 || (cmp == 0 && q.Bit(0) == 1)
	case "half_away_from_zero":
		up = cmp >= 0
	default:
		panic("mode " + mode)
	}
	if up {
		if neg {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	return q.Int64()
}

func frac(num, den int64) *big.Rat { return big.NewRat(num, den) }

func mul(a *big.Rat, b ...*big.Rat) *big.Rat {
	out := new(big.Rat).Set(a)
	for _, x := range b {
		out.Mul(out, x)
	}
	return out
}

func dec(s string) *big.Rat {
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		panic("bad decimal " + s)
	}
	return r
}

// refQuote is the contract money of domain §5 with the pfdo2017 rounding.
func refQuote(in QuoteInputs) QuoteExpected {
	stop := minDate(in.Period.End, in.Group.End)
	dc, dg := days(in.Start, stop), days(in.Group.Start, in.Group.End)
	m := months(in.Start, stop)
	d1 := toMonthEnd(in.Start)
	price, norm, bal := kop(in.Price), kop(in.NormativeCost), kop(in.Balance)
	all := round(frac(price*dc, dg), "ceiling")
	nf := round(frac(norm*dc, dg), "ceiling")
	cert := min(all, nf, max(bal, 0))
	parents := all - cert
	e := QuoteExpected{Stop: stop, Dc: dc, Dg: dg, M: m, D1: d1, AllFunds: rub(all), NormFunds: rub(nf), FundsCert: rub(cert), ParentsFunds: rub(parents)}
	if m == 1 {
		e.D1 = dc
		e.FirstMonthPrice, e.FirstMonthNorm, e.ParentsFirst, e.PayerFirst = rub(all), rub(nf), rub(parents), rub(cert)
		e.OtherMonthPrice, e.OtherMonthNorm, e.ParentsOther, e.PayerOther = rub(0), rub(0), rub(0), rub(0)
		return e
	}
	other := func(amount, den int64) int64 { return round(frac(amount*(dc-d1), den*(m-1)), "floor") }
	op, on, opar, ocert := other(price, dg), other(norm, dg), other(parents, dc), other(cert, dc)
	e.OtherMonthPrice, e.FirstMonthPrice = rub(op), rub(all-op*(m-1))
	e.OtherMonthNorm, e.FirstMonthNorm = rub(on), rub(nf-on*(m-1))
	e.ParentsOther, e.ParentsFirst = rub(opar), rub(parents-opar*(m-1))
	e.PayerOther, e.PayerFirst = rub(ocert), rub(cert-ocert*(m-1))
	return e
}

// refPayment is the advance and the invoice by completeness of domain §6.4.
func refPayment(in PaymentInputs) PaymentExpected {
	p := kop(in.Payment)
	adv := round(mul(frac(p, 100), dec(in.AdvancePercent)), "half_away_from_zero")
	fin := round(frac(p*int64(in.Completeness), 100), "half_away_from_zero")
	return PaymentExpected{Advance: rub(adv), Final: rub(fin), Returned: rub(p - fin), Payable: rub(fin - adv)}
}

// refNormativeCost is the three-term formula of domain §4.1, rounded to whole rubles half away
// from zero.
func refNormativeCost(in NormativeCostInputs) NormativeCostExpected {
	v := func(name string) *big.Rat { return dec(in.Parameters[name]) }
	n := func(x int) *big.Rat { return big.NewRat(int64(x), 1) }
	N := big.NewRat(int64(in.Module.GroupMin+in.Module.GroupMax), 2)
	if in.FixedAverageGroupSize > 0 {
		N = n(in.FixedAverageGroupSize)
	}
	H, Hind, Hdop := n(in.Module.Hours), n(in.Module.IndividualHours), n(in.Module.AdditionalTeacherHours)
	Hg := new(big.Rat).Sub(H, Hind)
	K2Hdop := new(big.Rat)
	if in.Module.AdditionalTeacherHours > 0 {
		K2Hdop = mul(v("K2"), Hdop)
	}
	perChild := new(big.Rat).Add(new(big.Rat).Quo(new(big.Rat).Add(mul(v("K1"), Hg), K2Hdop), N), mul(v("K1"), Hind))
	t1 := mul(v("ZP"), new(big.Rat).Quo(perChild, mul(v("S"), v("Norm"), v("Wm"))), v("Kdop"), new(big.Rat).Add(big.NewRat(1, 1), v("Kuvel")), v("Kotch"), v("Kotp"))
	HindN := mul(Hind, N)
	t2 := mul(new(big.Rat).Quo(new(big.Rat).Add(Hg, HindN), mul(v("P"), N)), new(big.Rat).Add(mul(v("Cdir"), v("Kmat")), v("Bsrv")))
	top := mul(new(big.Rat).Add(new(big.Rat).Add(Hg, Hdop), HindN), v("Kotp"), v("Kdop"))
	t3 := mul(new(big.Rat).Quo(top, mul(v("Tpk"), v("Wy"), v("S"), v("Norm"), N)), v("Bpk"))
	total := new(big.Rat).Add(new(big.Rat).Add(t1, t2), t3)
	return NormativeCostExpected{Cost: rub(round(total, "half_away_from_zero") * 100)}
}

// refRecommendedPrice is domain §4.3: min over periods of nominal × Dg / days in the period.
func refRecommendedPrice(in RecommendedPriceInputs) RecommendedPriceExpected {
	dg := days(in.Group.Start, in.Group.End)
	best := int64(-1)
	for _, p := range in.Periods {
		from, to := in.Group.Start, in.Group.End
		if p.Period.Start > from {
			from = p.Period.Start
		}
		if p.Period.End < to {
			to = p.Period.End
		}
		if from > to {
			continue
		}
		unit := int64(1) // kopecks in the unit the rule rounds to
		for i := in.Rounding.Places; i < 2; i++ {
			unit *= 10
		}
		c := round(frac(kop(p.Nominal)*dg, days(from, to)*unit), in.Rounding.Mode) * unit
		if best < 0 || c < best {
			best = c
		}
	}
	return RecommendedPriceExpected{Price: rub(best)}
}

// refAnnualise is nominal × 365 / D in whole rubles (domain §3.2).
func refAnnualise(nominal string, p Period) string {
	return rub(round(frac(kop(nominal)*365, days(p.Start, p.End)*100), "half_away_from_zero") * 100)
}

// refProrate is nominal × whole months remaining / months of the period, whole rubles.
func refProrate(nominal string, p Period, start string) string {
	total := months(p.Start, p.End)
	remaining := int64(0)
	t := day(p.Start)
	for i := int64(0); i < total; i++ {
		first := time.Date(t.Year(), t.Month()+time.Month(i), 1, 0, 0, 0, 0, time.UTC)
		if i == 0 {
			first = t
		}
		if !first.Before(day(start)) {
			remaining++
		}
	}
	return rub(round(frac(kop(nominal)*remaining, total*100), "half_away_from_zero") * 100)
}

// refProgramme is floor(volume / nominal) and the excess of quota × nominal over the volume.
func refProgramme(in ProgrammeInputs) ProgrammeExpected {
	n, vol := kop(in.Nominal), kop(in.Volume)
	e := ProgrammeExpected{MaxQuota: vol / n, Excess: rub(0)}
	if in.Quota != nil {
		if over := int64(*in.Quota)*n - vol; over > 0 {
			e.Excess = rub(over)
		}
	}
	return e
}
