package certificate

import (
	"github.com/pfdo-go/pfdo/pfdo"
)

// RequestContract files a request to enroll a certificate in a group from a start date (domain
// reference §5, §6.2–§6.3): it quotes the contract and reserves the certificate's part from the
// balance of the start's financing period. It is refused, changing nothing, when any enrollment
// limit would be exceeded: the group's places, the program's limit, the category's limit for the
// program's direction, one living contract per certificate per module, a positive balance, a
// group that has not ended, the payment agreement's cap, the back-dating limit — or when the
// balance differs from ExpectedBalance, the balance the parent's quote was made with.
type RequestContract struct {
	Base
	Contract string    `json:"contract"`
	Group    string    `json:"group"`
	Start    pfdo.Date `json:"start"`
	// ExpectedBalance, when set, is the balance the quote shown to the parent used.
	ExpectedBalance *pfdo.Money `json:"expected_balance,omitempty"`
}

func (RequestContract) shared() bool { return true }

func monthsBetween(a, b pfdo.Date) int {
	return (b.Year()-a.Year())*12 + int(b.Month()) - int(a.Month())
}

func (cmd RequestContract) plan(l *Ledger, c *certState) ([]Event, error) {
	if c == nil {
		return nil, l.noCertificate(cmd.Certificate)
	}
	if c.status != pfdo.StatusFinancing {
		return nil, refuse("status", "status", c.status.String(), "заявку можно подать только по сертификату финансирования", "only a financing certificate can request a contract")
	}
	if cmd.Contract == "" || c.contract(cmd.Contract) != nil {
		return nil, refuse("contract", "contract", cmd.Contract, "номер договора пуст или уже использован", "the contract number is empty or taken")
	}
	gi, ok := l.cat.groups[cmd.Group]
	if !ok {
		return nil, unknown("group", cmd.Group, "нет такой группы", "no such group")
	}
	g := &l.cat.Groups[gi]
	if cmd.Date.After(g.Dates.End) {
		return nil, refuse("group_ended", "group", g.ID, "обучение в группе закончилось", "the group has ended")
	}
	if monthsBetween(cmd.Start, cmd.Date) >= l.rules.Profile.BackdatingMonths {
		return nil, refuse("backdating", "start", cmd.Start.String(), "невозможно заключить договор задним числом", "a contract cannot be back-dated this far")
	}
	period := l.cat.periodOf(cmd.Start)
	if period < 0 {
		return nil, refuse("period", "start", cmd.Start.String(), "дата начала вне периодов финансирования", "the start is in no financing period")
	}
	b := c.balanceOf(int32(period))
	if b == nil || b.balance <= 0 {
		return nil, refuse("no_balance", "certificate", c.id, "на сертификате нет средств в этом периоде", "the certificate has no balance in this period")
	}
	if cmd.ExpectedBalance != nil && cmd.ExpectedBalance.Kopecks() != b.balance {
		return nil, &pfdo.Error{Code: "certificate.stale_balance", Field: "expected_balance", Value: cmd.ExpectedBalance.String(), Err: ErrStaleBalance,
			RU: "значение Вашего номинала было изменено. Пересчитайте параметры заявки.", EN: "the balance has changed; quote the request again"}
	}
	for _, k := range c.contracts {
		if k.status.living() && l.cat.Groups[k.group].Module == g.Module {
			return nil, refuse("module_taken", "group", g.ID, "по сертификату уже есть незавершённый договор на этот модуль", "the certificate already has a living contract for this module")
		}
	}
	r := &l.res
	prog := l.cat.programs[g.Program]
	if int(r.groupLiving[gi]) >= g.Capacity {
		return nil, refuse("group_full", "group", g.ID, "в группе нет свободных мест", "the group is full")
	}
	if lim := l.cat.Programs[prog].Limit; lim > 0 && int(r.programLiving[prog]) >= lim {
		return nil, refuse("program_full", "group", g.Program, "достигнут лимит зачисления на программу", "the program's limit is reached")
	}
	dir := l.cat.Programs[prog].Direction
	if lim, ok := l.cat.Categories[c.category].directionLimit(dir); ok && int(r.directionCount[c.category][dir]) >= lim {
		return nil, refuse("direction_full", "group", dir.String(), "достигнут лимит категории по направленности", "the category's limit for the direction is reached")
	}
	q, err := l.rules.QuoteContract(QuoteRequest{Group: g.Dates, Period: l.cat.Periods[period], Start: cmd.Start,
		Price: g.Price, NormativeCost: g.NormativeCost, Balance: pfdo.Kopecks(b.balance)})
	if err != nil {
		return nil, err
	}
	if a := l.agreementOf(gi, period); a >= 0 {
		if cp := l.cat.Agreements[a].Cap; cp != nil && r.agreementUsed[a]+q.FundsCert.Kopecks() > cp.Kopecks() {
			return nil, refuse("agreement_cap", "group", g.Provider, "превышена максимальная сумма соглашения с поставщиком", "the payment agreement's cap would be exceeded")
		}
	}
	e := cmd.event(ContractRequested)
	e.Contract, e.Group, e.Period, e.Start, e.Stop, e.M = cmd.Contract, g.ID, period, q.Start, q.Stop, q.M
	e.Amount, e.PayerFirst, e.PayerOther = q.FundsCert, q.PayerFirst, q.PayerOther
	return []Event{e}, nil
}

