package examples_test

import (
	"os"

	"github.com/pfdo-go/pfdo/examples"
)

// The normative cost of the first module of a robotics program in Yakutsk, urban territory, on
// 1 October 2017, and why: the trace names every value and the act behind it.
func Example_normativeCost() {
	if err := examples.NormativeCost(os.Stdout, false); err != nil {
		panic(err)
	}
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
