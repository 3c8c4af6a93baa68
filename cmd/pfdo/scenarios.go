package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/pfdo-go/pfdo/certificate"
	"github.com/pfdo-go/pfdo/examples"
	"github.com/pfdo-go/pfdo/pfdo"
	"github.com/pfdo-go/pfdo/schedule"
)

// runDemo is the README's main job: every scenario of package examples over the data shipped in
// the repository, with a heading each.
func runDemo(e env) int {
	scenarios := []struct {
		title string
		run   func() error
	}{
		{"Томская область, 2018–2019: внедрение по муниципальным образованиям (№ 527-р)", func() error { return examples.TomskRollout(e.stdout) }},
		{"Кабардино-Балкарская Республика: дорожная карта 2020 года на 15.07.2020 (№ 242-рп)", func() error { return examples.KBRRoadmap(e.stdout) }},
		{"Нормативная стоимость модуля и почему она такая", func() error { return examples.NormativeCost(e.stdout, true) }},
		{"Жизнь договора: доплата родителей, расторжение в середине месяца", func() error { return examples.ContractLife(e.stdout) }},
		{"Месяц платежей поставщикам", func() error { return examples.MonthOfPayments(e.stdout) }},
	}
	for i, s := range scenarios {
		if i > 0 {
			fmt.Fprintln(e.stdout)
		}
		fmt.Fprintf(e.stdout, "== %d. %s\n\n", i+1, s.title)
		if err := s.run(); err != nil {
			fmt.Fprintln(e.stderr, pfdo.Localize(err, e.opts.lang))
			return exitInvalid
		}
	}
	return exitOK
}

// runQuote prints the money of a contract request.
func runQuote(e env) int {
	if len(e.args) != 1 {
		fmt.Fprintln(e.stderr, msg(e.opts.lang, "нужен файл запроса расчёта договора", "need a quote request file"))
		usage(e.stderr)
		return exitUsage
	}
	v, code := readDocument(e, "quote_request", e.args[0])
	if code != exitOK {
		return code
	}
	q, err := certificate.Rules2017().QuoteContract(*v.(*certificate.QuoteRequest))
	if err != nil { // unreachable: Read checked it
		fmt.Fprintln(e.stderr, pfdo.Localize(err, e.opts.lang))
		return exitInvalid
	}
	if e.opts.format == "json" {
		writeJSON(e.stdout, q)
		return exitOK
	}
	l := e.opts.lang
	rows := [][2]string{
		{msg(l, "Договор", "Contract"), fmt.Sprintf("%s … %s: %d / %d %s, %d %s", q.Start.Format(l), q.Stop.Format(l), q.Dc, q.Dg, msg(l, "дн.", "days"), q.M, msg(l, "мес.", "months"))},
		{msg(l, "Цена договора", "Price"), q.AllFunds.Format(l)},
		{msg(l, "Нормативная стоимость", "Normative cost"), q.NormFunds.Format(l)},
		{msg(l, "За счёт сертификата", "Certificate pays"), q.FundsCert.Format(l) + " (" + q.PayerFirst.Format(l) + " + " + q.PayerOther.Format(l) + " × " + fmt.Sprint(q.M-1) + ")"},
		{msg(l, "Доплата родителей", "Parents pay"), q.ParentsFunds.Format(l) + " (" + q.ParentsFirst.Format(l) + " + " + q.ParentsOther.Format(l) + " × " + fmt.Sprint(q.M-1) + ")"},
	}
	for _, r := range rows {
		fmt.Fprintf(e.stdout, "%-24s %s\n", r[0]+":", r[1])
	}
	return exitOK
}

