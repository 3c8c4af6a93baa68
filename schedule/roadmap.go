package schedule

import (
	"strconv"

	"github.com/pfdo-go/pfdo/pfdo"
)

// EveryMunicipality is the executor code of the local administrations of all municipalities
// («местные администрации муниципальных районов, городских округов», «ОМСУ»): an item with this
// executor is due in every municipality of its scope, and its status is kept per municipality.
const EveryMunicipality = "municipalities"

// Roadmap is a plan of measures («дорожная карта», «план мероприятий») for introducing
// personalized financing in a region: stages of numbered items. It is the JSON document
// "roadmap".
type Roadmap struct {
	ID     string        `json:"id" validate:"required" ru:"идентификатор дорожной карты" en:"roadmap id"`
	Title  string        `json:"title" validate:"required" ru:"наименование дорожной карты" en:"title"`
	Region string        `json:"region" validate:"required" ru:"субъект Российской Федерации" en:"region"`
	Act    pfdo.Citation `json:"act" ru:"акт об утверждении" en:"act"`
	// Year is the year of deadlines that name a month without a year.
	Year int `json:"year" validate:"min=1900,max=2200" ru:"год сроков по умолчанию" en:"default year of deadlines"`
	// LastYear is the last year the roadmap covers; when 0, one year a stage (see Years).
	LastYear int `json:"last_year,omitempty" validate:"omitempty,min=1900,max=2200,gtefield=Year" ru:"последний год дорожной карты" en:"last year"`
	// Note is a note of the act, such as KBR's «Указание местных администраций … носит
	// рекомендательный характер».
	Note string `json:"note,omitempty" ru:"примечание" en:"note"`
	// Bodies are the named executors (the regional ministry, the regional model centre…).
	Bodies []Body `json:"bodies" validate:"dive" ru:"ответственные исполнители" en:"executing bodies"`
	// Municipalities are the municipalities of the region, for items due in every municipality.
	Municipalities []pfdo.Municipality `json:"municipalities" validate:"min=1,dive" ru:"муниципальные образования" en:"municipalities"`
	Stages         []Stage             `json:"stages" validate:"min=1,dive" ru:"этапы" en:"stages"`
}

// Body is a named executor of roadmap items.
type Body struct {
	ID   string `json:"id" validate:"required" ru:"код исполнителя" en:"executor code"`
	Name string `json:"name" validate:"required" ru:"наименование исполнителя" en:"executor name"`
}

// Stage is a group of items, usually a year («1. Мероприятия … в 2020 году»).
type Stage struct {
	Number string `json:"number" validate:"required" ru:"номер этапа" en:"stage number"`
	Title  string `json:"title" validate:"required" ru:"наименование этапа" en:"stage title"`
	Items  []Item `json:"items" validate:"min=1,dive" ru:"мероприятия" en:"items"`
}

// Item is a numbered measure of a roadmap.
type Item struct {
	// Number is the item's number as the act writes it: "1.1", "24".
	Number string `json:"number" validate:"required" ru:"номер мероприятия" en:"item number"`
	Title  string `json:"title" validate:"required" ru:"наименование мероприятия" en:"title"`
	// Executors are body codes or EveryMunicipality.
	Executors []string `json:"executors" validate:"min=1" ru:"ответственные исполнители" en:"executors"`
	// Municipalities narrows an item due in every municipality to some of them (Tomsk items 4–10
	// concern the ten pilot municipalities); empty means all.
	Municipalities []string `json:"municipalities,omitempty" ru:"муниципальные образования, к которым относится мероприятие" en:"municipalities concerned"`
	// Deadline is the deadline as the act writes it: «май-июль», «До 10.06.2018», or several
	// deadlines of sub-items in one cell.
	Deadline string `json:"deadline" validate:"required" ru:"срок реализации" en:"deadline"`
	Result   string `json:"result" ru:"ожидаемый результат" en:"expected result"`
	// DependsOn lists the numbers of items that must be done first.
	DependsOn []string `json:"depends_on,omitempty" ru:"зависит от мероприятий" en:"depends on"`
}

// Items returns every item of every stage, in order.
func (r *Roadmap) Items() []*Item {
	var out []*Item
	for i := range r.Stages {
		for j := range r.Stages[i].Items {
			out = append(out, &r.Stages[i].Items[j])
		}
	}
	return out
}

