package pfdo

import (
	"errors"
	"math"
	"math/big"
	"testing"

	"github.com/shopspring/decimal"
)

// roundingCase is one value rounded to whole units by every mode, with the expected results
// worked out by hand.
type roundingCase struct {
	name                                 string
	num, den                             int64 // the value num/den
	halfAway, halfEven, ceil, floor, trn int64
}

var roundingCases = []roundingCase{
	{"2.5", 5, 2, 3, 2, 3, 2, 2},
	{"3.5", 7, 2, 4, 4, 4, 3, 3},
	{"-2.5", -5, 2, -3, -2, -2, -3, -2},
	{"-3.5", -7, 2, -4, -4, -3, -4, -3},
	{"2.4", 12, 5, 2, 2, 3, 2, 2},
	{"2.6", 13, 5, 3, 3, 3, 2, 2},
	{"-2.4", -12, 5, -2, -2, -2, -3, -2},
	{"-2.6", -13, 5, -3, -3, -2, -3, -2},
	{"1/3", 1, 3, 0, 0, 1, 0, 0},
	{"-1/3", -1, 3, 0, 0, 0, -1, 0},
	{"exact 4", 8, 2, 4, 4, 4, 4, 4},
	{"0.5", 1, 2, 1, 0, 1, 0, 0},
	{"-0.5", -1, 2, -1, 0, 0, -1, 0},
	{"negative divisor 2.5", 5, -2, -3, -2, -2, -3, -2},
}

func (c roundingCase) want(r Rounding) int64 {
	return [...]int64{c.halfAway, c.halfEven, c.ceil, c.floor, c.trn}[r]
}

var allModes = []Rounding{RoundHalfAwayFromZero, RoundHalfEven, RoundCeiling, RoundFloor, RoundTruncate}

func TestRoundingModes(t *testing.T) {
	for _, c := range roundingCases {
		for _, r := range allModes {
			t.Run(c.name+"/"+r.String(), func(t *testing.T) {
				want := c.want(r)
				got, err := r.Quotient(c.num, c.den)
				if err != nil || got != want {
					t.Errorf("Quotient(%d, %d) = %d, %v; want %d", c.num, c.den, got, err, want)
				}
				rat := big.NewRat(c.num, c.den)
				if d := r.Rat(rat, 0); d.IntPart() != want || !d.Equal(d.Truncate(0)) {
					t.Errorf("Rat(%s, 0) = %s; want %d", rat, d, want)
				}
				// The decimal path: num/den as a decimal is exact for these denominators (2, 5)
				// and for 1/3 rounded to 30 places, which no mode turns across a unit.
				dec := decimalFromRat(rat)
				if d := r.Decimal(dec, 0); d.IntPart() != want {
					t.Errorf("Decimal(%s, 0) = %s; want %d", dec, d, want)
				}
			})
		}
	}
}

func decimalFromRat(q *big.Rat) decimal.Decimal {
	return RoundTruncate.Rat(q, 30)
}

