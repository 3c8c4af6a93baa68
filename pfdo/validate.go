package pfdo

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"

	"github.com/go-playground/validator/v10"
)

// Validator checks decoded values against the rules in their `validate` struct tags and reports
// every problem at once as Errors, each with a Russian and an English message, the JSON path of
// the field and its Russian label. It is safe for concurrent use; build it once.
//
// Besides validator/v10's own tags it knows:
//
//	enum           an enum field (Direction, Territory…) holds a defined, non-zero value
//	money_nonneg   a Money amount is ≥ 0
//	money_positive a Money amount is > 0
//	rate_nonneg    a Rate is ≥ 0
//	rate_positive  a Rate is > 0
//	inn            a taxpayer number (ИНН) of 10 or 12 digits with valid check digits
type Validator struct {
	v *validator.Validate
}

// NewValidator builds a Validator.
func NewValidator() *Validator {
	v := validator.New(validator.WithRequiredStructEnabled())
	v.RegisterTagNameFunc(jsonName)
	// Dates validate as their day number, so that required and ltefield/gtefield work on them.
	v.RegisterCustomTypeFunc(func(f reflect.Value) any { return int64(f.Interface().(Date).n) }, Date{})
	v.RegisterStructValidation(uniqueModuleIDs, Program{})
	for tag, fn := range map[string]validator.Func{
		"enum": isValidEnum,
		"money_nonneg": func(fl validator.FieldLevel) bool {
			m, ok := fl.Field().Interface().(Money)
			return ok && !m.IsNegative()
		},
		"money_positive": func(fl validator.FieldLevel) bool {
			m, ok := fl.Field().Interface().(Money)
			return ok && m.IsPositive()
		},
		"rate_nonneg":   func(fl validator.FieldLevel) bool { r, ok := fl.Field().Interface().(Rate); return ok && r.Sign() >= 0 },
		"rate_positive": func(fl validator.FieldLevel) bool { r, ok := fl.Field().Interface().(Rate); return ok && r.Sign() > 0 },
		"inn": func(fl validator.FieldLevel) bool {
			return fl.Field().Kind() == reflect.String && ValidINN(fl.Field().String())
		},
	} {
		if err := v.RegisterValidation(tag, fn); err != nil {
			panic(err) // unreachable: the tags are valid names
		}
	}
	return &Validator{v: v}
}

var defaultValidator = sync.OnceValue(NewValidator)

// Validate checks x (a struct or a pointer to one) with the shared default Validator. It returns
// nil or Errors holding every problem found; each *Error wraps ErrValidation.
func Validate(x any) error { return defaultValidator().Validate(x) }

// Validate checks x (a struct or a pointer to one). It returns nil or Errors holding every
// problem found; each *Error wraps ErrValidation.
func (val *Validator) Validate(x any) error {
	rv := reflect.ValueOf(x)
	for rv.Kind() == reflect.Pointer && !rv.IsNil() {
		rv = rv.Elem()
	}
	if rv.Kind() != reflect.Struct {
		return Errors{newError(CodeUnknownKind, "", fmt.Sprintf("%T", x), ErrUnknownKind,
			"проверить можно только структуру (документ JSON-объект)", "only a struct (a JSON object document) can be validated")}
	}
	err := val.v.Struct(x)
	if err == nil {
		return nil
	}
	var fes validator.ValidationErrors
	if !errors.As(err, &fes) {
		return Errors{newError("validation.internal", "", "", ErrValidation, err.Error(), err.Error())}
	}
	out := make(Errors, 0, len(fes))
	for _, fe := range fes {
		out = append(out, translate(rv.Type(), fe))
	}
	return out
}

// jsonName is the name validator/v10 reports for a field: its JSON name.
func jsonName(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	switch name {
	case "-":
		return ""
	case "":
		return f.Name
	}
	return name
}

func isValidEnum(fl validator.FieldLevel) bool {
	e, ok := fl.Field().Interface().(interface{ IsValid() bool })
	return ok && e.IsValid()
}

