package pfdo

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/invopop/jsonschema"
	"github.com/shopspring/decimal"
)

// Money is an amount of rubles held exactly as a whole number of kopecks (int64). It is a value
// type: copy it freely, compare it with == or Cmp. The zero value is 0 ₽.
//
// Amounts from input (ParseMoney, JSON) are bounded by ±MaxMoney, so sums of up to 9 000 such
// amounts cannot overflow. Kopecks and Rubles are for amounts written in code and do not check
// bounds.
type Money struct{ k int64 }

// MaxMoney is the largest amount the parsers accept: 9 999 999 999 999,99 ₽ (ten trillion rubles
// less one kopeck), far beyond any regional budget.
var MaxMoney = Money{999_999_999_999_999}

// maxMoneyIntDigits is the number of digits of whole rubles in MaxMoney.
const maxMoneyIntDigits = 13

// Kopecks returns the amount of n kopecks.
func Kopecks(n int64) Money { return Money{n} }

// Rubles returns the amount of n whole rubles.
func Rubles(n int64) Money { return Money{n * 100} }

// ParseMoney parses an amount of rubles written the way people and systems write it:
// "12345.67", "12345,67", "12 345,67" (groups of three digits separated by spaces or no-break
// spaces), "12345", "-5.5". At most two decimals; the amount must lie within ±MaxMoney.
// Errors wrap ErrInvalidMoney or ErrOutOfRange.
func ParseMoney(s string) (Money, error) { return parseMoney(s, false) }

// MustParseMoney is ParseMoney for constants and tests: it panics on an error.
func MustParseMoney(s string) Money {
	m, err := ParseMoney(s)
	if err != nil {
		panic(err)
	}
	return m
}

// parseMoney parses s; canonical restricts the syntax to the JSON form -?D{1,13}(.D{1,2})?.
func parseMoney(s string, canonical bool) (Money, error) {
	in := s
	if !canonical {
		s = strings.TrimSpace(s)
	}
	neg := false
	if strings.HasPrefix(s, "-") {
		neg, s = true, s[1:]
	} else if !canonical && strings.HasPrefix(s, "−") { // U+2212 minus sign
		neg, s = true, s[len("−"):]
	}
	intPart, frac, hasPoint := s, "", false
	if i := strings.IndexAny(s, ".,"); i >= 0 {
		if canonical && s[i] == ',' {
			return Money{}, moneySyntaxError(in)
		}
		intPart, frac, hasPoint = s[:i], s[i+1:], true
	}
	rubles, digits, ok := moneyIntDigits(intPart, canonical)
	if !ok || (hasPoint && frac == "") || !allDigits(frac) {
		return Money{}, moneySyntaxError(in)
	}
	if len(frac) > 2 {
		return Money{}, newError(CodeMoneyPrecision, "", in, ErrInvalidMoney,
			"сумма указывается не точнее копеек (не более двух знаков после запятой)",
			"an amount has at most two decimals (kopecks)")
	}
	if digits > maxMoneyIntDigits {
		return Money{}, moneyRangeError(in)
	}
	k := rubles * 100
	switch len(frac) {
	case 1:
		k += int64(frac[0]-'0') * 10
	case 2:
		k += int64(frac[0]-'0')*10 + int64(frac[1]-'0')
	}
	if neg {
		k = -k
	}
	return Money{k}, nil
}

