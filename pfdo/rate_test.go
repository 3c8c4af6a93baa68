package pfdo

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

func TestParseRate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"1.302", "1.302"},
		{"1,28", "1.28"},
		{"-0.5", "-0.5"},
		{"2", "2"},
		{" 0.408 ", "0.408"},
		{"1.30", "1.3"},
		{"999999999999999999.999999999999999999", "999999999999999999.999999999999999999"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			r, err := ParseRate(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if !r.Equal(MustParseRate(tt.want)) {
				t.Errorf("ParseRate(%q) = %s, want %s", tt.in, r, tt.want)
			}
		})
	}
	bad := []string{"", "1.", ".5", "1e3", "abc", "1.2.3", "--1", "1 000", "1234567890123456789", "0." + strings.Repeat("1", 19), "NaN", "Inf"}
	for _, in := range bad {
		t.Run("bad "+in, func(t *testing.T) {
			if r, err := ParseRate(in); !errors.Is(err, ErrInvalidRate) {
				t.Errorf("ParseRate(%q) = %v, %v; want ErrInvalidRate", in, r, err)
			}
		})
	}
}

func TestRateJSON(t *testing.T) {
	type doc struct {
		K Rate `json:"k"`
	}
	good := map[string]string{
		`{"k":"1.302"}`:    "1.302",
		`{"k":1.302}`:      "1.302",
		`{"k":5E-1}`:       "0.5",
		`{"k":1.302e0}`:    "1.302",
		`{"k":-2}`:         "-2",
		`{"k":"0.000001"}`: "0.000001",
		// a number that float64 cannot hold exactly keeps every digit
		`{"k":0.1000000000000000055511151231257827}`: "",
	}
	for in, want := range good {
		var d doc
		err := json.Unmarshal([]byte(in), &d)
		if want == "" {
			if err == nil {
				t.Errorf("%s: more than 18 decimals accepted as %s", in, d.K)
			}
			continue
		}
		if err != nil || !d.K.Equal(MustParseRate(want)) {
			t.Errorf("%s: got %s, %v; want %s", in, d.K, err, want)
		}
	}
	for _, in := range []string{`{"k":1e30}`, `{"k":1e-30}`, `{"k":"1e3"}`, `{"k":true}`, `{"k":"1,5"}`, `{"k":1e99999999999}`} {
		var d doc
		if err := json.Unmarshal([]byte(in), &d); err == nil {
			t.Errorf("%s decoded to %s, want an error", in, d.K)
		}
	}
	out, _ := json.Marshal(doc{MustParseRate("1.302")})
	if string(out) != `{"k":"1.302"}` {
		t.Errorf("Marshal = %s", out)
	}
}

func TestRateCompare(t *testing.T) {
	a, b := MustParseRate("1.5"), MustParseRate("1.50")
	if !a.Equal(b) || a.Cmp(b) != 0 || a.Cmp(MustParseRate("2")) != -1 {
		t.Error("1.5 and 1.50 must compare equal and below 2")
	}
	if !NewRate(0, 0).IsZero() || !MustParseRate("-0.1").IsNegative() || MustParseRate("0.1").Sign() != 1 {
		t.Error("sign predicates disagree")
	}
	if NewRate(1302, -3).String() != "1.302" || RateFromDecimal(a.Decimal()).String() != "1.5" {
		t.Error("constructors")
	}
}
