package norms

import (
	"strconv"

	"github.com/pfdo-go/pfdo/pfdo"
)

// CheckProgram validates a program against the norms in force for its municipality and territory
// on date (domain reference §4): the program's own rules (pfdo.Validate), every parameter the
// method needs present for each module, and each module's price within the profile's price cap
// (when the profile sets one) of the normative cost computed now. A normative cost stated in the
// module that differs from the computed one is reported too. It returns the computed costs, one
// per module, and every problem at once, each naming the module's path.
func (c *Calculator) CheckProgram(p pfdo.Program, municipality string, territory pfdo.Territory, date pfdo.Date) ([]pfdo.Money, error) {
	if err := pfdo.Validate(p); err != nil {
		return nil, err
	}
	r, err := c.Resolve(date, municipality, territory)
	if err != nil {
		return nil, err
	}
	costs := make([]pfdo.Money, len(p.Modules))
	var errs pfdo.Errors
	for i := range p.Modules {
		m := &p.Modules[i]
		path := "modules[" + strconv.Itoa(i) + "]"
		res, err := c.method.Cost(CostRequest{Module: m, Direction: p.Direction}, r, false)
		if err != nil {
			for _, e := range pfdo.AsList(err) {
				errs = append(errs, e.AtField(path))
			}
			continue
		}
		costs[i] = res.Cost
		if m.NormativeCost != nil && !m.NormativeCost.Equal(res.Cost) {
			errs = append(errs, &pfdo.Error{Code: "norms.normative_cost_mismatch", Field: path + ".normative_cost",
				Label: "нормативная стоимость модуля", Value: m.NormativeCost.String(), Err: pfdo.ErrValidation,
				RU: "указанная нормативная стоимость не совпадает с рассчитанной по параметрам на " + date.Format(pfdo.LangRU) +
					" (" + res.Cost.Format(pfdo.LangRU) + ")",
				EN: "the stated normative cost differs from the one computed from the parameters of " + date.String() +
					" (" + res.Cost.Format(pfdo.LangEN) + ")"})
		}
		if c.profile.PriceCapPercent.Sign() > 0 {
			if err := CheckPriceCap(m.Price, res.Cost, c.profile.PriceCapPercent); err != nil {
				for _, e := range pfdo.AsList(err) {
					errs = append(errs, e.AtField(path))
				}
			}
		}
	}
	if len(errs) > 0 {
		return costs, errs
	}
	return costs, nil
}
