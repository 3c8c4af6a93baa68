package pfdo

import (
	"encoding/json"
	"errors"
	"math"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseMoney(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want int64 // kopecks
	}{
		{"point", "12345.67", 1234567},
		{"comma", "12345,67", 1234567},
		{"groups with spaces", "12 345,67", 1234567},
		{"groups with no-break spaces", "1\u00a0234\u00a0567,89", 123456789},
		{"groups with narrow no-break spaces", "12\u202f345", 1234500},
		{"whole rubles", "12345", 1234500},
		{"one decimal", "5.5", 550},
		{"negative", "-5.5", -550},
		{"unicode minus", "−0,01", -1},
		{"zero", "0", 0},
		{"negative zero", "-0.00", 0},
		{"surrounding spaces", "  42.00 ", 4200},
		{"leading zeros", "007.10", 710},
		{"maximum", "9999999999999.99", 999_999_999_999_999},
		{"minimum", "-9999999999999.99", -999_999_999_999_999},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseMoney(tt.in)
			if err != nil {
				t.Fatalf("ParseMoney(%q): %v", tt.in, err)
			}
			if got.Kopecks() != tt.want {
				t.Errorf("ParseMoney(%q) = %d kopecks, want %d", tt.in, got.Kopecks(), tt.want)
			}
		})
	}
}

func TestParseMoneyErrors(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		code     Code
		sentinel error
	}{
		{"empty", "", CodeMoneySyntax, ErrInvalidMoney},
		{"letters", "12a", CodeMoneySyntax, ErrInvalidMoney},
		{"three decimals", "12.345", CodeMoneyPrecision, ErrInvalidMoney},
		{"trailing point", "12.", CodeMoneySyntax, ErrInvalidMoney},
		{"leading point", ".5", CodeMoneySyntax, ErrInvalidMoney},
		{"two separators", "1.000,00", CodeMoneySyntax, ErrInvalidMoney},
		{"bad grouping", "1 2345", CodeMoneySyntax, ErrInvalidMoney},
		{"group of four first", "1234 567", CodeMoneySyntax, ErrInvalidMoney},
		{"double sign", "--5", CodeMoneySyntax, ErrInvalidMoney},
		{"plus sign", "+5", CodeMoneySyntax, ErrInvalidMoney},
		{"exponent", "1e5", CodeMoneySyntax, ErrInvalidMoney},
		{"currency sign", "5 ₽", CodeMoneySyntax, ErrInvalidMoney},
		{"beyond maximum", "10000000000000", CodeMoneyRange, ErrOutOfRange},
		{"far beyond int64", "99999999999999999999999", CodeMoneyRange, ErrOutOfRange},
		{"just a minus", "-", CodeMoneySyntax, ErrInvalidMoney},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseMoney(tt.in)
			if err == nil {
				t.Fatalf("ParseMoney(%q) = %v, want an error", tt.in, got)
			}
			if !errors.Is(err, tt.sentinel) {
				t.Errorf("error %v does not wrap %v", err, tt.sentinel)
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %T is not *Error", err)
			}
			if e.Code != tt.code || e.Value != tt.in || e.RU == "" || e.EN == "" {
				t.Errorf("got code %q value %q ru %q en %q; want code %q and value %q with both messages",
					e.Code, e.Value, e.RU, e.EN, tt.code, tt.in)
			}
		})
	}
}

func TestMoneyString(t *testing.T) {
	tests := []struct {
		kopecks int64
		want    string
		ru, en  string
	}{
		{0, "0.00", "0,00 ₽", "0.00 RUB"},
		{1, "0.01", "0,01 ₽", "0.01 RUB"},
		{-50, "-0.50", "−0,50 ₽", "−0.50 RUB"},
		{1234567, "12345.67", "12 345,67 ₽", "12,345.67 RUB"},
		{100000000, "1000000.00", "1 000 000,00 ₽", "1,000,000.00 RUB"},
		{math.MinInt64, "-92233720368547758.08", "−92 233 720 368 547 758,08 ₽", "−92,233,720,368,547,758.08 RUB"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			m := Kopecks(tt.kopecks)
			if got := m.String(); got != tt.want {
				t.Errorf("String() = %q, want %q", got, tt.want)
			}
			if got := m.Format(LangRU); got != tt.ru {
				t.Errorf("Format(ru) = %q, want %q", got, tt.ru)
			}
			if got := m.Format(LangEN); got != tt.en {
				t.Errorf("Format(en) = %q, want %q", got, tt.en)
			}
		})
	}
}

