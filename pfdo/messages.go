package pfdo

import (
	"reflect"
	"strings"
)

// paramInfo is the parameter of a validation rule: its text and, for rules that compare with
// another field, that field's JSON name and Russian label.
type paramInfo struct {
	raw   string
	field string
	label string
}

// other names the field a rule compares with, in Russian and in English.
func (p paramInfo) other() (ru, en string) {
	if p.field == "" {
		return "поля " + p.raw, p.raw
	}
	if p.label == "" {
		return "поля " + p.field, p.field
	}
	return "поля «" + p.label + "» (" + p.field + ")", p.field
}

// condValue is the value in a required_if/required_unless parameter ("Hours 0" → "0").
func (p paramInfo) condValue() string {
	_, v, _ := strings.Cut(p.raw, " ")
	return v
}

type messageFunc func(p paramInfo, kind reflect.Kind, v any) (ru, en string)

// countNoun names what min/max/len count for a kind of field.
func countNoun(kind reflect.Kind) (ru, en string, counts bool) {
	switch kind {
	case reflect.String:
		return "число символов", "length", true
	case reflect.Slice, reflect.Array, reflect.Map:
		return "число элементов", "number of items", true
	}
	return "", "", false
}

func bound(ruCmp, enCmp string) messageFunc {
	return func(p paramInfo, kind reflect.Kind, _ any) (string, string) {
		if ru, en, ok := countNoun(kind); ok {
			return ru + " должно быть " + ruCmp + " " + p.raw, en + " must be " + enCmp + " " + p.raw
		}
		return "значение должно быть " + ruCmp + " " + p.raw, "must be " + enCmp + " " + p.raw
	}
}

func fieldBound(ruCmp, enCmp string) messageFunc {
	return func(p paramInfo, _ reflect.Kind, _ any) (string, string) {
		ru, en := p.other()
		return "значение должно быть " + ruCmp + " значения " + ru, "must be " + enCmp + " " + en
	}
}

func fixed(ru, en string) messageFunc {
	return func(paramInfo, reflect.Kind, any) (string, string) { return ru, en }
}

// tagMessages holds the Russian and English text of every validation tag the library uses. The
// Russian texts are impersonal («значение должно быть…») so that they agree with any field label.
var tagMessages = map[string]messageFunc{
	"required": fixed("обязательное поле не заполнено", "is required"),
	"min":      bound("не меньше", "at least"),
	"gte":      bound("не меньше", "at least"),
	"max":      bound("не больше", "at most"),
	"lte":      bound("не больше", "at most"),
	"gt":       bound("больше", "greater than"),
	"lt":       bound("меньше", "less than"),
	"len":      bound("равно", "exactly"),
	"ltefield": fieldBound("не больше", "at most"),
	"gtefield": fieldBound("не меньше", "at least"),
	"enum":     fixed("значение не задано или не входит в список допустимых", "is unset or not an allowed value"),
	"oneof": func(p paramInfo, _ reflect.Kind, _ any) (string, string) {
		list := strings.Join(strings.Fields(p.raw), ", ")
		return "допустимы только значения: " + list, "must be one of: " + list
	},
	"money_nonneg":   fixed("сумма не может быть отрицательной", "must not be negative"),
	"money_positive": fixed("сумма должна быть больше нуля", "must be greater than zero"),
	"rate_nonneg":    fixed("коэффициент не может быть отрицательным", "must not be negative"),
	"rate_positive":  fixed("коэффициент должен быть больше нуля", "must be greater than zero"),
	"inn": fixed("ИНН должен состоять из 10 цифр (организация) или 12 цифр (индивидуальный предприниматель) с верными контрольными цифрами",
		"must be a taxpayer number (INN) of 10 or 12 digits with valid check digits"),
	"url": fixed("значение должно быть ссылкой (URL)", "must be a URL"),
	"unique": func(p paramInfo, _ reflect.Kind, _ any) (string, string) {
		ru, en := p.other()
		return "значения " + ru + " не должны повторяться", "items must have distinct " + en
	},
	"unique_id": fixed("идентификатор повторяется: он уже есть у другого элемента списка", "duplicate id: another item of the list has it"),
	"required_unless": func(p paramInfo, _ reflect.Kind, _ any) (string, string) {
		ru, en := p.other()
		return "поле обязательно, если значение " + ru + " не равно " + p.condValue(),
			"is required unless " + en + " is " + p.condValue()
	},
	"required_if": func(p paramInfo, _ reflect.Kind, _ any) (string, string) {
		ru, en := p.other()
		return "поле обязательно, если значение " + ru + " равно " + p.condValue(),
			"is required when " + en + " is " + p.condValue()
	},
}

// untranslated is the message of a tag missing from tagMessages; a test keeps it unused.
func untranslated(p paramInfo, _ reflect.Kind, _ any) (string, string) {
	return "значение не прошло проверку " + p.raw, "failed a check " + p.raw
}