// ValidINN reports whether s is a taxpayer identification number (ИНН) with valid check digits:
// 10 digits for an organisation, 12 for an individual (Приказ ФНС России от 29.06.2012
// № ММВ-7-6/435@).
func ValidINN(s string) bool {
	if !allDigits(s) {
		return false
	}
	check := func(digits string, weights []int) byte {
		sum := 0
		for i, w := range weights {
			sum += int(digits[i]-'0') * w
		}
		return byte('0' + sum%11%10)
	}
	switch len(s) {
	case 10:
		return s[9] == check(s, []int{2, 4, 10, 3, 5, 9, 4, 6, 8})
	case 12:
		return s[10] == check(s, []int{7, 2, 4, 10, 3, 5, 9, 4, 6, 8}) &&
			s[11] == check(s, []int{3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8})
	}
	return false
}

// fieldLookup follows a validator struct namespace ("Program.Modules[0].GroupMin") from root and
// returns the struct that holds the last field and the field itself.
func fieldLookup(root reflect.Type, structNS string) (parent reflect.Type, f reflect.StructField, ok bool) {
	parts := strings.Split(structNS, ".")
	t := root
	for i, p := range parts[1:] {
		name, _, _ := strings.Cut(p, "[")
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Array || t.Kind() == reflect.Map {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct {
			return nil, reflect.StructField{}, false
		}
		sf, found := t.FieldByName(name)
		if !found {
			return nil, reflect.StructField{}, false
		}
		if i == len(parts)-2 {
			return t, sf, true
		}
		t = sf.Type
	}
	return nil, reflect.StructField{}, false
}

// translate turns one validator error into an *Error with Russian and English texts.
func translate(root reflect.Type, fe validator.FieldError) *Error {
	path := fe.Namespace()
	if i := strings.IndexByte(path, '.'); i >= 0 {
		path = path[i+1:]
	}
	e := &Error{Code: Code("validation." + fe.Tag()), Field: path, Err: ErrValidation}
	parent, sf, ok := fieldLookup(root, fe.StructNamespace())
	var param paramInfo
	param.raw = fe.Param()
	if ok {
		e.Label = sf.Tag.Get("ru")
		if isFieldParam(fe.Tag()) {
			holder := parent
			if fe.Tag() == "unique" { // the parameter names a field of the items
				holder = sf.Type
				for holder.Kind() == reflect.Pointer || holder.Kind() == reflect.Slice {
					holder = holder.Elem()
				}
			}
			name, _, _ := strings.Cut(fe.Param(), " ")
			if holder.Kind() == reflect.Struct {
				if pf, found := holder.FieldByName(name); found {
					param.field = jsonName(pf)
					param.label = pf.Tag.Get("ru")
				}
			}
		}
	}
	e.Value = valueText(fe.Value())
	if n, isDay := fe.Value().(int64); isDay && ok && sf.Type == reflect.TypeFor[Date]() && n > 0 && n <= int64(maxDate.n) {
		e.Value = Date{int32(n)}.String()
	}
	kind := fe.Kind()
	if ok {
		kind = sf.Type.Kind()
		if kind == reflect.Pointer {
			kind = sf.Type.Elem().Kind()
		}
	}
	m, known := tagMessages[fe.Tag()]
	if !known {
		m = untranslated
	}
	e.RU, e.EN = m(param, kind, fe.Value())
	if codes := enumCodesOf(fe.Value()); fe.Tag() == "enum" && codes != "" {
		e.RU += "; допустимые значения: " + codes
		e.EN += "; allowed values: " + codes
	}
	return e
}

// valueText renders a bad value for a message: "" for unset values, the value's String otherwise.
func valueText(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case interface{ IsValid() bool }:
		if !x.IsValid() {
			return ""
		}
	case int64: // a Date as its day number (see NewValidator)
		return ""
	case string:
		return x
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Slice || rv.Kind() == reflect.Map || rv.Kind() == reflect.Struct && rv.Type() != reflect.TypeFor[Money]() && rv.Type() != reflect.TypeFor[Rate]() {
		return ""
	}
	if rv.Kind() == reflect.Pointer {
		if rv.IsNil() {
			return ""
		}
		v = rv.Elem().Interface()
	}
	return fmt.Sprint(v)
}

// enumCodesOf lists the codes of an enum value's type.
func enumCodesOf(v any) string {
	if e, ok := v.(interface{ enumTable() *enumTable }); ok {
		return strings.Join(e.enumTable().codes(), ", ")
	}
	return ""
}

func isFieldParam(tag string) bool {
	switch tag {
	case "ltefield", "gtefield", "ltfield", "gtfield", "eqfield", "nefield", "unique",
		"required_if", "required_unless", "required_with", "required_without":
		return true
	}
	return false
}
