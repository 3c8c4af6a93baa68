package norms

import (
	"math/big"
	"strconv"

	"github.com/pfdo-go/pfdo/pfdo"
)

// PriceCap returns the highest price the cap allows: NormCost × capPercent / 100, rounded down to
// kopecks (a price in kopecks is within the exact cap exactly when it is within this amount).
func PriceCap(normCost pfdo.Money, capPercent pfdo.Rate) (pfdo.Money, error) {
	if capPercent.Sign() <= 0 {
		return pfdo.Money{}, &pfdo.Error{Code: "norms.price_cap", Field: "price_cap_percent", Value: capPercent.String(),
			Err: pfdo.ErrValidation, RU: "предельный процент цены должен быть больше нуля", EN: "the price cap percentage must be greater than zero"}
	}
	q := new(big.Rat).Mul(big.NewRat(normCost.Kopecks(), 100), capPercent.Decimal().Rat())
	q.Quo(q, big.NewRat(100, 1))
	return pfdo.MoneyFromDecimal(pfdo.RoundFloor.Rat(q, 2), pfdo.RoundFloor)
}

// CheckPriceCap reports a price above the cap (domain reference §4.3): Price ≤ NormCost × cap /
// 100. The error wraps ErrPriceAboveCap and says, as the 2017 platform did, «Цена не может быть
// установлена в размере более X% от нормативной стоимости» (in lower case after the field label).
func CheckPriceCap(price, normCost pfdo.Money, capPercent pfdo.Rate) error {
	limit, err := PriceCap(normCost, capPercent)
	if err != nil {
		return err
	}
	if price.Cmp(limit) <= 0 {
		return nil
	}
	pct := russianNumber(capPercent.String())
	return &pfdo.Error{
		Code: "norms.price_above_cap", Field: "price", Label: "цена модуля", Value: price.String(), Err: ErrPriceAboveCap,
		RU: "цена не может быть установлена в размере более " + pct + "% от нормативной стоимости (" +
			normCost.Format(pfdo.LangRU) + "), то есть более " + limit.Format(pfdo.LangRU),
		EN: "the price cannot exceed " + capPercent.String() + "% of the normative cost (" + normCost.Format(pfdo.LangEN) +
			"), that is " + limit.Format(pfdo.LangEN),
	}
}

// PeriodNominal is a financing period with the nominal of a certificate for it.
type PeriodNominal struct {
	Period  pfdo.Period `json:"period" ru:"период финансирования" en:"financing period"`
	Nominal pfdo.Money  `json:"nominal" validate:"money_nonneg" ru:"номинал сертификата" en:"nominal"`
}

// PeriodShare is what one financing period contributes to a recommended price.
type PeriodShare struct {
	Period pfdo.Period `json:"period"`
	// Days of the group that fall in the period.
	Days int `json:"days"`
	// Candidate is nominal / share × 100 for the period, rounded.
	Candidate pfdo.Money `json:"candidate"`
}

// Recommendation is a recommended price with the share of each period and its trace.
type Recommendation struct {
	Price  pfdo.Money    `json:"price"`
	Shares []PeriodShare `json:"shares"`
	Trace  *Trace        `json:"trace"`
}

// RecommendPrice computes the recommended price of a module (domain reference §4.3, the 2017
// platform): for each financing period the share of the group's days inside it, share =
// days(group ∩ period) / days(group) × 100, and the price is the least over the periods with a
// share of nominal / share × 100 — exactly nominal × days(group) / days(group ∩ period) — rounded
// by rule. Periods the group does not touch are skipped; a group that touches none is an error.
func RecommendPrice(group pfdo.Period, periods []PeriodNominal, rule pfdo.RoundingRule) (Recommendation, error) {
	if !group.IsValid() {
		return Recommendation{}, &pfdo.Error{Code: "norms.group_dates", Field: "group", Value: group.String(), Err: pfdo.ErrInvalidPeriod,
			RU: "сроки группы заданы неверно", EN: "the group's dates are invalid"}
	}
	dg := int64(group.Days())
	rec := Recommendation{}
	step := Step{Name: "Рекомендуемая цена", Formula: "min по периодам: номинал / доля × 100, где доля = дни группы в периоде / дни группы × 100",
		Rounding: rule.String()}
	found := false
	for i, pn := range periods {
		if !pn.Period.IsValid() || pn.Nominal.IsNegative() {
			return Recommendation{}, &pfdo.Error{Code: "norms.period", Field: "periods[" + strconv.Itoa(i) + "]", Value: pn.Period.String(),
				Err: pfdo.ErrInvalidPeriod, RU: "период задан неверно или номинал отрицателен", EN: "invalid period or negative nominal"}
		}
		part, ok := group.Intersect(pn.Period)
		if !ok {
			continue
		}
		days := int64(part.Days())
		q := new(big.Rat).SetFrac(new(big.Int).Mul(big.NewInt(pn.Nominal.Kopecks()), big.NewInt(dg)), big.NewInt(days*100))
		cand, err := pfdo.MoneyFromDecimal(rule.Mode.Rat(q, rule.Places), pfdo.RoundTruncate)
		if err != nil {
			return Recommendation{}, err
		}
		rec.Shares = append(rec.Shares, PeriodShare{Period: pn.Period, Days: int(days), Candidate: cand})
		share := new(big.Rat).SetFrac64(days*100, dg)
		step.Inputs = append(step.Inputs, Input{
			Symbol: "период " + pn.Period.Format(pfdo.LangRU), Label: "доля " + russianNumber(ratText(share)) + "% (" + strconv.FormatInt(days, 10) + " из " +
				strconv.FormatInt(dg, 10) + " дней группы), номинал " + pn.Nominal.Format(pfdo.LangRU) + " → " + russianNumber(ratText(q)) + " ₽",
			Value: cand.Format(pfdo.LangRU)})
		if !found || cand.Cmp(rec.Price) < 0 {
			rec.Price = cand
		}
		found = true
	}
	if !found {
		return Recommendation{}, &pfdo.Error{Code: "norms.no_period", Field: "periods", Value: group.String(), Err: pfdo.ErrInvalidPeriod,
			RU: "сроки группы не пересекаются ни с одним периодом финансирования", EN: "the group does not overlap any financing period"}
	}
	step.Value = rec.Price.Format(pfdo.LangRU)
	rec.Trace = &Trace{Title: "Рекомендуемая цена модуля для группы " + group.Format(pfdo.LangRU), Method: "recommended_price",
		Steps: []Step{step}, Result: rec.Price}
	return rec, nil
}