// runSchedule handles "schedule status|rollout|gantt".
func runSchedule(e env) int {
	if len(e.args) < 2 || e.opts.date.IsZero() {
		fmt.Fprintln(e.stderr, msg(e.opts.lang, "нужны подкоманда, файл и --date", "need a subcommand, a file and --date"))
		usage(e.stderr)
		return exitUsage
	}
	sub, file := e.args[0], e.args[1]
	switch sub {
	case "status":
		v, code := readDocument(e, "roadmap", file)
		if code != exitOK {
			return code
		}
		r := v.(*schedule.Roadmap)
		p, code := progressOf(e, r)
		if code != exitOK {
			return code
		}
		rep := p.Report(e.opts.date)
		if e.opts.format == "json" {
			writeJSON(e.stdout, rep)
			return exitOK
		}
		fmt.Fprintf(e.stdout, "%s — %s %s\n", r.Title, msg(e.opts.lang, "состояние на", "as of"), e.opts.date.Format(e.opts.lang))
		for _, it := range rep.Items {
			line := fmt.Sprintf("%-5s %-12s %s", it.Number, it.Status.Label(e.opts.lang), it.Period.Format(e.opts.lang))
			if len(it.OverdueMunicipalities) > 0 {
				line += "; " + msg(e.opts.lang, "просрочено: ", "overdue in: ") + strings.Join(it.OverdueMunicipalities, ", ")
			}
			fmt.Fprintln(e.stdout, line)
		}
		return exitOK
	case "rollout":
		v, code := readDocument(e, "rollout", file)
		if code != exitOK {
			return code
		}
		ro := v.(*schedule.Rollout)
		if e.opts.format == "json" {
			type row struct {
				Municipality pfdo.Municipality  `json:"municipality"`
				InForce      schedule.Mechanism `json:"in_force"`
			}
			var rows []row
			for _, m := range ro.Municipalities {
				rows = append(rows, row{m.Municipality, m.InForce(e.opts.date)})
			}
			writeJSON(e.stdout, rows)
			return exitOK
		}
		for _, m := range ro.Municipalities {
			fmt.Fprintf(e.stdout, "%-40s %s\n", m.Municipality.Name, m.InForce(e.opts.date).Label(e.opts.lang))
		}
		fmt.Fprintf(e.stdout, "%s %s\n", msg(e.opts.lang, "С персонифицированным финансированием:", "With personalized financing:"), ro.FinancingShare(e.opts.date).Format(e.opts.lang))
		return exitOK
	case "gantt":
		if e.opts.out == "" {
			fmt.Fprintln(e.stderr, msg(e.opts.lang, "нужен --out FILE.svg", "need --out FILE.svg"))
			return exitUsage
		}
		svg, code := gantt(e, file)
		if code != exitOK {
			return code
		}
		if err := os.WriteFile(e.opts.out, svg, 0o644); err != nil {
			fmt.Fprintln(e.stderr, err)
			return exitIO
		}
		fmt.Fprintln(e.stdout, filepath.Clean(e.opts.out))
		return exitOK
	}
	fmt.Fprintf(e.stderr, "%s: %q\n", msg(e.opts.lang, "неизвестная подкоманда", "unknown subcommand"), sub)
	usage(e.stderr)
	return exitUsage
}

// progressOf starts the progress of a roadmap and records the completions of the progress file
// named by the third argument, when there is one; problems are printed with the file and the
// completion's index.
func progressOf(e env, r *schedule.Roadmap) (*schedule.Progress, int) {
	p, err := schedule.NewProgress(r)
	if err != nil {
		fmt.Fprintln(e.stderr, pfdo.Localize(err, e.opts.lang))
		return nil, exitInvalid
	}
	if len(e.args) < 3 {
		return p, exitOK
	}
	lv, code := readDocument(e, "progress", e.args[2])
	if code != exitOK {
		return nil, code
	}
	for i, c := range lv.(*schedule.ProgressLog).Completions {
		if err := p.Record(c); err != nil {
			for _, pe := range pfdo.AsList(err) {
				fmt.Fprintf(e.stderr, "%s: completions[%d]: %s\n", e.args[2], i, pe.Message(e.opts.lang))
			}
			return nil, exitInvalid
		}
	}
	return p, exitOK
}

// gantt draws a roadmap (with its progress when a third argument names one) or a rollout,
// whichever the file holds.
func gantt(e env, file string) ([]byte, int) {
	data, err := readInput(file, e.stdin)
	if err != nil {
		fmt.Fprintf(e.stderr, "%s: %s\n", file, err)
		return nil, exitIO
	}
	if strings.Contains(string(data), `"stages"`) {
		v, code := readDocument(e, "roadmap", file)
		if code != exitOK {
			return nil, code
		}
		r := v.(*schedule.Roadmap)
		p, code := progressOf(e, r)
		if code != exitOK {
			return nil, code
		}
		rep := p.Report(e.opts.date)
		svg, err := schedule.RoadmapGantt(r, &rep, e.opts.date)
		if err != nil {
			fmt.Fprintln(e.stderr, pfdo.Localize(err, e.opts.lang))
			return nil, exitInvalid
		}
		return svg, exitOK
	}
	v, code := readDocument(e, "rollout", file)
	if code != exitOK {
		return nil, code
	}
	ro := v.(*schedule.Rollout)
	from, to := ro.Municipalities[0].AccountingFrom, ro.Municipalities[0].AccountingFrom
	for _, m := range ro.Municipalities {
		for _, d := range []pfdo.Date{m.AccountingFrom, m.FinancingFrom} {
			if d.IsZero() {
				continue
			}
			if d.Before(from) {
				from = d
			}
			if d.After(to) {
				to = d
			}
		}
	}
	svg, err := schedule.RolloutGantt(ro, from.AddMonths(-3), to.AddMonths(3), e.opts.date)
	if err != nil {
		fmt.Fprintln(e.stderr, pfdo.Localize(err, e.opts.lang))
		return nil, exitInvalid
	}
	return svg, exitOK
}
