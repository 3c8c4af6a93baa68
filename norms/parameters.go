package norms

import (
	"cmp"
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/pfdo-go/pfdo/pfdo"
)

// Sentinel errors of the package; every error wraps one of them and is a *pfdo.Error (or a
// pfdo.Errors list) with Russian and English messages.
var (
	// ErrMissingParameter: no value of a parameter applies to the jurisdiction on the date.
	ErrMissingParameter = errors.New("norms: missing parameter")
	// ErrDuplicateParameter: two values of a parameter have the same jurisdiction and date.
	ErrDuplicateParameter = errors.New("norms: duplicate parameter value")
	// ErrInvalidDivisor: a parameter or module value a formula divides by is zero or negative.
	ErrInvalidDivisor = errors.New("norms: zero or negative divisor")
	// ErrPriceAboveCap: a module's price exceeds the price cap.
	ErrPriceAboveCap = errors.New("norms: price above the cap")
	// ErrVolumeExceeded: quotas × nominals exceed the funding volume.
	ErrVolumeExceeded = errors.New("norms: funding volume exceeded")
	// ErrNominalCommitted: a nominal cannot be lowered because certificates already committed
	// more than the new nominal.
	ErrNominalCommitted = errors.New("norms: nominal already committed")
	// ErrUnknownMethod: a profile names a normative-cost method the package does not have.
	ErrUnknownMethod = errors.New("norms: unknown normative cost method")
)

// Parameter is one dated value of a common parameter of normative cost («общий параметр для
// определения нормативной стоимости»): its symbol, the variant it applies to (a qualification, an
// equipment level, a direction), the value and unit, the date from which it applies, the
// jurisdiction that set it and the act.
type Parameter struct {
	// Name is the symbol: "ZP", "K1", "Cdir"…, or any name a region adds.
	Name string `json:"name" validate:"required" ru:"обозначение параметра" en:"parameter symbol"`
	// Key selects the variant of a parameter that has several: a qualification code for K1 and
	// K2, an equipment level for Kmat, a direction for Cdir. Empty for a single value.
	Key   string    `json:"key,omitempty" ru:"вариант параметра" en:"parameter variant"`
	Value pfdo.Rate `json:"value" ru:"значение параметра" en:"value"`
	Unit  string    `json:"unit,omitempty" ru:"единица измерения" en:"unit"`
	// From is the first day the value applies; it applies until the next value of the same
	// parameter and jurisdiction.
	From pfdo.Date `json:"from" validate:"required" ru:"дата начала действия значения" en:"effective date"`
	// Municipality is the municipality that set the value; empty for the whole region (the
	// operator's value).
	Municipality string `json:"municipality,omitempty" ru:"муниципальное образование" en:"municipality"`
	// Territory restricts the value to urban or rural territory; unset for both.
	Territory pfdo.Territory `json:"territory,omitempty" validate:"omitempty,enum" ru:"тип местности" en:"territory"`
	// Source is the act that set the value.
	Source pfdo.Citation `json:"source" ru:"нормативный акт" en:"source act"`
}

// level is the specificity of the jurisdiction: a lower level overrides a higher one.
// 0 region, 1 region and territory, 2 municipality, 3 municipality and territory.
func (p *Parameter) level() int {
	l := 0
	if p.Municipality != "" {
		l += 2
	}
	if p.Territory != 0 {
		l++
	}
	return l
}

// Jurisdiction names where a value applies, in Russian: «регион», «муниципальное образование
// tomsk, сельская местность».
func (p *Parameter) Jurisdiction() string { return jurisdictionText(p.Municipality, p.Territory) }

func jurisdictionText(municipality string, territory pfdo.Territory) string {
	s := "регион (оператор)"
	if municipality != "" {
		s = "муниципальное образование «" + municipality + "»"
	}
	if territory != 0 {
		s += ", " + territory.Label(pfdo.LangRU)
	}
	return s
}

