package norms

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/pfdo-go/pfdo/pfdo"
)

// CostRequest is what a normative-cost method needs besides the parameters: the module and the
// direction of its program.
type CostRequest struct {
	Module    *pfdo.Module
	Direction pfdo.Direction
}

// Result is a normative cost with its trace (nil when the trace was not asked for).
type Result struct {
	Cost  pfdo.Money
	Trace *Trace
}

// Method computes the normative cost of a module from resolved parameters. The methods are
// Methodology2017 and PerChildHour; MethodFor picks the one a profile names.
type Method interface {
	// Name is the method's code, as profiles name it.
	Name() string
	// Parameters lists the parameter variants the method needs for the request.
	Parameters(req CostRequest) []ParamKey
	// Cost computes the normative cost; with trace it also explains it. A missing parameter,
	// a zero or negative divisor, or an invalid module is an error; nothing is guessed.
	Cost(req CostRequest, r *Resolved, trace bool) (Result, error)
}

// MethodFor returns the method a profile names, configured by the profile.
func MethodFor(p pfdo.Profile) (Method, error) {
	switch p.NormativeCostMethod {
	case "methodology2017":
		return Methodology2017{FixedAverageGroupSize: p.FixedAverageGroupSize, Rounding: p.Rounding.NormativeCost, Profile: p.Name}, nil
	case "per_child_hour":
		return PerChildHour{Rounding: p.Rounding.NormativeCost, Profile: p.Name}, nil
	}
	return nil, &pfdo.Error{Code: "norms.unknown_method", Field: "normative_cost_method", Value: p.NormativeCostMethod,
		Err: ErrUnknownMethod, RU: "неизвестный метод расчёта нормативной стоимости; известны methodology2017 и per_child_hour",
		EN: "unknown normative cost method; known: methodology2017, per_child_hour"}
}

// symbolInfo describes a parameter of a method: its Russian label and unit.
type symbolInfo struct{ ru, unit string }

// symbols2017 are the common parameters of the 2017 methodology (domain reference §4.1; the
// symbols and units of Нягань, постановление от 14.08.2017 № 2541).
var symbols2017 = map[string]symbolInfo{
	"ZP":    {"средняя заработная плата педагогических работников в месяц", "₽/мес."},
	"K1":    {"коэффициент квалификации основного педагога", ""},
	"K2":    {"коэффициент квалификации дополнительного педагога", ""},
	"S":     {"среднее количество ставок на одного педагога", "ст."},
	"Norm":  {"норма нагрузки на одного педагога на ставку", "ч/нед."},
	"Wm":    {"число недель в месяце", "нед."},
	"Wy":    {"число недель в году", "нед."},
	"Kdop":  {"коэффициент привлечения дополнительных педагогических работников", ""},
	"Kuvel": {"коэффициент увеличения на прочий персонал", ""},
	"Kotch": {"коэффициент отчислений по оплате труда", ""},
	"Kotp":  {"коэффициент отпускных", ""},
	"P":     {"полезное использование помещений в неделю", "ч/нед."},
	"Cdir":  {"базовая стоимость оснащения по направленности", "₽ на кабинет в неделю"},
	"Kmat":  {"коэффициент обеспечения (уровень оснащения)", ""},
	"Bsrv":  {"базовая потребность в приобретении услуг (кроме повышения квалификации)", "₽ на кабинет в неделю"},
	"Bpk":   {"базовая потребность в повышении квалификации одного педагога", "₽"},
	"Tpk":   {"периодичность повышения квалификации", "г."},
}

