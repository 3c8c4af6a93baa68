package pfdo

import "strconv"

// RoundingRule names one rounding step of a rule: the mode and the number of decimal places of
// rubles it rounds to (2 for kopecks, 0 for whole rubles).
type RoundingRule struct {
	Mode   Rounding `json:"mode" ru:"правило округления" en:"rounding mode"`
	Places int32    `json:"places" validate:"min=-6,max=18" ru:"число знаков после запятой" en:"decimal places"`
}

// String renders the rule in Russian, as a trace prints it: «до целых рублей, до ближайшего,
// половина — от нуля».
func (r RoundingRule) String() string { return r.Label(LangRU) }

// Label renders the rule in the given language.
func (r RoundingRule) Label(l Lang) string {
	var unit string
	switch {
	case r.Places == 0 && l == LangEN:
		unit = "to whole rubles"
	case r.Places == 0:
		unit = "до целых рублей"
	case r.Places == 2 && l == LangEN:
		unit = "to kopecks"
	case r.Places == 2:
		unit = "до копеек"
	case l == LangEN:
		unit = "to " + strconv.Itoa(int(r.Places)) + " decimal places"
	default:
		unit = "до " + strconv.Itoa(int(r.Places)) + " знаков после запятой"
	}
	return unit + ", " + r.Mode.Label(l)
}

// Profile bundles the rule variants and settings that differ between regions and that no act
// fixes for all of them (domain reference §8): the method of normative cost, every rounding step,
// the price cap, the advance percentage, timeouts. A region whose rules differ changes this data,
// not code. Profile2017 returns the behaviour of the pfdo.ru platform in 2017–2018.
type Profile struct {
	// Name identifies the profile: "pfdo2017".
	Name string `json:"name" validate:"required" ru:"наименование профиля правил" en:"profile name"`
	// NormativeCostMethod is "methodology2017" or "per_child_hour".
	NormativeCostMethod string `json:"normative_cost_method" validate:"oneof=methodology2017 per_child_hour" ru:"метод расчёта нормативной стоимости" en:"normative cost method"`
	// FixedAverageGroupSize, when not 0, replaces the average group size (Nmin + Nmax) / 2 of
	// the 2017 methodology (Tyumen used 25).
	FixedAverageGroupSize int `json:"fixed_average_group_size,omitempty" validate:"min=0,max=1000" ru:"фиксированная средняя наполняемость группы" en:"fixed average group size"`
	// PriceCapPercent, when not 0, caps a module's price at this percentage of its normative
	// cost: Price ≤ NormCost × cap / 100.
	PriceCapPercent Rate `json:"price_cap_percent,omitzero" validate:"rate_nonneg" ru:"предельная цена, % от нормативной стоимости" en:"price cap, % of the normative cost"`
	// AdvancePercent is the share of a monthly payment paid in advance (80 in 2017).
	AdvancePercent Rate `json:"advance_percent" validate:"rate_nonneg" ru:"размер аванса, %" en:"advance, %"`
	// PaymentDay is the day of the next month by which a month's invoice is paid (10).
	PaymentDay int `json:"payment_day" validate:"min=1,max=28" ru:"день оплаты счёта в следующем месяце" en:"payment day of the next month"`
	// RequestTimeoutDays: a request not answered in this many days is refused (5).
	RequestTimeoutDays int `json:"request_timeout_days" validate:"min=1,max=365" ru:"срок рассмотрения заявки, дней" en:"request timeout, days"`
	// AcceptedTimeoutDays: an accepted offer not concluded in this many days is refused (10).
	AcceptedTimeoutDays int `json:"accepted_timeout_days" validate:"min=1,max=365" ru:"срок заключения договора после подтверждения, дней" en:"accepted offer timeout, days"`
	// FirstRequestDays: a certificate converted to financing returns to accounting when no
	// request is filed within this many days (at least 5).
	FirstRequestDays int `json:"first_request_days" validate:"min=5,max=365" ru:"срок подачи первой заявки после перевода, дней" en:"days to a first request after conversion"`
	// AfterRefusalDays: the same after a refusal (at least 10).
	AfterRefusalDays int `json:"after_refusal_days" validate:"min=10,max=365" ru:"срок подачи заявки после отказа, дней" en:"days to a request after a refusal"`
	// BackdatingMonths: a request whose start month is this many months back or more is
	// refused (2).
	BackdatingMonths int `json:"backdating_months" validate:"min=1,max=12" ru:"запрет заключения договора задним числом, месяцев" en:"back-dating limit, months"`
	// EnrollmentStopDelayDays: the delay before a payer's enrollment stop takes effect (2).
	EnrollmentStopDelayDays int `json:"enrollment_stop_delay_days" validate:"min=0,max=365" ru:"задержка вступления в силу остановки зачисления, дней" en:"enrollment stop delay, days"`
	// Rounding holds every named rounding step.
	Rounding ProfileRounding `json:"rounding" ru:"правила округления" en:"rounding steps"`
}

