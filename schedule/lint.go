package schedule

import (
	"strconv"

	"github.com/pfdo-go/pfdo/pfdo"
)

// Finding is a problem Lint found in a roadmap that leaves it usable but probably wrong.
type Finding struct {
	Code string `json:"code"`
	Item string `json:"item"`
	RU   string `json:"message_ru"`
	EN   string `json:"message_en"`
}

// Lint checks a roadmap for: deadlines outside the roadmap's years (Years), items due before the
// items they depend on, dependencies on items that do not exist, duplicate item numbers, and
// executors that are not known bodies. Unreadable deadlines are reported too (Check refuses
// them).
func Lint(r *Roadmap) []Finding {
	var out []Finding
	add := func(code, item, ru, en string) { out = append(out, Finding{code, item, ru, en}) }
	first, last := r.Years()
	bodies := map[string]bool{EveryMunicipality: true}
	for _, b := range r.Bodies {
		bodies[b.ID] = true
	}
	seen := map[string]bool{}
	due := map[string]pfdo.Date{}
	items := r.Items()
	for _, it := range items {
		if seen[it.Number] {
			add("duplicate_number", it.Number, "номер мероприятия повторяется", "the item number is repeated")
		}
		seen[it.Number] = true
		for _, e := range it.Executors {
			if !bodies[e] {
				add("unknown_executor", it.Number, "исполнитель «"+e+"» не входит в список исполнителей дорожной карты",
					"the executor "+e+" is not one of the roadmap's bodies")
			}
		}
		ds, err := r.Deadlines(it)
		if err != nil {
			add("unreadable_deadline", it.Number, pfdo.Localize(err, pfdo.LangRU), pfdo.Localize(err, pfdo.LangEN))
			continue
		}
		for _, d := range ds {
			p := d.Period()
			if p.Start.Year() < first || p.End.Year() > last {
				add("deadline_outside_years", it.Number,
					"срок «"+d.String()+"» выходит за годы дорожной карты "+strconv.Itoa(first)+"–"+strconv.Itoa(last),
					"the deadline "+d.String()+" falls outside the roadmap's years "+strconv.Itoa(first)+"–"+strconv.Itoa(last))
			}
		}
		due[it.Number], _ = r.Due(it)
	}
	for _, it := range items {
		for _, dep := range it.DependsOn {
			depDue, ok := due[dep]
			switch {
			case !seen[dep]:
				add("unknown_dependency", it.Number, "мероприятие зависит от несуществующего мероприятия "+dep, "the item depends on a missing item "+dep)
			case ok && !due[it.Number].IsZero() && due[it.Number].Before(depDue):
				add("due_before_dependency", it.Number,
					"срок ("+due[it.Number].Format(pfdo.LangRU)+") раньше срока мероприятия "+dep+", от которого оно зависит ("+depDue.Format(pfdo.LangRU)+")",
					"due ("+due[it.Number].String()+") before item "+dep+" it depends on ("+depDue.String()+")")
			}
		}
	}
	return out
}

// Years returns the years the roadmap covers: from Year to LastYear, or, when LastYear is not
// set, one year a stage (both seeds plan a year and the following one in two stages).
func (r *Roadmap) Years() (first, last int) {
	if r.LastYear != 0 {
		return r.Year, r.LastYear
	}
	return r.Year, r.Year + max(len(r.Stages), 1) - 1
}
