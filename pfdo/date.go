package pfdo

import (
	"encoding/json"
	"strconv"
	"strings"
	"time"

	"github.com/invopop/jsonschema"
)

// Date is a civil date (a day of the Gregorian calendar, no time and no time zone), such as the
// start of a financing period or a contract. It is a value type; compare with ==, Before, After
// or Compare. The zero value is the unset date: IsZero reports true, it sorts before every real
// date and it fails validation where a date is required. Years 1 to 9999 are supported.
type Date struct {
	// n is the number of the day counted from 0001-01-01 = 1; 0 means unset.
	n int32
}

// daysBefore0001 is the day number of 0001-01-01 in the proleptic Gregorian count used by
// civilToDays (days since 1970-01-01).
const daysBefore0001 = -719162

// civilToDays returns the number of days from 1970-01-01 to y-m-d (Howard Hinnant's algorithm).
func civilToDays(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// daysToCivil is the inverse of civilToDays.
func daysToCivil(z int) (y, m, d int) {
	z += 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}

// daysIn returns the number of days of month m of year y.
func daysIn(y int, m time.Month) int {
	switch m {
	case time.April, time.June, time.September, time.November:
		return 30
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	}
	return 31
}

// NewDate returns the date y-m-d, or an error wrapping ErrInvalidDate if there is no such day
// (2019-02-29) or the year is outside 1…9999.
func NewDate(y int, m time.Month, d int) (Date, error) {
	if y < 1 || y > 9999 || m < time.January || m > time.December || d < 1 || d > daysIn(y, m) {
		v := strconv.Itoa(y) + "-" + strconv.Itoa(int(m)) + "-" + strconv.Itoa(d)
		return Date{}, newError(CodeDateRange, "", v, ErrInvalidDate,
			"такой даты нет в календаре (или год вне 1–9999)", "no such calendar date (or the year is outside 1–9999)")
	}
	return Date{int32(civilToDays(y, int(m), d) - daysBefore0001 + 1)}, nil
}

// MustDate is NewDate for constants and tests: it panics on an error.
func MustDate(y int, m time.Month, d int) Date {
	v, err := NewDate(y, m, d)
	if err != nil {
		panic(err)
	}
	return v
}

// DateOf returns the calendar date of t in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	v, _ := NewDate(y, m, d) // a time.Time outside years 1…9999 gives the zero Date
	return v
}

// ParseDate parses "2006-01-02" (ISO 8601, the JSON form) or the Russian "02.01.2006" (day and
// month may have one digit). Errors wrap ErrInvalidDate.
func ParseDate(s string) (Date, error) {
	d, err := parseISODate(s)
	switch {
	case err == nil:
		return d, nil
	case err.Code == CodeDateRange:
		return Date{}, err
	}
	if parts := strings.Split(s, "."); len(parts) == 3 {
		y, okY := atoiDigits(parts[2], 4, 4)
		m, okM := atoiDigits(parts[1], 1, 2)
		d, okD := atoiDigits(parts[0], 1, 2)
		if okY && okM && okD {
			v, err := dateAt(s, y, m, d)
			if err != nil {
				return Date{}, err
			}
			return v, nil
		}
	}
	return Date{}, dateSyntaxError(s)
}

// MustParseDate is ParseDate for constants and tests: it panics on an error.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// parseISODate parses "2006-01-02": a syntax error when the shape is wrong, a range error when
// there is no such day.
func parseISODate(s string) (Date, *Error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, dateSyntaxError(s)
	}
	y, okY := atoiDigits(s[:4], 4, 4)
	m, okM := atoiDigits(s[5:7], 2, 2)
	d, okD := atoiDigits(s[8:], 2, 2)
	if !okY || !okM || !okD {
		return Date{}, dateSyntaxError(s)
	}
	return dateAt(s, y, m, d)
}

func dateAt(in string, y, m, d int) (Date, *Error) {
	v, err := NewDate(y, time.Month(m), d)
	if err != nil {
		return Date{}, newError(CodeDateRange, "", in, ErrInvalidDate,
			"такой даты нет в календаре", "no such calendar date")
	}
	return v, nil
}