// moneyIntDigits returns the value of the ruble part with its count of significant digits. Unless
// canonical, it accepts groups of three digits separated by a space, a no-break space (U+00A0)
// or a narrow no-break space (U+202F); the first group has one to three digits. It does not
// allocate.
func moneyIntDigits(s string, canonical bool) (value int64, digits int, ok bool) {
	if s == "" {
		return 0, 0, false
	}
	group, groups := 0, 1 // digits in the current group; number of groups
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			if digits > 0 || c != '0' {
				digits++
				if digits <= maxMoneyIntDigits {
					value = value*10 + int64(c-'0')
				}
			}
			group++
			i++
			continue
		case canonical:
			return 0, 0, false
		}
		var size int
		switch {
		case c == ' ':
			size = 1
		case strings.HasPrefix(s[i:], "\u00a0"):
			size = len("\u00a0")
		case strings.HasPrefix(s[i:], "\u202f"):
			size = len("\u202f")
		default:
			return 0, 0, false
		}
		if group == 0 || group > 3 || (groups > 1 && group != 3) {
			return 0, 0, false
		}
		group, groups = 0, groups+1
		i += size
	}
	if group == 0 || (groups > 1 && group != 3) {
		return 0, 0, false
	}
	return value, digits, true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func moneySyntaxError(v string) *Error {
	return newError(CodeMoneySyntax, "", v, ErrInvalidMoney,
		"сумма не распознана; ожидается запись вида 12345.67",
		"not a money amount; expected a form like 12345.67")
}

func moneyRangeError(v string) *Error {
	return newError(CodeMoneyRange, "", v, ErrOutOfRange,
		"сумма по модулю превышает "+MaxMoney.String()+" ₽",
		"the amount exceeds "+MaxMoney.String()+" RUB in absolute value")
}

// Kopecks returns the amount in kopecks.
func (m Money) Kopecks() int64 { return m.k }

// String returns the amount with exactly two decimals and a point: "12345.67", "-0.50", "0.00".
func (m Money) String() string {
	var buf [24]byte
	return string(m.appendCanonical(buf[:0]))
}

func (m Money) appendCanonical(b []byte) []byte {
	u := uint64(m.k)
	if m.k < 0 {
		b = append(b, '-')
		u = uint64(-m.k) // correct also for math.MinInt64
	}
	b = strconv.AppendUint(b, u/100, 10)
	f := u % 100
	return append(b, '.', byte('0'+f/10), byte('0'+f%10))
}

// Format returns the amount as written in documents of the given language: "12 345,67 ₽" in
// Russian and "12,345.67 RUB" in English. The spaces are plain spaces; a page that must not
// break an amount can replace them with no-break spaces.
func (m Money) Format(l Lang) string {
	s := m.String()
	sign := ""
	if s[0] == '-' {
		sign, s = "−", s[1:]
	}
	intPart, frac := s[:len(s)-3], s[len(s)-2:]
	sep, point, unit := " ", ",", " ₽"
	if l == LangEN {
		sep, point, unit = ",", ".", " RUB"
	}
	var b strings.Builder
	b.WriteString(sign)
	for i := range len(intPart) {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteByte(intPart[i])
	}
	b.WriteString(point)
	b.WriteString(frac)
	b.WriteString(unit)
	return b.String()
}

// Equal reports whether m and o are the same amount (go-cmp uses it).
func (m Money) Equal(o Money) bool { return m.k == o.k }

// Cmp returns −1, 0 or +1 as m is less than, equal to or greater than o.
func (m Money) Cmp(o Money) int {
	switch {
	case m.k < o.k:
		return -1
	case m.k > o.k:
		return 1
	}
	return 0
}

// Add returns m + o.
func (m Money) Add(o Money) Money { return Money{m.k + o.k} }

// Sub returns m − o.
func (m Money) Sub(o Money) Money { return Money{m.k - o.k} }

// Neg returns −m.
func (m Money) Neg() Money { return Money{-m.k} }

// Min returns the least of m and the others.
func (m Money) Min(others ...Money) Money {
	for _, o := range others {
		if o.k < m.k {
			m = o
		}
	}
	return m
}

// Max returns the greatest of m and the others.
func (m Money) Max(others ...Money) Money {
	for _, o := range others {
		if o.k > m.k {
			m = o
		}
	}
	return m
}

// IsZero reports whether m is 0 ₽.
func (m Money) IsZero() bool { return m.k == 0 }

