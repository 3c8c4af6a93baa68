package examples

import (
	"fmt"
	"io"

	"github.com/pfdo-go/pfdo/certificate"
	"github.com/pfdo-go/pfdo/pfdo"
)

// MonthOfPayments: November 2017 in the demo municipality. Four children study with three
// providers; the payer sends each provider an advance of 80 % of the month's payments, the
// providers invoice the month with the completeness of their lessons, and the payer owes the
// final sum less the advance, while what was not delivered returns to the certificates.
func MonthOfPayments(w io.Writer) error {
	l, _, err := openLedger()
	if err != nil {
		return err
	}
	type child struct {
		cert, category, group, start string
		completeness                 int
	}
	children := []child{
		{"7000000011", "5-17", "robo-1", "2017-09-01", 100},
		{"7000000012", "5-17", "robo-1", "2017-10-15", 100},
		{"7000000013", "5-17", "art-1", "2017-09-01", 90},
		{"7000000014", "ovz", "swim-1", "2017-10-01", 75},
	}
	for _, c := range children {
		b := func(key string) certificate.Base {
			return certificate.Base{Key: key + c.cert, Certificate: c.cert, Date: pfdo.MustParseDate(c.start)}
		}
		if err := apply(l, certificate.Issue{Base: b("i"), Category: c.category}, certificate.ConvertToFinancing{Base: b("f")},
			certificate.RequestContract{Base: b("r"), Contract: "K", Group: c.group, Start: pfdo.MustParseDate(c.start)},
			certificate.NewAcceptContract("a"+c.cert, c.cert, "K", pfdo.MustParseDate(c.start)),
			certificate.NewActivateContract("v"+c.cert, c.cert, "K", pfdo.MustParseDate(c.start))); err != nil {
			return err
		}
	}
	for _, m := range []string{"2017-10-01", "2017-11-01"} {
		if _, err := l.WriteOffMonth("w"+m, pfdo.MustParseDate(m)); err != nil {
			return err
		}
	}
	november := pfdo.MustParseDate("2017-11-01")
	months, err := l.Payments(november)
	if err != nil {
		return err
	}
	completeness := map[string]int{}
	for _, c := range children {
		completeness[c.cert] = c.completeness
	}
	rules := certificate.Rules2017()
	var region certificate.MonthTotals
	fmt.Fprintf(w, "Ноябрь 2017, %s: счёт к оплате до %s; «к доплате» меньше нуля — аванс больше счёта\n", months[0].Payer, months[0].Due.Format(pfdo.LangRU))
	for _, pm := range months {
		lines := make([]certificate.MonthLine, len(pm.Lines))
		for i, ln := range pm.Lines {
			lines[i] = certificate.MonthLine{Payment: ln.Payment, Completeness: completeness[ln.Certificate]}
			// The invoice with completeness returns the undelivered part to the certificate.
			if _, err := l.Apply(certificate.NewInvoiceCompleteness("inv"+ln.Certificate, ln.Certificate, ln.Contract,
				pm.Due, ln.MonthNumber, completeness[ln.Certificate])); err != nil {
				return err
			}
		}
		t, err := rules.Month(lines)
		if err != nil {
			return err
		}
		region.Add(t)
		fmt.Fprintf(w, "%-10s договоров %d: платежи %11s, аванс %11s, по счёту %11s, к доплате %10s, вернулось %9s\n",
			pm.Provider, t.Contracts, t.Payment.Format(pfdo.LangRU), t.Advance.Format(pfdo.LangRU), t.Final.Format(pfdo.LangRU),
			t.Payable.Format(pfdo.LangRU), t.Returned.Format(pfdo.LangRU))
	}
	fmt.Fprintf(w, "%-10s договоров %d: платежи %11s, аванс %11s, по счёту %11s, к доплате %10s, вернулось %9s\n",
		"итого", region.Contracts, region.Payment.Format(pfdo.LangRU), region.Advance.Format(pfdo.LangRU), region.Final.Format(pfdo.LangRU),
		region.Payable.Format(pfdo.LangRU), region.Returned.Format(pfdo.LangRU))
	return l.CheckInvariants()
}
