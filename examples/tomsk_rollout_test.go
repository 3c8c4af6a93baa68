package examples_test

import (
	"fmt"

	"github.com/pfdo-go/pfdo/pfdo"
	"github.com/pfdo-go/pfdo/schedule"
)

// The Tomsk region introduced the accounting of children everywhere on 1 September 2018 and
// personalized financing in ten pilot municipalities then, in the other ten a year later
// (распоряжение Департамента общего образования Томской области от 31.05.2018 № 527-р,
// приложение 2). The children's counts are illustrative.
func Example_tomskRollout() {
	ro, err := schedule.Tomsk2018Rollout()
	if err != nil {
		panic(err)
	}
	children := int64(120000)
	withCertificate := map[string]int64{"2018-10-01": 24000, "2019-10-01": 43000}
	for _, date := range []string{"2018-08-31", "2018-10-01", "2019-10-01"} {
		d := pfdo.MustParseDate(date)
		t, _ := ro.FederalTargets(d, withCertificate[date], children)
		fmt.Printf("%s: accounting in %d, financing in %s; targets: municipalities %v, children %v\n",
			d.Format(pfdo.LangRU), len(ro.With(schedule.AccountingOnly, d)), t.Municipalities, t.MunicipalitiesMet, t.ChildrenMet)
	}
	for _, s := range ro.Switches(pfdo.MustPeriod(pfdo.MustParseDate("2019-01-01"), pfdo.MustParseDate("2019-12-31")))[:3] {
		fmt.Println(s.Date.Format(pfdo.LangRU), s.Municipality.Name, "→", s.To.Label(pfdo.LangRU))
	}
	// Output:
	// 31.08.2018: accounting in 0, financing in 0 из 20 (0.00 %); targets: municipalities false, children false
	// 01.10.2018: accounting in 20, financing in 10 из 20 (50.00 %); targets: municipalities true, children false
	// 01.10.2019: accounting in 20, financing in 20 из 20 (100.00 %); targets: municipalities true, children true
	// 01.09.2019 Город Кедровый → учёт и персонифицированное финансирование
	// 01.09.2019 Александровский район → учёт и персонифицированное финансирование
	// 01.09.2019 Бакчарский район → учёт и персонифицированное финансирование
}