// Methodology2017 is the three-term normative cost of the 2017 methodology (domain reference
// §4.1), computed in exact rational arithmetic and rounded once:
//
//	NormCost = round( ZP·[(K1·Hg + K2·Hdop)/N + K1·Hind] / (S·Norm·Wm) · Kdop·(1+Kuvel)·Kotch·Kotp
//	                + (Hg + Hind·N) / (P·N) · (Cdir·Kmat + Bsrv)
//	                + (Hg + Hdop + Hind·N)·Kotp·Kdop / (Tpk·Wy·S·Norm·N) · Bpk )
//
// with Hg = H − Hind and N the average group size (Nmin + Nmax)/2, or FixedAverageGroupSize when
// it is not 0. K2 is needed only when the module has hours with an additional teacher.
type Methodology2017 struct {
	FixedAverageGroupSize int
	Rounding              pfdo.RoundingRule
	// Profile is the name of the profile the method came from, for traces.
	Profile string
}

// Name returns "methodology2017".
func (Methodology2017) Name() string { return "methodology2017" }

// Parameters lists the parameter variants the module needs.
func (m Methodology2017) Parameters(req CostRequest) []ParamKey {
	mod := req.Module
	keys := []ParamKey{{"ZP", ""}, {"K1", mod.TeacherQualification.String()}}
	if mod.AdditionalTeacherHours > 0 {
		keys = append(keys, ParamKey{"K2", mod.AdditionalTeacherQualification.String()})
	}
	for _, n := range []string{"S", "Norm", "Wm", "Wy", "Kdop", "Kuvel", "Kotch", "Kotp", "P"} {
		keys = append(keys, ParamKey{n, ""})
	}
	return append(keys, ParamKey{"Cdir", req.Direction.String()}, ParamKey{"Kmat", mod.EquipmentLevel.String()},
		ParamKey{"Bsrv", ""}, ParamKey{"Bpk", ""}, ParamKey{"Tpk", ""})
}

