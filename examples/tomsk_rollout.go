package examples

import (
	"fmt"
	"io"

	"github.com/pfdo-go/pfdo/pfdo"
	"github.com/pfdo-go/pfdo/schedule"
)

// TomskRollout: the Tomsk region introduced the accounting of children everywhere on 1 September
// 2018 and personalized financing in ten pilot municipalities then, in the other ten a year later
// (распоряжение Департамента общего образования Томской области от 31.05.2018 № 527-р,
// приложение 2). The children's counts are illustrative.
func TomskRollout(w io.Writer) error {
	ro, err := schedule.Tomsk2018Rollout()
	if err != nil {
		return err
	}
	children := int64(120000)
	withCertificate := map[string]int64{"2018-10-01": 24000, "2019-10-01": 43000}
	for _, date := range []string{"2018-08-31", "2018-10-01", "2019-10-01"} {
		d := pfdo.MustParseDate(date)
		t, err := ro.FederalTargets(d, withCertificate[date], children)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "%s: учёт в %d МО, финансирование в %s; цели: ≥ 50 %% МО — %s, ≥ 25 %% детей — %s (%s)\n",
			d.Format(pfdo.LangRU), len(ro.With(schedule.AccountingOnly, d)), t.Municipalities, yesNo(t.MunicipalitiesMet), yesNo(t.ChildrenMet), t.Children)
	}
	for _, s := range ro.Switches(pfdo.MustPeriod(pfdo.MustParseDate("2019-01-01"), pfdo.MustParseDate("2019-12-31")))[:3] {
		fmt.Fprintln(w, s.Date.Format(pfdo.LangRU), s.Municipality.Name, "→", s.To.Label(pfdo.LangRU))
	}
	return nil
}

func yesNo(b bool) string {
	if b {
		return "да"
	}
	return "нет"
}
