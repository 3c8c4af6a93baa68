package certificate

import (
	"slices"
	"strconv"

	"github.com/pfdo-go/pfdo/norms"
	"github.com/pfdo-go/pfdo/pfdo"
)

// Catalog is what the ledger needs to know besides the certificates: the financing periods, the
// categories of children with their norms and quotas (from the programme of personalized
// financing), the groups with their prices, the programs' limits and the payment agreements. It is
// fixed when the ledger is made.
type Catalog struct {
	// Periods are the financing periods, in order, without overlaps.
	Periods    []pfdo.Period `json:"periods" validate:"min=1,dive" ru:"периоды финансирования" en:"financing periods"`
	Categories []Category    `json:"categories" validate:"min=1,dive" ru:"категории детей" en:"categories"`
	Programs   []Program     `json:"programs" validate:"dive" ru:"программы" en:"programs"`
	Groups     []Group       `json:"groups" validate:"dive" ru:"группы" en:"groups"`
	Agreements []Agreement   `json:"agreements" validate:"dive" ru:"соглашения с поставщиками" en:"payment agreements"`
	// Registers are the rules of the municipal-task registers (domain reference §6.3): for a
	// payer and a certificate status, whether a register is open and how many services or hours
	// a certificate may use in it.
	Registers []RegisterRule `json:"registers" validate:"dive" ru:"реестры муниципального задания" en:"municipal-task registers"`
}

// RegisterRule opens a municipal-task register (preprofessional, significant or general
// programs) to the certificates of a status paid by a payer, with limits per certificate; 0
// means no limit.
type RegisterRule struct {
	Payer       string                 `json:"payer" validate:"required" ru:"уполномоченная организация" en:"payer"`
	Status      pfdo.CertificateStatus `json:"status" validate:"enum" ru:"статус сертификата" en:"certificate status"`
	Register    pfdo.Register          `json:"register" validate:"enum" ru:"реестр программ" en:"register"`
	MaxServices int                    `json:"max_services" validate:"min=0" ru:"лимит числа услуг" en:"limit of services"`
	MaxHours    int                    `json:"max_hours" validate:"min=0" ru:"лимит часов" en:"limit of hours"`
}

// Category is a category of children with its nominal in each financing period (the norm of the
// programme), its quota of financing certificates and the optional limit on the sum of nominals
// (domain reference §3.4), and its limits per direction.
type Category struct {
	ID string `json:"id" validate:"required" ru:"код категории детей" en:"category code"`
	// Nominals holds the nominal of each financing period, index by index.
	Nominals        []pfdo.Money           `json:"nominals" validate:"min=1,dive,money_nonneg" ru:"номиналы по периодам" en:"nominals by period"`
	Quota           *int                   `json:"quota,omitempty" validate:"omitempty,min=0" ru:"число сертификатов (не более)" en:"quota"`
	NominalsLimit   *pfdo.Money            `json:"nominals_limit,omitempty" validate:"omitempty,money_nonneg" ru:"предельная сумма номиналов" en:"limit on the sum of nominals"`
	DirectionLimits []norms.DirectionLimit `json:"direction_limits,omitempty" validate:"dive" ru:"ограничения по направленностям" en:"limits per direction"`
}

// directionLimit returns the category's limit for a direction.
func (c *Category) directionLimit(d pfdo.Direction) (int, bool) {
	for _, l := range c.DirectionLimits {
		if l.Direction == d {
			return l.MaxChildren, true
		}
	}
	return 0, false
}

// Program is a program with the largest number of living contracts it takes (0: no limit).
type Program struct {
	ID        string         `json:"id" validate:"required" ru:"идентификатор программы" en:"program id"`
	Direction pfdo.Direction `json:"direction" validate:"enum" ru:"направленность" en:"direction"`
	Limit     int            `json:"limit" validate:"min=0" ru:"лимит зачисления" en:"enrollment limit"`
}

