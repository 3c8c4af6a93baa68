package norms

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/pfdo-go/pfdo/pfdo"
)

// loadYakutsk reads the example parameter set shipped in testdata: operator coefficients from
// 2017-09-01, the Yakutsk urban and rural values of the 2017 platform fixture, and a change of
// ZP on 2018-01-01.
func loadYakutsk(t testing.TB) ParameterSet {
	t.Helper()
	data, err := os.ReadFile("../testdata/parameters-yakutsk.json")
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := pfdo.FindDocument(Documents(), "parameter_set")
	v, err := doc.Read(data, nil)
	if err != nil {
		t.Fatal(err)
	}
	return *v.(*ParameterSet)
}

func calculator(t testing.TB) *Calculator {
	t.Helper()
	c, err := NewCalculator(pfdo.Profile2017(), loadYakutsk(t))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func module(id string, h, hind, hdop, nmin, nmax int, q1, q2 pfdo.Qualification, lvl pfdo.EquipmentLevel) *pfdo.Module {
	return &pfdo.Module{ID: id, Name: "Модуль " + id, Hours: h, IndividualHours: hind, AdditionalTeacherHours: hdop,
		GroupMin: nmin, GroupMax: nmax, TeacherQualification: q1, AdditionalTeacherQualification: q2, EquipmentLevel: lvl,
		Price: pfdo.Rubles(1000)}
}

// TestNormativeCostByHand checks methodology2017 on three modules whose cost was worked out by
// hand, term by term, from the formula of domain §4.1 and the values of
// testdata/parameters-yakutsk.json (exact fractions; the decimals below are cut, not rounded).
func TestNormativeCostByHand(t *testing.T) {
	d := pfdo.MustParseDate
	tests := []struct {
		name      string
		mod       *pfdo.Module
		dir       pfdo.Direction
		territory pfdo.Territory
		date      pfdo.Date
		want      string
	}{
		// A: H 72, Hind 4, Hdop 0, N (8+12)/2 = 10, K1 first 1.15, high equipment 1.5, robotics
		// Cdir 6380, urban: ZP 39080.5, S 1.47, Kdop 1.16, Kuvel 0.408, P 49.95, Bsrv 3372.07.
		// Hg = 68.
		// T1 = 39080.5 × (1.15·68/10 + 1.15·4) / (1.47·18·4.2) × 1.16 × 1.408 × 1.302 × 1.28
		//    = 39080.5 × 12.42 / 111.132 × 2.721848…      = 11 888.420967…
		// T2 = (68 + 40) / (49.95·10) × (6380·1.5 + 3372.07) = 108/499.5 × 12942.07 = 2 798.285405…
		// T3 = (68 + 0 + 40) × 1.28 × 1.16 / (3·44·1.47·18·10) × 10000 = 160.3584/34927.2 × 10000 = 45.912183…
		// Σ = 14 732.618556… → 14 733 ₽ (half away from zero to whole rubles).
		{"A: robotics, urban, 2017", module("A", 72, 4, 0, 8, 12, pfdo.QualificationFirst, 0, pfdo.EquipmentHigh),
			pfdo.DirectionRobotics, pfdo.TerritoryUrban, d("2017-10-01"), "14733.00"},
		// B: H 36, Hind 0, Hdop 12, N (6+10)/2 = 8, K1 highest 1.3, K2 other 1, medium equipment 1,
		// arts Cdir 2591, rural: ZP 32504.8, S 1.21, Kdop 1.13, Kuvel 0.403, P 24.55, Bsrv 3797.73.
		// T1 = 32504.8 × ((1.3·36 + 1·12)/8) / (1.21·18·4.2) × 1.13 × 1.403 × 1.302 × 1.28 = 6 900.566411…
		// T2 = 36 / (24.55·8) × (2591·1 + 3797.73)                                      = 1 171.050305…
		// T3 = (36 + 12) × 1.28 × 1.13 / (3·44·1.21·18·8) × 10000                        =    30.186159…
		// Σ = 8 101.802875… → 8 102 ₽.
		{"B: arts, rural, additional teacher", module("B", 36, 0, 12, 6, 10, pfdo.QualificationHighest, pfdo.QualificationOther, pfdo.EquipmentMedium),
			pfdo.DirectionArts, pfdo.TerritoryRural, d("2017-10-01"), "8102.00"},
		// C: H 144, Hind 10, Hdop 20, N (10+15)/2 = 12.5, K1 other 1, K2 first 1.15, low equipment
		// 0.6, science Cdir 3050, urban, on 2018-02-01 so ZP is the 2018 value 41034.53. Hg = 134.
		// T1 = 41034.53 × ((1·134 + 1.15·20)/12.5 + 1·10) / (1.47·18·4.2) × 1.16 × 1.408 × 1.302 × 1.28 = 22 674.150579…
		// T2 = (134 + 125) / (49.95·12.5) × (3050·0.6 + 3372.07)                                        =  2 157.895704…
		// T3 = (134 + 20 + 125) × 1.28 × 1.16 / (3·44·1.47·18·12.5) × 10000                             =     94.885178…
		// Σ = 24 926.931461… → 24 927 ₽.
		{"C: science, urban, after the 1 January change", module("C", 144, 10, 20, 10, 15, pfdo.QualificationOther, pfdo.QualificationFirst, pfdo.EquipmentLow),
			pfdo.DirectionScience, pfdo.TerritoryUrban, d("2018-02-01"), "24927.00"},
		// A again, rural: T1 11 660.548955…, T2 5 880.712179…, T3 54.335086…; Σ 17 595.596221… → 17 596 ₽.
		{"A rural", module("A", 72, 4, 0, 8, 12, pfdo.QualificationFirst, 0, pfdo.EquipmentHigh),
			pfdo.DirectionRobotics, pfdo.TerritoryRural, d("2017-10-01"), "17596.00"},
		// A urban in 2018: only T1 changes, by ZP 41034.53/39080.5: 12 482.843537…; Σ 15 327.041125… → 15 327 ₽.
		{"A urban 2018", module("A", 72, 4, 0, 8, 12, pfdo.QualificationFirst, 0, pfdo.EquipmentHigh),
			pfdo.DirectionRobotics, pfdo.TerritoryUrban, d("2018-01-01"), "15327.00"},
	}
	c := calculator(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := c.NormativeCost(CostRequest{Module: tt.mod, Direction: tt.dir}, "yakutsk", tt.territory, tt.date)
			if err != nil {
				t.Fatal(pfdo.Localize(err, pfdo.LangRU))
			}
			if res.Cost.String() != tt.want {
				t.Errorf("normative cost %s, want %s\n%s", res.Cost, tt.want, res.Trace)
			}
			// The fast path without a trace gives the same value.
			r, _ := c.Resolve(tt.date, "yakutsk", tt.territory)
			fast, err := c.Method().Cost(CostRequest{Module: tt.mod, Direction: tt.dir}, r, false)
			if err != nil || fast.Cost != res.Cost || fast.Trace != nil {
				t.Errorf("without trace: %v, %v", fast, err)
			}
		})
	}
}

