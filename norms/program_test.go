package norms

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pfdo-go/pfdo/pfdo"
)

func TestCheckProgram(t *testing.T) {
	p := pfdo.Profile2017()
	p.PriceCapPercent = pfdo.MustParseRate("100")
	c, err := NewCalculator(p, loadYakutsk(t))
	if err != nil {
		t.Fatal(err)
	}
	date := pfdo.MustParseDate("2017-10-01")
	a := *module("A", 72, 4, 0, 8, 12, pfdo.QualificationFirst, 0, pfdo.EquipmentHigh) // 14 733 ₽ (TestNormativeCostByHand)
	a.Price = pfdo.MustParseMoney("14733.00")
	b := *module("B", 36, 0, 12, 6, 10, pfdo.QualificationHighest, pfdo.QualificationOther, pfdo.EquipmentMedium) // urban
	b.Price = pfdo.MustParseMoney("99999")
	stated := pfdo.Rubles(8102) // the rural cost of B; the program is urban
	b.NormativeCost = &stated
	prog := pfdo.Program{ID: "p", Name: "Программа", Direction: pfdo.DirectionRobotics, Register: pfdo.RegisterCertified,
		ProviderID: "x", AgeMin: 7, AgeMax: 12, Modules: []pfdo.Module{a, b}}
	costs, err := c.CheckProgram(prog, "yakutsk", pfdo.TerritoryUrban, date)
	var got []string
	for _, e := range pfdo.AsList(err) {
		got = append(got, string(e.Code)+" "+e.Field)
	}
	want := []string{"norms.normative_cost_mismatch modules[1].normative_cost", "norms.price_above_cap modules[1].price"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	if !errors.Is(err, ErrPriceAboveCap) || costs[0].String() != "14733.00" || costs[1].IsZero() {
		t.Errorf("costs %v, err %v", costs, err)
	}
	// In a municipality without parameters every module reports its missing parameters, each
	// at its path.
	_, err = c.CheckProgram(prog, "mirny", pfdo.TerritoryUrban, date)
	list := pfdo.AsList(err)
	if len(list) == 0 || list[0].Field != "modules[0].parameters" || !errors.Is(err, ErrMissingParameter) {
		t.Errorf("got %v", err)
	}
	// An invalid program is reported by pfdo.Validate first.
	prog.AgeMin = 3
	if _, err := c.CheckProgram(prog, "yakutsk", pfdo.TerritoryUrban, date); !errors.Is(err, pfdo.ErrValidation) {
		t.Errorf("invalid program: %v", err)
	}
}
