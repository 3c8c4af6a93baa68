package certificate

import (
	"math/big"

	"github.com/pfdo-go/pfdo/pfdo"
)

// Rules are the money rules of a profile prepared for the hot paths: every rounding step and the
// advance percentage as an exact integer fraction, so that quoting and paying never allocate.
type Rules struct {
	Profile pfdo.Profile
	// advanceNum / advanceDen is the advance percentage (80 / 1 in pfdo2017).
	advanceNum, advanceDen int64
}

// NewRules validates the profile and prepares it.
func NewRules(p pfdo.Profile) (Rules, error) {
	if err := pfdo.Validate(p); err != nil {
		return Rules{}, err
	}
	r := p.AdvancePercent.Decimal().Rat()
	if !r.Num().IsInt64() || !r.Denom().IsInt64() || r.Cmp(big.NewRat(100, 1)) > 0 {
		return Rules{}, &pfdo.Error{Code: "certificate.advance", Field: "advance_percent", Value: p.AdvancePercent.String(),
			Err: pfdo.ErrValidation, RU: "размер аванса должен быть от 0 до 100 %", EN: "the advance must be between 0 and 100 %"}
	}
	for _, rule := range []pfdo.RoundingRule{p.Rounding.ContractTotal, p.Rounding.MonthlyOther, p.Rounding.Advance, p.Rounding.Completeness} {
		if rule.Places > 2 || rule.Places < -6 {
			return Rules{}, &pfdo.Error{Code: "certificate.rounding", Field: "rounding", Value: rule.String(),
				Err: pfdo.ErrValidation, RU: "деньги договора округляются не точнее копеек", EN: "contract money rounds to kopecks at the finest"}
		}
	}
	return Rules{Profile: p, advanceNum: r.Num().Int64(), advanceDen: r.Denom().Int64()}, nil
}

// Rules2017 returns the rules of the pfdo2017 profile.
func Rules2017() Rules {
	r, err := NewRules(pfdo.Profile2017())
	if err != nil {
		panic(err) // unreachable: the built-in profile is valid
	}
	return r
}

// scale is 10^(2 − places): the number of kopecks in the unit a rule rounds to.
func scale(places int32) int64 {
	u := int64(1)
	for p := places; p < 2; p++ {
		u *= 10
	}
	return u
}

// prorate returns amount × num / den rounded by rule, exactly, without allocating.
func prorate(amount pfdo.Money, num, den int64, rule pfdo.RoundingRule) (pfdo.Money, error) {
	u := scale(rule.Places)
	if den != 0 && u > 1 && (den > (1<<62)/u || den < -(1<<62)/u) {
		return pfdo.Money{}, pfdo.ErrOverflow
	}
	q, err := rule.Mode.MulDiv(amount.Kopecks(), num, den*u)
	if err != nil {
		return pfdo.Money{}, err
	}
	if q > (1<<62)/u || q < -(1<<62)/u {
		return pfdo.Money{}, pfdo.ErrOverflow
	}
	return pfdo.Kopecks(q * u), nil
}

// Advance returns the advance on a monthly payment: payment × advance% / 100, rounded by the
// profile's advance rule (pfdo2017: 80 %, half away from zero to kopecks).
func (r Rules) Advance(payment pfdo.Money) (pfdo.Money, error) {
	return prorate(payment, r.advanceNum, r.advanceDen*100, r.Profile.Rounding.Advance)
}

// ByCompleteness returns what is paid for a month delivered at completeness percent:
// payment × completeness / 100, rounded by the profile's completeness rule.
func (r Rules) ByCompleteness(payment pfdo.Money, completeness int) (pfdo.Money, error) {
	if completeness < 0 || completeness > 100 {
		return pfdo.Money{}, &pfdo.Error{Code: "certificate.completeness", Field: "completeness", Value: itoa(completeness),
			Err: pfdo.ErrValidation, RU: "полнота оказания услуги — целое число процентов от 0 до 100", EN: "completeness is a whole percentage from 0 to 100"}
	}
	return prorate(payment, int64(completeness), 100, r.Profile.Rounding.Completeness)
}
