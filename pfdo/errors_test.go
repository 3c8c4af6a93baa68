package pfdo

import (
	"errors"
	"fmt"
	"testing"
)

func TestErrorsIsAs(t *testing.T) {
	p := validProgram()
	p.Name = ""
	p.Modules[0].Price = Kopecks(-1)
	err := fmt.Errorf("loading region data: %w", Validate(p))
	if !errors.Is(err, ErrValidation) {
		t.Error("errors.Is(ErrValidation) through a wrapped list")
	}
	if errors.Is(err, ErrInvalidMoney) {
		t.Error("a validation list claims ErrInvalidMoney")
	}
	var e *Error
	if !errors.As(err, &e) || e.Field != "name" {
		t.Errorf("errors.As finds %+v", e)
	}
	var list Errors
	if !errors.As(err, &list) || len(list) != 2 {
		t.Errorf("errors.As(Errors) finds %d", len(list))
	}
	if got := AsList(err); len(got) != 2 {
		t.Errorf("AsList: %d", len(got))
	}
	if AsList(errors.New("plain")) != nil || Localize(nil, LangRU) != "" || Localize(errors.New("plain"), LangRU) != "plain" {
		t.Error("plain errors")
	}
	single := fmt.Errorf("ctx: %w", leapDayError())
	if got := AsList(single); len(got) != 1 || got[0].Code != CodeDateRange {
		t.Errorf("AsList of a single wrapped *Error: %v", got)
	}
}

// leapDayError returns the error of parsing 2019-02-29, a day that does not exist.
func leapDayError() error {
	_, err := ParseDate("2019-02-29")
	return err
}

func TestErrorMessageAndPath(t *testing.T) {
	e := newError(CodeMoneyPrecision, "", "1.001", ErrInvalidMoney, "не точнее копеек", "at most two decimals")
	if got := e.Message(LangRU); got != "не точнее копеек, получено «1.001»" {
		t.Errorf("no field: %q", got)
	}
	nested := e.AtField("price").AtField("modules[2]").AtField("")
	if nested.Field != "modules[2].price" || e.Field != "" {
		t.Errorf("AtField: %q (original %q)", nested.Field, e.Field)
	}
	if got := newError("x", "[3]", "", nil, "ru", "en").AtField("modules").Field; got != "modules[3]" {
		t.Errorf("index path: %q", got)
	}
	nested.Label = "цена модуля"
	if got := nested.Message(LangRU); got != "Цена модуля (modules[2].price): не точнее копеек, получено «1.001»" {
		t.Errorf("Russian: %q", got)
	}
	nested.Label = ""
	if got := nested.Message(LangRU); got != "Поле modules[2].price: не точнее копеек, получено «1.001»" {
		t.Errorf("Russian without a label: %q", got)
	}
	if got := nested.Error(); got != `pfdo: modules[2].price: at most two decimals (got "1.001")` {
		t.Errorf("Error(): %q", got)
	}
	if !errors.Is(nested, ErrInvalidMoney) {
		t.Error("AtField lost the sentinel")
	}
}