// contractCommand is the part of a contract command that finds the contract.
type contractCommand struct {
	Base
	Contract string `json:"contract"`
}

func (cmd contractCommand) find(l *Ledger, c *certState) (*contractState, error) {
	if c == nil {
		return nil, l.noCertificate(cmd.Certificate)
	}
	k := c.contract(cmd.Contract)
	if k == nil {
		return nil, unknown("contract", cmd.Contract, "у сертификата нет такого договора", "the certificate has no such contract")
	}
	return k, nil
}

func (cmd contractCommand) event(t EventType) Event {
	e := cmd.Base.event(t)
	e.Contract = cmd.Contract
	return e
}

func wrongStatus(k *contractState, ru, en string) error {
	return refuse("contract_status", "contract", k.id+" ("+k.status.String()+")", ru, en)
}

// AcceptContract is the provider's confirmation of a request, possible only when the provider
// has a payment agreement with the payer for the contract's period.
type AcceptContract struct{ contractCommand }

// NewAcceptContract makes the command.
func NewAcceptContract(key, certificate, contract string, d pfdo.Date) AcceptContract {
	return AcceptContract{contractCommand{Base{key, certificate, d}, contract}}
}

func (AcceptContract) shared() bool { return false }

func (cmd AcceptContract) plan(l *Ledger, c *certState) ([]Event, error) {
	k, err := cmd.find(l, c)
	if err != nil {
		return nil, err
	}
	if k.status != Requested {
		return nil, wrongStatus(k, "подтвердить можно только новую заявку", "only a new request can be accepted")
	}
	if l.agreementOf(int(k.group), int(k.period)) < 0 {
		return nil, refuse("no_agreement", "contract", k.id, "у поставщика нет соглашения с уполномоченной организацией на этот период", "the provider has no payment agreement for the period")
	}
	return []Event{cmd.event(ContractAccepted)}, nil
}

// ActivateContract concludes an accepted contract: the first month is paid, and, when the
// contract starts before the month of activation, the missed months too.
type ActivateContract struct{ contractCommand }

// NewActivateContract makes the command.
func NewActivateContract(key, certificate, contract string, d pfdo.Date) ActivateContract {
	return ActivateContract{contractCommand{Base{key, certificate, d}, contract}}
}

func (ActivateContract) shared() bool { return false }

func (cmd ActivateContract) plan(l *Ledger, c *certState) ([]Event, error) {
	k, err := cmd.find(l, c)
	if err != nil {
		return nil, err
	}
	if k.status != Accepted {
		return nil, wrongStatus(k, "заключить можно только подтверждённую заявку", "only an accepted request can be activated")
	}
	months := min(max(k.monthIndex(cmd.Date), 1), int(k.m))
	e := cmd.event(ContractActivated)
	e.Months = months
	e.Amount = pfdo.Kopecks(k.payerFirst + k.payerOther*int64(months-1))
	return []Event{e}, nil
}

// RefuseContract refuses a request or an accepted offer; the reserve returns to the balance.
type RefuseContract struct{ contractCommand }

