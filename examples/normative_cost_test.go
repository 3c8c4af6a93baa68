package examples_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/pfdo-go/pfdo/norms"
	"github.com/pfdo-go/pfdo/pfdo"
)

// readDocument reads a JSON document shipped in testdata through the library's strict reader.
func readDocument(docs []pfdo.Document, kind, path string) any {
	data, err := os.ReadFile(path)
	if err != nil {
		panic(err)
	}
	doc, err := pfdo.FindDocument(docs, kind)
	if err != nil {
		panic(err)
	}
	v, err := doc.Read(data, nil)
	if err != nil {
		panic(pfdo.Localize(err, pfdo.LangEN))
	}
	return v
}

// The normative cost of the first module of a robotics program in Yakutsk, urban territory, on
// 1 October 2017, and why: the trace names every value and the act behind it.
func Example_normativeCost() {
	set := readDocument(norms.Documents(), "parameter_set", "../testdata/parameters-yakutsk.json").(*norms.ParameterSet)
	program := readDocument(pfdo.Documents(), "program", "../testdata/program-robotics-yakutsk.json").(*pfdo.Program)
	c, err := norms.NewCalculator(pfdo.Profile2017(), *set)
	if err != nil {
		panic(err)
	}
	res, err := c.NormativeCost(norms.CostRequest{Module: &program.Modules[0], Direction: program.Direction},
		"yakutsk", pfdo.TerritoryUrban, pfdo.MustParseDate("2017-10-01"))
	if err != nil {
		panic(err)
	}
	lines := strings.Split(res.Trace.String(), "\n")
	for _, l := range lines[:5] {
		fmt.Println(l)
	}
	fmt.Println("…")
	fmt.Println(lines[len(lines)-5])
	fmt.Println(lines[len(lines)-2])
	// Output:
	// Нормативная стоимость модуля «Конструирование» (m1): 14 733,00 ₽
	// Метод: methodology2017; профиль правил: pfdo2017; параметры на 01.10.2017 для территории: муниципальное образование «yakutsk», городская местность.
	//
	// 1. Оплата труда педагогических работников: ≈ 11 888,42 ₽
	//    Формула: ZP × [(K1 × Hg + K2 × Hdop) / N + K1 × Hind] / (S × Norm × Wm) × Kdop × (1 + Kuvel) × Kotch × Kotp, где Hg = H − Hind
	// …
	// 4. Нормативная стоимость модуля: 14 733,00 ₽
	//    Округление: до целых рублей, до ближайшего, половина — от нуля
}
