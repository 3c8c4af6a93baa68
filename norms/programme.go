package norms

import (
	"math/big"
	"strconv"

	"github.com/pfdo-go/pfdo/pfdo"
)

// Programme is a municipality's programme of personalized financing («программа
// персонифицированного финансирования») for one period (domain reference §3.1): per category of
// children the per-capita norm, which is the certificate's nominal, the quota of financing
// certificates, the funding volume and the limits per direction. It is the JSON document
// "programme".
type Programme struct {
	Municipality string         `json:"municipality" validate:"required" ru:"муниципальное образование" en:"municipality"`
	Period       pfdo.Period    `json:"period" ru:"период действия программы" en:"period"`
	Source       pfdo.Citation  `json:"source" ru:"акт об утверждении программы" en:"act"`
	Categories   []CategoryNorm `json:"categories" validate:"min=1,dive" ru:"категории детей" en:"categories"`
	// TotalVolume is the programme's total funding volume, when the act sets one («предельный
	// объем финансового обеспечения»).
	TotalVolume *pfdo.Money `json:"total_volume,omitempty" validate:"omitempty,money_nonneg" ru:"общий объём обеспечения сертификатов" en:"total funding volume"`
}

// CategoryNorm is what a programme sets for one category of children.
type CategoryNorm struct {
	Category string `json:"category" validate:"required" ru:"категория детей" en:"category"`
	// Nominal is the per-capita norm («норматив обеспечения сертификата»), the nominal of a
	// financing certificate of the category for the period.
	Nominal pfdo.Money `json:"nominal" validate:"money_positive" ru:"норматив обеспечения (номинал сертификата)" en:"nominal"`
	// Quota is the largest number of financing certificates («число сертификатов… не более»);
	// nil when the act sets none.
	Quota *int `json:"quota,omitempty" validate:"omitempty,min=0,max=100000000" ru:"число сертификатов (не более)" en:"quota"`
	// Volume is the funding volume of the category («объем обеспечения сертификатов»).
	Volume pfdo.Money `json:"volume" validate:"money_nonneg" ru:"объём обеспечения сертификатов" en:"funding volume"`
	// NominalsLimit, when set, bounds the sum of the nominals of the category's financing
	// certificates (domain reference §3.4).
	NominalsLimit *pfdo.Money `json:"nominals_limit,omitempty" validate:"omitempty,money_nonneg" ru:"предельная сумма номиналов" en:"limit on the sum of nominals"`
	// DirectionLimits bound the number of children per program direction.
	DirectionLimits []DirectionLimit `json:"direction_limits,omitempty" validate:"dive" ru:"ограничения по направленностям" en:"limits per direction"`
}

// DirectionLimit is the largest number of children of a category in programs of a direction
// («максимальное число детей… в направленности»).
type DirectionLimit struct {
	Direction   pfdo.Direction `json:"direction" validate:"enum" ru:"направленность" en:"direction"`
	MaxChildren int            `json:"max_children" validate:"min=0,max=100000000" ru:"максимальное число детей" en:"maximum number of children"`
}

// MaxQuota returns the largest quota the funding volume allows: floor(volume / nominal).
func (c CategoryNorm) MaxQuota() (int64, error) {
	if !c.Nominal.IsPositive() {
		return 0, &pfdo.Error{Code: "norms.divisor", Field: "nominal", Value: c.Nominal.String(), Err: ErrInvalidDivisor,
			RU: "номинал должен быть больше нуля", EN: "the nominal must be greater than zero"}
	}
	if c.Volume.IsNegative() {
		return 0, nil
	}
	return c.Volume.Kopecks() / c.Nominal.Kopecks(), nil
}

