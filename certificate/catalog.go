package certificate

import (
	"slices"
	"strconv"

	"github.com/pfdo-go/pfdo/pfdo"
)

// Catalog is what the ledger needs to know besides the certificates: the financing periods, the
// categories of children with their norms and quotas (from the programme of personalized
// financing), the groups with their prices, the programs' limits and the payment agreements. It is
// fixed when the ledger is made.
type Catalog struct {
	// Periods are the financing periods, in order, without overlaps.
	Periods    []pfdo.Period `json:"periods" validate:"min=1,dive"`
	Categories []Category    `json:"categories" validate:"min=1,dive"`
	Programs   []Program     `json:"programs" validate:"dive"`
	Groups     []Group       `json:"groups" validate:"dive"`
	Agreements []Agreement   `json:"agreements" validate:"dive"`
	// Registers are the rules of the municipal-task registers (domain reference §6.3): for a
	// payer and a certificate status, whether a register is open and how many services or hours
	// a certificate may use in it.
	Registers []RegisterRule `json:"registers" validate:"dive"`
}

// RegisterRule opens a municipal-task register (preprofessional, significant or general
// programs) to the certificates of a status paid by a payer, with limits per certificate; 0
// means no limit.
type RegisterRule struct {
	Payer       string                 `json:"payer" validate:"required"`
	Status      pfdo.CertificateStatus `json:"status" validate:"enum"`
	Register    pfdo.Register          `json:"register" validate:"enum"`
	MaxServices int                    `json:"max_services" validate:"min=0"`
	MaxHours    int                    `json:"max_hours" validate:"min=0"`
}

// Category is a category of children with its nominal in each financing period (the norm of the
// programme), its quota of financing certificates and the optional limit on the sum of nominals
// (domain reference §3.4), and its limits per direction.
type Category struct {
	ID string `json:"id" validate:"required"`
	// Nominals holds the nominal of each financing period, index by index.
	Nominals        []pfdo.Money           `json:"nominals" validate:"min=1,dive,money_nonneg"`
	Quota           *int                   `json:"quota,omitempty" validate:"omitempty,min=0"`
	NominalsLimit   *pfdo.Money            `json:"nominals_limit,omitempty" validate:"omitempty,money_nonneg"`
	DirectionLimits map[pfdo.Direction]int `json:"direction_limits,omitempty"`
}

// Program is a program with the largest number of living contracts it takes (0: no limit).
type Program struct {
	ID        string         `json:"id" validate:"required"`
	Direction pfdo.Direction `json:"direction" validate:"enum"`
	Limit     int            `json:"limit" validate:"min=0"`
}

// Group is a study group of a module: its program, provider and payer, dates, places, price and
// normative cost.
type Group struct {
	ID            string      `json:"id" validate:"required"`
	Module        string      `json:"module" validate:"required"`
	Program       string      `json:"program" validate:"required"`
	Provider      string      `json:"provider" validate:"required"`
	Payer         string      `json:"payer" validate:"required"`
	Dates         pfdo.Period `json:"dates"`
	Capacity      int         `json:"capacity" validate:"min=1"`
	Price         pfdo.Money  `json:"price" validate:"money_nonneg"`
	NormativeCost pfdo.Money  `json:"normative_cost" validate:"money_nonneg"`
}

// Agreement is a payment agreement between a payer and a provider for a financing period, with
// an optional cap on Σ(Paid + Reserved) of its contracts.
type Agreement struct {
	Payer    string      `json:"payer" validate:"required"`
	Provider string      `json:"provider" validate:"required"`
	Period   int         `json:"period" validate:"min=0"`
	Cap      *pfdo.Money `json:"cap,omitempty" validate:"omitempty,money_nonneg"`
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
