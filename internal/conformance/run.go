package conformance

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/pfdo-go/pfdo/certificate"
	"github.com/pfdo-go/pfdo/norms"
	"github.com/pfdo-go/pfdo/pfdo"
	"github.com/pfdo-go/pfdo/schedule"
)

// Result is the outcome of one case.
type Result struct {
	Family string `json:"family"`
	Name   string `json:"name"`
	Pass   bool   `json:"pass"`
	// Got is what the library computed, as JSON, when it differs from the expected outputs.
	Got string `json:"got,omitempty"`
	Err string `json:"error,omitempty"`
}

// Load reads every *.json vector file of dir, strictly, in name order.
func Load(dir string) ([]File, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	slices.Sort(names)
	var files []File
	for _, n := range names {
		if filepath.Base(n) == "vectors.schema.json" {
			continue
		}
		data, err := os.ReadFile(n)
		if err != nil {
			return nil, err
		}
		var f File
		if err := pfdo.Decode(data, &f); err != nil {
			return nil, fmt.Errorf("%s: %w", n, err)
		}
		files = append(files, f)
	}
	return files, nil
}

// Run checks every case of the files against the library.
func Run(files []File) []Result {
	var out []Result
	for _, f := range files {
		for _, c := range f.Cases {
			r := Result{Family: f.Family, Name: c.Name}
			got, err := compute(f.Family, c.Inputs)
			switch {
			case err != nil:
				r.Err = pfdo.Localize(err, pfdo.LangEN)
			default:
				r.Pass = jsonEqual(got, c.Expected)
				if !r.Pass {
					r.Got = string(got)
				}
			}
			out = append(out, r)
		}
	}
	return out
}

func jsonEqual(a, b []byte) bool {
	var x, y any
	if json.Unmarshal(a, &x) != nil || json.Unmarshal(b, &y) != nil {
		return false
	}
	ja, _ := json.Marshal(x)
	jb, _ := json.Marshal(y)
	return bytes.Equal(ja, jb)
}

func decode[T any](in Object) (T, error) {
	var v T
	err := pfdo.Decode(in, &v)
	return v, err
}

func period(p Period) pfdo.Period {
	return pfdo.Period{Start: date(p.Start), End: date(p.End)}
}

func date(s string) pfdo.Date {
	d, _ := pfdo.ParseDate(s) // an unreadable date gives the zero Date, which the rules refuse
	return d
}

func money(s string) pfdo.Money {
	m, _ := pfdo.ParseMoney(s)
	return m
}

