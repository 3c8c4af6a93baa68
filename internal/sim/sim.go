package sim

import (
	"fmt"
	"io"
	"math/rand/v2"
	"runtime"
	"strconv"
	"time"

	"github.com/pfdo-go/pfdo/certificate"
	"github.com/pfdo-go/pfdo/norms"
	"github.com/pfdo-go/pfdo/pfdo"
)

// Config sizes a simulation.
type Config struct {
	Certificates int
	Months       int // 1…12, from September
	Seed         uint64
	// Progress, when not nil, receives a progress bar (the command passes stderr).
	Progress io.Writer
}

// Report is what a run did and found.
type Report struct {
	Certificates, Financing, Queued int
	Contracts, Refused, Terminated  int
	Operations                      int64
	Duration                        time.Duration
	OpsPerSecond                    float64
	PeakHeapBytes                   uint64
	// Money per party over the run.
	Nominals        pfdo.Money // of every financing certificate and period
	PaidFromCerts   pfdo.Money // paid to providers from certificates, after completeness
	ParentsPay      pfdo.Money // the parents' part of the contracts
	Advances        pfdo.Money
	Invoiced        pfdo.Money
	ReturnedToCerts pfdo.Money // by completeness below 100 %
	BalanceLeft     pfdo.Money
	Reserved        pfdo.Money
	Invariant       error
}

type region struct {
	rules   certificate.Rules
	catalog certificate.Catalog
	ledger  *certificate.Ledger
	rng     *rand.Rand
	report  *Report
	started time.Time
	peak    uint64
	groups  map[string]int // group id → index in the catalog
}

const payer = "uo"

func catalog(n int, rng *rand.Rand) certificate.Catalog {
	d := pfdo.MustParseDate
	c := certificate.Catalog{
		Periods: []pfdo.Period{pfdo.MustPeriod(d("2018-09-01"), d("2018-12-31")), pfdo.MustPeriod(d("2019-01-01"), d("2019-08-31"))},
		Categories: []certificate.Category{
			{ID: "5-17", Nominals: []pfdo.Money{pfdo.Rubles(6000), pfdo.Rubles(15000)}},
			{ID: "ovz", Nominals: []pfdo.Money{pfdo.Rubles(9000), pfdo.Rubles(22500)}, DirectionLimits: []norms.DirectionLimit{{Direction: pfdo.DirectionSport, MaxChildren: n / 50}}},
			{ID: "large-families", Nominals: []pfdo.Money{pfdo.Rubles(7000), pfdo.Rubles(17500)}},
		},
	}
	quota := n * 85 / 100
	c.Categories[0].Quota = &quota
	dirs := []pfdo.Direction{pfdo.DirectionTechnical, pfdo.DirectionRobotics, pfdo.DirectionScience, pfdo.DirectionSport, pfdo.DirectionArts, pfdo.DirectionTourism, pfdo.DirectionSocial}
	programs := max(n/2000, 10)
	for i := range programs {
		c.Programs = append(c.Programs, certificate.Program{ID: "p" + strconv.Itoa(i), Direction: dirs[i%len(dirs)]})
	}
	providers := max(n/5000, 5)
	for p := range providers {
		for period := range c.Periods {
			a := certificate.Agreement{Payer: payer, Provider: "prov" + strconv.Itoa(p), Period: period}
			c.Agreements = append(c.Agreements, a)
		}
	}
	groups := max(n/8, 4)
	for g := range groups {
		price := pfdo.Rubles(int64(3000 + rng.IntN(6000)))
		norm := pfdo.Rubles(int64(3000 + rng.IntN(5000)))
		c.Groups = append(c.Groups, certificate.Group{ID: "g" + strconv.Itoa(g), Module: "m" + strconv.Itoa(g%(groups/2+1)),
			Program: "p" + strconv.Itoa(g%programs), Provider: "prov" + strconv.Itoa(g%providers), Payer: payer,
			Dates: pfdo.MustPeriod(d("2018-09-01"), d("2019-05-31")), Capacity: 12, Price: price, NormativeCost: norm})
	}
	return c
}