// Excess returns how much quota × nominal exceeds the funding volume, or zero (also when no quota
// is set). An excess beyond ±MaxMoney — a quota of millions at a nominal of billions — is an error
// wrapping pfdo.ErrOverflow rather than a wrong amount.
func (c CategoryNorm) Excess() (pfdo.Money, error) {
	if c.Quota == nil {
		return pfdo.Money{}, nil
	}
	need := new(big.Int).Mul(big.NewInt(int64(*c.Quota)), big.NewInt(c.Nominal.Kopecks()))
	over := need.Sub(need, big.NewInt(c.Volume.Kopecks()))
	switch {
	case over.Sign() <= 0:
		return pfdo.Money{}, nil
	case over.Cmp(big.NewInt(pfdo.MaxMoney.Kopecks())) > 0:
		return pfdo.Money{}, &pfdo.Error{Code: "norms.overflow", Field: "quota", Value: strconv.Itoa(*c.Quota), Err: pfdo.ErrOverflow,
			RU: "превышение объёма больше предельной суммы " + pfdo.MaxMoney.Format(pfdo.LangRU), EN: "the excess is beyond " + pfdo.MaxMoney.Format(pfdo.LangEN)}
	}
	return pfdo.Kopecks(over.Int64()), nil
}

// Check reports every inconsistency of the programme at once: a category or a direction limit
// listed twice, quota × nominal above the funding volume (with the excess and the largest quota
// the volume allows), and volumes of the categories above the total volume.
func (p *Programme) Check() error {
	var errs pfdo.Errors
	seen := map[string]bool{}
	sum := new(big.Int)
	for i, c := range p.Categories {
		path := "categories[" + strconv.Itoa(i) + "]"
		if seen[c.Category] {
			errs = append(errs, &pfdo.Error{Code: "norms.duplicate_category", Field: path + ".category", Value: c.Category,
				Label: "категория детей", Err: pfdo.ErrValidation, RU: "категория указана дважды", EN: "the category is listed twice"})
		}
		seen[c.Category] = true
		sum.Add(sum, big.NewInt(c.Volume.Kopecks()))
		ex, err := c.Excess()
		if err != nil {
			errs = append(errs, pfdo.AsList(err)[0].AtField(path))
			continue
		}
		if ex.IsPositive() {
			maxQ, _ := c.MaxQuota()
			errs = append(errs, &pfdo.Error{Code: "norms.volume_exceeded", Field: path + ".quota", Value: strconv.Itoa(*c.Quota),
				Label: "число сертификатов (не более)", Err: ErrVolumeExceeded,
				RU: "число сертификатов × номинал (" + c.Nominal.Format(pfdo.LangRU) + ") превышает объём обеспечения " +
					c.Volume.Format(pfdo.LangRU) + " на " + ex.Format(pfdo.LangRU) + "; объём позволяет не более " + strconv.FormatInt(maxQ, 10) + " сертификатов",
				EN: "quota × nominal (" + c.Nominal.Format(pfdo.LangEN) + ") exceeds the funding volume " + c.Volume.Format(pfdo.LangEN) +
					" by " + ex.Format(pfdo.LangEN) + "; the volume allows at most " + strconv.FormatInt(maxQ, 10) + " certificates"})
		}
		dirs := map[pfdo.Direction]bool{}
		for j, l := range c.DirectionLimits {
			if dirs[l.Direction] {
				errs = append(errs, &pfdo.Error{Code: "norms.duplicate_direction", Field: path + ".direction_limits[" + strconv.Itoa(j) + "].direction",
					Value: l.Direction.String(), Label: "направленность", Err: pfdo.ErrValidation,
					RU: "ограничение для направленности указано дважды", EN: "the direction is limited twice"})
			}
			dirs[l.Direction] = true
		}
	}
	if p.TotalVolume != nil && sum.Cmp(big.NewInt(p.TotalVolume.Kopecks())) > 0 {
		total := pfdo.Kopecks(sum.Int64())
		errs = append(errs, &pfdo.Error{Code: "norms.volume_exceeded", Field: "total_volume", Value: p.TotalVolume.String(),
			Label: "общий объём обеспечения сертификатов", Err: ErrVolumeExceeded,
			RU: "сумма объёмов по категориям (" + total.Format(pfdo.LangRU) + ") превышает общий объём",
			EN: "the categories' volumes add up to " + total.Format(pfdo.LangEN) + ", above the total volume"})
	}
	if len(errs) > 0 {
		return errs
	}
	return nil
}

// Category returns the norm of a category.
func (p *Programme) Category(id string) (CategoryNorm, bool) {
	for _, c := range p.Categories {
		if c.Category == id {
			return c, true
		}
	}
	return CategoryNorm{}, false
}

