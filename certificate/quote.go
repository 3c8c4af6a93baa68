package certificate

import (
	"errors"
	"strconv"

	"github.com/pfdo-go/pfdo/pfdo"
)

// ErrQuote: a contract cannot be quoted (dates outside the group or the period, an invalid
// amount).
var ErrQuote = errors.New("certificate: invalid contract request")

func itoa(n int) string { return strconv.Itoa(n) }

// QuoteRequest is what a contract's money depends on (domain reference §5).
type QuoteRequest struct {
	// Group is the group's dates [Gstart, Gstop].
	Group pfdo.Period `json:"group" ru:"сроки обучения группы" en:"group dates"`
	// Period is the financing period that contains Start.
	Period pfdo.Period `json:"period" ru:"период финансирования" en:"financing period"`
	// Start is the first day of the contract, chosen by the parent within the group.
	Start pfdo.Date `json:"start" validate:"required" ru:"дата начала договора" en:"contract start"`
	// Price and NormativeCost are the module's, for the whole group.
	Price         pfdo.Money `json:"price" validate:"money_nonneg" ru:"цена модуля" en:"price"`
	NormativeCost pfdo.Money `json:"normative_cost" validate:"money_nonneg" ru:"нормативная стоимость модуля" en:"normative cost"`
	// Balance is the certificate's available balance in Period.
	Balance pfdo.Money `json:"balance" ru:"остаток сертификата" en:"certificate balance"`
}

// Quote is a contract's money: the dates, the totals and the monthly split (domain reference
// §5; the names are the 2017 platform's).
type Quote struct {
	Start pfdo.Date `json:"start"`
	Stop  pfdo.Date `json:"stop"`
	// Dc and Dg are the days of the contract and of the group; M the months the contract
	// touches; D1 the days from Start to the end of its month.
	Dc int `json:"dc"`
	Dg int `json:"dg"`
	M  int `json:"m"`
	D1 int `json:"d1"`
	// AllFunds and NormFunds are the prorated price and normative cost; FundsCert is paid from the
	// certificate, ParentsFunds by the parents.
	AllFunds     pfdo.Money `json:"all_funds"`
	NormFunds    pfdo.Money `json:"norm_funds"`
	FundsCert    pfdo.Money `json:"funds_cert"`
	ParentsFunds pfdo.Money `json:"parents_funds"`
	// The monthly split: the first month takes the rounding remainder; "other" is every later
	// month. When M = 1 the first values are the totals and the other values are 0.
	FirstMonthPrice pfdo.Money `json:"first_month_price"`
	OtherMonthPrice pfdo.Money `json:"other_month_price"`
	FirstMonthNorm  pfdo.Money `json:"first_month_norm"`
	OtherMonthNorm  pfdo.Money `json:"other_month_norm"`
	ParentsFirst    pfdo.Money `json:"parents_first"`
	ParentsOther    pfdo.Money `json:"parents_other"`
	PayerFirst      pfdo.Money `json:"payer_first"`
	PayerOther      pfdo.Money `json:"payer_other"`
}

func quoteError(field, value, ru, en string) error {
	return &pfdo.Error{Code: "certificate.quote", Field: field, Value: value, Err: ErrQuote, RU: ru, EN: en}
}

