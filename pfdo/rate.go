package pfdo

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/invopop/jsonschema"
	"github.com/shopspring/decimal"
)

// Rate is an exact decimal coefficient or share: a qualification coefficient 1.2, a charge on
// pay 1.302, a share 0.8. It wraps shopspring/decimal and never goes through float64. The zero
// value is 0.
//
// Rates from input have at most 18 digits before and 18 after the decimal point, so that no
// input can make arithmetic on them slow.
type Rate struct{ d decimal.Decimal }

const rateMaxDigits = 18

// ratePattern is the JSON form of a rate.
const ratePattern = `^-?[0-9]{1,18}(\.[0-9]{1,18})?$`

// NewRate returns the rate value × 10^exp: NewRate(1302, -3) is 1.302.
func NewRate(value int64, exp int32) Rate { return Rate{decimal.New(value, exp)} }

// RateFromDecimal wraps an exact decimal.
func RateFromDecimal(d decimal.Decimal) Rate { return Rate{d} }

// ParseRate parses "1.302", "1,302", "-0.5" or "2". Exponents are not accepted. Errors wrap
// ErrInvalidRate.
func ParseRate(s string) (Rate, error) { return parseRate(s, false) }

// MustParseRate is ParseRate for constants and tests: it panics on an error.
func MustParseRate(s string) Rate {
	r, err := ParseRate(s)
	if err != nil {
		panic(err)
	}
	return r
}

func parseRate(s string, canonical bool) (Rate, error) {
	in := s
	if !canonical {
		s = strings.TrimSpace(s)
		s = strings.Replace(s, ",", ".", 1)
	}
	body := strings.TrimPrefix(s, "-")
	intPart, frac, hasPoint := body, "", false
	if i := strings.IndexByte(body, '.'); i >= 0 {
		intPart, frac, hasPoint = body[:i], body[i+1:], true
	}
	if intPart == "" || (hasPoint && frac == "") || !allDigits(intPart) || !allDigits(frac) ||
		len(intPart) > rateMaxDigits || len(frac) > rateMaxDigits {
		return Rate{}, newError(CodeRateSyntax, "", in, ErrInvalidRate,
			"коэффициент не распознан; ожидается десятичное число вида 1.302 (не более 18 цифр до и после точки)",
			"not a rate; expected a decimal like 1.302 (at most 18 digits before and after the point)")
	}
	d, err := decimal.NewFromString(s)
	if err != nil { // unreachable after the checks above; kept so no input can panic
		return Rate{}, newError(CodeRateSyntax, "", in, ErrInvalidRate, "коэффициент не распознан", "not a rate")
	}
	return Rate{d}, nil
}

// Decimal returns the exact value.
func (r Rate) Decimal() decimal.Decimal { return r.d }

// String returns the value in plain decimal notation as written, trailing zeros kept ("1.30").
func (r Rate) String() string { return r.d.String() }

// Equal reports whether r and o are the same number (1.5 equals 1.50).
func (r Rate) Equal(o Rate) bool { return r.d.Equal(o.d) }

// Cmp returns −1, 0 or +1 as r is less than, equal to or greater than o.
func (r Rate) Cmp(o Rate) int { return r.d.Cmp(o.d) }

// Sign returns −1, 0 or +1.
func (r Rate) Sign() int { return r.d.Sign() }

// IsZero reports whether r is 0.
func (r Rate) IsZero() bool { return r.d.IsZero() }

// IsNegative reports whether r < 0.
func (r Rate) IsNegative() bool { return r.d.Sign() < 0 }

// MarshalJSON writes the rate as a JSON string: "1.302".
func (r Rate) MarshalJSON() ([]byte, error) { return json.Marshal(r.d.String()) }

// UnmarshalJSON reads a JSON string "1.302" or a JSON number 1.302 from its text (never through
// float64). null leaves r unchanged.
func (r *Rate) UnmarshalJSON(b []byte) error {
	s := string(b)
	switch {
	case s == "null":
		return nil
	case strings.HasPrefix(s, "\""):
		var str string
		if err := json.Unmarshal(b, &str); err != nil {
			return newError(CodeRateSyntax, "", s, ErrInvalidRate, "коэффициент не распознан", "not a rate")
		}
		s = str
	default:
		if strings.ContainsAny(s, "eE") {
			v, err := parseRateExponent(s)
			if err != nil {
				return err
			}
			*r = v
			return nil
		}
	}
	v, err := parseRate(s, true)
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// rateLimit is 10^18: rates from input are below it in absolute value.
var rateLimit = decimal.New(1, rateMaxDigits)

// parseRateExponent reads a JSON number in exponent form (1.302e0, 5E-1) within the same bounds
// as the plain form: below 10^18 in absolute value and at most 18 decimals.
func parseRateExponent(s string) (Rate, error) {
	bad := newError(CodeRateSyntax, "", s, ErrInvalidRate,
		"коэффициент не распознан или вне допустимых границ (не более 18 цифр до и после точки)",
		"not a rate, or out of bounds (at most 18 digits before and after the point)")
	mant, exp, _ := strings.Cut(strings.ToLower(s), "e")
	e, err := strconv.Atoi(exp)
	if err != nil || len(mant) > 2*rateMaxDigits+2 || e > 2*rateMaxDigits || e < -2*rateMaxDigits {
		return Rate{}, bad
	}
	m, err := parseRate(mant, true)
	if err != nil {
		return Rate{}, bad
	}
	d := m.d.Shift(int32(e))
	if d.Exponent() < -rateMaxDigits || d.Abs().Cmp(rateLimit) >= 0 {
		return Rate{}, bad
	}
	return Rate{d}, nil
}

// JSONSchema describes Rate: a decimal string, or a JSON number.
func (Rate) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{
		Title:       "Коэффициент",
		Description: "Точное десятичное число: строка \"1.302\" (или число без экспоненты). / Exact decimal: a string \"1.302\" (or a number without exponent).",
		AnyOf: []*jsonschema.Schema{
			{Type: "string", Pattern: ratePattern},
			{Type: "number", ExclusiveMinimum: json.Number("-1e18"), ExclusiveMaximum: json.Number("1e18")},
		},
	}
}
