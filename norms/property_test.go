package norms

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/pfdo-go/pfdo/pfdo"
)

func randomModule(rng *rand.Rand) *pfdo.Module {
	h := 1 + rng.IntN(300)
	nmin := 1 + rng.IntN(20)
	m := module("r", h, rng.IntN(h+1), rng.IntN(h+1), nmin, nmin+rng.IntN(20),
		pfdo.Qualification(1+rng.IntN(3)), pfdo.Qualification(1+rng.IntN(3)), pfdo.EquipmentLevel(1+rng.IntN(3)))
	return m
}

func randomDirection(rng *rand.Rand) pfdo.Direction { return pfdo.Direction(1 + rng.IntN(7)) }

func costOf(t *testing.T, c *Calculator, m *pfdo.Module, dir pfdo.Direction, terr pfdo.Territory) pfdo.Money {
	t.Helper()
	res, err := c.NormativeCost(CostRequest{Module: m, Direction: dir}, "yakutsk", terr, pfdo.MustParseDate("2017-10-01"))
	if err != nil {
		t.Fatalf("%+v: %v", m, err)
	}
	return res.Cost
}

// TestCostPropertiesHoursAndGroup: the normative cost does not fall when the module's hours grow,
// and does not rise when the group grows.
func TestCostPropertiesHoursAndGroup(t *testing.T) {
	c := calculator(t)
	rng := rand.New(rand.NewPCG(7, 11))
	for range 2000 {
		m := randomModule(rng)
		dir, terr := randomDirection(rng), pfdo.Territory(1+rng.IntN(2))
		base := costOf(t, c, m, dir, terr)
		longer := *m
		longer.Hours += 1 + rng.IntN(50)
		if got := costOf(t, c, &longer, dir, terr); got.Cmp(base) < 0 {
			t.Fatalf("more hours, lower cost: %+v %s → %+v %s", m, base, longer, got)
		}
		bigger := *m
		grow := 1 + rng.IntN(10)
		bigger.GroupMin += grow
		bigger.GroupMax += grow
		if got := costOf(t, c, &bigger, dir, terr); got.Cmp(base) > 0 {
			t.Fatalf("bigger group, higher cost: %+v %s → %+v %s", m, base, bigger, got)
		}
	}
}

// TestRuralDiffersAsItsParameters: a set whose urban values are replaced by the rural ones gives
// the rural cost for urban modules, so the territory changes the cost exactly through its
// parameters; and with the real set the two differ.
func TestRuralDiffersAsItsParameters(t *testing.T) {
	set := loadYakutsk(t)
	c := calculator(t)
	swapped := set
	swapped.Parameters = nil
	for _, p := range set.Parameters {
		switch p.Territory {
		case pfdo.TerritoryUrban:
			continue
		case pfdo.TerritoryRural:
			p.Territory = pfdo.TerritoryUrban
		}
		swapped.Parameters = append(swapped.Parameters, p)
	}
	cs, err := NewCalculator(pfdo.Profile2017(), swapped)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(3, 5))
	differ := 0
	for range 1000 {
		m, dir := randomModule(rng), randomDirection(rng)
		rural := costOf(t, c, m, dir, pfdo.TerritoryRural)
		if got := costOf(t, cs, m, dir, pfdo.TerritoryUrban); got != rural {
			t.Fatalf("%+v: urban with rural values %s, rural %s", m, got, rural)
		}
		if costOf(t, c, m, dir, pfdo.TerritoryUrban) != rural {
			differ++
		}
	}
	if differ < 990 {
		t.Errorf("urban and rural costs differ for only %d of 1000 modules", differ)
	}
}

// reference2017 is a deliberately plain restatement of the formula of domain §4.1 with big.Rat,
// reading the parameters by name from the resolved set: a second computation to compare with.
func reference2017(m *pfdo.Module, dir pfdo.Direction, r *Resolved) *big.Rat {
	get := func(name, key string) *big.Rat {
		v, err := r.Get(name, key)
		if err != nil {
			panic(err)
		}
		q, _ := new(big.Rat).SetString(v.Value.String())
		return q
	}
	n := func(x int) *big.Rat { return big.NewRat(int64(x), 1) }
	mul := func(a, b *big.Rat) *big.Rat { return new(big.Rat).Mul(a, b) }
	div := func(a, b *big.Rat) *big.Rat { return new(big.Rat).Quo(a, b) }
	add := func(a, b *big.Rat) *big.Rat { return new(big.Rat).Add(a, b) }
	N := big.NewRat(int64(m.GroupMin+m.GroupMax), 2)
	Hg := n(m.Hours - m.IndividualHours)
	K1 := get("K1", m.TeacherQualification.String())
	K2Hdop := new(big.Rat)
	if m.AdditionalTeacherHours > 0 {
		K2Hdop = mul(get("K2", m.AdditionalTeacherQualification.String()), n(m.AdditionalTeacherHours))
	}
	S, Norm := get("S", ""), get("Norm", "")
	Kdop, Kotp := get("Kdop", ""), get("Kotp", "")
	t1 := div(add(mul(K1, Hg), K2Hdop), N)
	t1 = add(t1, mul(K1, n(m.IndividualHours)))
	t1 = div(mul(get("ZP", ""), t1), mul(mul(S, Norm), get("Wm", "")))
	t1 = mul(mul(mul(mul(t1, Kdop), add(big.NewRat(1, 1), get("Kuvel", ""))), get("Kotch", "")), Kotp)
	HindN := mul(n(m.IndividualHours), N)
	t2 := mul(div(add(Hg, HindN), mul(get("P", ""), N)), add(mul(get("Cdir", dir.String()), get("Kmat", m.EquipmentLevel.String())), get("Bsrv", "")))
	t3 := mul(mul(add(add(Hg, n(m.AdditionalTeacherHours)), HindN), Kotp), Kdop)
	t3 = mul(div(t3, mul(mul(mul(mul(get("Tpk", ""), get("Wy", "")), S), Norm), N)), get("Bpk", ""))
	return add(add(t1, t2), t3)
}

// TestCostAgainstReference compares methodology2017 with reference2017 on random modules.
func TestCostAgainstReference(t *testing.T) {
	c := calculator(t)
	rng := rand.New(rand.NewPCG(13, 17))
	for range 3000 {
		m, dir, terr := randomModule(rng), randomDirection(rng), pfdo.Territory(1+rng.IntN(2))
		date := pfdo.MustParseDate("2017-10-01").AddDays(rng.IntN(400))
		r, err := c.Resolve(date, "yakutsk", terr)
		if err != nil {
			t.Fatal(err)
		}
		want, err := pfdo.MoneyFromDecimal(pfdo.RoundHalfAwayFromZero.Rat(reference2017(m, dir, r), 0), pfdo.RoundTruncate)
		if err != nil {
			t.Fatal(err)
		}
		got, err := c.Method().Cost(CostRequest{Module: m, Direction: dir}, r, false)
		if err != nil || got.Cost != want {
			t.Fatalf("%+v %v %v %v: got %v, %v; reference %v", m, dir, terr, date, got.Cost, err, want)
		}
	}
}