// ProfileRounding holds the rounding steps of a profile, one per rule.
type ProfileRounding struct {
	// NormativeCost rounds a module's normative cost (whole rubles, half away from zero).
	NormativeCost RoundingRule `json:"normative_cost" ru:"нормативная стоимость модуля" en:"normative cost"`
	// ContractTotal rounds the prorated price and normative cost of a contract (up to kopecks).
	ContractTotal RoundingRule `json:"contract_total" ru:"стоимость договора" en:"contract total"`
	// MonthlyOther rounds the payment of the months after the first (down to kopecks); the
	// first month takes the remainder.
	MonthlyOther RoundingRule `json:"monthly_other" ru:"платёж за месяц, кроме первого" en:"payment of a month other than the first"`
	// Advance rounds an advance (half away from zero to kopecks).
	Advance RoundingRule `json:"advance" ru:"аванс" en:"advance"`
	// Completeness rounds an invoice by completeness (half away from zero to kopecks).
	Completeness RoundingRule `json:"completeness" ru:"оплата с учётом полноты оказания услуги" en:"payment by completeness"`
	// AnnualisedNominal rounds the next period's nominal annualised at a period shift (whole
	// rubles).
	AnnualisedNominal RoundingRule `json:"annualised_nominal" ru:"приведение номинала к году" en:"annualised nominal"`
	// ProratedNominal rounds a nominal prorated by months for a late start [OPEN].
	ProratedNominal RoundingRule `json:"prorated_nominal" ru:"номинал при позднем начале использования" en:"nominal prorated for a late start"`
	// RecommendedPrice rounds the recommended price of a module [OPEN: the 2017 platform's
	// comments say "down to rubles" but its code does not round].
	RecommendedPrice RoundingRule `json:"recommended_price" ru:"рекомендуемая цена" en:"recommended price"`
}

// Profile2017 returns the profile "pfdo2017": the rules of the pfdo.ru platform in 2017–2018
// (domain reference §8). The price cap is not set, since the platform left it to each operator.
func Profile2017() Profile {
	return Profile{
		Name:                    "pfdo2017",
		NormativeCostMethod:     "methodology2017",
		AdvancePercent:          NewRate(80, 0),
		PaymentDay:              10,
		RequestTimeoutDays:      5,
		AcceptedTimeoutDays:     10,
		FirstRequestDays:        5,
		AfterRefusalDays:        10,
		BackdatingMonths:        2,
		EnrollmentStopDelayDays: 2,
		Rounding: ProfileRounding{
			NormativeCost:     RoundingRule{RoundHalfAwayFromZero, 0},
			ContractTotal:     RoundingRule{RoundCeiling, 2},
			MonthlyOther:      RoundingRule{RoundFloor, 2},
			Advance:           RoundingRule{RoundHalfAwayFromZero, 2},
			Completeness:      RoundingRule{RoundHalfAwayFromZero, 2},
			AnnualisedNominal: RoundingRule{RoundHalfAwayFromZero, 0},
			ProratedNominal:   RoundingRule{RoundHalfAwayFromZero, 0},
			RecommendedPrice:  RoundingRule{RoundHalfAwayFromZero, 2},
		},
	}
}
