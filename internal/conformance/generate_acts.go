package conformance

// deadlinesFile lists every deadline text of the seed acts with the dates read from them by hand.
func deadlinesFile() File {
	f := File{Family: "deadlines", Description: "Russian deadline texts of the seed acts and the dates they mean (domain §7.1), read by hand from the acts: a month is the whole month, a range runs from the first day of its first month to the last day of its last, «до D» is due by D, «с D» starts on D."}
	m := func(start, end string) DeadlineRange { return DeadlineRange{"month", start, end} }
	r := func(start, end string) DeadlineRange { return DeadlineRange{"month_range", start, end} }
	by := func(end string) DeadlineRange { return DeadlineRange{"by", "", end} }
	from := func(d string) DeadlineRange { return DeadlineRange{"from", d, d} }
	one := func(d string) DeadlineRange { return DeadlineRange{"day", d, d} }
	add := func(where, text string, year int, ds ...DeadlineRange) {
		src := srcKBR
		if year == 2018 || year == 0 {
			src = srcTomsk
		}
		f.Cases = append(f.Cases, Case{Name: where + ": «" + text + "»", Rule: "deadline text → date range", Source: src, Profile: "pfdo2017",
			Inputs: encode(DeadlineInputs{text, year}), Expected: encode(DeadlineExpected{ds})})
	}
	add("KBR 1.1", "май", 2020, m("2020-05-01", "2020-05-31"))
	add("KBR 1.4", "май-июнь", 2020, r("2020-05-01", "2020-06-30"))
	add("KBR 1.6", "май-июль", 2020, r("2020-05-01", "2020-07-31"))
	add("KBR 1.10", "май-август", 2020, r("2020-05-01", "2020-08-31"))
	add("KBR 1.11", "май-сентябрь", 2020, r("2020-05-01", "2020-09-30"))
	add("KBR 1.12", "сентябрь", 2020, m("2020-09-01", "2020-09-30"))
	add("KBR 2.1", "ноябрь - декабрь 2020 г.", 2020, r("2020-11-01", "2020-12-31"))
	add("KBR 2.3", "март 2021 г.", 2020, m("2021-03-01", "2021-03-31"))
	add("Tomsk 1", "Апрель 2018", 2018, m("2018-04-01", "2018-04-30"))
	add("Tomsk 2", "Май 2018", 2018, m("2018-05-01", "2018-05-31"))
	add("Tomsk 4", "До 10.06.2018", 2018, by("2018-06-10"))
	add("Tomsk 5", "До 3.07.2018", 2018, by("2018-07-03"))
	add("Tomsk 6", "До 25.07.2018", 2018, by("2018-07-25"))
	add("Tomsk 7", "До 28.07.2018", 2018, by("2018-07-28"))
	add("Tomsk 8", "До 31.05.2018", 2018, by("2018-05-31"))
	add("Tomsk 9", "Апрель- ноябрь 2018 Апрель- ноябрь 2018 Май-июнь 2018 август 2018", 2018,
		r("2018-04-01", "2018-11-30"), r("2018-04-01", "2018-11-30"), r("2018-05-01", "2018-06-30"), m("2018-08-01", "2018-08-31"))
	add("Tomsk 10", "До 16.08.2018", 2018, by("2018-08-16"))
	add("Tomsk 11", "С 1.09.2018 года", 2018, from("2018-09-01"))
	add("Tomsk 12", "декабрь 2018", 2018, m("2018-12-01", "2018-12-31"))
	add("Tomsk 14", "Декабрь 2018 года", 2018, m("2018-12-01", "2018-12-31"))
	add("Tomsk 15", "Январь 2019 года", 2018, m("2019-01-01", "2019-01-31"))
	add("Tomsk 16", "февраль 2019 года", 2018, m("2019-02-01", "2019-02-28"))
	add("Tomsk 17", "Март 2019 года", 2018, m("2019-03-01", "2019-03-31"))
	add("Tomsk 18", "Апрель 2019 года", 2018, m("2019-04-01", "2019-04-30"))
	add("Tomsk 21", "Апрель – май 2019 года", 2018, r("2019-04-01", "2019-05-31"))
	add("Tomsk 22", "Февраль – ноябрь 2019 Февраль – ноябрь 2019 Февраль- март 2019 Май 2019", 2018,
		r("2019-02-01", "2019-11-30"), r("2019-02-01", "2019-11-30"), r("2019-02-01", "2019-03-31"), m("2019-05-01", "2019-05-31"))
	add("Tomsk 23", "Июнь- август 2019 года", 2018, r("2019-06-01", "2019-08-31"))
	add("Tomsk 24", "Сентябрь 2019 года", 2018, m("2019-09-01", "2019-09-30"))
	add("Tomsk appendix", "1 сентября 2018 года", 0, one("2018-09-01"))
	add("Tomsk appendix", "1 сентября 2019 года", 0, one("2019-09-01"))
	add("domain §7.1", "Февраль- март 2019", 2018, r("2019-02-01", "2019-03-31"))
	add("domain §7.1", "Май 2019", 2018, m("2019-05-01", "2019-05-31"))
	add("domain §7.1", "Апрель- ноябрь 2018", 2018, r("2018-04-01", "2018-11-30"))
	add("an em dash", "май—июль 2020", 0, r("2020-05-01", "2020-07-31"))
	add("upper case", "МАЙ-ИЮНЬ 2020 Г.", 0, r("2020-05-01", "2020-06-30"))
	add("a range across the new year", "ноябрь – февраль 2021", 0, r("2020-11-01", "2021-02-28"))
	return f
}

