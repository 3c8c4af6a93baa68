package pfdo

import (
	"errors"
	"strings"
)

// Sentinel errors. Every error the library returns wraps one of them, so callers can branch with
// errors.Is without parsing text; errors.As with *Error gives the code, field, value and the
// Russian and English messages.
var (
	// ErrInvalidMoney: a money amount could not be parsed or has more than two decimals.
	ErrInvalidMoney = errors.New("pfdo: invalid money amount")
	// ErrInvalidRate: a coefficient or share could not be parsed.
	ErrInvalidRate = errors.New("pfdo: invalid rate")
	// ErrInvalidDate: a date could not be parsed or does not exist.
	ErrInvalidDate = errors.New("pfdo: invalid date")
	// ErrInvalidPeriod: a period ends before it starts.
	ErrInvalidPeriod = errors.New("pfdo: invalid period")
	// ErrUnknownCode: an enum code (direction, territory…) is not one of the defined values.
	ErrUnknownCode = errors.New("pfdo: unknown code")
	// ErrInvalidJSON: a document is not well-formed JSON, has a value of the wrong JSON type or a
	// field the type does not have.
	ErrInvalidJSON = errors.New("pfdo: invalid JSON document")
	// ErrValidation: a decoded value breaks a rule (a required field is missing, a bound is
	// crossed, two fields disagree).
	ErrValidation = errors.New("pfdo: validation failed")
	// ErrOutOfRange: a value is outside the bounds the library accepts (money beyond
	// ±MaxMoney, a date beyond year 9999).
	ErrOutOfRange = errors.New("pfdo: value out of range")
	// ErrDivisionByZero: a rule would divide by zero (a group of zero children, a period of
	// zero days); the input that made the divisor zero is named in the *Error.
	ErrDivisionByZero = errors.New("pfdo: division by zero")
	// ErrOverflow: an intermediate result does not fit in 64 bits.
	ErrOverflow = errors.New("pfdo: arithmetic overflow")
	// ErrUnknownKind: a document kind (for Decode, Validate or Schema by name) is not known.
	ErrUnknownKind = errors.New("pfdo: unknown document kind")
)

// Code is the stable machine-readable code of an error. Codes never change meaning; new ones
// may be added.
type Code string

// The error codes. Validation codes are "validation." followed by the rule's tag.
const (
	CodeMoneySyntax      Code = "money.syntax"
	CodeMoneyPrecision   Code = "money.precision"
	CodeMoneyRange       Code = "money.range"
	CodeRateSyntax       Code = "rate.syntax"
	CodeDateSyntax       Code = "date.syntax"
	CodeDateRange        Code = "date.range"
	CodePeriodOrder      Code = "period.order"
	CodeUnknownCode      Code = "enum.unknown"
	CodeJSONSyntax       Code = "json.syntax"
	CodeJSONType         Code = "json.type"
	CodeJSONUnknownField Code = "json.unknown_field"
	CodeJSONMissing      Code = "json.missing"
	CodeUnknownKind      Code = "kind.unknown"
	CodeDivisionByZero   Code = "arith.division_by_zero"
	CodeOverflow         Code = "arith.overflow"
)

// Error is the library's typed error: a stable code, the JSON path of the field at fault
// (for example "modules[1].price"), the bad value as written, and a message in Russian and in
// English. Err is the sentinel it wraps.
type Error struct {
	Code  Code   `json:"code"`
	Field string `json:"field,omitempty"`
	// Label is the Russian name of the field, e.g. «цена модуля», when known.
	Label string `json:"label,omitempty"`
	Value string `json:"value,omitempty"`
	RU    string `json:"message_ru"`
	EN    string `json:"message_en"`
	Err   error  `json:"-"`
}

func newError(code Code, field, value string, sentinel error, ru, en string) *Error {
	return &Error{Code: code, Field: field, Value: value, Err: sentinel, RU: ru, EN: en}
}

// Error returns the English message with the field and value, prefixed "pfdo: ".
func (e *Error) Error() string { return "pfdo: " + e.Message(LangEN) }

// Unwrap returns the sentinel error, so that errors.Is(err, ErrInvalidMoney) works.
func (e *Error) Unwrap() error { return e.Err }

// Message returns the full message in the given language: the field (its Russian label and
// path in Russian), the rule broken, and the value received.
func (e *Error) Message(l Lang) string {
	var b strings.Builder
	if l == LangEN {
		if e.Field != "" {
			b.WriteString(e.Field)
			b.WriteString(": ")
		}
		b.WriteString(e.EN)
		if e.Value != "" {
			b.WriteString(" (got ")
			b.WriteString(quoteValue(e.Value))
			b.WriteString(")")
		}
		return b.String()
	}
	switch {
	case e.Label != "" && e.Field != "":
		b.WriteString(upperFirst(e.Label))
		b.WriteString(" (")
		b.WriteString(e.Field)
		b.WriteString("): ")
	case e.Field != "":
		b.WriteString("Поле ")
		b.WriteString(e.Field)
		b.WriteString(": ")
	}
	b.WriteString(e.RU)
	if e.Value != "" {
		b.WriteString(", получено «")
		b.WriteString(e.Value)
		b.WriteString("»")
	}
	return b.String()
}

// AtField returns a copy of e whose field path is prefixed by parent, as a decoder does when the
// error happened inside a nested value: AtField("modules[0]") turns "price" into
// "modules[0].price".
func (e *Error) AtField(parent string) *Error {
	c := *e
	switch {
	case parent == "":
	case c.Field == "":
		c.Field = parent
	case strings.HasPrefix(c.Field, "["):
		c.Field = parent + c.Field
	default:
		c.Field = parent + "." + c.Field
	}
	return &c
}

// Errors is a list of problems found at once in one input. It is returned only when it holds at
// least one error.
type Errors []*Error

// Error joins the English messages, one a line.
func (es Errors) Error() string { return "pfdo: " + es.Message(LangEN) }

// Message joins the messages in the given language, one a line.
func (es Errors) Message(l Lang) string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Message(l)
	}
	return strings.Join(lines, "\n")
}

// Unwrap returns the errors, so that errors.Is and errors.As see each of them.
func (es Errors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

// Localize returns the message of any error in the given language: each *Error of err (a
// single one, an Errors list, or wrapped) in its own line; other errors by their Error text.
func Localize(err error, l Lang) string {
	if err == nil {
		return ""
	}
	if list := AsList(err); len(list) > 0 {
		return list.Message(l)
	}
	return err.Error()
}

// AsList returns the *Error values carried by err: the list itself for Errors, a one-element list
// for a single *Error, nil when err carries none.
func AsList(err error) Errors {
	var list Errors
	if errors.As(err, &list) {
		return list
	}
	var e *Error
	if errors.As(err, &e) {
		return Errors{e}
	}
	return nil
}

func quoteValue(v string) string { return "\"" + v + "\"" }

func upperFirst(s string) string {
	for i, r := range s {
		if i == 0 {
			return strings.ToUpper(string(r)) + s[len(string(r)):]
		}
	}
	return s
}
