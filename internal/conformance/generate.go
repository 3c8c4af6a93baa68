package conformance

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/pfdo-go/pfdo/pfdo"
)

var (
	srcQuote    = pfdo.Citation{Act: "Domain reference §5 (pfdo.ru platform, 2017–2018): contract dates, co-payment, monthly split", Clause: "§5.2–§5.4"}
	srcPayments = pfdo.Citation{Act: "Domain reference §6.4: advance request and invoice with completeness", Clause: "§6.4"}
	srcNorm     = pfdo.Citation{Act: "Domain reference §4.1: methodology2017 (Нягань, постановление от 14.08.2017 № 2541, symbols)", Clause: "§4.1"}
	srcRecPrice = pfdo.Citation{Act: "Domain reference §4.3: recommended price", Clause: "§4.3"}
	srcNominal  = pfdo.Citation{Act: "Domain reference §3.2: nominal of a certificate", Clause: "§3.2"}
	srcProgr    = pfdo.Citation{Act: "Domain reference §3.1: programme of personalized financing", Clause: "§3.1"}
	srcKBR      = pfdo.Citation{Act: "Распоряжение Правительства Кабардино-Балкарской Республики", Number: "242-рп", Date: pfdo.MustParseDate("2020-05-26")}
	srcTomsk    = pfdo.Citation{Act: "Распоряжение Департамента общего образования Томской области", Number: "527-р", Date: pfdo.MustParseDate("2018-05-31")}
	srcLedger   = pfdo.Citation{Act: "Domain reference §6: the balance ledger", Clause: "§6.1–§6.2"}
)

func dateStr(t time.Time) string { return t.Format("2006-01-02") }

// Generate builds every vector file. Expected values come from the reference computations of
// reference.go, or are written by hand from the acts (deadlines, rollout) and the domain's worked
// examples (ledger); none comes from the library.
func Generate() []File {
	return []File{quoteFile(), paymentsFile(), normativeCostFile(), recommendedPriceFile(), nominalsFile(), programmeFile(),
		deadlinesFile(), rolloutFile(), ledgerFile()}
}

func quoteCase(name string, in QuoteInputs) Case {
	return Case{Name: name, Rule: "contract quote: AllFunds, NormFunds, FundsCert, ParentsFunds and the monthly split",
		Source: srcQuote, Profile: "pfdo2017", Inputs: encode(in), Expected: encode(refQuote(in))}
}

