package examples

import (
	"fmt"
	"io"
	"strings"

	"github.com/pfdo-go/pfdo/pfdo"
	"github.com/pfdo-go/pfdo/schedule"
)

// KBRRoadmap: Kabardino-Balkaria's roadmap for 2020 (распоряжение Правительства КБР от
// 26.05.2020 № 242-рп) as of 15 July 2020, with the working groups (1.1) set up in four
// municipalities and the regulations (1.5) in two; the ministry has done 1.2 and 1.3. The
// completions are illustrative.
func KBRRoadmap(w io.Writer) error {
	r, err := schedule.KBR2020()
	if err != nil {
		return err
	}
	p, err := schedule.NewProgress(r)
	if err != nil {
		return err
	}
	act := pfdo.Citation{Act: "Постановление местной администрации"}
	record := []schedule.Completion{
		{Item: "1.2", Executor: "minpros", Date: pfdo.MustParseDate("2020-05-20"), Evidence: act},
		{Item: "1.3", Executor: "minpros", Date: pfdo.MustParseDate("2020-05-29"), Evidence: act},
		{Item: "1.5", Executor: schedule.EveryMunicipality, Municipality: "nalchik", Date: pfdo.MustParseDate("2020-06-20"), Evidence: act},
		{Item: "1.5", Executor: schedule.EveryMunicipality, Municipality: "chegemsky", Date: pfdo.MustParseDate("2020-06-29"), Evidence: act},
	}
	for _, m := range []string{"nalchik", "baksan", "prokhladny", "chegemsky"} {
		record = append(record, schedule.Completion{Item: "1.1", Executor: schedule.EveryMunicipality, Municipality: m,
			Date: pfdo.MustParseDate("2020-05-25"), Evidence: act})
	}
	for _, c := range record {
		if err := p.Record(c); err != nil {
			return err
		}
	}
	rep := p.Report(pfdo.MustParseDate("2020-07-15"))
	for _, it := range rep.Items[:6] {
		line := fmt.Sprintf("%-4s %-11s %s", it.Number, it.Status.Label(pfdo.LangRU), it.Period.Format(pfdo.LangRU))
		if n := len(it.OverdueMunicipalities); n > 0 {
			line += fmt.Sprintf("; просрочено в %d МО", n)
		}
		fmt.Fprintln(w, line)
	}
	fmt.Fprintln(w, "Зольский район просрочил:", strings.Join(rep.ByMunicipality()["zolsky"], ", "))
	fmt.Fprintln(w, r.Note)
	return nil
}