func TestMoneyArithmetic(t *testing.T) {
	a, b := MustParseMoney("100.50"), MustParseMoney("0.75")
	checks := []struct {
		name string
		got  Money
		want string
	}{
		{"Add", a.Add(b), "101.25"},
		{"Sub", a.Sub(b), "99.75"},
		{"Sub below zero", b.Sub(a), "-99.75"},
		{"Neg", a.Neg(), "-100.50"},
		{"Min", a.Min(b, Rubles(200)), "0.75"},
		{"Max", b.Max(a, Rubles(-1)), "100.50"},
		{"Rubles", Rubles(7), "7.00"},
	}
	for _, c := range checks {
		if c.got.String() != c.want {
			t.Errorf("%s = %s, want %s", c.name, c.got, c.want)
		}
	}
	if a.Cmp(b) != 1 || b.Cmp(a) != -1 || a.Cmp(a) != 0 {
		t.Error("Cmp is not an order")
	}
	if !Kopecks(0).IsZero() || Kopecks(1).IsZero() || !Kopecks(-1).IsNegative() || Kopecks(0).IsNegative() ||
		!Kopecks(1).IsPositive() || Kopecks(0).IsPositive() {
		t.Error("IsZero/IsNegative/IsPositive disagree with the sign")
	}
	if !a.Equal(MustParseMoney("100,5")) {
		t.Error("Equal: 100.50 and 100,5 differ")
	}
	if diff := cmp.Diff(a, MustParseMoney("100.5")); diff != "" {
		t.Errorf("go-cmp sees a difference (-want +got):\n%s", diff)
	}
}

// TestMoneyProrate checks proration against the worked vectors of domain.md §5.4: the price
// 5 962 ₽ and the normative cost 5 856 ₽ of a group of 273 days, prorated to contracts of 78,
// 151 and 30 days, rounded up to kopecks (ceil2).
func TestMoneyProrate(t *testing.T) {
	price, norm := Rubles(5962), Rubles(5856)
	tests := []struct {
		name   string
		amount Money
		days   int64
		want   string
	}{
		// 596 200 × 78 = 46 503 600; / 273 = 170 342.857… → 170 343 kopecks
		{"A price", price, 78, "1703.43"},
		// 585 600 × 78 = 45 676 800; / 273 = 167 314.285… → 167 315
		{"A normative cost", norm, 78, "1673.15"},
		// 596 200 × 151 = 90 026 200; / 273 = 329 766.300… → 329 767
		{"B price", price, 151, "3297.67"},
		// 585 600 × 151 = 88 425 600; / 273 = 323 903.296… → 323 904
		{"B normative cost", norm, 151, "3239.04"},
		// 596 200 × 30 = 17 886 000; / 273 = 65 516.483… → 65 517
		{"C price", price, 30, "655.17"},
		// 585 600 × 30 = 17 568 000; / 273 = 64 351.648… → 64 352
		{"C normative cost", norm, 30, "643.52"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.amount.Prorate(tt.days, 273, RoundCeiling)
			if err != nil {
				t.Fatal(err)
			}
			if got.String() != tt.want {
				t.Errorf("%s × %d/273 rounded up = %s, want %s", tt.amount, tt.days, got, tt.want)
			}
		})
	}
}

func TestMoneyProrateErrors(t *testing.T) {
	if _, err := Rubles(1).Prorate(1, 0, RoundCeiling); !errors.Is(err, ErrDivisionByZero) {
		t.Errorf("Prorate by zero days: got %v, want ErrDivisionByZero", err)
	}
	if _, err := Kopecks(math.MaxInt64).Prorate(3, 1, RoundFloor); !errors.Is(err, ErrOverflow) {
		t.Errorf("Prorate beyond int64: got %v, want ErrOverflow", err)
	}
}