func quoteFile() File {
	g := Period{"2017-09-01", "2018-05-31"}
	cur, next := Period{"2017-09-01", "2017-12-31"}, Period{"2018-01-01", "2018-08-31"}
	f := File{Family: "contract_quote", Description: "Contract money of domain §5 with the pfdo2017 rounding: totals up to kopecks, later months down, the first month takes the remainder. Expected values: the domain's vectors A, B, C and a big.Rat reference computation."}
	f.Cases = append(f.Cases,
		quoteCase("A: co-payment (domain §5.4)", QuoteInputs{g, cur, "2017-10-15", "5962.00", "5856.00", "6000.00"}),
		quoteCase("B: the balance binds (domain §5.4)", QuoteInputs{g, next, "2018-01-01", "5962.00", "5856.00", "2500.00"}),
		quoteCase("C: one month (domain §5.4)", QuoteInputs{g, Period{"2017-11-01", "2017-11-30"}, "2017-11-01", "5962.00", "5856.00", "6000.00"}),
		quoteCase("a contract of one day", QuoteInputs{g, cur, "2017-12-31", "5962.00", "5856.00", "6000.00"}),
		quoteCase("starting on the last day of a month", QuoteInputs{g, cur, "2017-10-31", "5962.00", "5856.00", "6000.00"}),
		quoteCase("February of a leap year", QuoteInputs{Period{"2020-02-01", "2020-05-31"}, Period{"2020-01-01", "2020-08-31"}, "2020-02-29", "4000.00", "3900.00", "9000.00"}),
		quoteCase("a period of a single month", QuoteInputs{g, Period{"2018-02-01", "2018-02-28"}, "2018-02-10", "5962.00", "5856.00", "6000.00"}),
		quoteCase("balance 0", QuoteInputs{g, cur, "2017-10-15", "5962.00", "5856.00", "0.00"}),
		quoteCase("balance 1 kopeck", QuoteInputs{g, cur, "2017-10-15", "5962.00", "5856.00", "0.01"}),
		quoteCase("price below the normative cost", QuoteInputs{g, cur, "2017-10-15", "5000.00", "5856.00", "6000.00"}),
		quoteCase("price above the normative cost", QuoteInputs{g, cur, "2017-10-15", "9000.00", "5856.00", "6000.00"}),
		quoteCase("negative balance counts as none", QuoteInputs{g, cur, "2017-10-15", "5962.00", "5856.00", "-10.00"}),
	)
	rng := rand.New(rand.NewPCG(2017, 5))
	base := time.Date(2017, 1, 1, 0, 0, 0, 0, time.UTC)
	for len(f.Cases) < 72 {
		gs := base.AddDate(0, 0, rng.IntN(700))
		ge := gs.AddDate(0, 0, rng.IntN(400))
		ps := gs.AddDate(0, 0, -rng.IntN(60))
		pe := ps.AddDate(0, 0, rng.IntN(400))
		st := gs.AddDate(0, 0, rng.IntN(int(ge.Sub(gs).Hours()/24)+1))
		if st.After(pe) || st.Before(ps) {
			continue
		}
		in := QuoteInputs{Period{dateStr(gs), dateStr(ge)}, Period{dateStr(ps), dateStr(pe)}, dateStr(st),
			rub(rng.Int64N(3_000_000)), rub(rng.Int64N(3_000_000)), rub(rng.Int64N(3_000_000))}
		f.Cases = append(f.Cases, quoteCase(fmt.Sprintf("random %d", len(f.Cases)), in))
	}
	return f
}

func paymentsFile() File {
	f := File{Family: "payments", Description: "Advance (80 %, half away from zero to kopecks) and the final invoice by completeness of domain §6.4. Expected values: the domain's examples and a big.Rat reference."}
	add := func(name, payment string, c int) {
		in := PaymentInputs{payment, c, "80"}
		f.Cases = append(f.Cases, Case{Name: name, Rule: "advance = round(payment × 80 / 100); final = round(payment × completeness / 100)",
			Source: srcPayments, Profile: "pfdo2017", Inputs: encode(in), Expected: encode(refPayment(in))})
	}
	add("654.24 at 75 % (domain §5.4)", "654.24", 75)
	add("vector A first month", "364.67", 100)
	add("vector B other month", "496.68", 100)
	add("vector C", "643.52", 100)
	add("completeness 0", "654.24", 0)
	add("completeness 100", "654.24", 100)
	add("one kopeck", "0.01", 50)
	add("zero payment", "0.00", 90)
	add("half a kopeck of advance", "0.05", 100)
	rng := rand.New(rand.NewPCG(64, 1))
	for len(f.Cases) < 40 {
		add(fmt.Sprintf("random %d", len(f.Cases)), rub(rng.Int64N(5_000_000)), rng.IntN(101))
	}
	return f
}

// yakutskUrban are the values of the example parameter set for Yakutsk, urban, in 2017, with the
// variants of a module taught by a teacher of the first category, highly equipped, in robotics.
func yakutskUrban() map[string]string {
	return map[string]string{"ZP": "39080.5", "K1": "1.15", "K2": "1", "S": "1.47", "Norm": "18", "Wm": "4.2", "Wy": "44",
		"Kdop": "1.16", "Kuvel": "0.408", "Kotch": "1.302", "Kotp": "1.28", "P": "49.95", "Cdir": "6380", "Kmat": "1.5",
		"Bsrv": "3372.07", "Bpk": "10000", "Tpk": "3"}
}

