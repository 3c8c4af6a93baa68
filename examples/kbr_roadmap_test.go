package examples_test

import (
	"fmt"
	"strings"

	"github.com/pfdo-go/pfdo/pfdo"
	"github.com/pfdo-go/pfdo/schedule"
)

// Kabardino-Balkaria's roadmap for 2020 (распоряжение Правительства КБР от 26.05.2020 № 242-рп)
// as of 15 July 2020, with the working groups (1.1) set up in four municipalities and the
// regulations (1.5) in two; the ministry has done 1.2 and 1.3. The completions are illustrative.
func Example_kbrRoadmap() {
	r, err := schedule.KBR2020()
	if err != nil {
		panic(err)
	}
	p, _ := schedule.NewProgress(r)
	act := pfdo.Citation{Act: "Постановление местной администрации"}
	done := func(item, executor, municipality, date string) {
		if err := p.Record(schedule.Completion{Item: item, Executor: executor, Municipality: municipality,
			Date: pfdo.MustParseDate(date), Evidence: act}); err != nil {
			panic(err)
		}
	}
	for _, m := range []string{"nalchik", "baksan", "prokhladny", "chegemsky"} {
		done("1.1", schedule.EveryMunicipality, m, "2020-05-25")
	}
	done("1.5", schedule.EveryMunicipality, "nalchik", "2020-06-20")
	done("1.5", schedule.EveryMunicipality, "chegemsky", "2020-06-29")
	done("1.2", "minpros", "", "2020-05-20")
	done("1.3", "minpros", "", "2020-05-29")

	rep := p.Report(pfdo.MustParseDate("2020-07-15"))
	for _, it := range rep.Items[:6] {
		line := fmt.Sprintf("%-4s %-11s %s", it.Number, it.Status.Label(pfdo.LangRU), it.Period.Format(pfdo.LangRU))
		if n := len(it.OverdueMunicipalities); n > 0 {
			line += fmt.Sprintf("; просрочено в %d МО", n)
		}
		fmt.Println(line)
	}
	fmt.Println("Зольский район просрочил:", strings.Join(rep.ByMunicipality()["zolsky"], ", "))
	fmt.Println(r.Note)
	// Output:
	// 1.1  просрочено  с 01.05.2020 по 31.05.2020; просрочено в 9 МО
	// 1.2  выполнено   с 01.05.2020 по 31.05.2020
	// 1.3  выполнено   с 01.05.2020 по 31.05.2020
	// 1.4  просрочено  с 01.05.2020 по 30.06.2020
	// 1.5  просрочено  с 01.05.2020 по 30.06.2020; просрочено в 11 МО
	// 1.6  в работе    с 01.05.2020 по 31.07.2020
	// Зольский район просрочил: 1.1, 1.5
	// Указание местных администраций муниципальных районов, городских округов в качестве ответственных исполнителей носит рекомендательный характер.
}