// Group is a study group of a module: its program, provider and payer, dates, places, price and
// normative cost.
type Group struct {
	ID            string      `json:"id" validate:"required" ru:"идентификатор группы" en:"group id"`
	Module        string      `json:"module" validate:"required" ru:"идентификатор модуля" en:"module id"`
	Program       string      `json:"program" validate:"required" ru:"идентификатор программы" en:"program id"`
	Provider      string      `json:"provider" validate:"required" ru:"поставщик" en:"provider"`
	Payer         string      `json:"payer" validate:"required" ru:"уполномоченная организация" en:"payer"`
	Dates         pfdo.Period `json:"dates" ru:"сроки обучения группы" en:"group dates"`
	Capacity      int         `json:"capacity" validate:"min=1" ru:"число мест" en:"capacity"`
	Price         pfdo.Money  `json:"price" validate:"money_nonneg" ru:"цена модуля" en:"price"`
	NormativeCost pfdo.Money  `json:"normative_cost" validate:"money_nonneg" ru:"нормативная стоимость модуля" en:"normative cost"`
}

// Agreement is a payment agreement between a payer and a provider for a financing period, with
// an optional cap on Σ(Paid + Reserved) of its contracts.
type Agreement struct {
	Payer    string      `json:"payer" validate:"required" ru:"уполномоченная организация" en:"payer"`
	Provider string      `json:"provider" validate:"required" ru:"поставщик" en:"provider"`
	Period   int         `json:"period" validate:"min=0" ru:"номер периода" en:"period index"`
	Cap      *pfdo.Money `json:"cap,omitempty" validate:"omitempty,money_nonneg" ru:"максимальная сумма соглашения" en:"cap"`
}

// catalog is the Catalog indexed for the ledger.
type catalog struct {
	Catalog
	categories map[string]int
	programs   map[string]int
	groups     map[string]int
	agreements map[agreementKey]int
	registers  map[registerKey]int
}

type registerKey struct {
	payer    string
	status   pfdo.CertificateStatus
	register pfdo.Register
}

type agreementKey struct {
	payer, provider string
	period          int
}

func indexCatalog(c Catalog) (*catalog, error) {
	if err := pfdo.Validate(c); err != nil {
		return nil, err
	}
	x := &catalog{Catalog: c, categories: map[string]int{}, programs: map[string]int{}, groups: map[string]int{},
		agreements: map[agreementKey]int{}, registers: map[registerKey]int{}}
	var errs pfdo.Errors
	bad := func(field, value, ru, en string) {
		errs = append(errs, &pfdo.Error{Code: "certificate.catalog", Field: field, Value: value, Err: pfdo.ErrValidation, RU: ru, EN: en})
	}
	for i := 1; i < len(c.Periods); i++ {
		if !c.Periods[i].Start.After(c.Periods[i-1].End) {
			bad("periods["+strconv.Itoa(i)+"]", c.Periods[i].String(), "периоды должны идти по порядку без пересечений", "periods must be in order without overlaps")
		}
	}
	for i, cat := range c.Categories {
		if len(cat.Nominals) != len(c.Periods) {
			bad("categories["+strconv.Itoa(i)+"].nominals", cat.ID, "номиналов должно быть столько же, сколько периодов", "one nominal per period")
		}
		x.categories[cat.ID] = i
	}
	for i, p := range c.Programs {
		x.programs[p.ID] = i
	}
	for i, g := range c.Groups {
		if _, ok := x.programs[g.Program]; !ok {
			bad("groups["+strconv.Itoa(i)+"].program", g.Program, "программа не указана в каталоге", "unknown program")
		}
		x.groups[g.ID] = i
	}
	for i, a := range c.Agreements {
		if a.Period >= len(c.Periods) {
			bad("agreements["+strconv.Itoa(i)+"].period", strconv.Itoa(a.Period), "нет такого периода", "no such period")
		}
		x.agreements[agreementKey{a.Payer, a.Provider, a.Period}] = i
	}
	for i, r := range c.Registers {
		if r.Register == pfdo.RegisterCertified {
			bad("registers["+strconv.Itoa(i)+"].register", r.Register.String(), "сертифицированные программы оплачиваются по договорам, а не по муниципальному заданию",
				"certified programs are paid by contracts, not by the municipal task")
		}
		x.registers[registerKey{r.Payer, r.Status, r.Register}] = i
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return x, nil
}

// periodOf returns the index of the financing period containing d, or −1.
func (c *catalog) periodOf(d pfdo.Date) int {
	i, found := slices.BinarySearchFunc(c.Periods, d, func(p pfdo.Period, d pfdo.Date) int {
		switch {
		case p.End.Before(d):
			return -1
		case p.Start.After(d):
			return 1
		}
		return 0
	})
	if !found {
		return -1
	}
	return i
}
