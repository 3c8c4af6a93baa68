package norms

import (
	"errors"
	"strings"
	"testing"

	"github.com/pfdo-go/pfdo/pfdo"
)

func perChildHourSet() ParameterSet {
	r := pfdo.TerritoryRural
	return ParameterSet{Region: "пример", Parameters: []Parameter{
		param(BaseCostParameter, "arts", "95.50", "2023-01-01", "", 0),
		param(BaseCostParameter, "sport", "80", "2023-01-01", "", 0),
		param("K_terr", "", "1", "2023-01-01", "", 0),
		param("K_terr", "", "1.2", "2023-01-01", "", r),
		param("K_form", "full_time", "1", "2023-01-01", "", 0),
		param("K_form", "part_time", "0.9", "2023-01-01", "", 0),
		param("K_eq", "high", "1.1", "2023-01-01", "", 0),
		param("K_eq", "medium", "1", "2023-01-01", "", 0),
	}, Coefficients: []Coefficient{
		{"K_terr", "none", "коэффициент территории"},
		{"K_form", "form_of_study", "коэффициент формы обучения"},
		{"K_eq", "equipment_level", "коэффициент оснащения"},
	}}
}

// TestPerChildHour checks NormCost = round(Base × H × Π K) by hand:
// rural, part-time, high equipment, arts, 72 h: 95.50 × 72 = 6876; × 1.2 = 8251.2; × 0.9 = 7426.08;
// × 1.1 = 8168.688 → 8 169 ₽. Urban, full-time, medium, sport, 36 h: 80 × 36 × 1 × 1 × 1 = 2 880 ₽.
func TestPerChildHour(t *testing.T) {
	p := pfdo.Profile2017()
	p.Name, p.NormativeCostMethod = "smolensk2023", "per_child_hour"
	c, err := NewCalculator(p, perChildHourSet())
	if err != nil {
		t.Fatal(err)
	}
	date := pfdo.MustParseDate("2023-03-01")
	m := module("x", 72, 0, 0, 8, 12, pfdo.QualificationFirst, 0, pfdo.EquipmentHigh)
	m.FormOfStudy = pfdo.FormPartTime
	res, err := c.NormativeCost(CostRequest{Module: m, Direction: pfdo.DirectionArts}, "any", pfdo.TerritoryRural, date)
	if err != nil {
		t.Fatal(pfdo.Localize(err, pfdo.LangRU))
	}
	if res.Cost.String() != "8169.00" {
		t.Errorf("got %s\n%s", res.Cost, res.Trace)
	}
	text := res.Trace.String()
	for _, want := range []string{"BaseCostPerChildHour[arts] × H × K_terr × K_form × K_eq", "Точное значение: 8168,688", "K_form = 0,9 — коэффициент формы обучения (очно-заочная)"} {
		if !strings.Contains(text, want) {
			t.Errorf("trace lacks %q:\n%s", want, text)
		}
	}
	s := module("y", 36, 0, 0, 8, 12, pfdo.QualificationFirst, 0, pfdo.EquipmentMedium)
	s.FormOfStudy = pfdo.FormFullTime
	res, err = c.NormativeCost(CostRequest{Module: s, Direction: pfdo.DirectionSport}, "any", pfdo.TerritoryUrban, date)
	if err != nil || res.Cost.String() != "2880.00" {
		t.Errorf("sport: %v, %v", res.Cost, err)
	}
	// Every missing value is reported at once: no base cost for tourism, no K_form for
	// extramural study, no K_eq for a low level.
	s.FormOfStudy, s.EquipmentLevel = pfdo.FormExtramural, pfdo.EquipmentLow
	_, err = c.NormativeCost(CostRequest{Module: s, Direction: pfdo.DirectionTourism}, "any", pfdo.TerritoryUrban, date)
	var missing []string
	for _, e := range pfdo.AsList(err) {
		missing = append(missing, e.Value)
	}
	if !errors.Is(err, ErrMissingParameter) || strings.Join(missing, " ") != "BaseCostPerChildHour[tourism] K_form[extramural] K_eq[low]" {
		t.Errorf("got %v", missing)
	}
}
