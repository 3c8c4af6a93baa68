package certificate

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"sync/atomic"
	"testing"

	"github.com/pfdo-go/pfdo/pfdo"
)

// monthLines makes n month lines of a synthetic region.
func monthLines(n int) []MonthLine {
	rng := rand.New(rand.NewPCG(1, 2))
	lines := make([]MonthLine, n)
	for i := range lines {
		lines[i] = MonthLine{Payment: pfdo.Kopecks(rng.Int64N(2_000_000)), Completeness: 60 + rng.IntN(41)}
	}
	return lines
}

// BenchmarkMonthOfPayments: advances and final invoices of 1 000 000 contracts (target ≤ 1 s on
// one core, and at most 3 × BenchmarkMonthBareLoop).
func BenchmarkMonthOfPayments(b *testing.B) {
	lines := monthLines(1_000_000)
	r := Rules2017()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.Month(lines); err != nil {
			b.Fatal(err)
		}
	}
}

var sink int64

// BenchmarkMonthBareLoop is the same arithmetic on plain int64, half up for non-negative amounts:
// the floor the library is compared with.
func BenchmarkMonthBareLoop(b *testing.B) {
	lines := monthLines(1_000_000)
	for b.Loop() {
		var pay, adv, fin, payable, ret int64
		for i := range lines {
			p := lines[i].Payment.Kopecks()
			a := (p*80 + 50) / 100
			f := (p*int64(lines[i].Completeness) + 50) / 100
			pay += p
			adv += a
			fin += f
			payable += f - a
			ret += p - f
		}
		sink = pay + adv + fin + payable + ret
	}
}

// BenchmarkLedgerOps measures commands on distinct certificates from all cores (target
// ≥ 1 000 000 a second): each operation issues a certificate or converts one to financing. The
// ledger is sized for the run (Reserve) and the callers' strings are made before the clock
// starts, as a region's loader would have them.
func BenchmarkLedgerOps(b *testing.B) {
	c := catalog2017()
	c.Categories = append(c.Categories, Category{ID: "open", Nominals: []pfdo.Money{pfdo.Rubles(6000), pfdo.Rubles(15000)}})
	l, err := New(Rules2017(), c)
	if err != nil {
		b.Fatal(err)
	}
	l.Reserve(b.N/2+1, b.N+1)
	type op struct{ id, key string }
	ops := make([]op, b.N+2)
	for n := range ops {
		id := fmt.Sprint(n / 2)
		ops[n] = op{id, fmt.Sprintf("%d/%s", n%2, id)}
	}
	var next atomic.Int64
	date := d("2017-09-05")
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			n := next.Add(1)
			o := ops[n]
			if n%2 == 0 {
				_, _ = l.Apply(Issue{Base: Base{Key: o.key, Certificate: o.id, Date: date}, Category: "open"})
			} else {
				// On another core the conversion may arrive before its issue: refused, as it must be.
				_, _ = l.Apply(ConvertToFinancing{Base: Base{Key: o.key, Certificate: o.id, Date: date}})
			}
		}
	})
}

// BenchmarkMemoryPerCertificate reports the heap a certificate takes with one period and two
// contracts (target ≤ 512 bytes), as bytes/cert.
func BenchmarkMemoryPerCertificate(b *testing.B) {
	const n = 100_000
	c := catalog2017()
	c.Periods = c.Periods[:1]
	c.Agreements = c.Agreements[:1]
	c.Categories = []Category{{ID: "open", Nominals: []pfdo.Money{pfdo.Rubles(6000)}}}
	c.Groups[0].Capacity, c.Groups[1].Capacity = n, n
	c.Programs[1].Limit = 0
	for b.Loop() {
		l, err := New(Rules2017(), c)
		if err != nil {
			b.Fatal(err)
		}
		// Certificates and contracts are put in place by events, as a replay would, so that only
		// the state is measured and not the log or the idempotency keys.
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		for i := range n {
			id := fmt.Sprintf("%010d", i)
			s := l.shardOf(id)
			l.apply(s, Event{Type: CertificateIssued, Certificate: id, Category: "open"})
			l.apply(s, Event{Type: ConvertedToFinancing, Certificate: id, Period: 0, Amount: pfdo.Rubles(6000)})
			for k, g := range []string{"g1", "g2"} {
				l.apply(s, Event{Type: ContractRequested, Certificate: id, Contract: fmt.Sprintf("%010d-%d", i, k), Group: g,
					Start: d("2017-10-15"), Stop: d("2017-12-31"), M: 3, Amount: pfdo.Rubles(1000), PayerFirst: pfdo.Rubles(400), PayerOther: pfdo.Rubles(300)})
			}
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/n, "bytes/cert")
		runtime.KeepAlive(l)
	}
}