// Item returns the item with the given number.
func (r *Roadmap) Item(number string) (*Item, bool) {
	for _, it := range r.Items() {
		if it.Number == number {
			return it, true
		}
	}
	return nil, false
}

// Deadlines reads the item's deadline text with the roadmap's year.
func (r *Roadmap) Deadlines(it *Item) ([]Deadline, error) {
	ds, err := ParseDeadlines(it.Deadline, r.Year)
	if err != nil {
		return nil, err
	}
	return ds, nil
}

// Span returns the period the item's deadlines cover: from the earliest start (or due date, for
// «до D») to the latest due date.
func (r *Roadmap) Span(it *Item) (pfdo.Period, error) {
	ds, err := r.Deadlines(it)
	if err != nil {
		return pfdo.Period{}, err
	}
	span := ds[0].Period()
	for _, d := range ds[1:] {
		p := d.Period()
		if p.Start.Before(span.Start) {
			span.Start = p.Start
		}
		if p.End.After(span.End) {
			span.End = p.End
		}
	}
	return span, nil
}

// Due returns the last day of the item: the latest due date of its deadlines.
func (r *Roadmap) Due(it *Item) (pfdo.Date, error) {
	span, err := r.Span(it)
	return span.End, err
}

// ByMunicipality reports whether the item is due in every municipality of its scope.
func (it *Item) ByMunicipality() bool {
	for _, e := range it.Executors {
		if e == EveryMunicipality {
			return true
		}
	}
	return false
}

// Scope returns the municipalities an item due in every municipality concerns: its own list, or
// all the roadmap's.
func (r *Roadmap) Scope(it *Item) []string {
	if !it.ByMunicipality() {
		return nil
	}
	if len(it.Municipalities) > 0 {
		return it.Municipalities
	}
	out := make([]string, len(r.Municipalities))
	for i, m := range r.Municipalities {
		out[i] = m.ID
	}
	return out
}

// Municipality returns a municipality of the roadmap by code.
func (r *Roadmap) Municipality(id string) (pfdo.Municipality, bool) {
	for _, m := range r.Municipalities {
		if m.ID == id {
			return m, true
		}
	}
	return pfdo.Municipality{}, false
}

// Check reports what makes a roadmap unusable: an item whose deadline cannot be read, an item
// scoped to a municipality the roadmap does not list, and duplicate municipality or body codes.
// Findings that leave it usable (deadlines outside its years, unknown executors, duplicate item
// numbers, dependencies out of order) are Lint's.
func (r *Roadmap) Check() error {
	var errs pfdo.Errors
	seen := map[string]bool{}
	for i, m := range r.Municipalities {
		if seen[m.ID] {
			errs = append(errs, &pfdo.Error{Code: "schedule.duplicate_municipality", Field: "municipalities[" + strconv.Itoa(i) + "].id",
				Value: m.ID, Err: pfdo.ErrValidation, RU: "муниципальное образование указано дважды", EN: "the municipality is listed twice"})
		}
		seen[m.ID] = true
	}
	bodies := map[string]bool{}
	for i, b := range r.Bodies {
		if bodies[b.ID] || b.ID == EveryMunicipality {
			errs = append(errs, &pfdo.Error{Code: "schedule.duplicate_body", Field: "bodies[" + strconv.Itoa(i) + "].id",
				Value: b.ID, Err: pfdo.ErrValidation, RU: "код исполнителя повторяется или зарезервирован", EN: "the executor code is repeated or reserved"})
		}
		bodies[b.ID] = true
	}
	for si, st := range r.Stages {
		for ii := range st.Items {
			it := &r.Stages[si].Items[ii]
			path := "stages[" + strconv.Itoa(si) + "].items[" + strconv.Itoa(ii) + "]"
			if _, err := r.Deadlines(it); err != nil {
				for _, e := range pfdo.AsList(err) {
					e = e.AtField(path + ".deadline")
					e.Label = "срок реализации мероприятия " + it.Number
					errs = append(errs, e)
				}
			}
			for k, m := range it.Municipalities {
				if !seen[m] {
					errs = append(errs, &pfdo.Error{Code: "schedule.unknown_municipality", Field: path + ".municipalities[" + strconv.Itoa(k) + "]",
						Value: m, Err: pfdo.ErrValidation, RU: "такого муниципального образования нет в дорожной карте", EN: "the roadmap lists no such municipality"})
				}
			}
		}
	}
	if len(errs) > 0 {
		return errs
	}
	return nil
}