// Run runs the simulation.
func Run(cfg Config) (Report, error) {
	if cfg.Certificates < 1 || cfg.Months < 1 || cfg.Months > 12 {
		return Report{}, &pfdo.Error{Code: "sim.config", Field: "certificates", Value: fmt.Sprintf("%d/%d", cfg.Certificates, cfg.Months),
			Err: pfdo.ErrValidation, RU: "нужно хотя бы 1 сертификат и от 1 до 12 месяцев", EN: "need at least 1 certificate and 1 to 12 months"}
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x5eed))
	r := &region{rules: certificate.Rules2017(), rng: rng, report: &Report{Certificates: cfg.Certificates}, started: time.Now()}
	r.catalog = catalog(cfg.Certificates, rng)
	r.groups = make(map[string]int, len(r.catalog.Groups))
	for i, g := range r.catalog.Groups {
		r.groups[g.ID] = i
	}
	var err error
	if r.ledger, err = certificate.New(r.rules, r.catalog); err != nil {
		return Report{}, err
	}
	r.ledger.Reserve(cfg.Certificates, cfg.Certificates*(8+2*cfg.Months))
	total := cfg.Months + 1
	r.progress(cfg.Progress, 0, total, "выдача сертификатов")
	if err := r.enrol(cfg.Certificates); err != nil {
		return Report{}, err
	}
	month := pfdo.MustParseDate("2018-09-01")
	for m := range cfg.Months {
		r.progress(cfg.Progress, m+1, total, month.Format(pfdo.LangRU))
		if err := r.runMonth(month); err != nil {
			return Report{}, err
		}
		month = month.AddMonths(1)
	}
	r.progress(cfg.Progress, total, total, "проверка")
	if cfg.Progress != nil {
		fmt.Fprintln(cfg.Progress)
	}
	return r.finish(), nil
}

func (r *region) progress(w io.Writer, done, total int, what string) {
	r.sample()
	if w == nil {
		return
	}
	const width = 30
	filled := done * width / total
	bar := make([]byte, width)
	for i := range bar {
		bar[i] = ' '
		if i < filled {
			bar[i] = '='
		}
	}
	fmt.Fprintf(w, "\r[%s] %3d%% %-24s", bar, done*100/total, what)
}

func (r *region) sample() {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	r.peak = max(r.peak, ms.HeapAlloc)
}

func (r *region) apply(cmd certificate.Command) ([]certificate.Event, error) {
	r.report.Operations++
	return r.ledger.Apply(cmd)
}

func certID(i int) string { return fmt.Sprintf("%010d", i) }

// enrol issues every certificate, converts most to financing and files one or two requests
// each, with start dates spread over September–November; accepted and activated at once.
func (r *region) enrol(n int) error {
	cats := []string{"5-17", "5-17", "5-17", "5-17", "5-17", "5-17", "ovz", "large-families"}
	day := pfdo.MustParseDate("2018-09-01")
	for i := range n {
		id := certID(i)
		b := certificate.Base{Certificate: id, Date: day}
		b.Key = "i" + id
		if _, err := r.apply(certificate.Issue{Base: b, Category: cats[r.rng.IntN(len(cats))]}); err != nil {
			return err
		}
		if r.rng.IntN(10) == 0 {
			continue // stays an accounting certificate
		}
		b.Key = "f" + id
		ev, err := r.apply(certificate.ConvertToFinancing{Base: b})
		if err != nil {
			return err
		}
		if ev[0].Type != certificate.ConvertedToFinancing {
			r.report.Queued++
			continue
		}
		r.report.Financing++
		for k := range 1 + r.rng.IntN(2) {
			start := day.AddDays(r.rng.IntN(80))
			g := r.catalog.Groups[r.rng.IntN(len(r.catalog.Groups))]
			if err := r.contract(id, "k"+strconv.Itoa(k), g, start); err != nil {
				return err
			}
		}
	}
	return nil
}

