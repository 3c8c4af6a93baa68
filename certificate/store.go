package certificate

import "sync"

// Store keeps the ledger's event log. The ledger appends each command's events before applying
// them, so a ledger reopened over a store (Open) has exactly the state it had. Implementations
// must be safe for concurrent use; the ledger calls Append with its log lock held, in sequence.
type Store interface {
	// Append adds events to the end of the log, all or none.
	Append(events []Event) error
	// Events returns the whole log, in order.
	Events() ([]Event, error)
}

// MemoryStore is the default Store: the log in memory, in chunks, so that appending never copies
// the events already written. The zero value is ready to use.
type MemoryStore struct {
	mu     sync.Mutex
	chunks [][]Event
	n      int
}

const memoryChunk = 4096

// Append adds events to the log.
func (m *MemoryStore) Append(events []Event) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, e := range events {
		if len(m.chunks) == 0 || len(m.chunks[len(m.chunks)-1]) == memoryChunk {
			m.chunks = append(m.chunks, make([]Event, 0, memoryChunk))
		}
		last := len(m.chunks) - 1
		m.chunks[last] = append(m.chunks[last], e)
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
		out = append(out, c...)
	}
	return out, nil
}

// rangeOf returns a copy of n events from sequence number first.
func (m *MemoryStore) rangeOf(first uint64, n int) []Event {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make([]Event, 0, n)
	for i := int(first) - 1; i < int(first)-1+n && i < m.n; i++ {
		out = append(out, m.chunks[i/memoryChunk][i%memoryChunk])
	}
	return out
}