func normativeCostFile() File {
	f := File{Family: "normative_cost", Description: "The three-term normative cost of methodology2017 (domain §4.1), rounded to whole rubles half away from zero. Parameters are given resolved; K1, K2, Cdir and Kmat are the module's variants. Expected values: a big.Rat restatement of the formula."}
	add := func(name string, params map[string]string, m ModuleInputs, fixed int) {
		in := NormativeCostInputs{params, m, fixed}
		f.Cases = append(f.Cases, Case{Name: name, Rule: "NormCost = round0(T1 + T2 + T3)", Source: srcNorm, Profile: "pfdo2017",
			Inputs: encode(in), Expected: encode(refNormativeCost(in))})
	}
	add("module A of the norms tests (14 733 ₽)", yakutskUrban(), ModuleInputs{72, 4, 0, 8, 12}, 0)
	add("module A with N fixed at 25", yakutskUrban(), ModuleInputs{72, 4, 0, 8, 12}, 25)
	add("one hour, one child", yakutskUrban(), ModuleInputs{1, 0, 0, 1, 1}, 0)
	add("all hours individual", yakutskUrban(), ModuleInputs{10, 10, 0, 5, 5}, 0)
	rng := rand.New(rand.NewPCG(41, 2))
	for len(f.Cases) < 20 {
		p := yakutskUrban()
		p["ZP"] = rub(2_000_000 + rng.Int64N(4_000_000))
		p["K1"] = []string{"1.3", "1.15", "1"}[rng.IntN(3)]
		p["K2"] = []string{"1.3", "1.15", "1"}[rng.IntN(3)]
		p["Kmat"] = []string{"1.5", "1", "0.6"}[rng.IntN(3)]
		h := 1 + rng.IntN(300)
		nmin := 1 + rng.IntN(20)
		add(fmt.Sprintf("random %d", len(f.Cases)), p, ModuleInputs{h, rng.IntN(h + 1), rng.IntN(h + 1), nmin, nmin + rng.IntN(15)}, 0)
	}
	return f
}

func recommendedPriceFile() File {
	f := File{Family: "recommended_price", Description: "The recommended price of domain §4.3: min over periods of nominal × days(group) / days(group ∩ period), rounded by the rule given (the rounding is OPEN). Expected values: the domain's vector and a big.Rat reference."}
	g := Period{"2017-09-01", "2018-05-31"}
	two := []PeriodNominalInput{{Period{"2017-09-01", "2017-12-31"}, "6000.00"}, {Period{"2018-01-01", "2018-08-31"}, "15000.00"}}
	add := func(name string, in RecommendedPriceInputs) {
		f.Cases = append(f.Cases, Case{Name: name, Rule: "recommended = min(nominal / share × 100)", Source: srcRecPrice, Profile: "pfdo2017",
			Inputs: encode(in), Expected: encode(refRecommendedPrice(in))})
	}
	add("domain vector: 13 426.23", RecommendedPriceInputs{g, two, RoundingInput{"half_away_from_zero", 2}})
	add("down to rubles, as the platform's comments say", RecommendedPriceInputs{g, two, RoundingInput{"floor", 0}})
	add("a group inside one period", RecommendedPriceInputs{Period{"2017-10-01", "2017-11-30"}, two, RoundingInput{"half_away_from_zero", 2}})
	rng := rand.New(rand.NewPCG(43, 3))
	for len(f.Cases) < 12 {
		ps := []PeriodNominalInput{{two[0].Period, rub(100_000 + rng.Int64N(2_000_000))}, {two[1].Period, rub(100_000 + rng.Int64N(3_000_000))}}
		gs := time.Date(2017, 9, 1+rng.IntN(100), 0, 0, 0, 0, time.UTC)
		ge := gs.AddDate(0, 0, 10+rng.IntN(200))
		add(fmt.Sprintf("random %d", len(f.Cases)), RecommendedPriceInputs{Period{dateStr(gs), dateStr(ge)}, ps, RoundingInput{"half_away_from_zero", 2}})
	}
	return f
}

