package norms

import (
	"github.com/pfdo-go/pfdo/pfdo"
)

// Calculator computes normative costs under one profile from one parameter set. It is immutable
// and safe for concurrent use.
type Calculator struct {
	profile pfdo.Profile
	method  Method
	index   *Index
}

// NewCalculator validates the profile and the parameter set and prepares them.
func NewCalculator(profile pfdo.Profile, set ParameterSet) (*Calculator, error) {
	if err := pfdo.Validate(profile); err != nil {
		return nil, err
	}
	method, err := MethodFor(profile)
	if err != nil {
		return nil, err
	}
	idx, err := NewIndex(set)
	if err != nil {
		return nil, err
	}
	return &Calculator{profile: profile, method: method, index: idx}, nil
}

// Profile returns the profile.
func (c *Calculator) Profile() pfdo.Profile { return c.profile }

// Method returns the normative-cost method the profile names.
func (c *Calculator) Method() Method { return c.method }

// Resolve returns the parameters in force on date for the municipality and territory.
func (c *Calculator) Resolve(date pfdo.Date, municipality string, territory pfdo.Territory) (*Resolved, error) {
	return c.index.Resolve(date, municipality, territory)
}

// NormativeCost validates the module, resolves the parameters in force on date for the
// municipality and territory, and computes the module's normative cost with its trace. To cost
// many modules of one jurisdiction and date, Resolve once and call Method().Cost.
func (c *Calculator) NormativeCost(req CostRequest, municipality string, territory pfdo.Territory, date pfdo.Date) (Result, error) {
	if req.Module == nil {
		return Result{}, &pfdo.Error{Code: "norms.module", Field: "module", Err: pfdo.ErrValidation,
			RU: "не задан модуль", EN: "no module given"}
	}
	if err := pfdo.Validate(req.Module); err != nil {
		return Result{}, err
	}
	if !req.Direction.IsValid() {
		return Result{}, &pfdo.Error{Code: "norms.direction", Field: "direction", Value: req.Direction.String(), Err: pfdo.ErrUnknownCode,
			RU: "не задана направленность программы", EN: "the program's direction is unset"}
	}
	r, err := c.Resolve(date, municipality, territory)
	if err != nil {
		return Result{}, err
	}
	return c.method.Cost(req, r, true)
}
