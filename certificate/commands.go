package certificate

import (
	"github.com/pfdo-go/pfdo/pfdo"
)

// Command is an operation on one certificate. Every command carries an idempotency key (unique
// per operation: a retry uses the same key) and the date it happens on.
type Command interface {
	// CommandKey is the idempotency key.
	CommandKey() string
	// CertificateID is the certificate the command concerns.
	CertificateID() string
	plan(l *Ledger, c *certState) ([]Event, error)
	// shared reports whether the command reads or changes the shared limits.
	shared() bool
}

// Base holds what every command has: its idempotency key, certificate and date.
type Base struct {
	Key         string    `json:"key"`
	Certificate string    `json:"certificate"`
	Date        pfdo.Date `json:"date"`
}

// CommandKey returns the idempotency key.
func (b Base) CommandKey() string { return b.Key }

// CertificateID returns the certificate.
func (b Base) CertificateID() string { return b.Certificate }

func (b Base) event(t EventType) Event {
	return Event{Key: b.Key, Type: t, Date: b.Date, Certificate: b.Certificate}
}

// Apply runs a command. A command refused, or applied before under the same key, changes
// nothing; the second time the first result is returned.
func (l *Ledger) Apply(cmd Command) ([]Event, error) {
	if cmd.CommandKey() == "" {
		return nil, refuse("key", "key", "", "у команды нет ключа идемпотентности", "the command has no idempotency key")
	}
	s := l.shardOf(cmd.CertificateID())
	s.mu.Lock()
	// The key's shard stays locked until the result is remembered: a retry racing with the first
	// try waits for it (the certificate's lock already orders them; this saves a second lookup).
	id, ks := l.keyOf(cmd.CommandKey())
	ks.mu.Lock()
	if r, ok := ks.get(id); ok {
		ks.mu.Unlock()
		s.mu.Unlock()
		return l.eventsOf(r), r.err
	}
	if cmd.shared() {
		l.res.mu.Lock()
	}
	events, err := cmd.plan(l, s.certs[cmd.CertificateID()])
	if err == nil {
		events, err = l.record(s, events)
	}
	if cmd.shared() {
		l.res.mu.Unlock()
	}
	// A refusal is the command's answer and is remembered; a failure of the store is not, so a
	// retry can succeed.
	if err == nil || pfdo.AsList(err) != nil {
		r := resultOf(events)
		r.err = err
		ks.put(id, r)
	}
	ks.mu.Unlock()
	s.mu.Unlock()
	if err == nil {
		l.afterPlaceFreed(events)
	}
	return events, err
}

// afterPlaceFreed serves the queue of a category whose quota freed a place.
func (l *Ledger) afterPlaceFreed(events []Event) {
	for _, e := range events {
		if e.Type == ConvertedToAccounting || e.Type == CertificateClosed {
			l.serveQueue(e.Category, e.Date)
		}
	}
}

// serveQueue converts the certificates waiting in a category's queue, first come first served,
// while the category has a vacancy.
func (l *Ledger) serveQueue(category string, d pfdo.Date) {
	cat, ok := l.cat.categories[category]
	if !ok {
		return
	}
	for {
		l.res.mu.Lock()
		if len(l.res.queue[cat]) == 0 {
			l.res.mu.Unlock()
			return
		}
		head := l.res.queue[cat][0]
		l.res.mu.Unlock()
		events, err := l.Apply(ConvertToFinancing{Base: Base{Key: head.key + "/served", Certificate: head.cert, Date: d}, fromQueue: true})
		if err != nil || len(events) == 0 || events[0].Type != ConvertedToFinancing {
			return
		}
	}
}

func (l *Ledger) noCertificate(id string) error {
	return unknown("certificate", id, "нет такого сертификата", "no such certificate")
}

// Issue creates a certificate of accounting («сертификат учета») for a child of a category.
type Issue struct {
	Base
	Category string `json:"category"`
}

func (Issue) shared() bool { return false }

func (cmd Issue) plan(l *Ledger, c *certState) ([]Event, error) {
	if c != nil {
		return nil, refuse("exists", "certificate", cmd.Certificate, "сертификат с таким номером уже есть", "a certificate with this number exists")
	}
	if _, ok := l.cat.categories[cmd.Category]; !ok {
		return nil, unknown("category", cmd.Category, "нет такой категории детей", "no such category")
	}
	if cmd.Certificate == "" || cmd.Date.IsZero() {
		return nil, refuse("certificate", "certificate", cmd.Certificate, "не заданы номер сертификата или дата", "the number or the date is missing")
	}
	e := cmd.event(CertificateIssued)
	e.Category = cmd.Category
	return []Event{e}, nil
}

// ConvertToFinancing turns an accounting certificate into a financing one when its category has
// a vacancy (domain reference §3.4), with the category's nominals of the current and the next
// period; otherwise the certificate waits in the category's queue, first in first out.
type ConvertToFinancing struct {
	Base
	fromQueue bool
}

func (ConvertToFinancing) shared() bool { return true }

