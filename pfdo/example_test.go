package pfdo_test

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/pfdo-go/pfdo/pfdo"
)

func ExampleParseMoney() {
	for _, s := range []string{"12345.67", "12345,67", "12 345,67", "12345", "12.345"} {
		m, err := pfdo.ParseMoney(s)
		if err != nil {
			fmt.Println(pfdo.Localize(err, pfdo.LangRU))
			continue
		}
		fmt.Println(m, m.Kopecks())
	}
	// Output:
	// 12345.67 1234567
	// 12345.67 1234567
	// 12345.67 1234567
	// 12345.00 1234500
	// сумма указывается не точнее копеек (не более двух знаков после запятой), получено «12.345»
}

func ExampleMoney_Format() {
	m := pfdo.MustParseMoney("-16729499.85")
	fmt.Println(m.String())
	fmt.Println(m.Format(pfdo.LangRU))
	fmt.Println(m.Format(pfdo.LangEN))
	// Output:
	// -16729499.85
	// −16 729 499,85 ₽
	// −16,729,499.85 RUB
}

// ExampleMoney_Prorate is the README's minimal example.
func ExampleMoney_Prorate() {
	price, err := pfdo.ParseMoney("12 345,67")
	if err != nil {
		panic(err)
	}
	half, _ := price.Prorate(1, 2, pfdo.RoundHalfAwayFromZero)
	fmt.Println(price, half, half.Format(pfdo.LangRU))
	// Output: 12345.67 6172.84 6 172,84 ₽
}

// The price of contract A of the 2017 vectors: 78 of the group's 273 days of a 5 962 ₽ module,
// rounded up to kopecks.
func ExampleMoney_Prorate_contract() {
	allFunds, _ := pfdo.Rubles(5962).Prorate(78, 273, pfdo.RoundCeiling)
	fmt.Println(allFunds)
	// Output: 1703.43
}

func ExampleRounding() {
	modes := []pfdo.Rounding{pfdo.RoundHalfAwayFromZero, pfdo.RoundHalfEven, pfdo.RoundCeiling, pfdo.RoundFloor, pfdo.RoundTruncate}
	for _, r := range modes {
		fmt.Printf("%-20s", r)
		for _, v := range []string{"2.5", "3.5", "-2.5", "2.4", "-2.6"} {
			fmt.Printf(" %3s", r.Decimal(pfdo.MustParseRate(v).Decimal(), 0))
		}
		fmt.Println()
	}
	// Output:
	// half_away_from_zero    3   4  -3   2  -3
	// half_even              2   4  -2   2  -3
	// ceiling                3   4  -2   3  -2
	// floor                  2   3  -3   2  -3
	// truncate               2   3  -2   2  -2
}

// Rounding an exact fraction: the annualised nominal of domain §3.2, 20 000 ₽ × 365 / 243 days,
// to whole rubles.
func ExampleRounding_Rat() {
	q := big.NewRat(20000*365, 243)
	fmt.Println(pfdo.RoundHalfAwayFromZero.Rat(q, 0))
	fmt.Println(pfdo.RoundHalfAwayFromZero.Rat(q, 2))
	// Output:
	// 30041
	// 30041.15
}

func ExampleRounding_MulDiv() {
	// −5 × 1 / 2 = −2.5 in each mode.
	for _, r := range []pfdo.Rounding{pfdo.RoundHalfAwayFromZero, pfdo.RoundHalfEven, pfdo.RoundCeiling, pfdo.RoundFloor} {
		v, _ := r.MulDiv(-5, 1, 2)
		fmt.Println(r, v)
	}
	_, err := pfdo.RoundFloor.MulDiv(1, 1, 0)
	fmt.Println(errors.Is(err, pfdo.ErrDivisionByZero))
	// Output:
	// half_away_from_zero -3
	// half_even -2
	// ceiling -2
	// floor -3
	// true
}