// contract requests, accepts and activates a contract; a refusal by a limit is counted, not an
// error.
func (r *region) contract(cert, contract string, g certificate.Group, start pfdo.Date) error {
	v, err := r.ledger.Certificate(cert)
	if err != nil {
		return err
	}
	period := 0
	if !start.Before(r.catalog.Periods[1].Start) {
		period = 1
	}
	var balance pfdo.Money
	for _, p := range v.Periods {
		if p.Period == period {
			balance = p.Balance
		}
	}
	key := cert + "/" + contract + "/" + start.String()
	_, err = r.apply(certificate.RequestContract{Base: certificate.Base{Key: "r" + key, Certificate: cert, Date: start}, Contract: contract + start.String(), Group: g.ID, Start: start})
	if err != nil {
		if pfdo.AsList(err) == nil {
			return err
		}
		r.report.Refused++
		return nil
	}
	q, err := r.rules.QuoteContract(certificate.QuoteRequest{Group: g.Dates, Period: r.catalog.Periods[period], Start: start,
		Price: g.Price, NormativeCost: g.NormativeCost, Balance: balance})
	if err != nil {
		return err
	}
	r.report.ParentsPay = r.report.ParentsPay.Add(q.ParentsFunds)
	r.report.Contracts++
	if _, err := r.apply(certificate.NewAcceptContract("a"+key, cert, contract+start.String(), start)); err != nil {
		return err
	}
	_, err = r.apply(certificate.NewActivateContract("v"+key, cert, contract+start.String(), start))
	return err
}

// runMonth: write-off, payments with completeness, some terminations, the timers, and in
// January the prolongation of the contracts that ended with the first period.
func (r *region) runMonth(month pfdo.Date) error {
	key := month.String()
	if month.Equal(r.catalog.Periods[1].Start) {
		if err := r.prolong(month); err != nil {
			return err
		}
	}
	r.report.Operations++
	if _, err := r.ledger.WriteOffMonth("w"+key, month); err != nil {
		return err
	}
	pms, err := r.ledger.Payments(month)
	if err != nil {
		return err
	}
	for _, pm := range pms {
		lines := make([]certificate.MonthLine, len(pm.Lines))
		for i, ln := range pm.Lines {
			c := 80 + r.rng.IntN(21)
			lines[i] = certificate.MonthLine{Payment: ln.Payment, Completeness: c}
			if _, err := r.apply(certificate.NewInvoiceCompleteness("inv"+key+ln.Certificate+ln.Contract, ln.Certificate, ln.Contract, pm.Due, ln.MonthNumber, c)); err != nil {
				return err
			}
			if r.rng.IntN(100) == 0 {
				if _, err := r.apply(certificate.NewTerminate("t"+key+ln.Certificate+ln.Contract, ln.Certificate, ln.Contract, month.AddDays(r.rng.IntN(28)))); err == nil {
					r.report.Terminated++
				}
			}
		}
		t, err := r.rules.Month(lines)
		if err != nil {
			return err
		}
		r.report.Advances = r.report.Advances.Add(t.Advance)
		r.report.Invoiced = r.report.Invoiced.Add(t.Final)
		r.report.ReturnedToCerts = r.report.ReturnedToCerts.Add(t.Returned)
	}
	r.report.Operations++
	_, err = r.ledger.Tick("tick"+key, month.EndOfMonth().AddDays(1))
	return err
}

// prolong files, for every contract that ended on 31 December, a new one from 1 January in the
// same group (the parent's prior consent to prolongation).
func (r *region) prolong(jan pfdo.Date) error {
	for _, v := range r.ledger.Snapshot() {
		for _, k := range v.Contracts {
			if k.Stop.Equal(r.catalog.Periods[0].End) && (k.Status == certificate.Active || k.Status == certificate.Closed) {
				if err := r.contract(v.ID, "p"+k.ID, r.catalog.Groups[r.groups[k.Group]], jan); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func (r *region) finish() Report {
	r.sample()
	rep := r.report
	rep.Duration = time.Since(r.started)
	rep.OpsPerSecond = float64(rep.Operations) / rep.Duration.Seconds()
	rep.PeakHeapBytes = r.peak
	for _, v := range r.ledger.Snapshot() {
		for _, p := range v.Periods {
			rep.Nominals = rep.Nominals.Add(p.Nominal)
			rep.PaidFromCerts = rep.PaidFromCerts.Add(p.Paid)
			rep.BalanceLeft = rep.BalanceLeft.Add(p.Balance)
			rep.Reserved = rep.Reserved.Add(p.Reserved)
		}
	}
	rep.Invariant = r.ledger.CheckInvariants()
	if rep.Invariant == nil && rep.Nominals != rep.BalanceLeft.Add(rep.Reserved).Add(rep.PaidFromCerts) {
		rep.Invariant = fmt.Errorf("region totals: nominals ≠ balance + reserved + paid")
	}
	return *rep
}