func (cmd ConvertToFinancing) plan(l *Ledger, c *certState) ([]Event, error) {
	if c == nil {
		return nil, l.noCertificate(cmd.Certificate)
	}
	if c.status != pfdo.StatusAccounting {
		return nil, refuse("status", "status", c.status.String(), "перевести можно только сертификат учёта", "only an accounting certificate can be converted")
	}
	cur := l.cat.periodOf(cmd.Date)
	if cur < 0 {
		return nil, refuse("period", "date", cmd.Date.String(), "дата вне периодов финансирования", "the date is in no financing period")
	}
	cat := int(c.category)
	queue := l.res.queue[cat]
	waiting := false
	for _, q := range queue {
		waiting = waiting || q.cert == c.id
	}
	nominal := l.cat.Categories[cat].Nominals[cur].Kopecks()
	// The queue is served first come first served: a newcomer waits behind it.
	if l.vacancy(cat, cur, nominal) && (len(queue) == 0 || (cmd.fromQueue && queue[0].cert == c.id)) {
		e := cmd.event(ConvertedToFinancing)
		e.Category = l.cat.Categories[cat].ID
		l.conversion(&e, cat, cur)
		return []Event{e}, nil
	}
	if waiting || cmd.fromQueue {
		return nil, refuse("queued", "certificate", c.id, "сертификат уже в очереди", "the certificate is already queued")
	}
	e := cmd.event(QueuedForFinancing)
	e.Category = l.cat.Categories[cat].ID
	return []Event{e}, nil
}

// ConvertToAccounting turns a financing certificate back into an accounting one, by the parent's
// request: only while nothing of it is reserved or spent.
type ConvertToAccounting struct{ Base }

func (ConvertToAccounting) shared() bool { return true }

func (cmd ConvertToAccounting) plan(l *Ledger, c *certState) ([]Event, error) {
	if c == nil {
		return nil, l.noCertificate(cmd.Certificate)
	}
	if c.status != pfdo.StatusFinancing {
		return nil, refuse("status", "status", c.status.String(), "вернуть в учёт можно только сертификат финансирования", "only a financing certificate can be converted back")
	}
	if c.spent() {
		return nil, refuse("spent", "certificate", c.id, "средства сертификата уже зарезервированы или использованы", "the certificate's money is already reserved or spent")
	}
	e := cmd.event(ConvertedToAccounting)
	e.Category = l.cat.Categories[c.category].ID
	return []Event{e}, nil
}

// Freeze suspends a financing certificate [PFDO-2017]: refused with an active contract; open
// requests are refused; the balance is kept aside until Unfreeze.
type Freeze struct{ Base }

func (Freeze) shared() bool { return true }

func (cmd Freeze) plan(l *Ledger, c *certState) ([]Event, error) {
	if c == nil {
		return nil, l.noCertificate(cmd.Certificate)
	}
	if c.status != pfdo.StatusFinancing {
		return nil, refuse("status", "status", c.status.String(), "приостановить можно только сертификат финансирования", "only a financing certificate can be frozen")
	}
	var events []Event
	for _, k := range c.contracts {
		switch k.status {
		case Active, Terminating:
			return nil, refuse("active_contract", "contract", k.id, "у сертификата есть действующий договор", "the certificate has an active contract")
		case Requested, Accepted:
			e := cmd.event(ContractRefused)
			e.Contract, e.Amount = k.id, pfdo.Kopecks(k.reserved)
			events = append(events, e)
		}
	}
	e := cmd.event(CertificateFrozen)
	e.Period = l.cat.periodOf(cmd.Date)
	return append(events, e), nil
}

// Unfreeze restores a frozen certificate, from the next financing period only.
type Unfreeze struct{ Base }

func (Unfreeze) shared() bool { return false }

func (cmd Unfreeze) plan(l *Ledger, c *certState) ([]Event, error) {
	if c == nil {
		return nil, l.noCertificate(cmd.Certificate)
	}
	if c.status != pfdo.StatusFrozen {
		return nil, refuse("status", "status", c.status.String(), "сертификат не приостановлен", "the certificate is not frozen")
	}
	if p := l.cat.periodOf(cmd.Date); p <= int(c.frozenIn) {
		return nil, refuse("unfreeze", "date", cmd.Date.String(), "возобновить сертификат можно только со следующего периода", "a certificate is unfrozen from the next period only")
	}
	return []Event{cmd.event(CertificateUnfrozen)}, nil
}

// Close closes a certificate (the child turned 18, or annulment): refused while a contract is
// living; its quota place is freed.
type Close struct{ Base }

func (Close) shared() bool { return true }

func (cmd Close) plan(l *Ledger, c *certState) ([]Event, error) {
	if c == nil {
		return nil, l.noCertificate(cmd.Certificate)
	}
	if c.status == pfdo.StatusClosed {
		return nil, refuse("status", "status", c.status.String(), "сертификат уже закрыт", "the certificate is closed")
	}
	for _, k := range c.contracts {
		if k.status.living() {
			return nil, refuse("living_contract", "contract", k.id, "у сертификата есть незавершённый договор", "the certificate has a living contract")
		}
	}
	e := cmd.event(CertificateClosed)
	e.Category = l.cat.Categories[c.category].ID
	return []Event{e}, nil
}