// atoiDigits parses a string of min…max ASCII digits.
func atoiDigits(s string, minLen, maxLen int) (int, bool) {
	if len(s) < minLen || len(s) > maxLen || !allDigits(s) {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

func dateSyntaxError(v string) *Error {
	return newError(CodeDateSyntax, "", v, ErrInvalidDate,
		"дата не распознана; ожидается ГГГГ-ММ-ДД или ДД.ММ.ГГГГ",
		"not a date; expected YYYY-MM-DD or DD.MM.YYYY")
}

// IsZero reports whether d is the unset date.
func (d Date) IsZero() bool { return d.n == 0 }

// Date returns the year, month and day. The zero Date gives 0, 0, 0.
func (d Date) Date() (year int, month time.Month, day int) {
	if d.n == 0 {
		return 0, 0, 0
	}
	y, m, dd := daysToCivil(int(d.n) + daysBefore0001 - 1)
	return y, time.Month(m), dd
}

// Year returns the year.
func (d Date) Year() int { y, _, _ := d.Date(); return y }

// Month returns the month.
func (d Date) Month() time.Month { _, m, _ := d.Date(); return m }

// Day returns the day of the month.
func (d Date) Day() int { _, _, dd := d.Date(); return dd }

// Weekday returns the day of the week.
func (d Date) Weekday() time.Weekday {
	// 0001-01-01 (n = 1) was a Monday.
	return time.Weekday(int(d.n) % 7)
}

// String returns "2006-01-02", or "" for the zero Date.
func (d Date) String() string {
	if d.n == 0 {
		return ""
	}
	var buf [10]byte
	return string(d.appendISO(buf[:0]))
}

func (d Date) appendISO(b []byte) []byte {
	y, m, dd := d.Date()
	b = appendPadded(b, y, 4)
	b = append(b, '-')
	b = appendPadded(b, int(m), 2)
	b = append(b, '-')
	return appendPadded(b, dd, 2)
}

// Format returns the date as written in documents: "02.01.2006" in Russian, "2006-01-02" in
// English.
func (d Date) Format(l Lang) string {
	if d.n == 0 || l == LangEN {
		return d.String()
	}
	y, m, dd := d.Date()
	b := make([]byte, 0, 10)
	b = appendPadded(b, dd, 2)
	b = append(b, '.')
	b = appendPadded(b, int(m), 2)
	b = append(b, '.')
	return string(appendPadded(b, y, 4))
}

func appendPadded(b []byte, v, width int) []byte {
	s := strconv.Itoa(v)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// Compare returns −1, 0 or +1 as d is before, equal to or after o.
func (d Date) Compare(o Date) int {
	switch {
	case d.n < o.n:
		return -1
	case d.n > o.n:
		return 1
	}
	return 0
}

// Before reports whether d is before o.
func (d Date) Before(o Date) bool { return d.n < o.n }

// After reports whether d is after o.
func (d Date) After(o Date) bool { return d.n > o.n }

// Equal reports whether d and o are the same day.
func (d Date) Equal(o Date) bool { return d.n == o.n }

// AddDays returns the date n days after d (before, for negative n). The zero Date stays zero;
// a result outside years 1…9999 is the zero Date.
func (d Date) AddDays(n int) Date {
	if d.n == 0 {
		return Date{}
	}
	v := int64(d.n) + int64(n)
	if v < 1 || v > int64(maxDate.n) {
		return Date{}
	}
	return Date{int32(v)}
}

// maxDate is 9999-12-31.
var maxDate = Date{int32(civilToDays(9999, 12, 31) - daysBefore0001 + 1)}

// AddMonths returns the same day n months later, clamped to the end of a shorter month
// (2024-01-31 + 1 month = 2024-02-29). A result outside years 1…9999 is the zero Date.
func (d Date) AddMonths(n int) Date {
	if d.n == 0 {
		return Date{}
	}
	y, m, dd := d.Date()
	total := y*12 + int(m) - 1 + n
	ny, nm := total/12, time.Month(total%12+1)
	if total < 0 || ny < 1 || ny > 9999 {
		return Date{}
	}
	return MustDate(ny, nm, min(dd, daysIn(ny, nm)))
}

// Sub returns the number of days from o to d (d − o); 2018-01-01 minus 2017-12-31 is 1.
func (d Date) Sub(o Date) int { return int(d.n) - int(o.n) }

// DaysInMonth returns the number of days of d's month.
func (d Date) DaysInMonth() int { y, m, _ := d.Date(); return daysIn(y, m) }

// StartOfMonth returns the first day of d's month.
func (d Date) StartOfMonth() Date { return d.AddDays(1 - d.Day()) }

// EndOfMonth returns the last day of d's month.
func (d Date) EndOfMonth() Date {
	y, m, dd := d.Date()
	return d.AddDays(daysIn(y, m) - dd)
}

// DaysToMonthEnd returns the number of days from d to the end of its month, both counted
// (D1 of the contract rules: 17 for 2017-10-15).
func (d Date) DaysToMonthEnd() int {
	y, m, dd := d.Date()
	return daysIn(y, m) - dd + 1
}

// Time returns midnight UTC of d.
func (d Date) Time() time.Time {
	y, m, dd := d.Date()
	return time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)
}

// MarshalText writes "2006-01-02"; the zero Date writes "".
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads "2006-01-02" (only the ISO form; use ParseDate for Russian dates).
func (d *Date) UnmarshalText(b []byte) error {
	v, err := parseISODate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// MarshalJSON writes the JSON string "2006-01-02"; the zero Date writes null.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.n == 0 {
		return []byte("null"), nil
	}
	b := make([]byte, 0, 12)
	b = append(b, '"')
	b = d.appendISO(b)
	return append(b, '"'), nil
}

// UnmarshalJSON reads the JSON string "2006-01-02". null leaves d unchanged.
func (d *Date) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return dateSyntaxError(string(b))
	}
	return d.UnmarshalText([]byte(s))
}

// JSONSchema describes Date as a string in the format "date" (YYYY-MM-DD).
func (Date) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{
		Type: "string", Format: "date", Pattern: `^[0-9]{4}-[0-9]{2}-[0-9]{2}$`,
		Title:       "Дата",
		Description: "Календарная дата ГГГГ-ММ-ДД. / Calendar date YYYY-MM-DD.",
	}
}
