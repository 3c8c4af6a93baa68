package schedule

import (
	"errors"
	"slices"
	"strconv"

	"github.com/pfdo-go/pfdo/pfdo"
)

// ErrProgress: a completion cannot be recorded (unknown item, executor or municipality, or a
// second completion of the same work).
var ErrProgress = errors.New("schedule: invalid completion")

// Completion records that an item was done by a body, or in one municipality, on a date, with the
// act or document that proves it.
type Completion struct {
	Item string `json:"item" validate:"required" ru:"номер мероприятия" en:"item number"`
	// Executor is the body's code, or EveryMunicipality with Municipality set.
	Executor     string        `json:"executor" validate:"required" ru:"исполнитель" en:"executor"`
	Municipality string        `json:"municipality,omitempty" ru:"муниципальное образование" en:"municipality"`
	Date         pfdo.Date     `json:"date" validate:"required" ru:"дата исполнения" en:"date done"`
	Evidence     pfdo.Citation `json:"evidence" ru:"подтверждающий документ" en:"evidence"`
}

// ProgressLog is the completions recorded for a roadmap, as a JSON document ("progress").
type ProgressLog struct {
	// Roadmap is the id of the roadmap the completions belong to.
	Roadmap     string       `json:"roadmap" validate:"required" ru:"идентификатор дорожной карты" en:"roadmap id"`
	Completions []Completion `json:"completions" validate:"dive" ru:"отметки об исполнении" en:"completions"`
}

// Status is the state of an item for one executor (or municipality) on a date.
type Status uint8

// The statuses.
const (
	NotStarted Status = iota + 1 // the item's period has not begun
	InProgress                   // within the item's period, not yet done
	Done                         // done on or before the date
	Overdue                      // past the item's due date and not done
)

// String returns "not_started", "in_progress", "done" or "overdue".
func (s Status) String() string {
	switch s {
	case NotStarted:
		return "not_started"
	case InProgress:
		return "in_progress"
	case Done:
		return "done"
	case Overdue:
		return "overdue"
	}
	return "Status(" + strconv.Itoa(int(s)) + ")"
}

// Label returns the status in Russian or English.
func (s Status) Label(l pfdo.Lang) string {
	ru := map[Status]string{NotStarted: "не начато", InProgress: "в работе", Done: "выполнено", Overdue: "просрочено"}
	if l == pfdo.LangEN {
		return map[Status]string{NotStarted: "not started", InProgress: "in progress", Done: "done", Overdue: "overdue"}[s]
	}
	return ru[s]
}

// MarshalText writes the status's code.
func (s Status) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Progress holds the completions recorded against a roadmap. Record is the only way in; it
// checks every completion and changes nothing on error.
type Progress struct {
	roadmap *Roadmap
	done    map[progressKey]Completion
}

type progressKey struct{ item, executor, municipality string }

// NewProgress starts the progress of a roadmap, which must pass Check.
func NewProgress(r *Roadmap) (*Progress, error) {
	if err := pfdo.Validate(r); err != nil {
		return nil, err
	}
	if err := r.Check(); err != nil {
		return nil, err
	}
	return &Progress{roadmap: r, done: map[progressKey]Completion{}}, nil
}

// Record adds a completion: the item must exist and name the executor; a municipality must be in
// the item's scope; the same work cannot be recorded twice.
func (p *Progress) Record(c Completion) error {
	fail := func(field, value, ru, en string) error {
		return &pfdo.Error{Code: "schedule.completion", Field: field, Value: value, Err: ErrProgress, RU: ru, EN: en}
	}
	if err := pfdo.Validate(c); err != nil {
		return err
	}
	it, ok := p.roadmap.Item(c.Item)
	if !ok {
		return fail("item", c.Item, "в дорожной карте нет такого мероприятия", "the roadmap has no such item")
	}
	if !slices.Contains(it.Executors, c.Executor) {
		return fail("executor", c.Executor, "исполнитель не указан в мероприятии "+c.Item, "the executor is not named in item "+c.Item)
	}
	if c.Executor == EveryMunicipality {
		if !slices.Contains(p.roadmap.Scope(it), c.Municipality) {
			return fail("municipality", c.Municipality, "мероприятие "+c.Item+" не относится к этому муниципальному образованию",
				"item "+c.Item+" does not concern this municipality")
		}
	} else if c.Municipality != "" {
		return fail("municipality", c.Municipality, "муниципальное образование указывается только для исполнителя «municipalities»",
			"a municipality is given only for the executor \"municipalities\"")
	}
	k := progressKey{c.Item, c.Executor, c.Municipality}
	if prev, dup := p.done[k]; dup {
		return fail("item", c.Item, "исполнение уже отмечено "+prev.Date.Format(pfdo.LangRU), "already recorded as done on "+prev.Date.String())
	}
	p.done[k] = c
	return nil
}