// tomskPilots are the ten municipalities of the Tomsk appendix with financing from 1 September
// 2018; the other ten start on 1 September 2019; accounting starts on 1 September 2018 in all.
var tomskPilots = map[string]bool{"seversk": true, "strezhevoy": true, "tomsk": true, "asinovsky": true, "kolpashevsky": true,
	"krivosheinsky": true, "molchanovsky": true, "parabelsky": true, "pervomaysky": true, "tomsky": true}

var tomskMunicipalities = []string{"kedrovy", "seversk", "strezhevoy", "tomsk", "aleksandrovsky", "asinovsky", "bakcharsky",
	"verkhneketsky", "zyryansky", "kargasoksky", "kozhevnikovsky", "kolpashevsky", "krivosheinsky", "molchanovsky", "parabelsky",
	"pervomaysky", "teguldetsky", "tomsky", "chainsky", "shegarsky"}

func rolloutFile() File {
	f := File{Family: "rollout", Description: "What is in force in each municipality of the Tomsk appendix (распоряжение № 527-р, приложение 2) on a date, read by hand from the table."}
	for _, date := range []string{"2018-08-31", "2018-10-01", "2019-09-01"} {
		for _, m := range tomskMunicipalities {
			want := "none"
			switch {
			case date >= "2019-09-01", date >= "2018-09-01" && tomskPilots[m]:
				want = "accounting_and_financing"
			case date >= "2018-09-01":
				want = "accounting"
			}
			f.Cases = append(f.Cases, Case{Name: m + " on " + date, Rule: "mechanisms in force by municipality", Source: srcTomsk, Profile: "pfdo2017",
				Inputs: encode(RolloutInputs{m, date}), Expected: encode(RolloutExpected{want})})
		}
	}
	return f
}