// ParameterSet is the common parameters of a region with their history: every value of every
// parameter for every municipality and territory, each with its date and act. It is the JSON
// document "parameter_set".
type ParameterSet struct {
	// Region names the subject of the Russian Federation.
	Region     string      `json:"region" validate:"required" ru:"субъект Российской Федерации" en:"region"`
	Parameters []Parameter `json:"parameters" validate:"min=1,dive" ru:"значения параметров" en:"parameter values"`
	// Coefficients lists the correcting coefficients of the per_child_hour method, in the
	// order they apply; each one's values are parameters of the same name.
	Coefficients []Coefficient `json:"coefficients,omitempty" validate:"dive" ru:"корректирующие коэффициенты" en:"correcting coefficients"`
}

// Coefficient declares a correcting coefficient of the per_child_hour method («корректирующий
// коэффициент», НЗ = БН × К): its parameter name and the module attribute that selects its
// variant.
type Coefficient struct {
	// Name is the parameter holding the coefficient's values, e.g. "K_form".
	Name string `json:"name" validate:"required" ru:"обозначение коэффициента" en:"coefficient symbol"`
	// By is the attribute that selects the variant: "none" (one value for every module; a
	// territory-specific value is set through the parameter's territory), "direction",
	// "form_of_study", "equipment_level" or "qualification" (the main teacher's).
	By string `json:"by" validate:"oneof=none direction form_of_study equipment_level qualification" ru:"признак выбора значения" en:"selected by"`
	// Label is the coefficient's Russian name for traces.
	Label string `json:"label" validate:"required" ru:"наименование коэффициента" en:"coefficient name"`
}

// Check reports values that would make resolution ambiguous: two values of the same parameter
// and variant for the same jurisdiction from the same date.
func (s *ParameterSet) Check() error {
	type id struct {
		name, key, municipality string
		territory               pfdo.Territory
		from                    pfdo.Date
	}
	seen := make(map[id]int, len(s.Parameters))
	var errs pfdo.Errors
	names := make(map[string]bool, len(s.Coefficients))
	for i, c := range s.Coefficients {
		if names[c.Name] {
			errs = append(errs, &pfdo.Error{Code: "norms.duplicate_coefficient", Field: "coefficients[" + strconv.Itoa(i) + "].name",
				Value: c.Name, Label: "обозначение коэффициента", Err: ErrDuplicateParameter,
				RU: "коэффициент объявлен дважды", EN: "the coefficient is declared twice"})
		}
		names[c.Name] = true
	}
	for i, p := range s.Parameters {
		k := id{p.Name, p.Key, p.Municipality, p.Territory, p.From}
		if j, dup := seen[k]; dup {
			errs = append(errs, &pfdo.Error{
				Code: "norms.duplicate_parameter", Field: "parameters[" + strconv.Itoa(i) + "]", Value: paramLabel(p.Name, p.Key),
				Label: "значение параметра", Err: ErrDuplicateParameter,
				RU: "второе значение параметра для той же территории с той же даты (первое — parameters[" + strconv.Itoa(j) + "]): неясно, какое применять",
				EN: "a second value for the same jurisdiction and date (the first is parameters[" + strconv.Itoa(j) + "]): ambiguous",
			})
			continue
		}
		seen[k] = i
	}
	if len(errs) > 0 {
		return errs
	}
	return nil
}

func paramLabel(name, key string) string {
	if key == "" {
		return name
	}
	return name + "[" + key + "]"
}

// ParamKey identifies a parameter variant: K1 for the highest qualification is {"K1", "highest"}.
type ParamKey struct {
	Name string
	Key  string
}

// String returns "K1[highest]" or "ZP".
func (k ParamKey) String() string { return paramLabel(k.Name, k.Key) }

// Index is a ParameterSet prepared for resolution: validated, checked and sorted. It is
// immutable and safe for concurrent use.
type Index struct {
	region       string
	coefficients []Coefficient
	// values of each parameter variant, most specific level first, then the latest date first.
	values map[ParamKey][]Value
}

