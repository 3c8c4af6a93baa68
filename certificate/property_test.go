package certificate

import (
	"fmt"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pfdo-go/pfdo/pfdo"
)

// randomCommand draws a command over a few certificates and contracts, valid or not.
func randomCommand(rng *rand.Rand, step int, day pfdo.Date) Command {
	cert := fmt.Sprintf("c%d", rng.IntN(6))
	contract := fmt.Sprintf("k%d", rng.IntN(4))
	key := fmt.Sprintf("s%d", step)
	if rng.IntN(10) == 0 && step > 0 {
		key = fmt.Sprintf("s%d", rng.IntN(step)) // a retry of an earlier command, maybe with other data
	}
	b := Base{Key: key, Certificate: cert, Date: day}
	groups := []string{"g1", "g2", "g1", "nope"}
	switch rng.IntN(15) {
	case 13:
		return EnrollMunicipalTask{Base: b, Enrollment: contract, Payer: "uo", Register: pfdo.Register(1 + rng.IntN(4)), Hours: rng.IntN(80)}
	case 14:
		return LeaveMunicipalTask{Base: b, Enrollment: contract}
	case 0:
		return Issue{Base: b, Category: []string{"5-17", "small", "small", "none"}[rng.IntN(4)]}
	case 1, 2:
		return ConvertToFinancing{Base: b}
	case 3:
		return ConvertToAccounting{Base: b}
	case 4, 5:
		start := day.AddDays(rng.IntN(40) - 10)
		var expected *pfdo.Money
		if rng.IntN(4) == 0 {
			m := pfdo.Rubles(int64(rng.IntN(3)) * 3000)
			expected = &m
		}
		return RequestContract{Base: b, Contract: contract, Group: groups[rng.IntN(len(groups))], Start: start, ExpectedBalance: expected}
	case 6:
		return NewAcceptContract(key, cert, contract, day)
	case 7:
		return NewActivateContract(key, cert, contract, day)
	case 8:
		return NewRefuseContract(key, cert, contract, day)
	case 9:
		return NewTerminate(key, cert, contract, day)
	case 10:
		return NewInvoiceCompleteness(key, cert, contract, day, 1+rng.IntN(4), rng.IntN(101))
	case 11:
		if rng.IntN(2) == 0 {
			return Freeze{Base: b}
		}
		return Unfreeze{Base: b}
	}
	return NewCancelContract(key, cert, contract, day)
}

// TestRandomCommandSequences applies random sequences of commands — valid and invalid ones,
// retries, refusals, terminations, freezes, write-offs and timers — and after every step checks
// the conservation law and the limits; a refused command changes nothing; at the end replaying
// the log reproduces the state.
func TestRandomCommandSequences(t *testing.T) {
	for seed := range uint64(40) {
		rng := rand.New(rand.NewPCG(seed, 99))
		l := testLedger(t)
		day := d("2017-09-01")
		for step := range 300 {
			day = day.AddDays(rng.IntN(3))
			switch rng.IntN(25) {
			case 0:
				_, _ = l.WriteOffMonth(fmt.Sprintf("w%s", day.StartOfMonth()), day)
			case 1:
				_, _ = l.Tick(fmt.Sprintf("t%d", step), day)
			case 2:
				_, _ = l.ShiftPeriod(fmt.Sprintf("p%d", step), day)
			default:
				cmd := randomCommand(rng, step, day)
				before := l.Snapshot()
				logLen := l.LogLen()
				_, err := l.Apply(cmd)
				if err != nil {
					if pfdo.AsList(err) == nil {
						t.Fatalf("seed %d step %d: untyped error %v", seed, step, err)
					}
					if diff := cmp.Diff(before, l.Snapshot()); diff != "" && l.LogLen() == logLen {
						t.Fatalf("seed %d step %d: refused %T changed the state:\n%s", seed, step, cmd, diff)
					}
				}
				// Applying it again changes nothing.
				after := l.Snapshot()
				logLen = l.LogLen()
				_, err2 := l.Apply(cmd)
				if l.LogLen() != logLen || !cmp.Equal(after, l.Snapshot()) || (err == nil) != (err2 == nil) {
					t.Fatalf("seed %d step %d: a repeated %T changed something", seed, step, cmd)
				}
			}
			if err := l.CheckInvariants(); err != nil {
				t.Fatalf("seed %d step %d: %v", seed, step, err)
			}
		}
		replayed, err := Replay(Rules2017(), catalog2017(), l.Log())
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(l.Snapshot(), replayed.Snapshot()); diff != "" {
			t.Fatalf("seed %d: replay differs:\n%s", seed, diff)
		}
	}
}

// TestConcurrentEnrollment: many goroutines enrol certificates into a group of 12 places and a
// category with a quota of 2 at once; exactly the allowed number succeed. Run with -race.
func TestConcurrentEnrollment(t *testing.T) {
	l := testLedger(t)
	const n = 64
	var wg sync.WaitGroup
	var financed, queued atomic.Int32
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			id := fmt.Sprintf("q%02d", i)
			if _, err := l.Apply(Issue{Base: base("iq"+id, id, "2017-09-02"), Category: "small"}); err != nil {
				t.Error(err)
				return
			}
			ev, err := l.Apply(ConvertToFinancing{Base: base("fq"+id, id, "2017-09-02")})
			if err != nil {
				t.Error(err)
				return
			}
			if ev[0].Type == ConvertedToFinancing {
				financed.Add(1)
			} else {
				queued.Add(1)
			}
		}()
	}
	wg.Wait()
	if financed.Load() != 2 || queued.Load() != n-2 {
		t.Errorf("financed %d, queued %d", financed.Load(), queued.Load())
	}
	var enrolled atomic.Int32
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			id := fmt.Sprintf("e%02d", i)
			must := musts(t)
			must(l.Apply(Issue{Base: base("ie"+id, id, "2017-09-02"), Category: "5-17"}))
			must(l.Apply(ConvertToFinancing{Base: base("fe"+id, id, "2017-09-02")}))
			if _, err := l.Apply(RequestContract{Base: base("re"+id, id, "2017-09-03"), Contract: "k", Group: "g1", Start: d("2017-09-10")}); err == nil {
				enrolled.Add(1)
			}
		}()
	}
	wg.Wait()
	if enrolled.Load() != 12 {
		t.Errorf("%d enrolled in a group of 12", enrolled.Load())
	}
	if err := l.CheckInvariants(); err != nil {
		t.Error(err)
	}
}
