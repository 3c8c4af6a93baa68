package pfdo

import (
	"strconv"
	"strings"

	"github.com/invopop/jsonschema"
)

// enumName holds the stable JSON code of an enum value and its labels.
type enumName struct {
	code string
	ru   string
	en   string
}

func (n enumName) label(l Lang) string {
	if l == LangEN {
		return n.en
	}
	return n.ru
}

// enumTable describes one enum type: the field name used in errors, its title in both
// languages, and the names of its values. When zeroValid is false, index 0 is the "unset" value:
// it has no code, is never parsed and fails validation.
type enumTable struct {
	field     string
	ru, en    string
	names     []enumName
	zeroValid bool
	// aliases are further accepted spellings (compared after foldLabel), such as an older name.
	aliases map[string]uint8
}

func (t *enumTable) first() int {
	if t.zeroValid {
		return 0
	}
	return 1
}

func (t *enumTable) valid(v uint8) bool { return int(v) >= t.first() && int(v) < len(t.names) }

func (t *enumTable) code(v uint8, typ string) string {
	if !t.valid(v) {
		return typ + "(" + strconv.Itoa(int(v)) + ")"
	}
	return t.names[v].code
}

func (t *enumTable) label(v uint8, l Lang, typ string) string {
	if !t.valid(v) {
		return t.code(v, typ)
	}
	return t.names[v].label(l)
}

func (t *enumTable) marshal(v uint8, typ string) ([]byte, error) {
	if !t.valid(v) {
		return nil, newError(CodeUnknownCode, "", t.code(v, typ), ErrUnknownCode,
			"значение не задано или неизвестно", "the value is unset or unknown")
	}
	return []byte(t.names[v].code), nil
}

// parse finds s among the codes (exact) or the Russian and English labels (case-insensitive,
// ё folded to е, spaces collapsed).
func (t *enumTable) parse(s string) (uint8, error) {
	names := t.names
	for i := t.first(); i < len(names); i++ {
		if names[i].code == s {
			return uint8(i), nil
		}
	}
	folded := foldLabel(s)
	for i := t.first(); i < len(names); i++ {
		if folded == foldLabel(names[i].ru) || folded == foldLabel(names[i].en) {
			return uint8(i), nil
		}
	}
	if v, ok := t.aliases[folded]; ok {
		return v, nil
	}
	return 0, t.unknownCode(s)
}

// foldLabel lower-cases a label, folds ё to е and collapses spaces, so that «Социально-
// педагогическая» and «социально-педагогическая» compare equal.
func foldLabel(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.ReplaceAll(s, "ё", "е")
	return strings.Join(strings.Fields(s), " ")
}

// codes lists the valid codes in order.
func (t *enumTable) codes() []string {
	out := make([]string, 0, len(t.names))
	for i := t.first(); i < len(t.names); i++ {
		out = append(out, t.names[i].code)
	}
	return out
}

func (t *enumTable) unknownCode(s string) *Error {
	list := strings.Join(t.codes(), ", ")
	return newError(CodeUnknownCode, "", s, ErrUnknownCode,
		"неизвестное значение; допустимы: "+list, "unknown value; allowed: "+list)
}

// enumSchema is the JSON Schema of an enum: a string with the listed codes, described with the
// labels in both languages.
func (t *enumTable) schema() *jsonschema.Schema {
	s := &jsonschema.Schema{Type: "string"}
	var ruList, enList []string
	ru, en := t.ru, t.en
	for i := t.first(); i < len(t.names); i++ {
		n := t.names[i]
		s.Enum = append(s.Enum, n.code)
		ruList = append(ruList, n.code+" — "+n.ru)
		enList = append(enList, n.code+" — "+n.en)
	}
	s.Title = ru
	s.Description = ru + ": " + strings.Join(ruList, "; ") + ". / " + en + ": " + strings.Join(enList, "; ") + "."
	return s
}
