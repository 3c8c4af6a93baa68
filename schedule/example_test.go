package schedule_test

import (
	"fmt"

	"github.com/pfdo-go/pfdo/pfdo"
	"github.com/pfdo-go/pfdo/schedule"
)

func ExampleParseDeadlines() {
	for _, text := range []string{"май-июль", "ноябрь - декабрь 2020 г.", "До 10.06.2018", "С 1.09.2018 года", "Февраль- март 2019 Май 2019"} {
		ds, err := schedule.ParseDeadlines(text, 2020)
		if err != nil {
			panic(err)
		}
		for _, d := range ds {
			fmt.Printf("%-26q %-11s %v\n", text, d.Kind, d.Period())
		}
	}
	_, err := schedule.ParseDeadlines("IV квартал 2020", 2020)
	fmt.Println(pfdo.Localize(err, pfdo.LangRU))
	// Output:
	// "май-июль"                 month_range 2020-05-01…2020-07-31
	// "ноябрь - декабрь 2020 г." month_range 2020-11-01…2020-12-31
	// "До 10.06.2018"            by          2018-06-10…2018-06-10
	// "С 1.09.2018 года"         from        2018-09-01…2018-09-01
	// "Февраль- март 2019 Май 2019" month_range 2019-02-01…2019-03-31
	// "Февраль- март 2019 Май 2019" month       2019-05-01…2019-05-31
	// срок не распознан: ожидается месяц, «до ДД.ММ.ГГГГ» или «с ДД.ММ.ГГГГ», а не «IV» (позиция 1), получено «IV квартал 2020»
}

func ExampleRollout_With() {
	ro, err := schedule.Tomsk2018Rollout()
	if err != nil {
		panic(err)
	}
	for _, date := range []string{"2018-08-31", "2018-10-01", "2019-09-01"} {
		d := pfdo.MustParseDate(date)
		fmt.Printf("%s: accounting %d, financing %s\n", date, len(ro.With(schedule.AccountingOnly, d)), ro.FinancingShare(d))
	}
	m, _ := ro.InForce("kedrovy", pfdo.MustParseDate("2018-10-01"))
	fmt.Println("Кедровый, 01.10.2018:", m.Label(pfdo.LangRU))
	t, _ := ro.FederalTargets(pfdo.MustParseDate("2018-10-01"), 21000, 100000)
	fmt.Println("targets:", t.MunicipalitiesMet, t.ChildrenMet)
	// Output:
	// 2018-08-31: accounting 0, financing 0 из 20 (0.00 %)
	// 2018-10-01: accounting 20, financing 10 из 20 (50.00 %)
	// 2019-09-01: accounting 20, financing 20 из 20 (100.00 %)
	// Кедровый, 01.10.2018: только система учёта
	// targets: true false
}

func ExampleProgress_Report() {
	r, _ := schedule.KBR2020()
	p, _ := schedule.NewProgress(r)
	act := pfdo.Citation{Act: "Постановление местной администрации г.о. Нальчик", Number: "812"}
	_ = p.Record(schedule.Completion{Item: "1.1", Executor: schedule.EveryMunicipality, Municipality: "nalchik",
		Date: pfdo.MustParseDate("2020-05-20"), Evidence: act})
	_ = p.Record(schedule.Completion{Item: "1.2", Executor: "minpros", Date: pfdo.MustParseDate("2020-05-25"),
		Evidence: pfdo.Citation{Act: "Распоряжение Правительства КБР"}})
	rep := p.Report(pfdo.MustParseDate("2020-06-15"))
	for _, it := range rep.Items[:4] {
		fmt.Printf("%s %-11s overdue in %d municipalities\n", it.Number, it.Status, len(it.OverdueMunicipalities))
	}
	fmt.Println(rep.ByMunicipality()["zolsky"])
	// Output:
	// 1.1 overdue     overdue in 12 municipalities
	// 1.2 done        overdue in 0 municipalities
	// 1.3 overdue     overdue in 0 municipalities
	// 1.4 in_progress overdue in 0 municipalities
	// [1.1]
}
