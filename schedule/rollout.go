package schedule

import (
	"math/big"
	"slices"
	"strconv"

	"github.com/pfdo-go/pfdo/pfdo"
)

// Mechanism is what is in force in a municipality on a date.
type Mechanism uint8

// The mechanisms, in the order a municipality passes through them.
const (
	// None: neither the accounting system nor personalized financing.
	None Mechanism = iota
	// AccountingOnly: the accounting of children («система учета», accounting certificates)
	// without personalized financing.
	AccountingOnly
	// AccountingAndFinancing: accounting and personalized financing.
	AccountingAndFinancing
)

// String returns "none", "accounting" or "accounting_and_financing".
func (m Mechanism) String() string {
	switch m {
	case None:
		return "none"
	case AccountingOnly:
		return "accounting"
	case AccountingAndFinancing:
		return "accounting_and_financing"
	}
	return "Mechanism(" + strconv.Itoa(int(m)) + ")"
}

// Label returns the mechanism in the given language.
func (m Mechanism) Label(l pfdo.Lang) string {
	ru := [...]string{"ничего", "только система учёта", "учёт и персонифицированное финансирование"}
	en := [...]string{"none", "accounting only", "accounting and personalized financing"}
	if int(m) >= len(ru) {
		return m.String()
	}
	if l == pfdo.LangEN {
		return en[m]
	}
	return ru[m]
}

// MarshalText writes the mechanism's code.
func (m Mechanism) MarshalText() ([]byte, error) { return []byte(m.String()), nil }

// Rollout is the schedule of the introduction of the accounting system and of personalized
// financing by municipality, as in the appendix of the Tomsk act. It is the JSON document
// "rollout".
type Rollout struct {
	Region         string         `json:"region" validate:"required" ru:"субъект Российской Федерации" en:"region"`
	Act            pfdo.Citation  `json:"act" ru:"акт" en:"act"`
	Municipalities []RolloutEntry `json:"municipalities" validate:"min=1,dive" ru:"муниципальные образования" en:"municipalities"`
}

// RolloutEntry is one municipality's dates.
type RolloutEntry struct {
	Municipality pfdo.Municipality `json:"municipality" ru:"муниципальное образование" en:"municipality"`
	// AccountingFrom is the day the accounting system starts.
	AccountingFrom pfdo.Date `json:"accounting_from" validate:"required" ru:"дата внедрения системы учёта" en:"accounting from"`
	// FinancingFrom is the day personalized financing starts; unset when not planned.
	FinancingFrom pfdo.Date `json:"financing_from,omitzero" ru:"дата внедрения персонифицированного финансирования" en:"financing from"`
}

// InForce returns the mechanism in force on d.
func (e RolloutEntry) InForce(d pfdo.Date) Mechanism {
	switch {
	case !e.FinancingFrom.IsZero() && !d.Before(e.FinancingFrom) && !d.Before(e.AccountingFrom):
		return AccountingAndFinancing
	case !d.Before(e.AccountingFrom):
		return AccountingOnly
	}
	return None
}

// Check reports a municipality listed twice and financing planned before accounting.
func (r *Rollout) Check() error {
	var errs pfdo.Errors
	seen := map[string]bool{}
	for i, e := range r.Municipalities {
		path := "municipalities[" + strconv.Itoa(i) + "]"
		if seen[e.Municipality.ID] {
			errs = append(errs, &pfdo.Error{Code: "schedule.duplicate_municipality", Field: path + ".municipality.id", Value: e.Municipality.ID,
				Err: pfdo.ErrValidation, RU: "муниципальное образование указано дважды", EN: "the municipality is listed twice"})
		}
		seen[e.Municipality.ID] = true
		if !e.FinancingFrom.IsZero() && e.FinancingFrom.Before(e.AccountingFrom) {
			errs = append(errs, &pfdo.Error{Code: "schedule.financing_before_accounting", Field: path + ".financing_from", Value: e.FinancingFrom.String(),
				Label: "дата внедрения персонифицированного финансирования", Err: pfdo.ErrValidation,
				RU: "персонифицированное финансирование не может начаться раньше системы учёта (" + e.AccountingFrom.Format(pfdo.LangRU) + ")",
				EN: "financing cannot start before accounting (" + e.AccountingFrom.String() + ")"})
		}
	}
	if len(errs) > 0 {
		return errs
	}
	return nil
}

// Entry returns a municipality's dates.
func (r *Rollout) Entry(municipality string) (RolloutEntry, error) {
	for _, e := range r.Municipalities {
		if e.Municipality.ID == municipality {
			return e, nil
		}
	}
	return RolloutEntry{}, &pfdo.Error{Code: "schedule.unknown_municipality", Field: "municipality", Value: municipality, Err: pfdo.ErrValidation,
		RU: "муниципального образования нет в графике внедрения", EN: "no such municipality in the rollout"}
}

// InForce returns the mechanism in force in a municipality on d.
func (r *Rollout) InForce(municipality string, d pfdo.Date) (Mechanism, error) {
	e, err := r.Entry(municipality)
	if err != nil {
		return None, err
	}
	return e.InForce(d), nil
}