func TestMoneyRound(t *testing.T) {
	tests := []struct {
		in     string
		places int32
		mode   Rounding
		want   string
	}{
		{"5856.50", 0, RoundHalfAwayFromZero, "5857.00"},
		{"-5856.50", 0, RoundHalfAwayFromZero, "-5857.00"},
		{"5856.50", 0, RoundHalfEven, "5856.00"},
		{"5857.50", 0, RoundHalfEven, "5858.00"},
		{"5856.01", 0, RoundCeiling, "5857.00"},
		{"-5856.99", 0, RoundCeiling, "-5856.00"},
		{"5856.99", 0, RoundFloor, "5856.00"},
		{"-5856.01", 0, RoundFloor, "-5857.00"},
		{"-5856.99", 0, RoundTruncate, "-5856.00"},
		{"13426.23", 1, RoundTruncate, "13426.20"},
		{"13426.23", -3, RoundHalfAwayFromZero, "13000.00"},
		{"12.34", 2, RoundCeiling, "12.34"},
	}
	for _, tt := range tests {
		t.Run(tt.in+"/"+strconv.Itoa(int(tt.places))+"/"+tt.mode.String(), func(t *testing.T) {
			got, err := MustParseMoney(tt.in).Round(tt.places, tt.mode)
			if err != nil {
				t.Fatal(err)
			}
			if got.String() != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
	if _, err := Kopecks(math.MaxInt64).Round(0, RoundCeiling); !errors.Is(err, ErrOverflow) {
		t.Errorf("rounding MaxInt64 kopecks up to rubles: got %v, want ErrOverflow", err)
	}
}

func TestMoneyJSON(t *testing.T) {
	type doc struct {
		Price Money `json:"price"`
	}
	good := []struct {
		name string
		in   string
		want int64
	}{
		{"string", `{"price":"12345.67"}`, 1234567},
		{"number", `{"price":12345.67}`, 1234567},
		{"integer number", `{"price":12}`, 1200},
		{"negative number", `{"price":-0.5}`, -50},
		{"null keeps zero", `{"price":null}`, 0},
	}
	for _, tt := range good {
		t.Run(tt.name, func(t *testing.T) {
			var d doc
			if err := json.Unmarshal([]byte(tt.in), &d); err != nil {
				t.Fatal(err)
			}
			if d.Price.Kopecks() != tt.want {
				t.Errorf("got %d kopecks, want %d", d.Price.Kopecks(), tt.want)
			}
		})
	}
	bad := []string{
		`{"price":12.345}`, `{"price":"12.345"}`, `{"price":"12,34"}`, `{"price":"12 345"}`,
		`{"price":1e3}`, `{"price":"1e3"}`, `{"price":true}`, `{"price":{}}`, `{"price":"10000000000000"}`,
	}
	for _, in := range bad {
		t.Run("bad "+in, func(t *testing.T) {
			var d doc
			if err := json.Unmarshal([]byte(in), &d); err == nil {
				t.Errorf("%s decoded to %v, want an error", in, d.Price)
			}
		})
	}
	out, err := json.Marshal(doc{Kopecks(-5)})
	if err != nil || string(out) != `{"price":"-0.05"}` {
		t.Errorf("Marshal = %s, %v; want {\"price\":\"-0.05\"}", out, err)
	}
}

func TestMoneyFromDecimal(t *testing.T) {
	got, err := MoneyFromDecimal(MustParseRate("13426.2271").Decimal(), RoundHalfAwayFromZero)
	if err != nil || got.String() != "13426.23" {
		t.Errorf("got %v, %v; want 13426.23", got, err)
	}
	if _, err := MoneyFromDecimal(MustParseRate("10000000000000").Decimal(), RoundFloor); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("got %v, want ErrOutOfRange", err)
	}
	if got := MustParseMoney("-12.30").Decimal().String(); got != "-12.3" {
		t.Errorf("Decimal() = %s, want -12.3", got)
	}
}