// NewRefuseContract makes the command.
func NewRefuseContract(key, certificate, contract string, d pfdo.Date) RefuseContract {
	return RefuseContract{contractCommand{Base{key, certificate, d}, contract}}
}

func (RefuseContract) shared() bool { return true }

func (cmd RefuseContract) plan(l *Ledger, c *certState) ([]Event, error) {
	k, err := cmd.find(l, c)
	if err != nil {
		return nil, err
	}
	if k.status != Requested && k.status != Accepted {
		return nil, wrongStatus(k, "отклонить можно только заявку", "only a request can be refused")
	}
	e := cmd.event(ContractRefused)
	e.Amount = pfdo.Kopecks(k.reserved)
	return []Event{e}, nil
}

// Terminate records notice of termination of an active contract: the termination date is the
// last day of the month of the notice, the current month stays paid, and the reserve returns
// to the balance at once.
type Terminate struct{ contractCommand }

// NewTerminate makes the command.
func NewTerminate(key, certificate, contract string, d pfdo.Date) Terminate {
	return Terminate{contractCommand{Base{key, certificate, d}, contract}}
}

func (Terminate) shared() bool { return true }

func (cmd Terminate) plan(l *Ledger, c *certState) ([]Event, error) {
	k, err := cmd.find(l, c)
	if err != nil {
		return nil, err
	}
	if k.status != Active {
		return nil, wrongStatus(k, "расторгнуть можно только действующий договор", "only an active contract can be terminated")
	}
	e := cmd.event(TerminationRequested)
	e.Amount, e.Stop = pfdo.Kopecks(k.reserved), cmd.Date.EndOfMonth()
	return []Event{e}, nil
}

// InvoiceCompleteness records the final invoice of a paid month with the completeness the
// provider reports (an integer percent): the part not delivered returns to the balance.
type InvoiceCompleteness struct {
	contractCommand
	Month        int `json:"month"`
	Completeness int `json:"completeness"`
}

// NewInvoiceCompleteness makes the command; month is the contract's month number, from 1.
func NewInvoiceCompleteness(key, certificate, contract string, d pfdo.Date, month, completeness int) InvoiceCompleteness {
	return InvoiceCompleteness{contractCommand{Base{key, certificate, d}, contract}, month, completeness}
}

func (InvoiceCompleteness) shared() bool { return true }

func (cmd InvoiceCompleteness) plan(l *Ledger, c *certState) ([]Event, error) {
	k, err := cmd.find(l, c)
	if err != nil {
		return nil, err
	}
	if cmd.Month < 1 || cmd.Month > int(k.monthsPaid) || cmd.Month > 64 {
		return nil, refuse("month", "month", itoa(cmd.Month), "этот месяц договора ещё не оплачен", "this month of the contract is not paid")
	}
	if k.invoiced&(1<<uint(cmd.Month-1)) != 0 {
		return nil, refuse("invoiced", "month", itoa(cmd.Month), "счёт за этот месяц уже выставлен", "this month is already invoiced")
	}
	payment := k.payerOther
	if cmd.Month == 1 {
		payment = k.payerFirst
	}
	sum, err := l.rules.ByCompleteness(pfdo.Kopecks(payment), cmd.Completeness)
	if err != nil {
		return nil, err
	}
	e := cmd.event(CompletenessApplied)
	e.Months, e.Amount = cmd.Month, pfdo.Kopecks(payment).Sub(sum)
	return []Event{e}, nil
}

// CancelContract deletes a contract entered by mistake: all its money returns to the balance.
type CancelContract struct{ contractCommand }

// NewCancelContract makes the command.
func NewCancelContract(key, certificate, contract string, d pfdo.Date) CancelContract {
	return CancelContract{contractCommand{Base{key, certificate, d}, contract}}
}

func (CancelContract) shared() bool { return true }

func (cmd CancelContract) plan(l *Ledger, c *certState) ([]Event, error) {
	k, err := cmd.find(l, c)
	if err != nil {
		return nil, err
	}
	if k.status == Cancelled || k.status == Refused {
		return nil, wrongStatus(k, "договор уже отклонён или удалён", "the contract is already refused or cancelled")
	}
	e := cmd.event(ContractCancelled)
	e.Amount = pfdo.Kopecks(k.reserved + k.paid)
	return []Event{e}, nil
}
