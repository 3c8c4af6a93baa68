package conformance

// Period is a date range in the vectors: "2006-01-02" strings, both days included.
type Period struct {
	Start string `json:"start"`
	End   string `json:"end"`
}

// QuoteInputs are the inputs of a contract quote (domain §5).
type QuoteInputs struct {
	Group         Period `json:"group"`
	Period        Period `json:"period"`
	Start         string `json:"start"`
	Price         string `json:"price"`
	NormativeCost string `json:"normative_cost"`
	Balance       string `json:"balance"`
}

// QuoteExpected is a quote's dates and money.
type QuoteExpected struct {
	Stop            string `json:"stop"`
	Dc              int64  `json:"dc"`
	Dg              int64  `json:"dg"`
	M               int64  `json:"m"`
	D1              int64  `json:"d1"`
	AllFunds        string `json:"all_funds"`
	NormFunds       string `json:"norm_funds"`
	FundsCert       string `json:"funds_cert"`
	ParentsFunds    string `json:"parents_funds"`
	FirstMonthPrice string `json:"first_month_price"`
	OtherMonthPrice string `json:"other_month_price"`
	FirstMonthNorm  string `json:"first_month_norm"`
	OtherMonthNorm  string `json:"other_month_norm"`
	ParentsFirst    string `json:"parents_first"`
	ParentsOther    string `json:"parents_other"`
	PayerFirst      string `json:"payer_first"`
	PayerOther      string `json:"payer_other"`
}

// PaymentInputs are a monthly payment, the completeness reported and the advance percentage.
type PaymentInputs struct {
	Payment        string `json:"payment"`
	Completeness   int    `json:"completeness"`
	AdvancePercent string `json:"advance_percent"`
}

// PaymentExpected are the advance, the final invoice, what returns to the certificate and what is
// payable after the advance.
type PaymentExpected struct {
	Advance  string `json:"advance"`
	Final    string `json:"final"`
	Returned string `json:"returned"`
	Payable  string `json:"payable"`
}

// ModuleInputs are the module values of the 2017 methodology.
type ModuleInputs struct {
	Hours                  int `json:"hours"`
	IndividualHours        int `json:"individual_hours"`
	AdditionalTeacherHours int `json:"additional_teacher_hours"`
	GroupMin               int `json:"group_min"`
	GroupMax               int `json:"group_max"`
}

// NormativeCostInputs are the resolved parameters (K1, K2, Cdir and Kmat already the module's
// variants) and the module.
type NormativeCostInputs struct {
	Parameters            map[string]string `json:"parameters"`
	Module                ModuleInputs      `json:"module"`
	FixedAverageGroupSize int               `json:"fixed_average_group_size,omitempty"`
}

// NormativeCostExpected is the cost in whole rubles.
type NormativeCostExpected struct {
	Cost string `json:"cost"`
}

// PeriodNominalInput is a financing period with a nominal.
type PeriodNominalInput struct {
	Period  Period `json:"period"`
	Nominal string `json:"nominal"`
}

// RoundingInput is a rounding rule.
type RoundingInput struct {
	Mode   string `json:"mode"`
	Places int32  `json:"places"`
}

// RecommendedPriceInputs are a group's dates and the periods with their nominals.
type RecommendedPriceInputs struct {
	Group    Period               `json:"group"`
	Periods  []PeriodNominalInput `json:"periods"`
	Rounding RoundingInput        `json:"rounding"`
}

// RecommendedPriceExpected is the recommended price.
type RecommendedPriceExpected struct {
	Price string `json:"price"`
}

// NominalInputs are the inputs of the nominal rules: Kind "annualise" (Nominal, Period) or
// "prorate" (Nominal, Period, Start).
type NominalInputs struct {
	Kind    string `json:"kind"`
	Nominal string `json:"nominal"`
	Period  Period `json:"period"`
	Start   string `json:"start,omitempty"`
}

// NominalExpected is the resulting nominal.
type NominalExpected struct {
	Nominal string `json:"nominal"`
}

// ProgrammeInputs are a category's nominal, volume and quota (nil when not set).
type ProgrammeInputs struct {
	Nominal string `json:"nominal"`
	Volume  string `json:"volume"`
	Quota   *int   `json:"quota,omitempty"`
}

// ProgrammeExpected are the largest quota the volume allows and the excess of quota × nominal.
type ProgrammeExpected struct {
	MaxQuota int64  `json:"max_quota"`
	Excess   string `json:"excess"`
}

// DeadlineInputs are a deadline text and the roadmap's default year.
type DeadlineInputs struct {
	Text string `json:"text"`
	Year int    `json:"year"`
}

// DeadlineExpected are the deadlines the text holds.
type DeadlineExpected struct {
	Deadlines []DeadlineRange `json:"deadlines"`
}

// DeadlineRange is one deadline: its kind and dates ("" start for «до D»).
type DeadlineRange struct {
	Kind  string `json:"kind"`
	Start string `json:"start,omitempty"`
	End   string `json:"end"`
}

// RolloutInputs ask what is in force in a municipality of the Tomsk appendix on a date.
type RolloutInputs struct {
	Municipality string `json:"municipality"`
	Date         string `json:"date"`
}

// RolloutExpected is the mechanism in force: none, accounting, accounting_and_financing.
type RolloutExpected struct {
	Mechanism string `json:"mechanism"`
}

// LedgerStep is one command of a ledger scenario with the balances of the certificate's period
// after it.
type LedgerStep struct {
	Command      string `json:"command"` // issue, convert, request, accept, activate, write_off, terminate, invoice, tick
	Date         string `json:"date"`
	Contract     string `json:"contract,omitempty"`
	Group        string `json:"group,omitempty"`
	Start        string `json:"start,omitempty"`
	Month        int    `json:"month,omitempty"`
	Completeness int    `json:"completeness,omitempty"`
}

// LedgerInputs are a scenario: the catalog of the domain vectors and the steps.
type LedgerInputs struct {
	Steps []LedgerStep `json:"steps"`
}

// LedgerBalance is the certificate's first period after a step.
type LedgerBalance struct {
	Balance  string `json:"balance"`
	Reserved string `json:"reserved"`
	Paid     string `json:"paid"`
}

// LedgerExpected are the balances after each step.
type LedgerExpected struct {
	After []LedgerBalance `json:"after"`
}
