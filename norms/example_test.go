package norms_test

import (
	"fmt"
	"os"

	"github.com/pfdo-go/pfdo/norms"
	"github.com/pfdo-go/pfdo/pfdo"
)

// yakutsk loads the example parameter set shipped with the repository.
func yakutsk() norms.ParameterSet {
	data, err := os.ReadFile("../testdata/parameters-yakutsk.json")
	if err != nil {
		panic(err)
	}
	doc, _ := pfdo.FindDocument(norms.Documents(), "parameter_set")
	v, err := doc.Read(data, nil)
	if err != nil {
		panic(pfdo.Localize(err, pfdo.LangEN))
	}
	return *v.(*norms.ParameterSet)
}

func robotics() *pfdo.Module {
	return &pfdo.Module{ID: "m1", Name: "Конструирование", Hours: 72, IndividualHours: 4, GroupMin: 8, GroupMax: 12,
		TeacherQualification: pfdo.QualificationFirst, EquipmentLevel: pfdo.EquipmentHigh, Price: pfdo.Rubles(15000)}
}

func ExampleCalculator_NormativeCost() {
	c, err := norms.NewCalculator(pfdo.Profile2017(), yakutsk())
	if err != nil {
		panic(err)
	}
	req := norms.CostRequest{Module: robotics(), Direction: pfdo.DirectionRobotics}
	for _, date := range []string{"2017-12-31", "2018-01-01"} {
		res, err := c.NormativeCost(req, "yakutsk", pfdo.TerritoryUrban, pfdo.MustParseDate(date))
		if err != nil {
			panic(err)
		}
		zp := res.Trace.Steps[0].Inputs[4]
		fmt.Printf("%s: %s (ZP = %s from %s)\n", date, res.Cost.Format(pfdo.LangRU), zp.Value, zp.From.Format(pfdo.LangRU))
	}
	rural, _ := c.NormativeCost(req, "yakutsk", pfdo.TerritoryRural, pfdo.MustParseDate("2017-12-31"))
	fmt.Println("rural:", rural.Cost.Format(pfdo.LangRU))
	// Output:
	// 2017-12-31: 14 733,00 ₽ (ZP = 39080,5 from 01.09.2017)
	// 2018-01-01: 15 327,00 ₽ (ZP = 41034,53 from 01.01.2018)
	// rural: 17 596,00 ₽
}

// The trace answers "why is this module's normative cost 14 733 ₽?".
func ExampleTrace_String() {
	c, _ := norms.NewCalculator(pfdo.Profile2017(), yakutsk())
	res, _ := c.NormativeCost(norms.CostRequest{Module: robotics(), Direction: pfdo.DirectionRobotics},
		"yakutsk", pfdo.TerritoryUrban, pfdo.MustParseDate("2017-10-01"))
	fmt.Println(res.Trace.Title+":", res.Trace.Result.Format(pfdo.LangRU))
	for _, s := range res.Trace.Steps {
		fmt.Printf("%s: %s\n", s.Name, s.Value)
	}
	last := res.Trace.Steps[3]
	fmt.Println(last.Exact, "→", last.Rounding)
	// Output:
	// Нормативная стоимость модуля «Конструирование» (m1): 14 733,00 ₽
	// Оплата труда педагогических работников: ≈ 11 888,42 ₽
	// Помещения, оснащение и услуги: ≈ 2 798,29 ₽
	// Повышение квалификации педагогов: ≈ 45,91 ₽
	// Нормативная стоимость модуля: 14 733,00 ₽
	// 14732.618556… → до целых рублей, до ближайшего, половина — от нуля
}

func ExampleCheckPriceCap() {
	norm := pfdo.Rubles(5856)
	fmt.Println(norms.CheckPriceCap(pfdo.MustParseMoney("5962"), norm, pfdo.MustParseRate("110")))
	err := norms.CheckPriceCap(pfdo.MustParseMoney("5962"), norm, pfdo.MustParseRate("100"))
	fmt.Println(pfdo.Localize(err, pfdo.LangRU))
	// Output:
	// <nil>
	// Цена модуля (price): цена не может быть установлена в размере более 100% от нормативной стоимости (5 856,00 ₽), то есть более 5 856,00 ₽, получено «5962.00»
}