// IsNegative reports whether m < 0.
func (m Money) IsNegative() bool { return m.k < 0 }

// IsPositive reports whether m > 0.
func (m Money) IsPositive() bool { return m.k > 0 }

// Prorate returns m × num / den rounded to kopecks by r, computed exactly (a 128-bit product,
// no decimal division). It is the proration of an amount by days or months: for example the
// price of a contract of Dc days in a group of Dg days is price.Prorate(Dc, Dg, RoundCeiling).
func (m Money) Prorate(num, den int64, r Rounding) (Money, error) {
	k, err := r.MulDiv(m.k, num, den)
	return Money{k}, err
}

// Round rounds m to the given number of decimal places of rubles by r: 2 leaves it unchanged,
// 0 gives whole rubles, −3 thousands.
func (m Money) Round(places int32, r Rounding) (Money, error) {
	if places >= 2 {
		return m, nil
	}
	unit := int64(1)
	for p := places; p < 2; p++ {
		if unit > 1e17 {
			return Money{}, ErrOverflow
		}
		unit *= 10
	}
	q, err := r.Quotient(m.k, unit)
	if err != nil {
		return Money{}, err
	}
	if q > 0 && q > (1<<63-1)/unit || q < 0 && q < (-1<<63)/unit {
		return Money{}, ErrOverflow
	}
	return Money{q * unit}, nil
}

// Decimal returns the amount in rubles as an exact decimal.
func (m Money) Decimal() decimal.Decimal { return decimal.New(m.k, -2) }

// MoneyFromDecimal rounds an amount of rubles to kopecks by r and checks it lies within
// ±MaxMoney.
func MoneyFromDecimal(d decimal.Decimal, r Rounding) (Money, error) {
	k := r.Decimal(d, 2).Shift(2)
	if k.Abs().Cmp(decimal.New(MaxMoney.k, 0)) > 0 {
		return Money{}, moneyRangeError(d.String())
	}
	return Money{k.IntPart()}, nil
}

// MarshalJSON writes the amount as a JSON string with two decimals: "12345.67".
func (m Money) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, 24)
	b = append(b, '"')
	b = m.appendCanonical(b)
	return append(b, '"'), nil
}

// UnmarshalJSON reads a JSON string "12345.67" or a JSON number 12345.67 with at most two
// decimals (read from its text, never through float64). null leaves m unchanged.
func (m *Money) UnmarshalJSON(b []byte) error {
	v, err := decodeMoneyJSON(b)
	if err != nil {
		return err
	}
	if v != nil {
		*m = *v
	}
	return nil
}

func decodeMoneyJSON(b []byte) (*Money, error) {
	s := string(b)
	switch {
	case s == "null":
		return nil, nil
	case strings.HasPrefix(s, "\""):
		var str string
		if err := json.Unmarshal(b, &str); err != nil {
			return nil, moneySyntaxError(s)
		}
		s = str
	}
	v, err := parseMoney(s, true)
	if err != nil {
		return nil, err
	}
	return &v, nil
}

// moneyPattern is the JSON form of an amount: up to 13 digits of rubles and up to two of kopecks.
const moneyPattern = `^-?[0-9]{1,13}(\.[0-9]{1,2})?$`

// JSONSchema describes Money: a string matching moneyPattern, or a JSON number with at most two
// decimals.
func (Money) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{
		Title:       "Сумма в рублях",
		Description: "Сумма в рублях с точностью до копейки: строка \"12345.67\" (или число не более чем с двумя знаками после точки). / Amount of rubles to the kopeck: a string \"12345.67\" (or a number with at most two decimals).",
		AnyOf: []*jsonschema.Schema{
			{Type: "string", Pattern: moneyPattern},
			{Type: "number", MultipleOf: json.Number("0.01"),
				Minimum: json.Number("-" + MaxMoney.String()), Maximum: json.Number(MaxMoney.String())},
		},
	}
}
