package conformance

import (
	"encoding/json"

	"github.com/invopop/jsonschema"
	"github.com/pfdo-go/pfdo/pfdo"
)

// File is one vector file: a family of rules.
type File struct {
	// Family names the rules: "contract_quote", "payments", "normative_cost"…
	Family string `json:"family" validate:"required" ru:"семейство правил" en:"rule family"`
	// Description says what the family checks and how the expected values were obtained.
	Description string `json:"description" validate:"required" ru:"описание" en:"description"`
	Cases       []Case `json:"cases" validate:"min=1,dive" ru:"случаи" en:"cases"`
}

// Case is one vector: the rule it checks with its source, the profile, the inputs and the exact
// expected outputs (money as strings of rubles with two decimals).
type Case struct {
	Name     string        `json:"name" validate:"required" ru:"название случая" en:"case name"`
	Rule     string        `json:"rule" validate:"required" ru:"правило" en:"rule"`
	Source   pfdo.Citation `json:"source" ru:"источник правила" en:"source of the rule"`
	Profile  string        `json:"profile" validate:"required" ru:"профиль правил" en:"rules profile"`
	Inputs   Object        `json:"inputs" ru:"входные данные" en:"inputs"`
	Expected Object        `json:"expected" ru:"ожидаемый результат" en:"expected outputs"`
}

// Object is a JSON object kept as written; each family reads its own fields from it.
type Object json.RawMessage

// MarshalJSON writes the object as it is.
func (o Object) MarshalJSON() ([]byte, error) {
	if len(o) == 0 {
		return []byte("{}"), nil
	}
	return o, nil
}

// UnmarshalJSON keeps a copy of the object; anything but an object is an error.
func (o *Object) UnmarshalJSON(b []byte) error {
	if len(b) == 0 || b[0] != '{' {
		return &pfdo.Error{Code: "conformance.object", Value: string(b), Err: pfdo.ErrInvalidJSON,
			RU: "ожидается JSON-объект", EN: "a JSON object is expected"}
	}
	*o = append((*o)[:0], b...)
	return nil
}

// JSONSchema describes Object as any JSON object.
func (Object) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{Type: "object", Description: "Поля зависят от семейства правил. / Fields depend on the rule family."}
}

// encode marshals v as an Object.
func encode(v any) Object {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // the vector types always marshal
	}
	return Object(b)
}

// Document is the vector file as a pfdo document, for its JSON Schema and strict reading.
func Document() pfdo.Document {
	return pfdo.Document{Kind: "vectors", RU: "Тестовые векторы правил", EN: "Rule test vectors", New: func() any { return new(File) }}
}
