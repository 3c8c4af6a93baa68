package norms

import (
	"testing"

	"github.com/pfdo-go/pfdo/pfdo"
)

// BenchmarkNormativeCost measures methodology2017 without a trace on resolved parameters
// (target: ≥ 100 000 modules per second per core, i.e. ≤ 10 µs a module).
func BenchmarkNormativeCost(b *testing.B) {
	c := calculator(b)
	r, err := c.Resolve(pfdo.MustParseDate("2017-10-01"), "yakutsk", pfdo.TerritoryUrban)
	if err != nil {
		b.Fatal(err)
	}
	req := CostRequest{Module: module("C", 144, 10, 20, 10, 15, pfdo.QualificationOther, pfdo.QualificationFirst, pfdo.EquipmentLow),
		Direction: pfdo.DirectionScience}
	m := c.Method()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := m.Cost(req, r, false); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkNormativeCostWithTrace(b *testing.B) {
	c := calculator(b)
	req := CostRequest{Module: module("C", 144, 10, 20, 10, 15, pfdo.QualificationOther, pfdo.QualificationFirst, pfdo.EquipmentLow),
		Direction: pfdo.DirectionScience}
	date := pfdo.MustParseDate("2017-10-01")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.NormativeCost(req, "yakutsk", pfdo.TerritoryUrban, date); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkResolve(b *testing.B) {
	c := calculator(b)
	date := pfdo.MustParseDate("2017-10-01")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Resolve(date, "yakutsk", pfdo.TerritoryUrban); err != nil {
			b.Fatal(err)
		}
	}
}
