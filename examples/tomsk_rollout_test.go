package examples_test

import (
	"os"

	"github.com/pfdo-go/pfdo/examples"
)

// The Tomsk region introduced the accounting of children everywhere on 1 September 2018 and
// personalized financing in ten pilot municipalities then, in the other ten a year later
// (распоряжение Департамента общего образования Томской области от 31.05.2018 № 527-р,
// приложение 2). The children's counts are illustrative.
func Example_tomskRollout() {
	if err := examples.TomskRollout(os.Stdout); err != nil {
		panic(err)
	}
	// Output:
	// 31.08.2018: учёт в 0 МО, финансирование в 0 из 20 (0.00 %); цели: ≥ 50 % МО — нет, ≥ 25 % детей — нет (0 из 120000 (0.00 %))
	// 01.10.2018: учёт в 20 МО, финансирование в 10 из 20 (50.00 %); цели: ≥ 50 % МО — да, ≥ 25 % детей — нет (24000 из 120000 (20.00 %))
	// 01.10.2019: учёт в 20 МО, финансирование в 20 из 20 (100.00 %); цели: ≥ 50 % МО — да, ≥ 25 % детей — да (43000 из 120000 (35.83 %))
	// 01.09.2019 Город Кедровый → учёт и персонифицированное финансирование
	// 01.09.2019 Александровский район → учёт и персонифицированное финансирование
	// 01.09.2019 Бакчарский район → учёт и персонифицированное финансирование
}