// ledgerFile: scenarios of the ledger over the catalog of the domain vectors (group
// 2017-09-01…2018-05-31, price 5 962 ₽, normative cost 5 856 ₽, nominals 6 000 ₽ for Sep–Dec
// 2017 and 15 000 ₽ for Jan–Aug 2018), with the balances of the first period after every step,
// worked out by hand from vector A of domain §5.4.
func ledgerFile() File {
	f := File{Family: "ledger", Description: "Command sequences through the certificate ledger with the balances after each step (domain §6.2), worked out by hand from vector A: reserve 1 673.15, first month 364.67, other months 654.24, completeness 75 % returns 163.56."}
	b := func(balance, reserved, paid string) LedgerBalance { return LedgerBalance{balance, reserved, paid} }
	life := LedgerInputs{Steps: []LedgerStep{
		{Command: "issue", Date: "2017-09-05"},
		{Command: "convert", Date: "2017-09-05"},
		{Command: "request", Date: "2017-10-10", Contract: "A", Group: "g1", Start: "2017-10-15"},
		{Command: "accept", Date: "2017-10-11", Contract: "A"},
		{Command: "activate", Date: "2017-11-02", Contract: "A"},
		{Command: "write_off", Date: "2017-12-01"},
		{Command: "invoice", Date: "2018-01-05", Contract: "A", Month: 3, Completeness: 75},
	}}
	f.Cases = append(f.Cases, Case{Name: "vector A: activation with a missed month, write-off, completeness", Rule: "Nominal = Balance + Reserved + Paid", Source: srcLedger,
		Profile: "pfdo2017", Inputs: encode(life), Expected: encode(LedgerExpected{[]LedgerBalance{
			b("0.00", "0.00", "0.00"), // issued: an accounting certificate has no balance yet
			b("6000.00", "0.00", "0.00"),
			b("4326.85", "1673.15", "0.00"),   // 6 000 − 1 673.15
			b("4326.85", "1673.15", "0.00"),   // acceptance moves nothing
			b("4326.85", "654.24", "1018.91"), // October 364.67 + November 654.24
			b("4326.85", "0.00", "1673.15"),   // December 654.24
			b("4490.41", "0.00", "1509.59"),   // 654.24 − 490.68 = 163.56 returns
		}})})
	term := LedgerInputs{Steps: []LedgerStep{
		{Command: "issue", Date: "2017-09-05"},
		{Command: "convert", Date: "2017-09-05"},
		{Command: "request", Date: "2017-10-10", Contract: "A", Group: "g1", Start: "2017-10-15"},
		{Command: "accept", Date: "2017-10-11", Contract: "A"},
		{Command: "activate", Date: "2017-10-12", Contract: "A"},
		{Command: "write_off", Date: "2017-11-01"},
		{Command: "terminate", Date: "2017-11-15", Contract: "A"},
	}}
	f.Cases = append(f.Cases, Case{Name: "vector A terminated on 15 November: December's reserve returns at once", Rule: "termination returns the reserve",
		Source: srcLedger, Profile: "pfdo2017", Inputs: encode(term), Expected: encode(LedgerExpected{[]LedgerBalance{
			b("0.00", "0.00", "0.00"), b("6000.00", "0.00", "0.00"), b("4326.85", "1673.15", "0.00"), b("4326.85", "1673.15", "0.00"),
			b("4326.85", "1308.48", "364.67"), // October only
			b("4326.85", "654.24", "1018.91"), // November
			b("4981.09", "0.00", "1018.91"),   // December's 654.24 back
		}})})
	refused := LedgerInputs{Steps: []LedgerStep{
		{Command: "issue", Date: "2017-09-05"},
		{Command: "convert", Date: "2017-09-05"},
		{Command: "request", Date: "2017-10-10", Contract: "A", Group: "g1", Start: "2017-10-15"},
		{Command: "tick", Date: "2017-10-15"}, // five days without an answer: refused
	}}
	f.Cases = append(f.Cases, Case{Name: "a request unanswered for five days is refused and its reserve released", Rule: "request timeout (5 days)",
		Source: srcLedger, Profile: "pfdo2017", Inputs: encode(refused), Expected: encode(LedgerExpected{[]LedgerBalance{
			b("0.00", "0.00", "0.00"), b("6000.00", "0.00", "0.00"), b("4326.85", "1673.15", "0.00"), b("6000.00", "0.00", "0.00"),
		}})})
	return f
}
