package schedule

import (
	"slices"

	"github.com/pfdo-go/pfdo/pfdo"
)

// FinancingPeriods are a municipality's financing periods (domain reference §7.4): a calendar
// year, 1 September – 31 August, a short first period such as 1 November – 31 December, or split
// periods such as September–December and January–August. It is the JSON document
// "financing_periods".
type FinancingPeriods struct {
	Municipality string        `json:"municipality" validate:"required" ru:"муниципальное образование" en:"municipality"`
	Periods      []pfdo.Period `json:"periods" validate:"min=1,dive" ru:"периоды финансирования" en:"financing periods"`
	// BackdatingDays is the window, in days after a period starts, in which a request may start
	// on a date before the request (an operator setting).
	BackdatingDays int `json:"backdating_days,omitempty" validate:"min=0,max=366" ru:"окно заявок задним числом, дней" en:"back-dating window, days"`
}

// Check reports periods that overlap. Gaps are allowed (see Gaps).
func (f *FinancingPeriods) Check() error {
	ps := f.sorted()
	var errs pfdo.Errors
	for i := 1; i < len(ps); i++ {
		if !ps[i].Start.After(ps[i-1].End) {
			errs = append(errs, &pfdo.Error{Code: "schedule.periods_overlap", Field: "periods", Value: ps[i-1].String() + " / " + ps[i].String(),
				Err: pfdo.ErrInvalidPeriod, RU: "периоды финансирования пересекаются", EN: "financing periods overlap"})
		}
	}
	if len(errs) > 0 {
		return errs
	}
	return nil
}

func (f *FinancingPeriods) sorted() []pfdo.Period {
	ps := slices.Clone(f.Periods)
	slices.SortFunc(ps, func(a, b pfdo.Period) int { return a.Start.Compare(b.Start) })
	return ps
}

// Gaps returns the days between consecutive periods that no period covers.
func (f *FinancingPeriods) Gaps() []pfdo.Period {
	ps := f.sorted()
	var out []pfdo.Period
	for i := 1; i < len(ps); i++ {
		if next := ps[i-1].End.AddDays(1); next.Before(ps[i].Start) {
			out = append(out, pfdo.Period{Start: next, End: ps[i].Start.AddDays(-1)})
		}
	}
	return out
}

// Current returns the period containing d.
func (f *FinancingPeriods) Current(d pfdo.Date) (pfdo.Period, bool) {
	for _, p := range f.Periods {
		if p.Contains(d) {
			return p, true
		}
	}
	return pfdo.Period{}, false
}

// Next returns the first period starting after d.
func (f *FinancingPeriods) Next(d pfdo.Date) (pfdo.Period, bool) {
	for _, p := range f.sorted() {
		if p.Start.After(d) {
			return p, true
		}
	}
	return pfdo.Period{}, false
}

// BackdatingAllowed reports whether a request filed on requested may start on start, an earlier
// date: only when both fall in the same period and the request is filed within BackdatingDays of
// the period's start. A start on or after the request date is not back-dated and always allowed
// within a period.
func (f *FinancingPeriods) BackdatingAllowed(requested, start pfdo.Date) (bool, error) {
	p, ok := f.Current(start)
	if !ok {
		return false, &pfdo.Error{Code: "schedule.no_period", Field: "start", Value: start.String(), Err: pfdo.ErrInvalidPeriod,
			RU: "дата начала не попадает ни в один период финансирования", EN: "the start date is in no financing period"}
	}
	if !start.Before(requested) {
		return true, nil
	}
	return p.Contains(requested) && requested.Sub(p.Start) < f.BackdatingDays, nil
}
