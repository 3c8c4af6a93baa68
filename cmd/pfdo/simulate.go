package main

import (
	"fmt"
	"strconv"

	"github.com/pfdo-go/pfdo/internal/sim"
	"github.com/pfdo-go/pfdo/pfdo"
)

// runSimulate runs a synthetic region through the ledger and prints throughput, peak memory, the
// money of each party and whether the conservation law holds at the end.
func runSimulate(e env) int {
	n, months, seed := 10000, 12, uint64(1)
	for i := 0; i+1 < len(e.args); i += 2 {
		v, err := strconv.ParseUint(e.args[i+1], 10, 64)
		if err != nil || v > 10_000_000 {
			fmt.Fprintf(e.stderr, "%s: %q\n", msg(e.opts.lang, "ожидается целое число", "expected a whole number"), e.args[i+1])
			return exitUsage
		}
		switch e.args[i] {
		case "--certificates":
			n = int(v)
		case "--months":
			months = int(v)
		case "--seed":
			seed = v
		default:
			fmt.Fprintf(e.stderr, "%s: %q\n", msg(e.opts.lang, "неизвестный флаг", "unknown flag"), e.args[i])
			return exitUsage
		}
	}
	if len(e.args)%2 != 0 {
		usage(e.stderr)
		return exitUsage
	}
	rep, err := sim.Run(sim.Config{Certificates: n, Months: months, Seed: seed, Progress: e.stderr})
	if err != nil {
		fmt.Fprintln(e.stderr, pfdo.Localize(err, e.opts.lang))
		return exitUsage
	}
	if e.opts.format == "json" {
		type out struct {
			sim.Report
			Invariant string `json:"invariant"`
		}
		inv := "holds"
		if rep.Invariant != nil {
			inv = rep.Invariant.Error()
		}
		writeJSON(e.stdout, out{rep, inv})
	} else {
		l := e.opts.lang
		f := func(m pfdo.Money) string { return m.Format(l) }
		fmt.Fprintf(e.stdout, "%s: %d (%s %d, %s %d), %s %d, %s %d, %s %d\n", msg(l, "Сертификатов", "Certificates"), rep.Certificates,
			msg(l, "финансирования", "financing"), rep.Financing, msg(l, "в очереди", "queued"), rep.Queued,
			msg(l, "договоров", "contracts"), rep.Contracts, msg(l, "отказов по лимитам", "refused by limits"), rep.Refused,
			msg(l, "расторжений", "terminations"), rep.Terminated)
		fmt.Fprintf(e.stdout, "%s: %d %s %.1f s (%.0f/s); %s %.0f MiB\n", msg(l, "Операций", "Operations"), rep.Operations,
			msg(l, "за", "in"), rep.Duration.Seconds(), rep.OpsPerSecond, msg(l, "пик кучи", "peak heap"), float64(rep.PeakHeapBytes)/(1<<20))
		fmt.Fprintf(e.stdout, "%s %s; %s %s; %s %s; %s %s\n", msg(l, "Номиналы", "Nominals"), f(rep.Nominals),
			msg(l, "оплачено поставщикам с сертификатов", "paid to providers from certificates"), f(rep.PaidFromCerts),
			msg(l, "в резерве", "reserved"), f(rep.Reserved), msg(l, "остаток", "balance left"), f(rep.BalanceLeft))
		fmt.Fprintf(e.stdout, "%s %s; %s %s; %s %s; %s %s\n", msg(l, "Авансы", "Advances"), f(rep.Advances),
			msg(l, "по счетам", "invoiced"), f(rep.Invoiced), msg(l, "возвращено на сертификаты", "returned to certificates"), f(rep.ReturnedToCerts),
			msg(l, "доплата родителей", "parents' part"), f(rep.ParentsPay))
		if rep.Invariant == nil {
			fmt.Fprintln(e.stdout, msg(l, "Инвариант «номинал = остаток + резерв + оплачено» выполняется для каждого сертификата и периода.",
				"The invariant nominal = balance + reserved + paid holds for every certificate and period."))
		} else {
			fmt.Fprintln(e.stdout, pfdo.Localize(rep.Invariant, l))
		}
	}
	if rep.Invariant != nil {
		return exitInvalid
	}
	return exitOK
}
