package norms

import (
	"strconv"

	"github.com/pfdo-go/pfdo/pfdo"
)

// BaseCostParameter is the parameter of the per_child_hour method holding the base cost of one
// child-hour, with a variant per direction (key: the direction code).
const BaseCostParameter = "BaseCostPerChildHour"

// PerChildHour is the data-driven method of the 2019+ acts (domain reference §4.2): the normative
// cost is the base cost of a child-hour for the program's direction, times the module's hours,
// times every correcting coefficient the parameter set declares, rounded once:
//
//	NormCost = round( BaseCostPerChildHour[direction] × H × Π K_i )
//
// The regional formulas behind the base cost are not published in a form the library could
// follow [OPEN]; the method takes the base costs and the coefficients as parameters, each with its
// act.
type PerChildHour struct {
	Rounding pfdo.RoundingRule
	Profile  string
}

// Name returns "per_child_hour".
func (PerChildHour) Name() string { return "per_child_hour" }

// coefficientKey is the variant of a coefficient selected by the module.
func coefficientKey(c Coefficient, req CostRequest) string {
	switch c.By {
	case "direction":
		return req.Direction.String()
	case "form_of_study":
		return req.Module.FormOfStudy.String()
	case "equipment_level":
		return req.Module.EquipmentLevel.String()
	case "qualification":
		return req.Module.TeacherQualification.String()
	}
	return ""
}

// Parameters lists the base cost of the direction and each declared coefficient's variant. The
// coefficients are those of the parameter set the request is resolved against, so Parameters
// here lists only the base cost; Cost looks the coefficients up from the resolved set.
func (PerChildHour) Parameters(req CostRequest) []ParamKey {
	return []ParamKey{{BaseCostParameter, req.Direction.String()}}
}

// Cost computes the normative cost of the module.
func (m PerChildHour) Cost(req CostRequest, r *Resolved, trace bool) (Result, error) {
	symbols := map[string]symbolInfo{BaseCostParameter: {"базовая стоимость человеко-часа по направленности", "₽/чел.-ч"}}
	for _, c := range r.coefficients {
		symbols[c.Name] = symbolInfo{c.Label, ""}
	}
	in := newInputs(r, trace, symbols)
	in.param(ParamKey{BaseCostParameter, req.Direction.String()})
	for _, c := range r.coefficients {
		in.param(ParamKey{c.Name, coefficientKey(c, req)})
	}
	if req.Module.Hours <= 0 {
		in.fail("hours", strconv.Itoa(req.Module.Hours), "продолжительность модуля должна быть больше нуля", "the module's hours must be greater than zero")
	}
	if len(in.errs) > 0 {
		return Result{}, in.errs
	}
	exact := in.v[BaseCostParameter].mul(fracInt(int64(req.Module.Hours)))
	for _, c := range r.coefficients {
		exact = exact.mul(in.v[c.Name])
	}
	total := exact.rat()
	cost, err := pfdo.MoneyFromDecimal(m.Rounding.Mode.Rat(total, m.Rounding.Places), pfdo.RoundTruncate)
	if err != nil {
		return Result{}, err
	}
	if !trace {
		return Result{Cost: cost}, nil
	}
	in.module("H", "продолжительность модуля", strconv.Itoa(req.Module.Hours), "ч")
	symbolsUsed := []string{"H", BaseCostParameter}
	formula := BaseCostParameter + "[" + req.Direction.String() + "] × H"
	for _, c := range r.coefficients {
		symbolsUsed = append(symbolsUsed, c.Name)
		formula += " × " + c.Name
	}
	t := &Trace{
		Title: "Нормативная стоимость модуля «" + req.Module.Name + "» (" + req.Module.ID + ")", Method: m.Name(), Profile: m.Profile,
		Date: r.Date, Jurisdiction: jurisdictionText(r.Municipality, r.Territory), Result: cost,
		Steps: []Step{{Name: "Нормативная стоимость модуля", Formula: formula, Inputs: in.pick(symbolsUsed...),
			Exact: ratText(total), Rounding: m.Rounding.String(), Value: cost.Format(pfdo.LangRU)}},
	}
	return Result{Cost: cost, Trace: t}, nil
}