// TestTwoDatesTwoActs: the same module as of two dates gives two costs, and each trace names the
// value in force and its source.
func TestTwoDatesTwoActs(t *testing.T) {
	c := calculator(t)
	mod := module("A", 72, 4, 0, 8, 12, pfdo.QualificationFirst, 0, pfdo.EquipmentHigh)
	before, err := c.NormativeCost(CostRequest{Module: mod, Direction: pfdo.DirectionRobotics}, "yakutsk", pfdo.TerritoryUrban, pfdo.MustParseDate("2017-12-31"))
	if err != nil {
		t.Fatal(err)
	}
	after, err := c.NormativeCost(CostRequest{Module: mod, Direction: pfdo.DirectionRobotics}, "yakutsk", pfdo.TerritoryUrban, pfdo.MustParseDate("2018-01-01"))
	if err != nil {
		t.Fatal(err)
	}
	if before.Cost.String() != "14733.00" || after.Cost.String() != "15327.00" {
		t.Fatalf("costs %s and %s", before.Cost, after.Cost)
	}
	b, a := before.Trace.String(), after.Trace.String()
	for _, want := range []string{"ZP = 39080,5 ₽/мес.", "действует с 01.09.2017", "Тестовые данные платформы pfdo.ru (2017)"} {
		if !strings.Contains(b, want) {
			t.Errorf("trace as of 31.12.2017 lacks %q:\n%s", want, b)
		}
	}
	for _, want := range []string{"ZP = 41034,53 ₽/мес.", "действует с 01.01.2018", "изменение с 01.01.2018"} {
		if !strings.Contains(a, want) {
			t.Errorf("trace as of 01.01.2018 lacks %q:\n%s", want, a)
		}
	}
}