// ExecutorStatus is the status of an item for one executor, or for one municipality.
type ExecutorStatus struct {
	Executor     string      `json:"executor"`
	Municipality string      `json:"municipality,omitempty"`
	Status       Status      `json:"status"`
	Completion   *Completion `json:"completion,omitempty"`
}

// ItemReport is an item's state on the report's date.
type ItemReport struct {
	Number   string           `json:"number"`
	Title    string           `json:"title"`
	Period   pfdo.Period      `json:"period"`
	Status   Status           `json:"status"`
	Statuses []ExecutorStatus `json:"statuses"`
	// OverdueMunicipalities lists, for an item due in every municipality, those where it is
	// overdue.
	OverdueMunicipalities []string `json:"overdue_municipalities,omitempty"`
}

// Report is the state of a roadmap on a date.
type Report struct {
	AsOf  pfdo.Date    `json:"as_of"`
	Items []ItemReport `json:"items"`
}

func statusOn(asOf pfdo.Date, span pfdo.Period, c *Completion) Status {
	switch {
	case c != nil && !c.Date.After(asOf):
		return Done
	case asOf.After(span.End):
		return Overdue
	case asOf.Before(span.Start):
		return NotStarted
	}
	return InProgress
}

// severity orders statuses for an item's overall status: any overdue executor makes the item
// overdue, else any in progress, else any not started; only all done is done.
func severity(s Status) int {
	switch s {
	case Overdue:
		return 3
	case InProgress:
		return 2
	case NotStarted:
		return 1
	}
	return 0
}

// Report returns the state of every item on asOf, per executor and per municipality. A
// completion dated after asOf does not count. An item is done when every executor (and every
// municipality of its scope) is done; otherwise it is overdue when any of them is, and so on.
func (p *Progress) Report(asOf pfdo.Date) Report {
	rep := Report{AsOf: asOf}
	for _, it := range p.roadmap.Items() {
		span, _ := p.roadmap.Span(it) // NewProgress checked every deadline
		ir := ItemReport{Number: it.Number, Title: it.Title, Period: span}
		add := func(executor, municipality string) {
			var comp *Completion
			if c, ok := p.done[progressKey{it.Number, executor, municipality}]; ok {
				comp = &c
			}
			st := statusOn(asOf, span, comp)
			ir.Statuses = append(ir.Statuses, ExecutorStatus{executor, municipality, st, comp})
			if st == Overdue && municipality != "" {
				ir.OverdueMunicipalities = append(ir.OverdueMunicipalities, municipality)
			}
		}
		for _, e := range it.Executors {
			if e != EveryMunicipality {
				add(e, "")
				continue
			}
			for _, m := range p.roadmap.Scope(it) {
				add(e, m)
			}
		}
		ir.Status = Done
		for _, s := range ir.Statuses {
			if severity(s.Status) > severity(ir.Status) {
				ir.Status = s.Status
			}
		}
		rep.Items = append(rep.Items, ir)
	}
	return rep
}

// ByMunicipality lists, for each municipality of the roadmap, the numbers of the items overdue
// there on the report's date.
func (r Report) ByMunicipality() map[string][]string {
	out := map[string][]string{}
	for _, it := range r.Items {
		for _, m := range it.OverdueMunicipalities {
			out[m] = append(out[m], it.Number)
		}
	}
	return out
}

// Counts returns how many items have each status.
func (r Report) Counts() map[Status]int {
	out := map[Status]int{}
	for _, it := range r.Items {
		out[it.Status]++
	}
	return out
}