// Cost computes the normative cost of the module.
func (m Methodology2017) Cost(req CostRequest, r *Resolved, trace bool) (Result, error) {
	mod := req.Module
	in := newInputs(r, trace, symbols2017)
	for _, k := range m.Parameters(req) {
		in.param(k)
	}
	if len(in.errs) > 0 {
		return Result{}, in.errs
	}
	H, Hind, Hdop := fracInt(int64(mod.Hours)), fracInt(int64(mod.IndividualHours)), fracInt(int64(mod.AdditionalTeacherHours))
	Hg := H.sub(Hind)
	var N frac
	if m.FixedAverageGroupSize != 0 {
		N = fracInt(int64(m.FixedAverageGroupSize))
	} else {
		N = frac{big.NewInt(int64(mod.GroupMin) + int64(mod.GroupMax)), big.NewInt(2)}
	}
	if trace {
		in.module("H", "продолжительность модуля", strconv.Itoa(mod.Hours), "ч")
		in.module("Hind", "часы индивидуальных консультаций", strconv.Itoa(mod.IndividualHours), "ч")
		in.module("Hdop", "часы работы дополнительного педагога", strconv.Itoa(mod.AdditionalTeacherHours), "ч")
		if m.FixedAverageGroupSize != 0 {
			in.add(Input{Symbol: "N", Label: "средняя наполняемость группы", Value: strconv.Itoa(m.FixedAverageGroupSize), Unit: "чел.", Origin: "фиксированное значение профиля " + m.Profile})
		} else {
			in.module("N", "средняя наполняемость группы (Nmin + Nmax) / 2 = ("+strconv.Itoa(mod.GroupMin)+" + "+strconv.Itoa(mod.GroupMax)+") / 2", ratText(N.rat()), "чел.")
		}
	}
	if Hg.sign() < 0 {
		in.fail("individual_hours", strconv.Itoa(mod.IndividualHours), "часы индивидуальных консультаций больше продолжительности модуля", "individual hours exceed the module's hours")
	}
	in.positive("N", N, "group_min")
	for _, s := range []string{"S", "Norm", "Wm", "P", "Tpk", "Wy"} {
		in.positive(s, in.v[s], "")
	}
	if len(in.errs) > 0 {
		return Result{}, in.errs
	}
	v := in.v
	K2Hdop := fracInt(0)
	if mod.AdditionalTeacherHours > 0 {
		K2Hdop = v["K2"].mul(Hdop)
	}
	HindN := Hind.mul(N)
	// Term 1: pay of the teaching staff.
	hoursPerChild := v["K1"].mul(Hg).add(K2Hdop).quo(N).add(v["K1"].mul(Hind))
	t1 := product(v["ZP"], hoursPerChild.quo(product(v["S"], v["Norm"], v["Wm"])), v["Kdop"], fracInt(1).add(v["Kuvel"]), v["Kotch"], v["Kotp"])
	// Term 2: premises, equipment and services.
	t2 := Hg.add(HindN).quo(v["P"].mul(N)).mul(v["Cdir"].mul(v["Kmat"]).add(v["Bsrv"]))
	// Term 3: teacher training.
	t3 := product(sum(Hg, Hdop, HindN), v["Kotp"], v["Kdop"]).quo(product(v["Tpk"], v["Wy"], v["S"], v["Norm"], N)).mul(v["Bpk"])
	total := sum(t1, t2, t3).rat()
	cost, err := pfdo.MoneyFromDecimal(m.Rounding.Mode.Rat(total, m.Rounding.Places), pfdo.RoundTruncate)
	if err != nil {
		return Result{}, err
	}
	if !trace {
		return Result{Cost: cost}, nil
	}
	t := &Trace{
		Title: "Нормативная стоимость модуля «" + mod.Name + "» (" + mod.ID + ")", Method: m.Name(), Profile: m.Profile,
		Date: r.Date, Jurisdiction: jurisdictionText(r.Municipality, r.Territory), Result: cost,
		Steps: []Step{
			{Name: "Оплата труда педагогических работников",
				Formula: "ZP × [(K1 × Hg + K2 × Hdop) / N + K1 × Hind] / (S × Norm × Wm) × Kdop × (1 + Kuvel) × Kotch × Kotp, где Hg = H − Hind",
				Inputs:  in.pick("H", "Hind", "Hdop", "N", "ZP", "K1", "K2", "S", "Norm", "Wm", "Kdop", "Kuvel", "Kotch", "Kotp"),
				Exact:   ratText(t1.rat()), Value: displayRubles(t1.rat())},
			{Name: "Помещения, оснащение и услуги",
				Formula: "(Hg + Hind × N) / (P × N) × (Cdir × Kmat + Bsrv)",
				Inputs:  in.pick("P", "Cdir", "Kmat", "Bsrv"),
				Exact:   ratText(t2.rat()), Value: displayRubles(t2.rat())},
			{Name: "Повышение квалификации педагогов",
				Formula: "(Hg + Hdop + Hind × N) × Kotp × Kdop / (Tpk × Wy × S × Norm × N) × Bpk",
				Inputs:  in.pick("Tpk", "Wy", "Bpk"),
				Exact:   ratText(t3.rat()), Value: displayRubles(t3.rat())},
			{Name: "Нормативная стоимость модуля", Formula: "сумма трёх слагаемых, округлённая",
				Exact: ratText(total), Rounding: m.Rounding.String(), Value: cost.Format(pfdo.LangRU)},
		},
	}
	return Result{Cost: cost, Trace: t}, nil
}

// inputs gathers the values a calculation uses, their trace inputs and the problems found.
type inputs struct {
	r       *Resolved
	trace   bool
	symbols map[string]symbolInfo
	v       map[string]frac
	traced  map[string]Input
	errs    pfdo.Errors
}

func newInputs(r *Resolved, trace bool, symbols map[string]symbolInfo) *inputs {
	in := &inputs{r: r, trace: trace, symbols: symbols, v: make(map[string]frac, 20)}
	if trace {
		in.traced = make(map[string]Input, 24)
	}
	return in
}

