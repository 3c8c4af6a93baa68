package certificate

import (
	"strconv"

	"github.com/pfdo-go/pfdo/pfdo"
)

// EventType names what happened.
type EventType uint8

// The events of the ledger. Each one carries everything needed to apply it, so that replaying
// the log reproduces the state without the catalog's rules being run again.
const (
	CertificateIssued EventType = iota + 1
	ConvertedToFinancing
	QueuedForFinancing
	ConvertedToAccounting
	CertificateFrozen
	CertificateUnfrozen
	CertificateClosed
	ContractRequested
	ContractAccepted
	ContractActivated
	MonthWrittenOff
	ContractRefused
	TerminationRequested
	ContractClosed
	CompletenessApplied
	ContractCancelled
	PeriodOpened
	MunicipalTaskEnrolled
	MunicipalTaskLeft
)

var eventNames = map[EventType]string{
	CertificateIssued: "certificate_issued", ConvertedToFinancing: "converted_to_financing", QueuedForFinancing: "queued_for_financing",
	ConvertedToAccounting: "converted_to_accounting", CertificateFrozen: "certificate_frozen", CertificateUnfrozen: "certificate_unfrozen",
	CertificateClosed: "certificate_closed", ContractRequested: "contract_requested", ContractAccepted: "contract_accepted",
	ContractActivated: "contract_activated", MonthWrittenOff: "month_written_off", ContractRefused: "contract_refused",
	TerminationRequested: "termination_requested", ContractClosed: "contract_closed", CompletenessApplied: "completeness_applied",
	ContractCancelled: "contract_cancelled", PeriodOpened: "period_opened",
	MunicipalTaskEnrolled: "municipal_task_enrolled", MunicipalTaskLeft: "municipal_task_left",
}

// String returns the event's code.
func (t EventType) String() string {
	if n, ok := eventNames[t]; ok {
		return n
	}
	return "EventType(" + strconv.Itoa(int(t)) + ")"
}

// MarshalText writes the event's code.
func (t EventType) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// Event is one entry of the ledger's log.
type Event struct {
	Seq         uint64    `json:"seq"`
	Key         string    `json:"key"`
	Type        EventType `json:"type"`
	Date        pfdo.Date `json:"date"`
	Certificate string    `json:"certificate"`
	Contract    string    `json:"contract,omitempty"`
	Category    string    `json:"category,omitempty"`
	// Period is the index of the financing period concerned.
	Period int `json:"period"`
	// Amount is the money the event moves (reserved, paid, returned), in the certificate's favour
	// or against it as the type says.
	Amount pfdo.Money `json:"amount"`
	// NextNominal is, for a conversion, the nominal of the period after Period (Amount is the
	// nominal of Period); HasNext says whether there is such a period.
	NextNominal pfdo.Money `json:"next_nominal,omitzero"`
	HasNext     bool       `json:"has_next,omitempty"`
	// Months is the number of months an activation pays (the first and any missed ones) or the
	// month a write-off or an invoice concerns.
	Months int `json:"months,omitempty"`
	// Contract data of ContractRequested.
	Group      string     `json:"group,omitempty"`
	Start      pfdo.Date  `json:"start,omitzero"`
	Stop       pfdo.Date  `json:"stop,omitzero"`
	M          int        `json:"m,omitempty"`
	PayerFirst pfdo.Money `json:"payer_first,omitzero"`
	PayerOther pfdo.Money `json:"payer_other,omitzero"`
	// Municipal-task enrolment: the register and the hours it takes.
	Register pfdo.Register `json:"register,omitempty"`
	Payer    string        `json:"payer,omitempty"`
	Hours    int           `json:"hours,omitempty"`
}
