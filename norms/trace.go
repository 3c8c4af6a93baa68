package norms

import (
	"strconv"
	"strings"

	"github.com/pfdo-go/pfdo/pfdo"
)

// Trace explains a result: each step with its formula in words, the inputs with their values
// and provenance (the date a value applies from, its jurisdiction and act), the rounding applied
// and the value. It renders as JSON and, by String, as Russian text — the answer to "why is this
// module's normative cost N ₽?".
type Trace struct {
	// Title says what was computed: «Нормативная стоимость модуля «…» (m1)».
	Title string `json:"title"`
	// Method and Profile name the rules applied.
	Method  string `json:"method"`
	Profile string `json:"profile"`
	// Date and Jurisdiction are what the parameters were resolved for.
	Date         pfdo.Date `json:"date,omitzero"`
	Jurisdiction string    `json:"jurisdiction,omitempty"`
	Steps        []Step    `json:"steps"`
	// Result is the final value.
	Result pfdo.Money `json:"result"`
}

// Step is one step of a calculation.
type Step struct {
	Name    string  `json:"name"`
	Formula string  `json:"formula,omitempty"`
	Inputs  []Input `json:"inputs,omitempty"`
	// Exact is the exact value before any rounding, as a decimal with enough places to show it
	// (a fraction that does not terminate is cut at 6 places and marked "…").
	Exact string `json:"exact,omitempty"`
	// Rounding names the rounding rule applied, when one is.
	Rounding string `json:"rounding,omitempty"`
	// Value is the value of the step as shown: rounded by Rounding when given, otherwise to
	// kopecks for display only.
	Value string `json:"value"`
}

// Input is a value a step uses, with its provenance.
type Input struct {
	Symbol string `json:"symbol"`
	Label  string `json:"label"`
	Value  string `json:"value"`
	Unit   string `json:"unit,omitempty"`
	// Origin says where a value that is not a parameter comes from: «модуль программы»,
	// «профиль pfdo2017».
	Origin string `json:"origin,omitempty"`
	// From, Jurisdiction and Source give the provenance of a parameter value.
	From         pfdo.Date      `json:"from,omitzero"`
	Jurisdiction string         `json:"jurisdiction,omitempty"`
	Source       *pfdo.Citation `json:"source,omitempty"`
}

// String renders the trace as Russian text.
func (t *Trace) String() string {
	var b strings.Builder
	b.WriteString(t.Title)
	b.WriteString(": ")
	b.WriteString(t.Result.Format(pfdo.LangRU))
	b.WriteString("\n")
	b.WriteString("Метод: " + t.Method)
	if t.Profile != "" {
		b.WriteString("; профиль правил: " + t.Profile)
	}
	if !t.Date.IsZero() {
		b.WriteString("; параметры на " + t.Date.Format(pfdo.LangRU))
	}
	if t.Jurisdiction != "" {
		b.WriteString(" для территории: " + t.Jurisdiction)
	}
	b.WriteString(".\n")
	for i, s := range t.Steps {
		b.WriteString("\n")
		b.WriteString(strconv.Itoa(i+1) + ". " + s.Name + ": " + s.Value + "\n")
		if s.Formula != "" {
			b.WriteString("   Формула: " + s.Formula + "\n")
		}
		if s.Exact != "" {
			b.WriteString("   Точное значение: " + russianNumber(s.Exact) + "\n")
		}
		if s.Rounding != "" {
			b.WriteString("   Округление: " + s.Rounding + "\n")
		}
		for _, in := range s.Inputs {
			b.WriteString("   " + in.Symbol + " = " + in.Value)
			if in.Unit != "" {
				b.WriteString(" " + in.Unit)
			}
			b.WriteString(" — " + in.Label)
			switch {
			case in.Source != nil:
				b.WriteString("; действует с " + in.From.Format(pfdo.LangRU) + ", " + in.Jurisdiction + "; " + in.Source.String())
			case in.Origin != "":
				b.WriteString("; " + in.Origin)
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}
