package certificate_test

import (
	"fmt"

	"github.com/pfdo-go/pfdo/certificate"
	"github.com/pfdo-go/pfdo/pfdo"
)

// Contract A of the 2017 vectors: a 5 962 ₽ module whose normative cost is 5 856 ₽, for
// 15 October – 31 December of a group of 273 days, from a balance of 6 000 ₽.
func ExampleRules_QuoteContract() {
	d := pfdo.MustParseDate
	q, err := certificate.Rules2017().QuoteContract(certificate.QuoteRequest{
		Group:  pfdo.MustPeriod(d("2017-09-01"), d("2018-05-31")),
		Period: pfdo.MustPeriod(d("2017-09-01"), d("2017-12-31")),
		Start:  d("2017-10-15"), Price: pfdo.Rubles(5962), NormativeCost: pfdo.Rubles(5856), Balance: pfdo.Rubles(6000),
	})
	if err != nil {
		panic(err)
	}
	fmt.Println("days", q.Dc, "of", q.Dg, "months", q.M)
	fmt.Println("price", q.AllFunds, "normative", q.NormFunds, "certificate", q.FundsCert, "parents", q.ParentsFunds)
	fmt.Println("certificate by month:", q.PayerFirst, "then", q.PayerOther)
	fmt.Println("parents by month:", q.ParentsFirst, "then", q.ParentsOther)
	// Output:
	// days 78 of 273 months 3
	// price 1703.43 normative 1673.15 certificate 1673.15 parents 30.28
	// certificate by month: 364.67 then 654.24
	// parents by month: 6.60 then 11.84
}

func ExampleRules_Month() {
	totals, _ := certificate.Rules2017().Month([]certificate.MonthLine{
		{Payment: pfdo.MustParseMoney("654.24"), Completeness: 75},
		{Payment: pfdo.MustParseMoney("643.52"), Completeness: 100},
	})
	fmt.Println("advance", totals.Advance, "final", totals.Final, "payable", totals.Payable, "returned", totals.Returned)
	// Output: advance 1038.21 final 1134.20 payable 95.99 returned 163.56
}

// A contract's life: request, activation, termination in the middle of a month.
func ExampleLedger() {
	d := pfdo.MustParseDate
	l, err := certificate.New(certificate.Rules2017(), certificate.Catalog{
		Periods:    []pfdo.Period{pfdo.MustPeriod(d("2017-09-01"), d("2017-12-31"))},
		Categories: []certificate.Category{{ID: "5-17", Nominals: []pfdo.Money{pfdo.Rubles(6000)}}},
		Programs:   []certificate.Program{{ID: "robo", Direction: pfdo.DirectionRobotics}},
		Groups: []certificate.Group{{ID: "g1", Module: "m1", Program: "robo", Provider: "dtt", Payer: "uo",
			Dates: pfdo.MustPeriod(d("2017-09-01"), d("2018-05-31")), Capacity: 12, Price: pfdo.Rubles(5962), NormativeCost: pfdo.Rubles(5856)}},
		Agreements: []certificate.Agreement{{Payer: "uo", Provider: "dtt", Period: 0}},
	})
	if err != nil {
		panic(err)
	}
	base := func(key, date string) certificate.Base {
		return certificate.Base{Key: key, Certificate: "0000000001", Date: d(date)}
	}
	steps := []certificate.Command{
		certificate.Issue{Base: base("issue", "2017-09-05"), Category: "5-17"},
		certificate.ConvertToFinancing{Base: base("convert", "2017-09-05")},
		certificate.RequestContract{Base: base("request", "2017-10-10"), Contract: "A", Group: "g1", Start: d("2017-10-15")},
		certificate.NewAcceptContract("accept", "0000000001", "A", d("2017-10-11")),
		certificate.NewActivateContract("activate", "0000000001", "A", d("2017-10-12")),
	}
	for _, cmd := range steps {
		if _, err := l.Apply(cmd); err != nil {
			panic(err)
		}
	}
	_, _ = l.WriteOffMonth("november", d("2017-11-01"))
	_, _ = l.Apply(certificate.NewTerminate("terminate", "0000000001", "A", d("2017-11-15")))
	v, _ := l.Certificate("0000000001")
	p := v.Periods[0]
	fmt.Println("nominal", p.Nominal, "balance", p.Balance, "reserved", p.Reserved, "paid", p.Paid)
	fmt.Println("contract", v.Contracts[0].Status, "until", v.Contracts[0].TerminationOn)
	fmt.Println("invariants:", l.CheckInvariants())
	// Output:
	// nominal 6000.00 balance 4981.09 reserved 0.00 paid 1018.91
	// contract terminating until 2017-11-30
	// invariants: <nil>
}