// NewIndex validates the set (struct rules and Check) and prepares it for Resolve. The set is
// copied: later changes to it do not affect the index.
func NewIndex(s ParameterSet) (*Index, error) {
	if err := pfdo.Validate(s); err != nil {
		return nil, err
	}
	if err := s.Check(); err != nil {
		return nil, err
	}
	idx := &Index{region: s.Region, coefficients: slices.Clone(s.Coefficients), values: make(map[ParamKey][]Value)}
	params := slices.Clone(s.Parameters)
	for i := range params {
		p := &params[i]
		k := ParamKey{p.Name, p.Key}
		idx.values[k] = append(idx.values[k], Value{p, fracOf(p.Value)})
	}
	for _, list := range idx.values {
		slices.SortFunc(list, func(a, b Value) int {
			if c := cmp.Compare(b.level(), a.level()); c != 0 {
				return c
			}
			return b.From.Compare(a.From)
		})
	}
	return idx, nil
}

// Region returns the region of the parameter set.
func (x *Index) Region() string { return x.region }

// Value is a resolved parameter: the value that applies, and where it comes from.
type Value struct {
	*Parameter
	exact frac // the value as a fraction, computed once by NewIndex; never modified
}

// Resolved is the set of parameter values that apply on one date to one municipality and
// territory. Get looks a value up; a missing one is an error, never a silent zero.
type Resolved struct {
	Date         pfdo.Date
	Municipality string
	Territory    pfdo.Territory
	values       map[ParamKey]Value
	coefficients []Coefficient
}

// Resolve returns every parameter value that applies on date to the municipality and territory:
// for each parameter variant the value of the most specific jurisdiction that has one in force
// (municipality and territory, then municipality, then region and territory, then region), and
// within it the latest value whose date is not after date.
func (x *Index) Resolve(date pfdo.Date, municipality string, territory pfdo.Territory) (*Resolved, error) {
	if date.IsZero() {
		return nil, &pfdo.Error{Code: "norms.date", Field: "date", Err: pfdo.ErrInvalidDate,
			RU: "не задана дата расчёта", EN: "the date of the calculation is unset"}
	}
	r := &Resolved{Date: date, Municipality: municipality, Territory: territory,
		values: make(map[ParamKey]Value, len(x.values)), coefficients: x.coefficients}
	for k, list := range x.values {
		for _, v := range list {
			if (v.Municipality == "" || v.Municipality == municipality) &&
				(v.Territory == 0 || v.Territory == territory) && !v.From.After(date) {
				r.values[k] = v
				break
			}
		}
	}
	return r, nil
}

// Get returns the value of a parameter variant, or an error wrapping ErrMissingParameter that
// names the parameter, the jurisdiction and the date.
func (r *Resolved) Get(name, key string) (Value, error) {
	v, ok := r.values[ParamKey{name, key}]
	if !ok {
		where := jurisdictionText(r.Municipality, r.Territory)
		whereEN := "municipality " + r.Municipality
		if r.Municipality == "" {
			whereEN = "the region"
		}
		if r.Territory != 0 {
			whereEN += ", " + r.Territory.String()
		}
		return Value{}, &pfdo.Error{
			Code: "norms.missing_parameter", Field: "parameters", Value: paramLabel(name, key), Err: ErrMissingParameter,
			RU: "нет значения параметра " + paramLabel(name, key) + " для территории «" + where + "» на " + r.Date.Format(pfdo.LangRU),
			EN: "no value of parameter " + paramLabel(name, key) + " for " + whereEN + " on " + r.Date.String(),
		}
	}
	return v, nil
}

// All returns every resolved value, sorted by parameter and variant.
func (r *Resolved) All() []Value {
	out := make([]Value, 0, len(r.values))
	for _, v := range r.values {
		out = append(out, v)
	}
	slices.SortFunc(out, func(a, b Value) int {
		return cmp.Or(strings.Compare(a.Name, b.Name), strings.Compare(a.Key, b.Key))
	})
	return out
}