func TestRoundingPlaces(t *testing.T) {
	tests := []struct {
		name   string
		q      *big.Rat
		places int32
		mode   Rounding
		want   string
	}{
		// The recommended price of domain.md §4.3: 6000 / (122/273 × 100) × 100 = 13 426.229508…
		{"recommended price to kopecks", big.NewRat(6000*273, 122), 2, RoundHalfAwayFromZero, "13426.23"},
		{"recommended price down to rubles", big.NewRat(6000*273, 122), 0, RoundFloor, "13426"},
		// Annualised nominal of domain.md §3.2: 20 000 × 365 / 243 = 30 041.152… → 30 041.
		{"annualised nominal", big.NewRat(20000*365, 243), 0, RoundHalfAwayFromZero, "30041"},
		{"tens", big.NewRat(12345, 1), -1, RoundHalfAwayFromZero, "12350"},
		{"kopecks half even", big.NewRat(-12345, 1000), 2, RoundHalfEven, "-12.34"},
		{"kopecks half away", big.NewRat(-12345, 1000), 2, RoundHalfAwayFromZero, "-12.35"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.mode.Rat(tt.q, tt.places).String(); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

func TestMulDivEdges(t *testing.T) {
	if _, err := RoundFloor.MulDiv(1, 1, 0); !errors.Is(err, ErrDivisionByZero) {
		t.Errorf("division by zero: %v", err)
	}
	if _, err := RoundFloor.MulDiv(math.MaxInt64, math.MaxInt64, 1); !errors.Is(err, ErrOverflow) {
		t.Errorf("overflow: %v", err)
	}
	got, err := RoundFloor.MulDiv(math.MaxInt64, math.MaxInt64, math.MaxInt64)
	if err != nil || got != math.MaxInt64 {
		t.Errorf("MaxInt64² / MaxInt64 = %d, %v", got, err)
	}
	got, err = RoundFloor.MulDiv(math.MinInt64, 1, 1)
	if err != nil || got != math.MinInt64 {
		t.Errorf("MinInt64 × 1 / 1 = %d, %v", got, err)
	}
	if _, err := RoundFloor.MulDiv(math.MinInt64, -1, 1); !errors.Is(err, ErrOverflow) {
		t.Errorf("−MinInt64 must overflow, got %v", err)
	}
}

// referenceMulDiv is the plain big.Rat computation MulDiv must agree with.
func referenceMulDiv(r Rounding, a, b, den int64) (int64, bool) {
	q := new(big.Rat).SetFrac(new(big.Int).Mul(big.NewInt(a), big.NewInt(b)), big.NewInt(den))
	v := r.bigQuotient(q.Num(), q.Denom())
	if !v.IsInt64() {
		return 0, false
	}
	return v.Int64(), true
}

// FuzzMulDiv checks the allocation-free 128-bit MulDiv against exact big.Int arithmetic.
func FuzzMulDiv(f *testing.F) {
	f.Add(int64(596200), int64(78), int64(273), uint8(2))
	f.Add(int64(-5), int64(1), int64(2), uint8(0))
	f.Add(int64(math.MinInt64), int64(1), int64(-1), uint8(1))
	f.Add(int64(math.MaxInt64), int64(math.MaxInt64), int64(math.MaxInt64), uint8(3))
	f.Fuzz(func(t *testing.T, a, b, den int64, mode uint8) {
		r := allModes[int(mode)%len(allModes)]
		got, err := r.MulDiv(a, b, den)
		if den == 0 {
			if !errors.Is(err, ErrDivisionByZero) {
				t.Fatalf("den 0: %v", err)
			}
			return
		}
		want, fits := referenceMulDiv(r, a, b, den)
		if !fits {
			if !errors.Is(err, ErrOverflow) {
				t.Fatalf("%s MulDiv(%d, %d, %d) = %d, %v; want ErrOverflow", r, a, b, den, got, err)
			}
			return
		}
		if err != nil || got != want {
			t.Fatalf("%s MulDiv(%d, %d, %d) = %d, %v; want %d", r, a, b, den, got, err, want)
		}
	})
}

func TestParseRounding(t *testing.T) {
	tests := map[string]Rounding{
		"half_away_from_zero": RoundHalfAwayFromZero, "half_up": RoundHalfAwayFromZero,
		"half_even": RoundHalfEven, "ceiling": RoundCeiling, "up": RoundCeiling,
		"floor": RoundFloor, "down": RoundFloor, "truncate": RoundTruncate,
		"В большую сторону": RoundCeiling,
	}
	for in, want := range tests {
		got, err := ParseRounding(in)
		if err != nil || got != want {
			t.Errorf("ParseRounding(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if _, err := ParseRounding("bankers"); !errors.Is(err, ErrUnknownCode) {
		t.Errorf("unknown mode: %v", err)
	}
	if Rounding(9).IsValid() || Rounding(9).String() != "Rounding(9)" {
		t.Error("an undefined mode must be invalid and say so")
	}
	if _, err := Rounding(9).MarshalText(); err == nil {
		t.Error("an undefined mode must not marshal")
	}
}