// QuoteContract computes a contract's money with exact integer arithmetic (domain reference §5):
//
//	Stop      = min(period end, group end)       — a contract never crosses a period boundary
//	AllFunds  = ContractTotal( Dc/Dg × Price ),  NormFunds = ContractTotal( Dc/Dg × NormCost )
//	FundsCert = min(AllFunds, NormFunds, Balance),  ParentsFunds = AllFunds − FundsCert
//	Other…    = MonthlyOther( (Dc−D1)/Dg × amount / (M−1) )  for price and normative cost,
//	            MonthlyOther( (Dc−D1)/Dc × amount / (M−1) )  for the payer's and parents' parts,
//	First…    = total − Other… × (M−1)
//
// ContractTotal and MonthlyOther are the profile's rounding steps (pfdo2017: up and down to
// kopecks). It does not allocate.
func (r Rules) QuoteContract(req QuoteRequest) (Quote, error) {
	switch {
	case !req.Group.IsValid():
		return Quote{}, quoteError("group", req.Group.String(), "сроки группы заданы неверно", "invalid group dates")
	case !req.Period.IsValid():
		return Quote{}, quoteError("period", req.Period.String(), "период финансирования задан неверно", "invalid financing period")
	case !req.Group.Contains(req.Start):
		return Quote{}, quoteError("start", req.Start.String(), "дата начала договора вне сроков группы", "the start is outside the group's dates")
	case !req.Period.Contains(req.Start):
		return Quote{}, quoteError("start", req.Start.String(), "дата начала договора вне периода финансирования", "the start is outside the financing period")
	case req.Price.IsNegative() || req.NormativeCost.IsNegative():
		return Quote{}, quoteError("price", req.Price.String(), "цена и нормативная стоимость не могут быть отрицательными", "price and normative cost must not be negative")
	}
	q := Quote{Start: req.Start, Stop: req.Period.End}
	if req.Group.End.Before(q.Stop) {
		q.Stop = req.Group.End
	}
	contract := pfdo.Period{Start: q.Start, End: q.Stop}
	q.Dc, q.Dg, q.M = contract.Days(), req.Group.Days(), contract.MonthCount()
	q.D1 = q.Start.DaysToMonthEnd()
	rd := r.Profile.Rounding
	dc, dg := int64(q.Dc), int64(q.Dg)
	var err error
	if q.AllFunds, err = prorate(req.Price, dc, dg, rd.ContractTotal); err != nil {
		return Quote{}, err
	}
	if q.NormFunds, err = prorate(req.NormativeCost, dc, dg, rd.ContractTotal); err != nil {
		return Quote{}, err
	}
	q.FundsCert = q.AllFunds.Min(q.NormFunds, req.Balance.Max(pfdo.Money{}))
	q.ParentsFunds = q.AllFunds.Sub(q.FundsCert)
	if q.M == 1 {
		q.D1 = q.Dc
		q.FirstMonthPrice, q.FirstMonthNorm, q.ParentsFirst, q.PayerFirst = q.AllFunds, q.NormFunds, q.ParentsFunds, q.FundsCert
		return q, nil
	}
	rest, others := dc-int64(q.D1), int64(q.M-1)
	split := func(amount, total pfdo.Money, den int64) (first, other pfdo.Money, err error) {
		if other, err = prorate(amount, rest, den*others, rd.MonthlyOther); err != nil {
			return
		}
		return total.Sub(pfdo.Kopecks(other.Kopecks() * others)), other, nil
	}
	if q.FirstMonthPrice, q.OtherMonthPrice, err = split(req.Price, q.AllFunds, dg); err != nil {
		return Quote{}, err
	}
	if q.FirstMonthNorm, q.OtherMonthNorm, err = split(req.NormativeCost, q.NormFunds, dg); err != nil {
		return Quote{}, err
	}
	if q.ParentsFirst, q.ParentsOther, err = split(q.ParentsFunds, q.ParentsFunds, dc); err != nil {
		return Quote{}, err
	}
	if q.PayerFirst, q.PayerOther, err = split(q.FundsCert, q.FundsCert, dc); err != nil {
		return Quote{}, err
	}
	return q, nil
}

// MonthlyPayment returns what the certificate pays for month number n of the contract (1 is the
// first month): PayerFirst, then PayerOther; 0 past the last month.
func (q *Quote) MonthlyPayment(n int) pfdo.Money {
	switch {
	case n == 1:
		return q.PayerFirst
	case n >= 2 && n <= q.M:
		return q.PayerOther
	}
	return pfdo.Money{}
}
