package certificate

import (
	"cmp"
	"slices"

	"github.com/pfdo-go/pfdo/pfdo"
)

// MonthLine is one contract's money in a month, the unit of a month's payments: what the
// certificate pays for it (PayerFirst in the contract's first month, PayerOther after) and the
// completeness the provider reports for it.
type MonthLine struct {
	Payment      pfdo.Money
	Completeness int
}

// MonthTotals are the sums of a month's payments (domain reference §6.4): the payments due,
// the advances (80 % in pfdo2017), the final invoices by completeness, what is payable after the
// advance (final − advance [OPEN: the netting is not confirmed]) and what returns to the
// certificates (payment − final).
type MonthTotals struct {
	Contracts                                  int
	Payment, Advance, Final, Payable, Returned pfdo.Money
}

// Add adds other's sums.
func (t *MonthTotals) Add(o MonthTotals) {
	t.Contracts += o.Contracts
	t.Payment, t.Advance, t.Final = t.Payment.Add(o.Payment), t.Advance.Add(o.Advance), t.Final.Add(o.Final)
	t.Payable, t.Returned = t.Payable.Add(o.Payable), t.Returned.Add(o.Returned)
}

// Month computes a month's advances and invoices for many contracts in one pass, without
// allocating: the hot path of a region's monthly run.
func (r Rules) Month(lines []MonthLine) (MonthTotals, error) {
	adv, comp := r.Profile.Rounding.Advance, r.Profile.Rounding.Completeness
	halfUp := pfdo.RoundingRule{Mode: pfdo.RoundHalfAwayFromZero, Places: 2}
	if adv == halfUp && comp == halfUp && r.advanceDen == 1 {
		if t, ok := r.monthHalfUp(lines); ok {
			return t, nil
		}
	}
	var t MonthTotals
	for i := range lines {
		ln := &lines[i]
		if ln.Completeness < 0 || ln.Completeness > 100 {
			_, err := r.ByCompleteness(ln.Payment, ln.Completeness)
			return MonthTotals{}, err
		}
		advance, err := prorate(ln.Payment, r.advanceNum, r.advanceDen*100, adv)
		if err != nil {
			return MonthTotals{}, err
		}
		final, err := prorate(ln.Payment, int64(ln.Completeness), 100, comp)
		if err != nil {
			return MonthTotals{}, err
		}
		if t.Payment.Kopecks() > sumLimit || t.Payment.Kopecks() < -sumLimit {
			return MonthTotals{}, pfdo.ErrOverflow
		}
		t.Payment = t.Payment.Add(ln.Payment)
		t.Advance = t.Advance.Add(advance)
		t.Final = t.Final.Add(final)
		t.Payable = t.Payable.Add(final.Sub(advance))
		t.Returned = t.Returned.Add(ln.Payment.Sub(final))
	}
	t.Contracts = len(lines)
	return t, nil
}

// sumLimit bounds the running sums of a month, far from int64's limit: adding one more amount
// within ±MaxMoney cannot overflow.
const sumLimit = 1 << 62

// monthHalfUp is Month for the usual rules — both steps half away from zero to kopecks and a
// whole advance percentage — with divisions by the constant 100 that the compiler turns into
// multiplications. It reports false, having computed nothing that counts, when a line falls
// outside its range (a negative payment, completeness outside 0…100, an amount above MaxMoney);
// Month then takes the general path.
func (r Rules) monthHalfUp(lines []MonthLine) (MonthTotals, bool) {
	max := pfdo.MaxMoney.Kopecks()
	advNum := r.advanceNum
	var pay, adv, fin int64
	for i := range lines {
		p, c := lines[i].Payment.Kopecks(), int64(lines[i].Completeness)
		if p < 0 || p > max || c < 0 || c > 100 || pay > sumLimit {
			return MonthTotals{}, false
		}
		pay += p
		adv += (p*advNum + 50) / 100
		fin += (p*c + 50) / 100
	}
	return MonthTotals{Contracts: len(lines), Payment: pfdo.Kopecks(pay), Advance: pfdo.Kopecks(adv), Final: pfdo.Kopecks(fin),
		Payable: pfdo.Kopecks(fin - adv), Returned: pfdo.Kopecks(pay - fin)}, true
}

