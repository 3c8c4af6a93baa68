package examples

import (
	"fmt"
	"io"

	"github.com/pfdo-go/pfdo/certificate"
	"github.com/pfdo-go/pfdo/pfdo"
)

// openLedger makes a ledger over the demo catalog of testdata/catalog-2017.json.
func openLedger() (*certificate.Ledger, *certificate.Catalog, error) {
	v, err := read(certificate.Documents(), "catalog", "catalog-2017.json")
	if err != nil {
		return nil, nil, err
	}
	cat := v.(*certificate.Catalog)
	l, err := certificate.New(certificate.Rules2017(), *cat)
	return l, cat, err
}

// apply runs commands in order, stopping at the first refusal.
func apply(l *certificate.Ledger, cmds ...certificate.Command) error {
	for _, c := range cmds {
		if _, err := l.Apply(c); err != nil {
			return fmt.Errorf("%s: %w", c.CommandKey(), err)
		}
	}
	return nil
}

// ContractLife: a child enrols in robotics (price 5 962 ₽, normative cost 5 856 ₽) from
// 15 October 2017 with a certificate of 6 000 ₽ for September–December; the parents pay the part
// of the price above the normative cost. Notice of termination is given on 15 November: the
// contract ends on 30 November, November stays paid and December's money returns to the
// certificate at once.
func ContractLife(w io.Writer) error {
	l, cat, err := openLedger()
	if err != nil {
		return err
	}
	const cert = "7000000001"
	base := func(key, date string) certificate.Base {
		return certificate.Base{Key: key, Certificate: cert, Date: pfdo.MustParseDate(date)}
	}
	g := cat.Groups[0]
	q, err := certificate.Rules2017().QuoteContract(certificate.QuoteRequest{Group: g.Dates, Period: cat.Periods[0],
		Start: pfdo.MustParseDate("2017-10-15"), Price: g.Price, NormativeCost: g.NormativeCost, Balance: pfdo.Rubles(6000)})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Договор на %d дн. из %d, %d мес.: цена %s, нормативная стоимость %s\n", q.Dc, q.Dg, q.M,
		q.AllFunds.Format(pfdo.LangRU), q.NormFunds.Format(pfdo.LangRU))
	fmt.Fprintf(w, "  за счёт сертификата %s (первый месяц %s, далее %s)\n", q.FundsCert.Format(pfdo.LangRU),
		q.PayerFirst.Format(pfdo.LangRU), q.PayerOther.Format(pfdo.LangRU))
	fmt.Fprintf(w, "  доплата родителей %s (первый месяц %s, далее %s)\n", q.ParentsFunds.Format(pfdo.LangRU),
		q.ParentsFirst.Format(pfdo.LangRU), q.ParentsOther.Format(pfdo.LangRU))
	show := func(step string) error {
		v, err := l.Certificate(cert)
		if err != nil {
			return err
		}
		p := v.Periods[0]
		status := ""
		if len(v.Contracts) > 0 {
			status = ", договор: " + v.Contracts[0].Status.String()
		}
		fmt.Fprintf(w, "%-34s остаток %12s, резерв %10s, оплачено %10s%s\n", step, p.Balance.Format(pfdo.LangRU),
			p.Reserved.Format(pfdo.LangRU), p.Paid.Format(pfdo.LangRU), status)
		return nil
	}
	steps := []struct {
		name string
		run  func() error
	}{
		{"05.09 сертификат финансирования", func() error {
			return apply(l, certificate.Issue{Base: base("issue", "2017-09-05"), Category: "5-17"},
				certificate.ConvertToFinancing{Base: base("convert", "2017-09-05")})
		}},
		{"10.10 заявка", func() error {
			return apply(l, certificate.RequestContract{Base: base("request", "2017-10-10"), Contract: "R-1", Group: g.ID, Start: pfdo.MustParseDate("2017-10-15")})
		}},
		{"12.10 договор заключён", func() error {
			return apply(l, certificate.NewAcceptContract("accept", cert, "R-1", pfdo.MustParseDate("2017-10-11")),
				certificate.NewActivateContract("activate", cert, "R-1", pfdo.MustParseDate("2017-10-12")))
		}},
		{"01.11 списание за ноябрь", func() error {
			_, err := l.WriteOffMonth("write-off-2017-11", pfdo.MustParseDate("2017-11-01"))
			return err
		}},
		{"15.11 уведомление о расторжении", func() error {
			return apply(l, certificate.NewTerminate("terminate", cert, "R-1", pfdo.MustParseDate("2017-11-15")))
		}},
		{"01.12 договор прекратил действие", func() error {
			_, err := l.Tick("tick-2017-12-01", pfdo.MustParseDate("2017-12-01"))
			return err
		}},
	}
	for _, s := range steps {
		if err := s.run(); err != nil {
			return err
		}
		if err := show(s.name); err != nil {
			return err
		}
	}
	if err := l.CheckInvariants(); err != nil {
		return err
	}
	fmt.Fprintln(w, "Номинал = остаток + резерв + оплачено: выполняется.")
	return nil
}
