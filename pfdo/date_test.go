package pfdo

import (
	"encoding/json"
	"errors"
	"math/rand/v2"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in      string
		y, m, d int
	}{
		{"2017-09-01", 2017, 9, 1},
		{"2020-02-29", 2020, 2, 29},
		{"2000-02-29", 2000, 2, 29},
		{"01.09.2018", 2018, 9, 1},
		{"1.9.2018", 2018, 9, 1},
		{"10.06.2018", 2018, 6, 10},
		{"0001-01-01", 1, 1, 1},
		{"9999-12-31", 9999, 12, 31},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := ParseDate(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			y, m, dd := d.Date()
			if y != tt.y || int(m) != tt.m || dd != tt.d {
				t.Errorf("got %d-%d-%d, want %d-%d-%d", y, m, dd, tt.y, tt.m, tt.d)
			}
		})
	}
	bad := []struct{ in, why string }{
		{"2019-02-29", "not a leap year"},
		{"1900-02-29", "century not divisible by 400"},
		{"2018-04-31", "April has 30 days"},
		{"2018-13-01", "no month 13"},
		{"2018-00-10", "no month 0"},
		{"0000-01-01", "year 0"},
		{"2018-9-01", "ISO needs two digits"},
		{"31.02.2018", "no 31 February"},
		{"01.09.18", "two-digit year"},
		{"", "empty"},
		{"2018-09-01T00:00:00Z", "a timestamp"},
		{"２０１８-09-01", "full-width digits"},
	}
	for _, tt := range bad {
		t.Run("bad "+tt.why, func(t *testing.T) {
			if d, err := ParseDate(tt.in); !errors.Is(err, ErrInvalidDate) {
				t.Errorf("ParseDate(%q) = %v, %v; want ErrInvalidDate (%s)", tt.in, d, err, tt.why)
			}
		})
	}
}

// TestDateAgainstTime compares day arithmetic with the time package over random dates.
func TestDateAgainstTime(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	start := time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
	for range 20000 {
		days := rng.IntN(3652059) // 0001-01-01 … 9999-12-31
		tm := start.AddDate(0, 0, days)
		d := DateOf(tm)
		y, m, dd := d.Date()
		if y != tm.Year() || m != tm.Month() || dd != tm.Day() {
			t.Fatalf("DateOf(%v) = %d-%d-%d", tm, y, m, dd)
		}
		if d.Weekday() != tm.Weekday() {
			t.Fatalf("%v: Weekday %v, want %v", d, d.Weekday(), tm.Weekday())
		}
		if d.String() != tm.Format("2006-01-02") || !d.Time().Equal(tm) {
			t.Fatalf("String/Time of %v: %s", tm, d)
		}
		n := rng.IntN(2000) - 1000
		if got, want := d.AddDays(n), DateOf(tm.AddDate(0, 0, n)); tm.AddDate(0, 0, n).Year() >= 1 && tm.AddDate(0, 0, n).Year() <= 9999 && got != want {
			t.Fatalf("%v + %d days = %v, want %v", d, n, got, want)
		}
		if d.DaysInMonth() != time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day() {
			t.Fatalf("DaysInMonth(%v) = %d", d, d.DaysInMonth())
		}
	}
}

func TestDateMonthArithmetic(t *testing.T) {
	d := MustParseDate
	tests := []struct {
		name string
		got  any
		want any
	}{
		{"D1 of 2017-10-15 (domain §5.4 A)", d("2017-10-15").DaysToMonthEnd(), 17},
		{"D1 of 2018-01-01 (domain §5.4 B)", d("2018-01-01").DaysToMonthEnd(), 31},
		{"D1 of 29 February 2020", d("2020-02-29").DaysToMonthEnd(), 1},
		{"D1 of 28 February 2019", d("2019-02-28").DaysToMonthEnd(), 1},
		{"end of February in a leap year", d("2024-02-10").EndOfMonth(), d("2024-02-29")},
		{"start of month", d("2024-02-10").StartOfMonth(), d("2024-02-01")},
		{"31 January + 1 month in a leap year", d("2024-01-31").AddMonths(1), d("2024-02-29")},
		{"31 January + 1 month", d("2023-01-31").AddMonths(1), d("2023-02-28")},
		{"December + 1 month crosses the year", d("2017-12-15").AddMonths(1), d("2018-01-15")},
		{"March − 13 months", d("2018-03-31").AddMonths(-13), d("2017-02-28")},
		{"days across the year end", d("2018-01-01").Sub(d("2017-12-31")), 1},
		{"days of a leap year", d("2021-01-01").Sub(d("2020-01-01")), 366},
		{"AddDays past 9999 gives zero", d("9999-12-31").AddDays(1), Date{}},
		{"AddDays before year 1 gives zero", d("0001-01-01").AddDays(-1), Date{}},
		{"zero date stays zero", Date{}.AddDays(5), Date{}},
		{"AddMonths past 9999 gives zero", d("9999-12-01").AddMonths(1), Date{}},
		{"Russian format", d("2018-06-10").Format(LangRU), "10.06.2018"},
		{"English format", d("2018-06-10").Format(LangEN), "2018-06-10"},
		{"zero date prints empty", Date{}.String(), ""},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, tt.got, tt.want)
		}
	}
	a, b := d("2018-01-01"), d("2018-01-02")
	if !a.Before(b) || !b.After(a) || a.Compare(b) != -1 || b.Compare(a) != 1 || a.Compare(a) != 0 || !a.Equal(a) || !(Date{}).Before(a) {
		t.Error("ordering of dates is wrong")
	}
}

func TestDateJSON(t *testing.T) {
	type doc struct {
		D Date `json:"d"`
	}
	var v doc
	if err := json.Unmarshal([]byte(`{"d":"2018-09-01"}`), &v); err != nil || v.D != MustParseDate("2018-09-01") {
		t.Fatalf("got %v, %v", v.D, err)
	}
	out, _ := json.Marshal(v)
	if string(out) != `{"d":"2018-09-01"}` {
		t.Errorf("Marshal = %s", out)
	}
	out, _ = json.Marshal(doc{})
	if string(out) != `{"d":null}` {
		t.Errorf("zero date marshals as %s, want null", out)
	}
	for _, in := range []string{`{"d":"01.09.2018"}`, `{"d":"2018-02-30"}`, `{"d":20180901}`, `{"d":""}`} {
		if err := json.Unmarshal([]byte(in), &v); !errors.Is(err, ErrInvalidDate) {
			t.Errorf("%s: got %v, want ErrInvalidDate", in, err)
		}
	}
}

func TestNewDateErrors(t *testing.T) {
	for _, c := range [][3]int{{2019, 2, 29}, {10000, 1, 1}, {0, 12, 31}, {2018, 0, 1}, {2018, 1, 0}, {2018, 1, 32}} {
		if _, err := NewDate(c[0], time.Month(c[1]), c[2]); !errors.Is(err, ErrInvalidDate) {
			t.Errorf("NewDate(%v) = %v, want ErrInvalidDate", c, err)
		}
	}
}