func TestNormativeCostErrors(t *testing.T) {
	c := calculator(t)
	d := pfdo.MustParseDate("2017-10-01")
	mod := module("A", 72, 4, 0, 8, 12, pfdo.QualificationFirst, 0, pfdo.EquipmentHigh)
	tests := []struct {
		name         string
		mod          *pfdo.Module
		dir          pfdo.Direction
		municipality string
		territory    pfdo.Territory
		date         pfdo.Date
		sentinel     error
		text         string
	}{
		{"an unknown municipality lacks municipal parameters", mod, pfdo.DirectionRobotics, "mirny", pfdo.TerritoryUrban, d,
			ErrMissingParameter, "нет значения параметра ZP для территории «муниципальное образование «mirny», городская местность» на 01.10.2017"},
		{"before the first values", mod, pfdo.DirectionRobotics, "yakutsk", pfdo.TerritoryUrban, pfdo.MustParseDate("2017-08-31"),
			ErrMissingParameter, "нет значения параметра ZP"},
		{"no territory: the territory-specific values do not apply", mod, pfdo.DirectionRobotics, "yakutsk", 0, d,
			ErrMissingParameter, "нет значения параметра ZP для территории «муниципальное образование «yakutsk»»"},
		{"invalid module", module("A", 0, 4, 0, 8, 12, pfdo.QualificationFirst, 0, pfdo.EquipmentHigh), pfdo.DirectionRobotics,
			"yakutsk", pfdo.TerritoryUrban, d, pfdo.ErrValidation, "продолжительность модуля в часах"},
		{"unset direction", mod, 0, "yakutsk", pfdo.TerritoryUrban, d, pfdo.ErrUnknownCode, "не задана направленность"},
		{"unset date", mod, pfdo.DirectionRobotics, "yakutsk", pfdo.TerritoryUrban, pfdo.Date{}, pfdo.ErrInvalidDate, "не задана дата"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := c.NormativeCost(CostRequest{Module: tt.mod, Direction: tt.dir}, tt.municipality, tt.territory, tt.date)
			if !errors.Is(err, tt.sentinel) || !strings.Contains(pfdo.Localize(err, pfdo.LangRU), tt.text) {
				t.Errorf("got %v; want %v with %q", pfdo.Localize(err, pfdo.LangRU), tt.sentinel, tt.text)
			}
		})
	}
}

// TestDivisorsGuarded: a zero or negative divisor among the parameters is an error naming it.
func TestDivisorsGuarded(t *testing.T) {
	for _, sym := range []string{"S", "Norm", "Wm", "P", "Tpk", "Wy"} {
		t.Run(sym, func(t *testing.T) {
			set := loadYakutsk(t)
			for i := range set.Parameters {
				if set.Parameters[i].Name == sym {
					set.Parameters[i].Value = pfdo.MustParseRate("0")
				}
			}
			c, err := NewCalculator(pfdo.Profile2017(), set)
			if err != nil {
				t.Fatal(err)
			}
			_, err = c.NormativeCost(CostRequest{Module: module("A", 72, 4, 0, 8, 12, pfdo.QualificationFirst, 0, pfdo.EquipmentHigh),
				Direction: pfdo.DirectionRobotics}, "yakutsk", pfdo.TerritoryUrban, pfdo.MustParseDate("2017-10-01"))
			if !errors.Is(err, ErrInvalidDivisor) || !strings.Contains(err.Error(), "divisor "+sym+" ") {
				t.Errorf("got %v", err)
			}
		})
	}
	// A fixed average group size of zero cannot be configured: the profile refuses a negative
	// one and 0 means (Nmin + Nmax) / 2; a module of groups of 0 is refused by validation.
	p := pfdo.Profile2017()
	p.FixedAverageGroupSize = -1
	if _, err := NewCalculator(p, loadYakutsk(t)); !errors.Is(err, pfdo.ErrValidation) {
		t.Errorf("negative fixed group size: %v", err)
	}
	r, _ := calculator(t).Resolve(pfdo.MustParseDate("2017-10-01"), "yakutsk", pfdo.TerritoryUrban)
	_, err := Methodology2017{Rounding: pfdo.Profile2017().Rounding.NormativeCost}.Cost(CostRequest{
		Module: module("Z", 72, 4, 0, 0, 0, pfdo.QualificationFirst, 0, pfdo.EquipmentHigh), Direction: pfdo.DirectionRobotics}, r, false)
	if !errors.Is(err, ErrInvalidDivisor) {
		t.Errorf("a group of 0 children: %v", err)
	}
}

// TestFixedAverageGroupSize: Tyumen's operator fixed N at 25.
func TestFixedAverageGroupSize(t *testing.T) {
	p := pfdo.Profile2017()
	p.FixedAverageGroupSize = 25
	c, err := NewCalculator(p, loadYakutsk(t))
	if err != nil {
		t.Fatal(err)
	}
	// A with N = 25 instead of 10 (worked out with exact fractions):
	// T1 = 39080.5 × (1.15·68/25 + 1.15·4) / 111.132 × 1.16 × 1.408 × 1.302 × 1.28 = 7 397.239712…
	// T2 = (68 + 4·25) / (49.95·25) × 12942.07                                 = 1 741.155363…
	// T3 = (68 + 4·25) × 1.28 × 1.16 / (3·44·1.47·18·25) × 10000                 =    28.567580…
	// Σ = 9 166.962656… → 9 167 ₽.
	res, err := c.NormativeCost(CostRequest{Module: module("A", 72, 4, 0, 8, 12, pfdo.QualificationFirst, 0, pfdo.EquipmentHigh),
		Direction: pfdo.DirectionRobotics}, "yakutsk", pfdo.TerritoryUrban, pfdo.MustParseDate("2017-10-01"))
	if err != nil {
		t.Fatal(err)
	}
	if res.Cost.String() != "9167.00" || !strings.Contains(res.Trace.String(), "фиксированное значение профиля pfdo2017") {
		t.Errorf("cost %s\n%s", res.Cost, res.Trace)
	}
}
