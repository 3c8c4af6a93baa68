package certificate

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// failingStore refuses every append after the first n events.
type failingStore struct {
	MemoryStore
	left int
}

var errDisk = errors.New("disk full")

func (f *failingStore) Append(events []Event) error {
	if len(events) > f.left {
		return errDisk
	}
	f.left -= len(events)
	return f.MemoryStore.Append(events)
}

func TestStore(t *testing.T) {
	store := &failingStore{left: 2}
	l, err := Open(Rules2017(), catalog2017(), store)
	if err != nil {
		t.Fatal(err)
	}
	must := musts(t)
	must(l.Apply(Issue{Base: base("i", "c", "2017-09-05"), Category: "5-17"}))
	must(l.Apply(ConvertToFinancing{Base: base("f", "c", "2017-09-05")}))
	before := l.Snapshot()
	if _, err := l.Apply(RequestContract{Base: base("r", "c", "2017-10-10"), Contract: "A", Group: "g1", Start: d("2017-10-15")}); !errors.Is(err, errDisk) {
		t.Fatalf("got %v", err)
	}
	if diff := cmp.Diff(before, l.Snapshot()); diff != "" || l.LogLen() != 2 {
		t.Errorf("a command whose events could not be stored changed the state:\n%s", diff)
	}
	// The store failure is not remembered as the command's answer: a retry succeeds.
	store.left = 10
	must(l.Apply(RequestContract{Base: base("r", "c", "2017-10-10"), Contract: "A", Group: "g1", Start: d("2017-10-15")}))
	// Reopening over the store gives the same ledger.
	again, err := Open(Rules2017(), catalog2017(), store)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(l.Snapshot(), again.Snapshot()); diff != "" {
		t.Errorf("reopened (-before +after):\n%s", diff)
	}
}

// TestReserveKeepsState: sizing the tables of a ledger in use changes nothing in it.
func TestReserveKeepsState(t *testing.T) {
	l := testLedger(t)
	must := musts(t)
	must(l.Apply(Issue{Base: base("i", "c", "2017-09-05"), Category: "5-17"}))
	must(l.Apply(ConvertToFinancing{Base: base("f", "c", "2017-09-05")}))
	before := l.Snapshot()
	l.Reserve(100000, 1000000)
	if diff := cmp.Diff(before, l.Snapshot()); diff != "" {
		t.Errorf("Reserve changed the state:\n%s", diff)
	}
	// The keys are still remembered.
	if ev, err := l.Apply(ConvertToFinancing{Base: base("f", "c", "2017-09-05")}); err != nil || len(ev) != 1 || l.LogLen() != 2 {
		t.Errorf("a key was forgotten: %v %v", ev, err)
	}
}
