package certificate

import (
	"strconv"

	"github.com/pfdo-go/pfdo/pfdo"
)

// ContractStatus is a contract's place in its lifecycle (domain reference §6.2).
type ContractStatus uint8

// The statuses of a contract.
const (
	Requested   ContractStatus = iota + 1 // «Создан, ожидает подтверждения»
	Accepted                              // «Подтвержден, ожидает заключения»
	Active                                // «Действует»
	Terminating                           // termination requested, in force until the end of the month
	Closed                                // «Прекратил действие»
	Refused                               // «Отклонен без заключения»
	Cancelled                             // deleted; all its money returned
)

var contractStatusNames = [...]string{"", "requested", "accepted", "active", "terminating", "closed", "refused", "cancelled"}

// String returns the status's code.
func (s ContractStatus) String() string {
	if int(s) < len(contractStatusNames) && s != 0 {
		return contractStatusNames[s]
	}
	return "ContractStatus(" + strconv.Itoa(int(s)) + ")"
}

// MarshalText writes the status's code.
func (s ContractStatus) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// living reports whether the contract holds a place (in a group, a program, a quota of
// contracts per module).
func (s ContractStatus) living() bool { return s >= Requested && s <= Terminating }

// balance is a certificate's money in one financing period. Reserved and paid amounts live on
// the contracts.
type balance struct {
	period           int32
	nominal, balance int64
}

// contractState is a contract, kept small: the ledger holds millions.
type contractState struct {
	id                     string
	group, period          int32
	status                 ContractStatus
	m, monthsPaid          int16
	start, stop            pfdo.Date
	requested, accepted    pfdo.Date
	terminationOn          pfdo.Date
	reserved, paid         int64
	payerFirst, payerOther int64
	invoiced               uint64 // bit n−1: month n was invoiced with its completeness
}

// monthIndex returns the number (from 1) of the contract's month containing d.
func (c *contractState) monthIndex(d pfdo.Date) int {
	return (d.Year()-c.start.Year())*12 + int(d.Month()) - int(c.start.Month()) + 1
}

// certState is a certificate.
type certState struct {
	id          string
	category    int32
	status      pfdo.CertificateStatus
	frozenIn    int32 // the period index in which it was frozen
	trigger     pfdo.Date
	triggerDays int32
	periods     []balance
	contracts   []*contractState
	tasks       []taskEnrollment
}

// taskEnrollment is a place of a certificate in a municipal-task program.
type taskEnrollment struct {
	id       string
	payer    string
	register pfdo.Register
	hours    int32
}

func (c *certState) balanceOf(period int32) *balance {
	for i := range c.periods {
		if c.periods[i].period == period {
			return &c.periods[i]
		}
	}
	return nil
}

func (c *certState) contract(id string) *contractState {
	for _, k := range c.contracts {
		if k.id == id {
			return k
		}
	}
	return nil
}

// spent reports whether any money of the certificate is reserved or paid.
func (c *certState) spent() bool {
	for _, b := range c.periods {
		if b.balance != b.nominal {
			return true
		}
	}
	return false
}

// CertificateView is a certificate as the ledger reports it.
type CertificateView struct {
	ID        string                 `json:"id"`
	Category  string                 `json:"category"`
	Status    pfdo.CertificateStatus `json:"status"`
	Periods   []PeriodBalance        `json:"periods"`
	Contracts []ContractView         `json:"contracts"`
	// MunicipalTask lists the certificate's places in municipal-task programs.
	MunicipalTask []MunicipalTaskView `json:"municipal_task,omitempty"`
}

// MunicipalTaskView is a place in a municipal-task program.
type MunicipalTaskView struct {
	Enrollment string        `json:"enrollment"`
	Payer      string        `json:"payer"`
	Register   pfdo.Register `json:"register"`
	Hours      int           `json:"hours"`
}

// PeriodBalance is a certificate's money in one financing period: Nominal = Balance + Reserved +
// Paid, the ledger's conservation law.
type PeriodBalance struct {
	Period   int        `json:"period"`
	Nominal  pfdo.Money `json:"nominal"`
	Balance  pfdo.Money `json:"balance"`
	Reserved pfdo.Money `json:"reserved"`
	Paid     pfdo.Money `json:"paid"`
}

// ContractView is a contract as the ledger reports it.
type ContractView struct {
	ID            string         `json:"id"`
	Group         string         `json:"group"`
	Period        int            `json:"period"`
	Status        ContractStatus `json:"status"`
	Start         pfdo.Date      `json:"start"`
	Stop          pfdo.Date      `json:"stop"`
	M             int            `json:"m"`
	MonthsPaid    int            `json:"months_paid"`
	Reserved      pfdo.Money     `json:"reserved"`
	Paid          pfdo.Money     `json:"paid"`
	PayerFirst    pfdo.Money     `json:"payer_first"`
	PayerOther    pfdo.Money     `json:"payer_other"`
	TerminationOn pfdo.Date      `json:"termination_on,omitzero"`
}