func ExampleRecommendPrice() {
	d := pfdo.MustParseDate
	group := pfdo.MustPeriod(d("2017-09-01"), d("2018-05-31"))
	rec, _ := norms.RecommendPrice(group, []norms.PeriodNominal{
		{Period: pfdo.MustPeriod(d("2017-09-01"), d("2017-12-31")), Nominal: pfdo.Rubles(6000)},
		{Period: pfdo.MustPeriod(d("2018-01-01"), d("2018-08-31")), Nominal: pfdo.Rubles(15000)},
	}, pfdo.Profile2017().Rounding.RecommendedPrice)
	for _, s := range rec.Shares {
		fmt.Println(s.Period, s.Days, s.Candidate)
	}
	fmt.Println("recommended:", rec.Price)
	// Output:
	// 2017-09-01…2017-12-31 122 13426.23
	// 2018-01-01…2018-08-31 151 27119.21
	// recommended: 13426.23
}

func ExampleProgramme_Check() {
	quota := 101
	p := norms.Programme{
		Municipality: "khanty-mansiysk",
		Period:       pfdo.MustPeriod(pfdo.MustParseDate("2023-09-01"), pfdo.MustParseDate("2023-12-31")),
		Source:       pfdo.Citation{Act: "Постановление Администрации города Ханты-Мансийска", Number: "762"},
		Categories: []norms.CategoryNorm{
			{Category: "5-17", Nominal: pfdo.Rubles(10000), Quota: &quota, Volume: pfdo.Rubles(1_000_000)},
		},
	}
	fmt.Println(pfdo.Localize(p.Check(), pfdo.LangRU))
	maxQuota, _ := p.Categories[0].MaxQuota()
	excess, _ := p.Categories[0].Excess()
	fmt.Println("largest quota:", maxQuota, "excess:", excess)
	// Output:
	// Число сертификатов (не более) (categories[0].quota): число сертификатов × номинал (10 000,00 ₽) превышает объём обеспечения 1 000 000,00 ₽ на 10 000,00 ₽; объём позволяет не более 100 сертификатов, получено «101»
	// largest quota: 100 excess: 10000.00
}

func ExampleAnnualise() {
	newCurrent := pfdo.MustPeriod(pfdo.MustParseDate("2018-01-01"), pfdo.MustParseDate("2018-08-31"))
	n, _ := norms.Annualise(pfdo.Rubles(20000), newCurrent, pfdo.Profile2017().Rounding.AnnualisedNominal)
	fmt.Println(newCurrent.Days(), "days:", n.Format(pfdo.LangRU))
	// Output: 243 days: 30 041,00 ₽
}

func ExampleProrateByMonths() {
	year := pfdo.MustPeriod(pfdo.MustParseDate("2018-09-01"), pfdo.MustParseDate("2019-08-31"))
	n, _ := norms.ProrateByMonths(pfdo.Rubles(30000), year, pfdo.MustParseDate("2018-10-15"), pfdo.Profile2017().Rounding.ProratedNominal)
	fmt.Println(n)
	// Output: 25000.00
}

func ExampleChangeNominal() {
	certs := []norms.CertificateNominal{
		{Certificate: "0000000001", Nominal: pfdo.Rubles(20000), Balance: pfdo.Rubles(20000)},
		{Certificate: "0000000002", Nominal: pfdo.Rubles(20000), Balance: pfdo.Rubles(12000)},
	}
	changed, _ := norms.ChangeNominal(certs, pfdo.Rubles(15000))
	for _, c := range changed {
		fmt.Println(c.Certificate, c.Nominal, c.Balance)
	}
	_, err := norms.ChangeNominal(certs, pfdo.Rubles(5000))
	fmt.Println(pfdo.Localize(err, pfdo.LangRU))
	// Output:
	// 0000000001 15000.00 15000.00
	// 0000000002 15000.00 7000.00
	// Поле certificates[1]: по сертификату уже использовано 8 000,00 ₽, больше нового номинала 5 000,00 ₽, получено «0000000002»
}