// compute runs the library on one case's inputs and returns its outputs in the family's format.
func compute(family string, in Object) ([]byte, error) {
	r2017 := certificate.Rules2017()
	switch family {
	case "contract_quote":
		v, err := decode[QuoteInputs](in)
		if err != nil {
			return nil, err
		}
		q, err := r2017.QuoteContract(certificate.QuoteRequest{Group: period(v.Group), Period: period(v.Period), Start: date(v.Start),
			Price: money(v.Price), NormativeCost: money(v.NormativeCost), Balance: money(v.Balance)})
		if err != nil {
			return nil, err
		}
		return json.Marshal(QuoteExpected{Stop: q.Stop.String(), Dc: int64(q.Dc), Dg: int64(q.Dg), M: int64(q.M), D1: int64(q.D1),
			AllFunds: q.AllFunds.String(), NormFunds: q.NormFunds.String(), FundsCert: q.FundsCert.String(), ParentsFunds: q.ParentsFunds.String(),
			FirstMonthPrice: q.FirstMonthPrice.String(), OtherMonthPrice: q.OtherMonthPrice.String(), FirstMonthNorm: q.FirstMonthNorm.String(),
			OtherMonthNorm: q.OtherMonthNorm.String(), ParentsFirst: q.ParentsFirst.String(), ParentsOther: q.ParentsOther.String(),
			PayerFirst: q.PayerFirst.String(), PayerOther: q.PayerOther.String()})
	case "payments":
		v, err := decode[PaymentInputs](in)
		if err != nil {
			return nil, err
		}
		p := pfdo.Profile2017()
		p.AdvancePercent, err = pfdo.ParseRate(v.AdvancePercent)
		if err != nil {
			return nil, err
		}
		rules, err := certificate.NewRules(p)
		if err != nil {
			return nil, err
		}
		adv, err := rules.Advance(money(v.Payment))
		if err != nil {
			return nil, err
		}
		fin, err := rules.ByCompleteness(money(v.Payment), v.Completeness)
		if err != nil {
			return nil, err
		}
		// The one-pass month of a region must agree with the line-by-line rules.
		month, err := rules.Month([]certificate.MonthLine{{Payment: money(v.Payment), Completeness: v.Completeness}})
		if err != nil {
			return nil, err
		}
		if month.Advance != adv || month.Final != fin {
			return nil, fmt.Errorf("Rules.Month gives advance %s and final %s, the line rules %s and %s", month.Advance, month.Final, adv, fin)
		}
		return json.Marshal(PaymentExpected{Advance: adv.String(), Final: fin.String(), Returned: money(v.Payment).Sub(fin).String(), Payable: fin.Sub(adv).String()})
	case "normative_cost":
		return normativeCost(in)
	case "recommended_price":
		v, err := decode[RecommendedPriceInputs](in)
		if err != nil {
			return nil, err
		}
		var ps []norms.PeriodNominal
		for _, p := range v.Periods {
			ps = append(ps, norms.PeriodNominal{Period: period(p.Period), Nominal: money(p.Nominal)})
		}
		mode, err := pfdo.ParseRounding(v.Rounding.Mode)
		if err != nil {
			return nil, err
		}
		rec, err := norms.RecommendPrice(period(v.Group), ps, pfdo.RoundingRule{Mode: mode, Places: v.Rounding.Places})
		if err != nil {
			return nil, err
		}
		return json.Marshal(RecommendedPriceExpected{Price: rec.Price.String()})
	case "nominals":
		v, err := decode[NominalInputs](in)
		if err != nil {
			return nil, err
		}
		rd := pfdo.Profile2017().Rounding
		var n pfdo.Money
		switch v.Kind {
		case "annualise":
			n, err = norms.Annualise(money(v.Nominal), period(v.Period), rd.AnnualisedNominal)
		case "prorate":
			n, err = norms.ProrateByMonths(money(v.Nominal), period(v.Period), date(v.Start), rd.ProratedNominal)
		default:
			err = fmt.Errorf("unknown kind %q", v.Kind)
		}
		if err != nil {
			return nil, err
		}
		return json.Marshal(NominalExpected{n.String()})
	case "programme":
		v, err := decode[ProgrammeInputs](in)
		if err != nil {
			return nil, err
		}
		c := norms.CategoryNorm{Category: "c", Nominal: money(v.Nominal), Volume: money(v.Volume), Quota: v.Quota}
		maxQ, err := c.MaxQuota()
		if err != nil {
			return nil, err
		}
		excess, err := c.Excess()
		if err != nil {
			return nil, err
		}
		return json.Marshal(ProgrammeExpected{MaxQuota: maxQ, Excess: excess.String()})
	case "deadlines":
		v, err := decode[DeadlineInputs](in)
		if err != nil {
			return nil, err
		}
		ds, err := schedule.ParseDeadlines(v.Text, v.Year)
		if err != nil {
			return nil, err
		}
		var out DeadlineExpected
		for _, d := range ds {
			out.Deadlines = append(out.Deadlines, DeadlineRange{Kind: d.Kind.String(), Start: d.Start.String(), End: d.End.String()})
		}
		return json.Marshal(out)
	case "rollout":
		v, err := decode[RolloutInputs](in)
		if err != nil {
			return nil, err
		}
		ro, err := schedule.Tomsk2018Rollout()
		if err != nil {
			return nil, err
		}
		m, err := ro.InForce(v.Municipality, date(v.Date))
		if err != nil {
			return nil, err
		}
		return json.Marshal(RolloutExpected{m.String()})
	case "ledger":
		return ledgerScenario(in)
	}
	return nil, fmt.Errorf("unknown family %q", family)
}