func ExamplePeriod() {
	group := pfdo.MustPeriod(pfdo.MustParseDate("2017-09-01"), pfdo.MustParseDate("2018-05-31"))
	contract := pfdo.MustPeriod(pfdo.MustParseDate("2017-10-15"), pfdo.MustParseDate("2017-12-31"))
	fmt.Println("Dg =", group.Days(), "Dc =", contract.Days(), "M =", contract.MonthCount(), "D1 =", contract.Start.DaysToMonthEnd())
	for m := range contract.Months() {
		fmt.Println(m, m.Days())
	}
	leap := pfdo.MustPeriod(pfdo.MustParseDate("2020-02-28"), pfdo.MustParseDate("2020-03-01"))
	fmt.Println(leap.Format(pfdo.LangRU), leap.Days(), "days")
	newYear := pfdo.MustPeriod(pfdo.MustParseDate("2019-12-31"), pfdo.MustParseDate("2020-01-01"))
	fmt.Println(newYear, newYear.Days(), "days,", newYear.MonthCount(), "months")
	// Output:
	// Dg = 273 Dc = 78 M = 3 D1 = 17
	// 2017-10-15…2017-10-31 17
	// 2017-11-01…2017-11-30 30
	// 2017-12-01…2017-12-31 31
	// с 28.02.2020 по 01.03.2020 3 days
	// 2019-12-31…2020-01-01 2 days, 2 months
}

func ExamplePeriod_Intersect() {
	group := pfdo.MustPeriod(pfdo.MustParseDate("2017-09-01"), pfdo.MustParseDate("2018-05-31"))
	current := pfdo.MustPeriod(pfdo.MustParseDate("2017-09-01"), pfdo.MustParseDate("2017-12-31"))
	next := pfdo.MustPeriod(pfdo.MustParseDate("2018-01-01"), pfdo.MustParseDate("2018-08-31"))
	for _, fp := range []pfdo.Period{current, next} {
		part, _ := group.Intersect(fp)
		fmt.Printf("%v: %d of %d days\n", part, part.Days(), group.Days())
	}
	// Output:
	// 2017-09-01…2017-12-31: 122 of 273 days
	// 2018-01-01…2018-05-31: 151 of 273 days
}

func ExampleValidate() {
	m := pfdo.Module{
		ID: "m1", Name: "Конструирование", Hours: 72, GroupMin: 15, GroupMax: 12,
		TeacherQualification: pfdo.QualificationFirst, EquipmentLevel: pfdo.EquipmentHigh,
		Price: pfdo.MustParseMoney("-100"),
	}
	err := pfdo.Validate(m)
	fmt.Println(errors.Is(err, pfdo.ErrValidation))
	fmt.Println(pfdo.Localize(err, pfdo.LangRU))
	fmt.Println(pfdo.Localize(err, pfdo.LangEN))
	// Output:
	// true
	// Минимальная наполняемость группы (group_min): значение должно быть не больше значения поля «максимальная наполняемость группы» (group_max), получено «15»
	// Цена модуля (price): сумма не может быть отрицательной, получено «-100.00»
	// group_min: must be at most group_max (got "15")
	// price: must not be negative (got "-100.00")
}

func ExampleDecode() {
	var g pfdo.Group
	err := pfdo.Decode([]byte(`{"id":"g1","module_id":"m1","dates":{"start":"2018-09-01","end":"2018-02-30"},"capasity":12}`), &g)
	for _, e := range pfdo.AsList(err) {
		fmt.Printf("%s %s %q\n", e.Code, e.Field, e.Value)
	}
	// Output:
	// date.range dates.end "2018-02-30"
	// json.missing capacity ""
	// json.unknown_field capasity ""
}

func ExampleCitation() {
	c := pfdo.Citation{
		Act:    "Распоряжение Правительства Кабардино-Балкарской Республики",
		Number: "242-рп", Date: pfdo.MustParseDate("2020-05-26"), Clause: "п. 1.6",
	}
	fmt.Println(c)
	// Output: Распоряжение Правительства Кабардино-Балкарской Республики от 26.05.2020 № 242-рп, п. 1.6
}

func ExampleParseDirection() {
	d, _ := pfdo.ParseDirection("Социально-педагогическая")
	fmt.Println(d, "—", d.Label(pfdo.LangRU))
	r, _ := pfdo.ParseDirection("robotics")
	fmt.Println(r.Label(pfdo.LangRU), "→", r.Base())
	// Output:
	// social — социально-гуманитарная
	// техническая (робототехника) → technical
}
