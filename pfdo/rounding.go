package pfdo

import (
	"math/big"
	"math/bits"

	"github.com/invopop/jsonschema"
	"github.com/shopspring/decimal"
)

// Rounding is a named rounding mode («правило округления»). Every rounding step of the
// library goes through one of these modes, so that a profile can name it and a trace can say
// which rule rounded a value. The zero value is RoundHalfAwayFromZero, the rule of
// commercial rounding («по правилам математического округления»).
type Rounding uint8

// The rounding modes. Their JSON codes are stable.
const (
	// RoundHalfAwayFromZero rounds to the nearest value, ties away from zero
	// (2.5 → 3, −2.5 → −3). JSON code "half_away_from_zero", also accepted as "half_up".
	RoundHalfAwayFromZero Rounding = iota
	// RoundHalfEven rounds to the nearest value, ties to the even neighbour
	// (banker's rounding: 2.5 → 2, 3.5 → 4). JSON code "half_even".
	RoundHalfEven
	// RoundCeiling rounds towards +∞ (2.1 → 3, −2.1 → −2). JSON code "ceiling", also "up".
	RoundCeiling
	// RoundFloor rounds towards −∞ (2.9 → 2, −2.1 → −3). JSON code "floor", also "down".
	RoundFloor
	// RoundTruncate drops the digits beyond the place, rounding towards zero
	// (2.9 → 2, −2.9 → −2). JSON code "truncate".
	RoundTruncate
)

var roundingTable = &enumTable{
	field: "rounding", ru: "Правило округления", en: "Rounding mode", zeroValid: true,
	aliases: map[string]uint8{"half_up": uint8(RoundHalfAwayFromZero), "up": uint8(RoundCeiling), "down": uint8(RoundFloor)},
	names: []enumName{
		RoundHalfAwayFromZero: {"half_away_from_zero", "до ближайшего, половина — от нуля", "nearest, half away from zero"},
		RoundHalfEven:         {"half_even", "до ближайшего, половина — к чётному", "nearest, half to even"},
		RoundCeiling:          {"ceiling", "в большую сторону", "towards +∞ (ceiling)"},
		RoundFloor:            {"floor", "в меньшую сторону", "towards −∞ (floor)"},
		RoundTruncate:         {"truncate", "отбрасыванием разрядов", "towards zero (truncate)"},
	},
}

// IsValid reports whether r is one of the defined modes.
func (r Rounding) IsValid() bool { return roundingTable.valid(uint8(r)) }

// String returns the JSON code of the mode.
func (r Rounding) String() string { return roundingTable.code(uint8(r), "Rounding") }

// Label returns the name of the mode in the given language.
func (r Rounding) Label(l Lang) string { return roundingTable.label(uint8(r), l, "Rounding") }

// ParseRounding parses a rounding mode from its code, an alias ("half_up", "up", "down") or its
// label.
func ParseRounding(s string) (Rounding, error) {
	i, err := roundingTable.parse(s)
	return Rounding(i), err
}

// MarshalText implements encoding.TextMarshaler.
func (r Rounding) MarshalText() ([]byte, error) { return roundingTable.marshal(uint8(r), "Rounding") }

// UnmarshalText implements encoding.TextUnmarshaler.
func (r *Rounding) UnmarshalText(b []byte) error {
	v, err := ParseRounding(string(b))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// JSONSchema describes the mode as a string enum.
func (Rounding) JSONSchema() *jsonschema.Schema { return roundingTable.schema() }

// Decimal rounds d to the given number of decimal places (0 for whole units, 2 for kopecks of a
// ruble amount; a negative number rounds to tens, hundreds…). The result is exact: no global
// precision is involved.
func (r Rounding) Decimal(d decimal.Decimal, places int32) decimal.Decimal {
	switch r {
	case RoundHalfEven:
		return d.RoundBank(places)
	case RoundCeiling:
		return d.RoundCeil(places)
	case RoundFloor:
		return d.RoundFloor(places)
	case RoundTruncate:
		return d.Truncate(places)
	default:
		return d.Round(places)
	}
}

// Rat rounds the exact fraction q to the given number of decimal places and returns the result
// as an exact decimal. It is the helper for rules stated as fractions (days of a contract over
// days of a group, nominal × 365 / D…), where decimal division would lose exactness.
func (r Rounding) Rat(q *big.Rat, places int32) decimal.Decimal {
	num := new(big.Int).Set(q.Num())
	den := new(big.Int).Set(q.Denom())
	if places >= 0 {
		num.Mul(num, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(places)), nil))
	} else {
		den.Mul(den, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-places)), nil))
	}
	return decimal.NewFromBigInt(r.bigQuotient(num, den), -places)
}

// bigQuotient returns num/den rounded to an integer; den > 0.
func (r Rounding) bigQuotient(num, den *big.Int) *big.Int {
	quo, rem := new(big.Int).QuoRem(num, den, new(big.Int))
	if rem.Sign() == 0 {
		return quo
	}
	neg := num.Sign() < 0
	twice := new(big.Int).Abs(rem)
	twice.Lsh(twice, 1)
	half := twice.Cmp(den) // compare |rem| with den/2
	if r.awayFromZero(neg, half, quo.Bit(0) == 1) {
		if neg {
			quo.Sub(quo, big.NewInt(1))
		} else {
			quo.Add(quo, big.NewInt(1))
		}
	}
	return quo
}

// awayFromZero decides, for a truncated quotient with a non-zero remainder, whether the result
// moves one unit away from zero. half compares twice the remainder with the divisor (−1 below
// half, 0 exactly half, +1 above); odd says whether the truncated quotient is odd.
func (r Rounding) awayFromZero(negative bool, half int, odd bool) bool {
	switch r {
	case RoundHalfEven:
		return half > 0 || (half == 0 && odd)
	case RoundCeiling:
		return !negative
	case RoundFloor:
		return negative
	case RoundTruncate:
		return false
	default:
		return half >= 0
	}
}

// MulDiv returns a × b / den rounded to an integer, computed exactly with a 128-bit
// intermediate product, without allocating. It is the fast path of proration
// (kopecks × days of a contract / days of a group). It fails with ErrDivisionByZero when den is
// 0 and ErrOverflow when the result does not fit in int64.
func (r Rounding) MulDiv(a, b, den int64) (int64, error) {
	if den == 0 {
		return 0, ErrDivisionByZero
	}
	neg := (a < 0) != (b < 0) != (den < 0)
	if a == 0 || b == 0 {
		return 0, nil
	}
	hi, lo := bits.Mul64(absU(a), absU(b))
	ud := absU(den)
	if hi >= ud {
		return 0, ErrOverflow
	}
	q, rem := bits.Div64(hi, lo, ud)
	if rem != 0 {
		// Compare 2·rem with den without overflowing: rem < den ≤ 2^63.
		half := 0
		switch {
		case rem > ud-rem:
			half = 1
		case rem < ud-rem:
			half = -1
		}
		if r.awayFromZero(neg, half, q&1 == 1) {
			q++
		}
	}
	if neg {
		if q > 1<<63 {
			return 0, ErrOverflow
		}
		return -int64(q), nil // wraps correctly for q == 1<<63
	}
	if q > 1<<63-1 {
		return 0, ErrOverflow
	}
	return int64(q), nil
}

// Quotient returns num / den rounded to an integer (see MulDiv).
func (r Rounding) Quotient(num, den int64) (int64, error) { return r.MulDiv(num, 1, den) }

func absU(x int64) uint64 {
	if x < 0 {
		return uint64(-x) // for math.MinInt64 this wraps to 1<<63, which is the right magnitude
	}
	return uint64(x)
}
