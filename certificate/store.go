package certificate

import (
	"sync"

	"github.com/pfdo-go/pfdo/pfdo"
)

// Store keeps the ledger's event log. The ledger appends each command's events before applying
// them, so a ledger reopened over a store (Open) has exactly the state it had. Implementations
// must be safe for concurrent use; the ledger calls Append with its log lock held, in sequence.
type Store interface {
	// Append adds events to the end of the log, all or none.
	Append(events []Event) error
	// Events returns the whole log, in order.
	Events() ([]Event, error)
}

// MemoryStore is the default Store: the log in memory. Events are packed without pointers — their
// strings copied into byte arenas — in chunks, so that appending never copies the events already
// written and the garbage collector has nothing to scan in a log of millions of events. The zero
// value is ready to use.
type MemoryStore struct {
	mu     sync.Mutex
	chunks [][]packedEvent
	arena  [][]byte
	n      int
}

const (
	memoryChunk = 4096
	arenaChunk  = 1 << 20
)

// strRef locates a string in the arena.
type strRef struct{ chunk, off, n uint32 }

// packedEvent is an Event whose strings live in the arena: a value without pointers.
type packedEvent struct {
	Seq                                         uint64
	Type                                        EventType
	HasNext                                     bool
	Register                                    pfdo.Register
	Date, Start, Stop                           pfdo.Date
	Period, Months, M, Hours                    int64
	Amount, NextNominal, PayerFirst, PayerOther pfdo.Money
	Key, Certificate, Contract, Category        strRef
	Group, Payer                                strRef
}

func (m *MemoryStore) put(s string) strRef {
	if s == "" {
		return strRef{}
	}
	last := len(m.arena) - 1
	if last < 0 || len(m.arena[last])+len(s) > cap(m.arena[last]) {
		m.arena = append(m.arena, make([]byte, 0, max(arenaChunk, len(s))))
		last++
	}
	off := len(m.arena[last])
	m.arena[last] = append(m.arena[last], s...)
	return strRef{uint32(last), uint32(off), uint32(len(s))}
}

func (m *MemoryStore) get(r strRef) string {
	if r.n == 0 {
		return ""
	}
	return string(m.arena[r.chunk][r.off : r.off+r.n])
}

func (m *MemoryStore) pack(e Event) packedEvent {
	return packedEvent{Seq: e.Seq, Type: e.Type, HasNext: e.HasNext, Register: e.Register, Date: e.Date, Start: e.Start, Stop: e.Stop,
		Period: int64(e.Period), Months: int64(e.Months), M: int64(e.M), Hours: int64(e.Hours),
		Amount: e.Amount, NextNominal: e.NextNominal, PayerFirst: e.PayerFirst, PayerOther: e.PayerOther,
		Key: m.put(e.Key), Certificate: m.put(e.Certificate), Contract: m.put(e.Contract), Category: m.put(e.Category),
		Group: m.put(e.Group), Payer: m.put(e.Payer)}
}

func (m *MemoryStore) unpack(p *packedEvent) Event {
	return Event{Seq: p.Seq, Type: p.Type, HasNext: p.HasNext, Register: p.Register, Date: p.Date, Start: p.Start, Stop: p.Stop,
		Period: int(p.Period), Months: int(p.Months), M: int(p.M), Hours: int(p.Hours),
		Amount: p.Amount, NextNominal: p.NextNominal, PayerFirst: p.PayerFirst, PayerOther: p.PayerOther,
		Key: m.get(p.Key), Certificate: m.get(p.Certificate), Contract: m.get(p.Contract), Category: m.get(p.Category),
		Group: m.get(p.Group), Payer: m.get(p.Payer)}
}

// Append adds events to the log.
func (m *MemoryStore) Append(events []Event) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, e := range events {
		if len(m.chunks) == 0 || len(m.chunks[len(m.chunks)-1]) == memoryChunk {
			m.chunks = append(m.chunks, make([]packedEvent, 0, memoryChunk))
		}
		last := len(m.chunks) - 1
		m.chunks[last] = append(m.chunks[last], m.pack(e))
		m.n++
	}
	return nil
}

// Events returns a copy of the log.
func (m *MemoryStore) Events() ([]Event, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make([]Event, 0, m.n)
	for _, c := range m.chunks {
		for i := range c {
			out = append(out, m.unpack(&c[i]))
		}
	}
	return out, nil
}

// rangeOf returns a copy of n events from sequence number first.
func (m *MemoryStore) rangeOf(first uint64, n int) []Event {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make([]Event, 0, n)
	for i := int(first) - 1; i < int(first)-1+n && i < m.n; i++ {
		out = append(out, m.unpack(&m.chunks[i/memoryChunk][i%memoryChunk]))
	}
	return out
}