// param looks a parameter up, recording its value under its symbol.
func (in *inputs) param(k ParamKey) {
	val, err := in.r.Get(k.Name, k.Key)
	if err != nil {
		in.errs = append(in.errs, pfdo.AsList(err)...)
		return
	}
	in.v[k.Name] = val.exact
	if in.trace {
		info := in.symbols[k.Name]
		label := info.ru
		if k.Key != "" {
			label += " (" + keyLabel(k.Key) + ")"
		}
		src := val.Source
		unit := val.Unit
		if unit == "" {
			unit = info.unit
		}
		in.add(Input{Symbol: k.Name, Label: label, Value: russianNumber(val.Value.String()), Unit: unit,
			From: val.From, Jurisdiction: val.Jurisdiction(), Source: &src})
	}
}

func (in *inputs) module(symbol, label, value, unit string) {
	if in.trace {
		in.add(Input{Symbol: symbol, Label: label, Value: russianNumber(value), Unit: unit, Origin: "модуль программы"})
	}
}

func (in *inputs) add(i Input) {
	if in.trace {
		in.traced[i.Symbol] = i
	}
}

// pick returns the traced inputs among symbols, in that order.
func (in *inputs) pick(symbols ...string) []Input {
	out := make([]Input, 0, len(symbols))
	for _, s := range symbols {
		if i, ok := in.traced[s]; ok {
			out = append(out, i)
		}
	}
	return out
}

// positive records an error when a divisor is zero or negative. field names the module field
// behind it, or "" for a parameter.
func (in *inputs) positive(symbol string, x frac, field string) {
	if x.n == nil || x.sign() > 0 {
		return
	}
	e := &pfdo.Error{Code: "norms.divisor", Value: ratText(x.rat()), Err: ErrInvalidDivisor,
		RU: "делитель " + symbol + " формулы должен быть больше нуля", EN: "the divisor " + symbol + " must be greater than zero"}
	if field != "" {
		e.Field = field
	} else {
		e.Field = "parameters"
		e.Value = symbol + " = " + ratText(x.rat())
	}
	in.errs = append(in.errs, e)
}

func (in *inputs) fail(field, value, ru, en string) {
	in.errs = append(in.errs, &pfdo.Error{Code: "norms.module", Field: field, Value: value, Err: pfdo.ErrValidation, RU: ru, EN: en})
}

// ratText renders an exact value: a terminating fraction in full, any other cut at 6 decimal
// places and marked with "…".
func ratText(q *big.Rat) string {
	if q.IsInt() {
		return q.Num().String()
	}
	d := new(big.Int).Set(q.Denom())
	places := 0
	for _, f := range []int64{2, 5} {
		n := 0
		bf := big.NewInt(f)
		for new(big.Int).Mod(d, bf).Sign() == 0 {
			d.Quo(d, bf)
			n++
		}
		places = max(places, n)
	}
	if d.Cmp(big.NewInt(1)) == 0 {
		return q.FloatString(places)
	}
	return q.FloatString(6) + "…"
}

// displayRubles shows an exact amount rounded to kopecks for display only.
func displayRubles(q *big.Rat) string {
	m, err := pfdo.MoneyFromDecimal(pfdo.RoundHalfAwayFromZero.Rat(q, 2), pfdo.RoundTruncate)
	if err != nil {
		return ratText(q)
	}
	if new(big.Rat).SetFrac64(m.Kopecks(), 100).Cmp(q) == 0 {
		return m.Format(pfdo.LangRU)
	}
	return "≈ " + m.Format(pfdo.LangRU)
}

// keyLabel gives the Russian label of a parameter variant that is an enum code («первая» for
// "first"), or the key itself.
func keyLabel(key string) string {
	if q, err := pfdo.ParseQualification(key); err == nil {
		return q.Label(pfdo.LangRU)
	}
	if e, err := pfdo.ParseEquipmentLevel(key); err == nil {
		return e.Label(pfdo.LangRU)
	}
	if d, err := pfdo.ParseDirection(key); err == nil {
		return d.Label(pfdo.LangRU)
	}
	if f, err := pfdo.ParseFormOfStudy(key); err == nil {
		return f.Label(pfdo.LangRU)
	}
	return key
}

// russianNumber writes a decimal with a comma: "39080.5" → "39080,5".
func russianNumber(s string) string { return strings.Replace(s, ".", ",", 1) }
