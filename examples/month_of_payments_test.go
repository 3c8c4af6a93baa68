package examples_test

import (
	"os"

	"github.com/pfdo-go/pfdo/examples"
)

// A month of payments of the demo municipality. The robotics contract started on 15 October is
// vector A of domain §5.4: its November payment is 654,24 ₽, the advance 523,39 ₽.
func Example_monthOfPayments() {
	if err := examples.MonthOfPayments(os.Stdout); err != nil {
		panic(err)
	}
	// Output:
	// Ноябрь 2017, uo-tomsk: счёт к оплате до 10.12.2017; «к доплате» меньше нуля — аванс больше счёта
	// art-school договоров 1: платежи    336,99 ₽, аванс    269,59 ₽, по счёту    303,29 ₽, к доплате    33,70 ₽, вернулось   33,70 ₽
	// dtt        договоров 2: платежи  1 312,05 ₽, аванс  1 049,64 ₽, по счёту  1 312,05 ₽, к доплате   262,41 ₽, вернулось    0,00 ₽
	// pool       договоров 1: платежи  1 079,01 ₽, аванс    863,21 ₽, по счёту    809,26 ₽, к доплате   −53,95 ₽, вернулось  269,75 ₽
	// итого      договоров 4: платежи  2 728,05 ₽, аванс  2 182,44 ₽, по счёту  2 424,60 ₽, к доплате   242,16 ₽, вернулось  303,45 ₽
}
