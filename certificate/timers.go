package certificate

import (
	"github.com/pfdo-go/pfdo/pfdo"
)

// forEachCertificate runs fn on every certificate, shard by shard, under the shard's lock and
// the resource lock, recording the events fn returns. It is how the commands over the whole
// ledger work; they are serialised by globalMu.
func (l *Ledger) forEachCertificate(fn func(c *certState) []Event) ([]Event, error) {
	var all []Event
	for i := range l.shards {
		s := &l.shards[i]
		s.mu.Lock()
		l.res.mu.Lock()
		for _, c := range s.certs {
			if events := fn(c); len(events) > 0 {
				recorded, err := l.record(s, events)
				if err != nil {
					l.res.mu.Unlock()
					s.mu.Unlock()
					return all, err
				}
				all = append(all, recorded...)
			}
		}
		l.res.mu.Unlock()
		s.mu.Unlock()
	}
	return all, nil
}

func (l *Ledger) global(key string, run func() ([]Event, error)) ([]Event, error) {
	if key == "" {
		return nil, refuse("key", "key", "", "у команды нет ключа идемпотентности", "the command has no idempotency key")
	}
	l.globalMu.Lock()
	defer l.globalMu.Unlock()
	if r, ok := l.remembered(key); ok {
		return l.eventsOf(r), r.err
	}
	events, err := run()
	if err != nil {
		// The store failed part way: what was stored stays applied; the key is not remembered, so
		// that a retry completes the rest.
		return events, err
	}
	l.remember(key, resultOf(events))
	l.afterPlaceFreed(events)
	return events, nil
}

// WriteOffMonth is the monthly write-off at the start of month (any day of it): for every active
// contract whose next unpaid month it is, the month's payment (PayerOther) moves from reserved to
// paid.
func (l *Ledger) WriteOffMonth(key string, month pfdo.Date) ([]Event, error) {
	first := month.StartOfMonth()
	return l.global(key, func() ([]Event, error) {
		return l.forEachCertificate(func(c *certState) []Event {
			var out []Event
			for _, k := range c.contracts {
				n := k.monthIndex(first)
				if k.status != Active || n != int(k.monthsPaid)+1 || n > int(k.m) {
					continue
				}
				out = append(out, Event{Key: key, Type: MonthWrittenOff, Date: first, Certificate: c.id, Contract: k.id,
					Months: n, Amount: pfdo.Kopecks(k.payerOther)})
			}
			return out
		})
	})
}

// Tick runs the timers of the profile as of d (no clock is read): requests older than
// RequestTimeoutDays and accepted offers older than AcceptedTimeoutDays are refused; contracts
// whose termination date has passed, and fully paid contracts past their last day, are closed; a
// financing certificate with no request within FirstRequestDays of its conversion (or
// AfterRefusalDays of a refusal) returns to accounting while nothing of it is spent.
func (l *Ledger) Tick(key string, d pfdo.Date) ([]Event, error) {
	p := l.rules.Profile
	return l.global(key, func() ([]Event, error) {
		return l.forEachCertificate(func(c *certState) []Event {
			var out []Event
			ev := func(t EventType, contract string, amount int64) Event {
				return Event{Key: key, Type: t, Date: d, Certificate: c.id, Contract: contract, Amount: pfdo.Kopecks(amount)}
			}
			for _, k := range c.contracts {
				switch {
				case k.status == Requested && d.Sub(k.requested) >= p.RequestTimeoutDays,
					k.status == Accepted && d.Sub(k.accepted) >= p.AcceptedTimeoutDays:
					out = append(out, ev(ContractRefused, k.id, k.reserved))
				case k.status == Terminating && d.After(k.terminationOn),
					k.status == Active && d.After(k.stop) && int(k.monthsPaid) == int(k.m):
					out = append(out, ev(ContractClosed, k.id, 0))
				}
			}
			if len(out) == 0 && c.status == pfdo.StatusFinancing && !c.trigger.IsZero() && d.Sub(c.trigger) >= int(c.triggerDays) && !c.spent() {
				e := ev(ConvertedToAccounting, "", 0)
				e.Category = l.cat.Categories[c.category].ID
				out = append(out, e)
			}
			return out
		})
	})
}
