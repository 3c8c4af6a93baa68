package pfdo

import (
	"encoding/json"
	"math/big"
	"regexp"
	"strings"
	"testing"
)

// moneySyntax is the documented syntax of ParseMoney as one regular expression: a simple,
// slow reference for the hand-written fast parser.
var moneySyntax = regexp.MustCompile(`^[-−]?([0-9]+|[0-9]{1,3}([ \x{00a0}\x{202f}][0-9]{3})+)([.,][0-9]{1,2})?$`)

// referenceParseMoney parses s with moneySyntax and big.Rat; ok is false when s is not an amount
// within ±MaxMoney.
func referenceParseMoney(s string) (kopecks int64, ok bool) {
	s = strings.TrimSpace(s)
	if !moneySyntax.MatchString(s) {
		return 0, false
	}
	s = strings.NewReplacer(" ", "", "\u00a0", "", "\u202f", "", ",", ".", "−", "-").Replace(s)
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		return 0, false
	}
	r.Mul(r, big.NewRat(100, 1))
	if !r.IsInt() || r.Num().CmpAbs(big.NewInt(MaxMoney.Kopecks())) > 0 {
		return 0, false
	}
	return r.Num().Int64(), true
}

// The fuzz targets below have their seed corpora in testdata/fuzz/<name>; `go test` runs the
// seeds, `go test -fuzz=<name>` explores further.

func FuzzParseMoney(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseMoney(s)
		want, wantOK := referenceParseMoney(s)
		if (err == nil) != wantOK || (wantOK && m.Kopecks() != want) {
			t.Fatalf("ParseMoney(%q) = %v, %v; the reference says %d, %v", s, m, err, want, wantOK)
		}
		if err != nil {
			if AsList(err) == nil {
				t.Fatalf("ParseMoney(%q): untyped error %v", s, err)
			}
			return
		}
		if m.Cmp(MaxMoney) > 0 || m.Cmp(MaxMoney.Neg()) < 0 {
			t.Fatalf("ParseMoney(%q) = %v beyond ±MaxMoney", s, m)
		}
		back, err := ParseMoney(m.String())
		if err != nil || back != m {
			t.Fatalf("round trip of %q: %v → %q → %v, %v", s, m, m.String(), back, err)
		}
		ru, err := ParseMoney(m.Format(LangRU)[:len(m.Format(LangRU))-len(" ₽")])
		if err != nil || ru != m {
			t.Fatalf("Russian round trip of %v: %v, %v", m, ru, err)
		}
	})
}

func FuzzMoneyJSON(f *testing.F) {
	f.Fuzz(func(t *testing.T, b []byte) {
		var m Money
		if err := m.UnmarshalJSON(b); err != nil {
			return
		}
		out, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		var back Money
		if err := json.Unmarshal(out, &back); err != nil || back != m {
			t.Fatalf("%s → %v → %s → %v, %v", b, m, out, back, err)
		}
	})
}

// FuzzMoneyArithmetic checks Money against plain int64 arithmetic on amounts within ±MaxMoney.
func FuzzMoneyArithmetic(f *testing.F) {
	f.Fuzz(func(t *testing.T, a, b int64) {
		a %= MaxMoney.Kopecks() + 1
		b %= MaxMoney.Kopecks() + 1
		x, y := Kopecks(a), Kopecks(b)
		if x.Add(y).Kopecks() != a+b || x.Sub(y).Kopecks() != a-b || x.Neg().Kopecks() != -a {
			t.Fatalf("%d, %d: add/sub/neg", a, b)
		}
		want := 0
		if a < b {
			want = -1
		} else if a > b {
			want = 1
		}
		if x.Cmp(y) != want || x.Min(y).Kopecks() != min(a, b) || x.Max(y).Kopecks() != max(a, b) {
			t.Fatalf("%d, %d: cmp/min/max", a, b)
		}
		if b != 0 {
			got, err := x.Prorate(1, b, RoundTruncate)
			if err != nil || got.Kopecks() != a/b {
				t.Fatalf("%d / %d truncated = %v, %v; want %d", a, b, got, err, a/b)
			}
		}
	})
}

func FuzzRateJSON(f *testing.F) {
	f.Fuzz(func(t *testing.T, b []byte) {
		var r Rate
		if err := r.UnmarshalJSON(b); err != nil {
			return
		}
		out, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		var back Rate
		if err := json.Unmarshal(out, &back); err != nil || !back.Equal(r) {
			t.Fatalf("%s → %v → %s → %v, %v", b, r, out, back, err)
		}
		if p, err := ParseRate(r.String()); err != nil || !p.Equal(r) {
			t.Fatalf("ParseRate(String()) of %v: %v, %v", r, p, err)
		}
	})
}

func FuzzParseDate(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			if AsList(err) == nil {
				t.Fatalf("ParseDate(%q): untyped error %v", s, err)
			}
			return
		}
		if d.IsZero() {
			t.Fatalf("ParseDate(%q) gave the zero date without an error", s)
		}
		for _, form := range []string{d.String(), d.Format(LangRU)} {
			back, err := ParseDate(form)
			if err != nil || back != d {
				t.Fatalf("%q → %v → %q → %v, %v", s, d, form, back, err)
			}
		}
		if d.AddDays(1).Sub(d) != 1 && !d.AddDays(1).IsZero() {
			t.Fatalf("%v + 1 day", d)
		}
	})
}

// FuzzDecodeProgram feeds arbitrary documents to the strict decoder and the validator: they
// must never panic, and a decoded program must survive a JSON round trip.
func FuzzDecodeProgram(f *testing.F) {
	doc, _ := FindDocument(Documents(), "program")
	f.Fuzz(func(t *testing.T, b []byte) {
		v, err := doc.Read(b, nil)
		if err != nil {
			if AsList(err) == nil {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		out, err := json.Marshal(v)
		if err != nil {
			t.Fatalf("a valid program does not marshal: %v", err)
		}
		var back Program
		if err := Decode(out, &back); err != nil {
			t.Fatalf("round trip: %v\n%s", err, out)
		}
	})
}