// With returns the municipalities where the mechanism m (or a later one) is in force on d, in
// the rollout's order: With(AccountingAndFinancing, d) lists those with financing.
func (r *Rollout) With(m Mechanism, d pfdo.Date) []pfdo.Municipality {
	var out []pfdo.Municipality
	for _, e := range r.Municipalities {
		if e.InForce(d) >= m {
			out = append(out, e.Municipality)
		}
	}
	return out
}

// Switch is a change of mechanism in a municipality.
type Switch struct {
	Municipality pfdo.Municipality `json:"municipality"`
	Date         pfdo.Date         `json:"date"`
	To           Mechanism         `json:"to"`
}

// Switches lists the changes of mechanism within p, by date and then in the rollout's order.
func (r *Rollout) Switches(p pfdo.Period) []Switch {
	var out []Switch
	for _, e := range r.Municipalities {
		if p.Contains(e.AccountingFrom) {
			to := AccountingOnly
			if e.FinancingFrom.Equal(e.AccountingFrom) {
				to = AccountingAndFinancing
			}
			out = append(out, Switch{e.Municipality, e.AccountingFrom, to})
		}
		if !e.FinancingFrom.IsZero() && e.FinancingFrom.After(e.AccountingFrom) && p.Contains(e.FinancingFrom) {
			out = append(out, Switch{e.Municipality, e.FinancingFrom, AccountingAndFinancing})
		}
	}
	slices.SortStableFunc(out, func(a, b Switch) int { return a.Date.Compare(b.Date) })
	return out
}

// Share is a part of a whole: Count of Total, and the exact percentage.
type Share struct {
	Count int64 `json:"count"`
	Total int64 `json:"total"`
}

// Percent returns Count / Total × 100 exactly (0 for an empty whole).
func (s Share) Percent() *big.Rat {
	if s.Total == 0 {
		return new(big.Rat)
	}
	return big.NewRat(s.Count*100, s.Total)
}

// AtLeast reports whether the share is at least pct percent, compared exactly.
func (s Share) AtLeast(pct int64) bool {
	return s.Total > 0 && s.Count*100 >= pct*s.Total
}

// String renders the share in Russian: «10 из 20 (50.00 %)», the percentage rounded to two
// places.
func (s Share) String() string { return s.Format(pfdo.LangRU) }

// Format renders the share in the given language: «10 из 20 (50.00 %)», "10 of 20 (50.00 %)".
func (s Share) Format(l pfdo.Lang) string {
	of := " из "
	if l == pfdo.LangEN {
		of = " of "
	}
	return strconv.FormatInt(s.Count, 10) + of + strconv.FormatInt(s.Total, 10) + " (" + s.Percent().FloatString(2) + " %)"
}

// FinancingShare is the share of the rollout's municipalities with personalized financing on d.
func (r *Rollout) FinancingShare(d pfdo.Date) Share {
	return Share{int64(len(r.With(AccountingAndFinancing, d))), int64(len(r.Municipalities))}
}

// Targets is the region's standing against the federal targets on a date (domain reference
// §7.3; приказ Минпросвещения России от 03.09.2019 № 467, as updated): personalized financing in
// at least 50 % of the municipalities and at least 25 % of the children aged 5–18 with a
// certificate.
type Targets struct {
	Date           pfdo.Date `json:"date"`
	Municipalities Share     `json:"municipalities"`
	Children       Share     `json:"children"`
	// MunicipalitiesMet and ChildrenMet say whether each target is reached; Met both.
	MunicipalitiesMet bool `json:"municipalities_met"`
	ChildrenMet       bool `json:"children_met"`
	Met               bool `json:"met"`
}

// The federal targets, in percent.
const (
	TargetMunicipalitiesPercent = 50
	TargetChildrenPercent       = 25
)

// FederalTargets computes the targets on d from the rollout and the registry's counts: children
// aged 5–18 who used a certificate, and all children aged 5–18 of the region.
func (r *Rollout) FederalTargets(d pfdo.Date, childrenWithCertificate, children5to18 int64) (Targets, error) {
	if children5to18 <= 0 || childrenWithCertificate < 0 || childrenWithCertificate > children5to18 {
		return Targets{}, &pfdo.Error{Code: "schedule.children", Field: "children", Value: strconv.FormatInt(childrenWithCertificate, 10) + "/" + strconv.FormatInt(children5to18, 10),
			Err: pfdo.ErrValidation, RU: "число детей с сертификатом должно быть от 0 до числа детей 5–18 лет, а оно — больше нуля",
			EN: "children with a certificate must be between 0 and the number of children aged 5–18, which must be positive"}
	}
	t := Targets{Date: d, Municipalities: r.FinancingShare(d), Children: Share{childrenWithCertificate, children5to18}}
	t.MunicipalitiesMet = t.Municipalities.AtLeast(TargetMunicipalitiesPercent)
	t.ChildrenMet = t.Children.AtLeast(TargetChildrenPercent)
	t.Met = t.MunicipalitiesMet && t.ChildrenMet
	return t, nil
}
