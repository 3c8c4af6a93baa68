package examples_test

import (
	"os"

	"github.com/pfdo-go/pfdo/examples"
)

// Kabardino-Balkaria's roadmap for 2020 (распоряжение Правительства КБР от 26.05.2020 № 242-рп)
// as of 15 July 2020, with the working groups (1.1) set up in four municipalities and the
// regulations (1.5) in two; the ministry has done 1.2 and 1.3. The completions are illustrative.
func Example_kbrRoadmap() {
	if err := examples.KBRRoadmap(os.Stdout); err != nil {
		panic(err)
	}
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