func nominalsFile() File {
	f := File{Family: "nominals", Description: "Annualisation of the next period's nominal at a period shift (nominal × 365 / D, whole rubles) and the proration of a nominal for a late start (whole months remaining / months, whole rubles; OPEN). Expected values: the domain's vector (30 041 ₽) and a big.Rat reference."}
	ann := func(name, nominal string, p Period) {
		in := NominalInputs{Kind: "annualise", Nominal: nominal, Period: p}
		f.Cases = append(f.Cases, Case{Name: name, Rule: "nominal' = round0(nominal × 365 / D)", Source: srcNominal, Profile: "pfdo2017",
			Inputs: encode(in), Expected: encode(NominalExpected{refAnnualise(nominal, p)})})
	}
	pro := func(name, nominal string, p Period, start string) {
		in := NominalInputs{Kind: "prorate", Nominal: nominal, Period: p, Start: start}
		f.Cases = append(f.Cases, Case{Name: name, Rule: "nominal × whole months remaining / months of the period", Source: srcNominal, Profile: "pfdo2017",
			Inputs: encode(in), Expected: encode(NominalExpected{refProrate(nominal, p, start)})})
	}
	ann("domain vector: 20 000 ₽ over 243 days", "20000.00", Period{"2018-01-01", "2018-08-31"})
	ann("a leap year", "20000.00", Period{"2020-01-01", "2020-12-31"})
	ann("a period of a single month", "5000.00", Period{"2018-02-01", "2018-02-28"})
	ann("a year", "15000.00", Period{"2018-09-01", "2019-08-31"})
	year := Period{"2018-09-01", "2019-08-31"}
	for _, s := range []string{"2018-08-01", "2018-09-01", "2018-09-02", "2018-10-01", "2018-10-15", "2019-02-28", "2019-08-01", "2019-08-02", "2019-09-01"} {
		pro("start "+s, "30000.00", year, s)
	}
	pro("a single-month period, started on its first day", "1000.00", Period{"2018-02-01", "2018-02-28"}, "2018-02-01")
	pro("a single-month period, started late", "1000.00", Period{"2018-02-01", "2018-02-28"}, "2018-02-10")
	rng := rand.New(rand.NewPCG(44, 4))
	for len(f.Cases) < 26 {
		ps := time.Date(2018, time.Month(1+rng.IntN(12)), 1, 0, 0, 0, 0, time.UTC)
		p := Period{dateStr(ps), dateStr(ps.AddDate(0, 1+rng.IntN(12), -1))}
		ann(fmt.Sprintf("random annualise %d", len(f.Cases)), rub(100_000+rng.Int64N(5_000_000)), p)
	}
	return f
}

func programmeFile() File {
	f := File{Family: "programme", Description: "The checks of a programme of personalized financing (domain §3.1): the largest quota the volume allows, floor(volume / nominal), and the excess of quota × nominal over the volume. Expected values: a big.Rat reference."}
	q := func(n int) *int { return &n }
	add := func(name string, in ProgrammeInputs) {
		f.Cases = append(f.Cases, Case{Name: name, Rule: "quota × nominal ≤ volume", Source: srcProgr, Profile: "pfdo2017",
			Inputs: encode(in), Expected: encode(refProgramme(in))})
	}
	add("within the volume", ProgrammeInputs{"10000.00", "1000000.00", q(100)})
	add("one certificate too many", ProgrammeInputs{"10000.00", "1000000.00", q(101)})
	add("quota 0", ProgrammeInputs{"10000.00", "1000000.00", q(0)})
	add("quota 1 with no volume", ProgrammeInputs{"10000.00", "0.00", q(1)})
	add("quota 1 within", ProgrammeInputs{"10000.00", "10000.00", q(1)})
	add("no quota", ProgrammeInputs{"10000.00", "5000.00", nil})
	add("Khanty-Mansiysk Sep–Dec 2023 volume, nominal 30 041 ₽", ProgrammeInputs{"30041.00", "16729499.85", q(557)})
	add("Khanty-Mansiysk Jan–Aug 2024 volume", ProgrammeInputs{"30041.00", "65536392.07", q(2000)})
	rng := rand.New(rand.NewPCG(45, 5))
	for len(f.Cases) < 16 {
		add(fmt.Sprintf("random %d", len(f.Cases)), ProgrammeInputs{rub(100_000 + rng.Int64N(3_000_000)), rub(rng.Int64N(1_000_000_000)), q(rng.IntN(5000))})
	}
	return f
}
