package pfdo

import "strings"

// Citation names the legal act (or the operator's document) a value or a rule was taken from, so
// that every figure the library produces can say where it comes from: «Постановление
// администрации города Нягани от 14.08.2017 № 2541, п. 4».
type Citation struct {
	// Act is the kind and issuer of the act, as in its heading: «Постановление администрации
	// города Нягани», «Распоряжение Правительства Кабардино-Балкарской Республики».
	Act string `json:"act" validate:"required" ru:"наименование акта" en:"act"`
	// Number is the registration number: "2541", "242-рп".
	Number string `json:"number,omitempty" ru:"номер акта" en:"act number"`
	// Date is the date the act was signed.
	Date Date `json:"date,omitzero" ru:"дата акта" en:"act date"`
	// Clause is the clause, article or appendix: "п. 4.1", "приложение 2".
	Clause string `json:"clause,omitempty" ru:"пункт акта" en:"clause"`
	// URL is where the act can be read.
	URL string `json:"url,omitempty" validate:"omitempty,url" ru:"ссылка на акт" en:"URL"`
}

// String renders the citation the way Russian documents cite acts: «Act от DD.MM.YYYY № N, п. X».
func (c Citation) String() string {
	var b strings.Builder
	b.WriteString(c.Act)
	if !c.Date.IsZero() {
		b.WriteString(" от ")
		b.WriteString(c.Date.Format(LangRU))
	}
	if c.Number != "" {
		b.WriteString(" № ")
		b.WriteString(c.Number)
	}
	if c.Clause != "" {
		b.WriteString(", ")
		b.WriteString(c.Clause)
	}
	return b.String()
}

// IsZero reports whether c cites nothing.
func (c Citation) IsZero() bool { return c == Citation{} }