// ProrateByMonths returns the nominal of a certificate that starts being used late in the period
// [ACT, KhMAO: the nominal «подлежал ежемесячной корректировке»; the formula is OPEN]:
// nominal × remaining whole months / months of the period, rounded by rule. A month counts as
// remaining when it starts on or after the start date; a start before the period gives the full
// nominal, a start after it gives zero.
func ProrateByMonths(nominal pfdo.Money, period pfdo.Period, start pfdo.Date, rule pfdo.RoundingRule) (pfdo.Money, error) {
	if !period.IsValid() || start.IsZero() {
		return pfdo.Money{}, &pfdo.Error{Code: "norms.period", Field: "period", Value: period.String(), Err: pfdo.ErrInvalidPeriod,
			RU: "период или дата начала заданы неверно", EN: "invalid period or start date"}
	}
	var total, remaining int64
	for m := range period.Months() {
		total++
		if !m.Start.Before(start) { // the part of the month in the period starts on or after the start
			remaining++
		}
	}
	q := new(big.Rat).SetFrac(new(big.Int).Mul(big.NewInt(nominal.Kopecks()), big.NewInt(remaining)), big.NewInt(total*100))
	return pfdo.MoneyFromDecimal(rule.Mode.Rat(q, rule.Places), pfdo.RoundTruncate)
}

// Annualise returns the next period's nominal scaled to a year when that period becomes current
// [PFDO-2017]: nominal × 365 / D, D the days of the new current period, rounded by rule (whole
// rubles in pfdo2017). 20 000 ₽ over 243 days gives 30 041 ₽.
func Annualise(nominal pfdo.Money, newCurrent pfdo.Period, rule pfdo.RoundingRule) (pfdo.Money, error) {
	d := newCurrent.Days()
	if d <= 0 {
		return pfdo.Money{}, &pfdo.Error{Code: "norms.divisor", Field: "period", Value: newCurrent.String(), Err: ErrInvalidDivisor,
			RU: "период задан неверно: в нём нет дней", EN: "invalid period: it has no days"}
	}
	q := new(big.Rat).SetFrac64(nominal.Kopecks()*365, int64(d)*100)
	return pfdo.MoneyFromDecimal(rule.Mode.Rat(q, rule.Places), pfdo.RoundTruncate)
}

// CertificateNominal is the nominal and the available balance of one certificate of a category
// for a period.
type CertificateNominal struct {
	Certificate string     `json:"certificate"`
	Nominal     pfdo.Money `json:"nominal"`
	Balance     pfdo.Money `json:"balance"`
}

// ChangeNominal applies a new nominal to every certificate of a category [PFDO-2017]:
// balance' = balance − nominal + new, nominal' = new. It is refused, changing nothing, when any
// certificate has balance < nominal − new, i.e. it already committed more than the new nominal;
// the error lists each such certificate.
func ChangeNominal(certs []CertificateNominal, newNominal pfdo.Money) ([]CertificateNominal, error) {
	if newNominal.IsNegative() {
		return nil, &pfdo.Error{Code: "norms.nominal", Field: "nominal", Value: newNominal.String(), Err: pfdo.ErrValidation,
			RU: "номинал не может быть отрицательным", EN: "the nominal must not be negative"}
	}
	var errs pfdo.Errors
	out := make([]CertificateNominal, len(certs))
	for i, c := range certs {
		committed := c.Nominal.Sub(c.Balance)
		if committed.Cmp(newNominal) > 0 {
			errs = append(errs, &pfdo.Error{Code: "norms.nominal_committed", Field: "certificates[" + strconv.Itoa(i) + "]", Value: c.Certificate,
				Err: ErrNominalCommitted,
				RU:  "по сертификату уже использовано " + committed.Format(pfdo.LangRU) + ", больше нового номинала " + newNominal.Format(pfdo.LangRU),
				EN:  "the certificate already committed " + committed.Format(pfdo.LangEN) + ", more than the new nominal " + newNominal.Format(pfdo.LangEN)})
			continue
		}
		out[i] = CertificateNominal{Certificate: c.Certificate, Nominal: newNominal, Balance: c.Balance.Sub(c.Nominal).Add(newNominal)}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return out, nil
}