// normativeCost puts the resolved parameters of a case in a one-region parameter set with the
// variants of a first-category teacher (K1), another-category additional teacher (K2), high
// equipment (Kmat) and robotics (Cdir), and costs the module.
func normativeCost(in Object) ([]byte, error) {
	v, err := decode[NormativeCostInputs](in)
	if err != nil {
		return nil, err
	}
	keys := map[string]string{"K1": "first", "K2": "other", "Kmat": "high", "Cdir": "robotics"}
	set := norms.ParameterSet{Region: "vectors"}
	for name, value := range v.Parameters {
		r, err := pfdo.ParseRate(value)
		if err != nil {
			return nil, err
		}
		set.Parameters = append(set.Parameters, norms.Parameter{Name: name, Key: keys[name], Value: r, From: date("2000-01-01"),
			Source: pfdo.Citation{Act: "test vector"}})
	}
	slices.SortFunc(set.Parameters, func(a, b norms.Parameter) int {
		if a.Name < b.Name {
			return -1
		}
		return 1
	})
	p := pfdo.Profile2017()
	p.FixedAverageGroupSize = v.FixedAverageGroupSize
	c, err := norms.NewCalculator(p, set)
	if err != nil {
		return nil, err
	}
	m := &pfdo.Module{ID: "m", Name: "m", Hours: v.Module.Hours, IndividualHours: v.Module.IndividualHours,
		AdditionalTeacherHours: v.Module.AdditionalTeacherHours, GroupMin: v.Module.GroupMin, GroupMax: v.Module.GroupMax,
		TeacherQualification: pfdo.QualificationFirst, AdditionalTeacherQualification: pfdo.QualificationOther, EquipmentLevel: pfdo.EquipmentHigh}
	res, err := c.NormativeCost(norms.CostRequest{Module: m, Direction: pfdo.DirectionRobotics}, "", 0, date("2020-01-01"))
	if err != nil {
		return nil, err
	}
	return json.Marshal(NormativeCostExpected{Cost: res.Cost.String()})
}

// ledgerCatalog is the setting of the domain's vectors.
func ledgerCatalog() certificate.Catalog {
	return certificate.Catalog{
		Periods:    []pfdo.Period{period(Period{"2017-09-01", "2017-12-31"}), period(Period{"2018-01-01", "2018-08-31"})},
		Categories: []certificate.Category{{ID: "5-17", Nominals: []pfdo.Money{money("6000"), money("15000")}}},
		Programs:   []certificate.Program{{ID: "p", Direction: pfdo.DirectionRobotics}},
		Groups: []certificate.Group{{ID: "g1", Module: "m1", Program: "p", Provider: "dtt", Payer: "uo", Dates: period(Period{"2017-09-01", "2018-05-31"}),
			Capacity: 12, Price: money("5962"), NormativeCost: money("5856")}},
		Agreements: []certificate.Agreement{{Payer: "uo", Provider: "dtt", Period: 0}, {Payer: "uo", Provider: "dtt", Period: 1}},
	}
}

func ledgerScenario(in Object) ([]byte, error) {
	v, err := decode[LedgerInputs](in)
	if err != nil {
		return nil, err
	}
	l, err := certificate.New(certificate.Rules2017(), ledgerCatalog())
	if err != nil {
		return nil, err
	}
	const cert = "0000000001"
	var out LedgerExpected
	for i, s := range v.Steps {
		key := fmt.Sprintf("step%d", i)
		b := certificate.Base{Key: key, Certificate: cert, Date: date(s.Date)}
		switch s.Command {
		case "issue":
			_, err = l.Apply(certificate.Issue{Base: b, Category: "5-17"})
		case "convert":
			_, err = l.Apply(certificate.ConvertToFinancing{Base: b})
		case "request":
			_, err = l.Apply(certificate.RequestContract{Base: b, Contract: s.Contract, Group: s.Group, Start: date(s.Start)})
		case "accept":
			_, err = l.Apply(certificate.NewAcceptContract(key, cert, s.Contract, date(s.Date)))
		case "activate":
			_, err = l.Apply(certificate.NewActivateContract(key, cert, s.Contract, date(s.Date)))
		case "terminate":
			_, err = l.Apply(certificate.NewTerminate(key, cert, s.Contract, date(s.Date)))
		case "invoice":
			_, err = l.Apply(certificate.NewInvoiceCompleteness(key, cert, s.Contract, date(s.Date), s.Month, s.Completeness))
		case "write_off":
			_, err = l.WriteOffMonth(key, date(s.Date))
		case "tick":
			_, err = l.Tick(key, date(s.Date))
		default:
			err = fmt.Errorf("unknown command %q", s.Command)
		}
		if err != nil {
			return nil, fmt.Errorf("step %d (%s): %w", i, s.Command, err)
		}
		cv, err := l.Certificate(cert)
		if err != nil {
			return nil, err
		}
		bal := LedgerBalance{"0.00", "0.00", "0.00"}
		if len(cv.Periods) > 0 {
			p := cv.Periods[0]
			bal = LedgerBalance{p.Balance.String(), p.Reserved.String(), p.Paid.String()}
		}
		out.After = append(out.After, bal)
	}
	return json.Marshal(out)
}
