package pfdo

import "iter"

// Period is an inclusive range of days [Start, End]: a financing period, the dates of a group, a
// contract. A period of one day has Start == End. The zero value is unset (both dates zero) and
// fails validation; NewPeriod and validation refuse a period that ends before it starts.
type Period struct {
	Start Date `json:"start" validate:"required,ltefield=End" ru:"дата начала" en:"start date"`
	End   Date `json:"end" validate:"required" ru:"дата окончания" en:"end date"`
}

// NewPeriod returns the period [start, end], or an error wrapping ErrInvalidPeriod when a date
// is unset or end is before start.
func NewPeriod(start, end Date) (Period, error) {
	p := Period{start, end}
	if err := p.check(); err != nil {
		return Period{}, err
	}
	return p, nil
}

// MustPeriod is NewPeriod for constants and tests: it panics on an error.
func MustPeriod(start, end Date) Period {
	p, err := NewPeriod(start, end)
	if err != nil {
		panic(err)
	}
	return p
}

func (p Period) check() *Error {
	switch {
	case p.Start.IsZero() || p.End.IsZero():
		return newError(CodePeriodOrder, "", p.String(), ErrInvalidPeriod,
			"у периода должны быть заданы даты начала и окончания", "a period needs a start and an end date")
	case p.End.Before(p.Start):
		return newError(CodePeriodOrder, "", p.String(), ErrInvalidPeriod,
			"дата окончания периода раньше даты начала", "the period ends before it starts")
	}
	return nil
}

// IsValid reports whether both dates are set and Start ≤ End.
func (p Period) IsValid() bool { return p.check() == nil }

// String returns "2017-09-01…2018-05-31".
func (p Period) String() string { return p.Start.String() + "…" + p.End.String() }

// Format returns the period as written in documents: «с 01.09.2017 по 31.05.2018» in Russian,
// "2017-09-01 to 2018-05-31" in English.
func (p Period) Format(l Lang) string {
	if l == LangEN {
		return p.Start.String() + " to " + p.End.String()
	}
	return "с " + p.Start.Format(LangRU) + " по " + p.End.Format(LangRU)
}

// Days returns the number of days of the period, both ends counted (days(a, b) = b − a + 1);
// 0 for an invalid period.
func (p Period) Days() int {
	if !p.IsValid() {
		return 0
	}
	return p.End.Sub(p.Start) + 1
}

// Contains reports whether d lies in the period, ends included.
func (p Period) Contains(d Date) bool {
	return p.IsValid() && !d.IsZero() && !d.Before(p.Start) && !d.After(p.End)
}

// Overlaps reports whether the two periods share at least one day.
func (p Period) Overlaps(o Period) bool {
	_, ok := p.Intersect(o)
	return ok
}

// Intersect returns the days the two periods share, and false when they share none.
func (p Period) Intersect(o Period) (Period, bool) {
	if !p.IsValid() || !o.IsValid() {
		return Period{}, false
	}
	r := Period{Start: p.Start, End: p.End}
	if o.Start.After(r.Start) {
		r.Start = o.Start
	}
	if o.End.Before(r.End) {
		r.End = o.End
	}
	if r.End.Before(r.Start) {
		return Period{}, false
	}
	return r, true
}

// MonthCount returns the number of calendar months the period touches (M of the contract rules:
// 3 for 2017-10-15…2017-12-31); 0 for an invalid period.
func (p Period) MonthCount() int {
	if !p.IsValid() {
		return 0
	}
	y1, m1, _ := p.Start.Date()
	y2, m2, _ := p.End.Date()
	return (y2-y1)*12 + int(m2) - int(m1) + 1
}

// Months iterates over the calendar months the period touches, yielding for each the part of the
// month inside the period: 2017-10-15…2017-12-31 yields 10-15…10-31, 11-01…11-30, 12-01…12-31.
func (p Period) Months() iter.Seq[Period] {
	return func(yield func(Period) bool) {
		if !p.IsValid() {
			return
		}
		for start := p.Start; !start.After(p.End); {
			end := start.EndOfMonth()
			if end.After(p.End) {
				end = p.End
			}
			if !yield(Period{start, end}) {
				return
			}
			start = end.AddDays(1)
			if start.IsZero() { // 9999-12-31 reached
				return
			}
		}
	}
}