// ProviderMonth is what a payer owes a provider for a month: the advance request («заявка на
// авансирование») and the due date of the invoice («счет на оплату»), the 10th of the next month
// in pfdo2017.
type ProviderMonth struct {
	Payer     string        `json:"payer"`
	Provider  string        `json:"provider"`
	Month     pfdo.Date     `json:"month"`
	Contracts int           `json:"contracts"`
	Payment   pfdo.Money    `json:"payment"`
	Advance   pfdo.Money    `json:"advance"`
	Due       pfdo.Date     `json:"due"`
	Lines     []PaymentLine `json:"lines,omitempty"`
}

// PaymentLine is one contract in a ProviderMonth.
type PaymentLine struct {
	Certificate string     `json:"certificate"`
	Contract    string     `json:"contract"`
	MonthNumber int        `json:"month_number"`
	Payment     pfdo.Money `json:"payment"`
	Advance     pfdo.Money `json:"advance"`
}

// Payments lists, per payer and provider, the month's payments and advances of every contract
// in force on the first day of the month (active, or terminating at the month's end or later),
// with the due date of the invoice. The full month is paid when the contract was in force on the
// 1st, whatever the attendance.
func (l *Ledger) Payments(month pfdo.Date) ([]ProviderMonth, error) {
	first := month.StartOfMonth()
	byKey := map[[2]string]*ProviderMonth{}
	var firstErr error
	for i := range l.shards {
		s := &l.shards[i]
		s.mu.Lock()
		for _, c := range s.certs {
			for _, k := range c.contracts {
				inForce := k.status == Active || (k.status == Terminating && !k.terminationOn.Before(first))
				n := k.monthIndex(first)
				if !inForce || n < 1 || n > int(k.m) || first.After(k.stop) {
					continue
				}
				g := &l.cat.Groups[k.group]
				pm := byKey[[2]string{g.Payer, g.Provider}]
				if pm == nil {
					pm = &ProviderMonth{Payer: g.Payer, Provider: g.Provider, Month: first,
						Due: first.AddMonths(1).AddDays(l.rules.Profile.PaymentDay - 1)}
					byKey[[2]string{g.Payer, g.Provider}] = pm
				}
				pay := k.payerOther
				if n == 1 {
					pay = k.payerFirst
				}
				adv, err := l.rules.Advance(pfdo.Kopecks(pay))
				if err != nil && firstErr == nil {
					firstErr = err
				}
				pm.Contracts++
				pm.Payment, pm.Advance = pm.Payment.Add(pfdo.Kopecks(pay)), pm.Advance.Add(adv)
				pm.Lines = append(pm.Lines, PaymentLine{Certificate: c.id, Contract: k.id, MonthNumber: n, Payment: pfdo.Kopecks(pay), Advance: adv})
			}
		}
		s.mu.Unlock()
	}
	if firstErr != nil {
		return nil, firstErr
	}
	out := make([]ProviderMonth, 0, len(byKey))
	for _, pm := range byKey {
		slices.SortFunc(pm.Lines, func(a, b PaymentLine) int {
			return cmp.Or(cmp.Compare(a.Certificate, b.Certificate), cmp.Compare(a.Contract, b.Contract))
		})
		out = append(out, *pm)
	}
	slices.SortFunc(out, func(a, b ProviderMonth) int {
		return cmp.Or(cmp.Compare(a.Payer, b.Payer), cmp.Compare(a.Provider, b.Provider))
	})
	return out, nil
}

// ParentsPart returns what the parents pay for month n of a contract (domain reference §6.4):
// in full (ParentsFirst, then ParentsOther), or, when the contract says so, in proportion to the
// lessons attended, rounded by the completeness rule.
func (r Rules) ParentsPart(q Quote, n int, byAttendance bool, attended, lessons int) (pfdo.Money, error) {
	part := q.ParentsOther
	switch {
	case n == 1:
		part = q.ParentsFirst
	case n < 1 || n > q.M:
		return pfdo.Money{}, nil
	}
	if !byAttendance {
		return part, nil
	}
	if lessons <= 0 || attended < 0 || attended > lessons {
		return pfdo.Money{}, &pfdo.Error{Code: "certificate.attendance", Field: "attended", Value: itoa(attended) + "/" + itoa(lessons),
			Err: pfdo.ErrValidation, RU: "число посещённых занятий должно быть от 0 до числа занятий", EN: "attended lessons must be between 0 and the lessons held"}
	}
	return prorate(part, int64(attended), int64(lessons), r.Profile.Rounding.Completeness)
}
