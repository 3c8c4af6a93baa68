package pfdo

import (
	"embed"
	"encoding/json"
	"fmt"
	"maps"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/invopop/jsonschema"
)

// Document is a kind of JSON document the library reads, such as "program": its name, titles in
// Russian and English, and the Go type it decodes into. The pfdo package lists its own kinds in
// Documents; the other packages list theirs the same way.
type Document struct {
	// Kind is the stable name: "program", "module"…
	Kind string
	// RU and EN are the titles.
	RU, EN string
	// New returns a pointer to a new zero value of the document's type.
	New func() any
	// Rules describes, in English, the rules between items that the document's Check method
	// enforces beyond its struct tags; GenerateSchema lists them in the schema's $comment.
	Rules []string
}

// Checker is implemented by documents with rules across fields or items that struct tags
// cannot state (distinct keys, sums within a limit). Document.Read calls Check after the tag
// validation has passed.
type Checker interface {
	Check() error
}

// Documents lists the kinds of document of package pfdo.
func Documents() []Document {
	return []Document{
		{Kind: "program", RU: "Образовательная программа", EN: "Educational program", New: func() any { return new(Program) }},
		{Kind: "module", RU: "Модуль программы", EN: "Program module", New: func() any { return new(Module) }},
		{Kind: "group", RU: "Учебная группа", EN: "Study group", New: func() any { return new(Group) }},
		{Kind: "provider", RU: "Поставщик образовательных услуг", EN: "Provider of educational services", New: func() any { return new(Provider) }},
		{Kind: "municipality", RU: "Муниципальное образование", EN: "Municipality", New: func() any { return new(Municipality) }},
		{Kind: "category", RU: "Категория детей", EN: "Category of children", New: func() any { return new(Category) }},
		{Kind: "period", RU: "Период", EN: "Period", New: func() any { return new(Period) }},
		{Kind: "citation", RU: "Ссылка на нормативный акт", EN: "Citation of a legal act", New: func() any { return new(Citation) }},
		{Kind: "profile", RU: "Профиль правил", EN: "Rules profile", New: func() any { return new(Profile) }},
	}
}

// FindDocument returns the document of the given kind from docs.
func FindDocument(docs []Document, kind string) (Document, error) {
	for _, d := range docs {
		if d.Kind == kind {
			return d, nil
		}
	}
	kinds := make([]string, len(docs))
	for i, d := range docs {
		kinds[i] = d.Kind
	}
	list := strings.Join(kinds, ", ")
	return Document{}, newError(CodeUnknownKind, "kind", kind, ErrUnknownKind,
		"неизвестный вид документа; известны: "+list, "unknown kind of document; known: "+list)
}

// Read decodes data strictly (as Decode does) and validates the result with val (the default
// Validator when val is nil). It returns a pointer to the value, or Errors with every problem of
// the document: those found while decoding and, when the document is well-formed JSON, the
// validation problems of the other fields (a field whose value could not be decoded is reported
// once, by the decoder).
func (d Document) Read(data []byte, val *Validator) (any, error) {
	v := d.New()
	errs := decodeInto(data, reflect.ValueOf(v).Elem())
	if len(errs) > 0 && (errs[0].Code == CodeJSONSyntax || errs[0].Field == "") {
		return nil, errs
	}
	if val == nil {
		val = defaultValidator()
	}
	if err := val.Validate(v); err != nil {
		for _, ve := range AsList(err) {
			if !coveredBy(ve.Field, errs) {
				errs = append(errs, ve)
			}
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	if c, ok := v.(Checker); ok {
		if err := c.Check(); err != nil {
			if list := AsList(err); list != nil {
				return nil, list
			}
			return nil, err
		}
	}
	return v, nil
}

// coveredBy reports whether a validation problem at field is a consequence of a decoding
// problem at the same field or at one containing it.
func coveredBy(field string, decoded Errors) bool {
	for _, e := range decoded {
		if field == e.Field || strings.HasPrefix(field, e.Field+".") || strings.HasPrefix(field, e.Field+"[") {
			return true
		}
	}
	return false
}

//go:generate go run ../internal/genschema pfdo

//go:embed schemas/*.json
var schemaFiles embed.FS

// Schema returns the committed JSON Schema (draft 2020-12) of a pfdo document kind, as in
// pfdo/schemas/KIND.json.
func Schema(kind string) ([]byte, error) {
	if _, err := FindDocument(Documents(), kind); err != nil {
		return nil, err
	}
	return schemaFiles.ReadFile("schemas/" + kind + ".json")
}

// SchemaBaseURL is the prefix of the $id of the library's schemas.
const SchemaBaseURL = "https://github.com/pfdo-go/pfdo/schemas/"

// GenerateSchema builds the JSON Schema of a document kind from its Go type: the structure from
// the json tags (a field without omitempty is required; unknown fields are refused), titles and
// descriptions from the ru and en tags, and the constraints from the validate tags, so that the
// schema and Validate agree. Rules that compare two fields cannot be stated in JSON Schema; they
// are listed in the object's $comment. A validate tag with no translation is an error.
func GenerateSchema(d Document) ([]byte, error) {
	t := reflect.TypeOf(d.New()).Elem()
	r := &jsonschema.Reflector{ExpandedStruct: true, LookupComment: fieldDescription}
	s := r.ReflectFromType(t)
	s.ID = jsonschema.ID(SchemaBaseURL + d.Kind + ".json")
	s.Title = d.RU
	s.Description = d.RU + ". / " + d.EN + "."
	done := map[reflect.Type]bool{}
	if err := constrain(s, t, s.Definitions, done); err != nil {
		return nil, err
	}
	if len(d.Rules) > 0 {
		if s.Comments != "" {
			s.Comments += " "
		}
		s.Comments += "Document rules: " + strings.Join(d.Rules, "; ") + "."
	}
	pruneDefinitions(s)
	out, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(out, '\n'), nil
}

// fieldDescription gives a field's description from its ru and en tags.
func fieldDescription(t reflect.Type, field string) string {
	if field == "" || t.Kind() != reflect.Struct {
		return ""
	}
	sf, ok := t.FieldByName(field)
	if !ok || sf.Tag.Get("ru") == "" {
		return ""
	}
	return upperFirst(sf.Tag.Get("ru")) + ". / " + upperFirst(sf.Tag.Get("en")) + "."
}

// constrain translates the validate tags of struct type t into keywords of its schema s, then
// does the same for the struct types it refers to (defined in defs).
func constrain(s *jsonschema.Schema, t reflect.Type, defs jsonschema.Definitions, done map[reflect.Type]bool) error {
	if done[t] {
		return nil
	}
	done[t] = true
	var crossRules []string
	for i := range t.NumField() {
		sf := t.Field(i)
		name := jsonName(sf)
		if !sf.IsExported() || name == "" {
			continue
		}
		prop, ok := s.Properties.Get(name)
		if !ok {
			continue
		}
		tags := splitTags(sf.Tag.Get("validate"))
		newProp, rules, err := applyTags(prop, sf.Type, tags)
		if err != nil {
			return fmt.Errorf("pfdo: schema of %s.%s: %w", t.Name(), sf.Name, err)
		}
		s.Properties.Set(name, newProp)
		for _, rule := range rules {
			crossRules = append(crossRules, describeRule(t, name, rule))
		}
	}
	for i := range t.NumField() {
		if cond := requiredUnlessSchema(t, t.Field(i)); cond != nil {
			s.AllOf = append(s.AllOf, cond)
		}
	}
	if t == reflect.TypeFor[Program]() {
		crossRules = append(crossRules, "modules: module ids are distinct")
	}
	if len(crossRules) > 0 {
		s.Comments = "Also checked by the validator, not expressible here: " + strings.Join(crossRules, "; ") + "."
	}
	for i := range t.NumField() {
		ft := t.Field(i).Type
		for ft.Kind() == reflect.Pointer || ft.Kind() == reflect.Slice {
			ft = ft.Elem()
		}
		if ft.Kind() != reflect.Struct {
			continue
		}
		if def, ok := defs[ft.Name()]; ok && def.Properties != nil {
			if err := constrain(def, ft, defs, done); err != nil {
				return err
			}
		}
	}
	return nil
}

// requiredUnlessSchema states a field's required_unless=F V rule as
// {"if": F is present and not V, "then": the field is required}.
func requiredUnlessSchema(t reflect.Type, sf reflect.StructField) *jsonschema.Schema {
	for _, tag := range splitTags(sf.Tag.Get("validate")) {
		param, ok := strings.CutPrefix(tag, "required_unless=")
		if !ok {
			continue
		}
		other, value, _ := strings.Cut(param, " ")
		of, found := t.FieldByName(other)
		if !found {
			return nil
		}
		cond := jsonschema.NewProperties()
		cond.Set(jsonName(of), &jsonschema.Schema{Not: &jsonschema.Schema{Const: json.Number(value)}})
		return &jsonschema.Schema{
			If:   &jsonschema.Schema{Properties: cond, Required: []string{jsonName(of)}},
			Then: &jsonschema.Schema{Required: []string{jsonName(sf)}},
		}
	}
	return nil
}

// describeRule renders a cross-field rule of field name of t for a $comment: "group_min ≤
// group_max".
func describeRule(t reflect.Type, name, rule string) string {
	tag, param, _ := strings.Cut(rule, "=")
	other, value, _ := strings.Cut(param, " ")
	if f, ok := t.FieldByName(other); ok {
		other = jsonName(f)
	}
	switch tag {
	case "ltefield":
		return name + " ≤ " + other
	case "gtefield":
		return name + " ≥ " + other
	case "required_unless":
		return name + " is required unless " + other + " = " + value
	}
	return name + ": " + rule
}

// splitTags splits a validate tag at commas, keeping "dive" as its own element.
func splitTags(tag string) []string {
	if tag == "" {
		return nil
	}
	return strings.Split(tag, ",")
}

var (
	moneyType = reflect.TypeFor[Money]()
	rateType  = reflect.TypeFor[Rate]()
)

// applyTags applies validate tags to the schema of one field of type ft. It returns the schema
// to use (a replacement for Money and Rate bounds) and the cross-field rules it cannot express.
func applyTags(prop *jsonschema.Schema, ft reflect.Type, tags []string) (*jsonschema.Schema, []string, error) {
	var rules []string
	for ft.Kind() == reflect.Pointer {
		ft = ft.Elem()
	}
	for i, tag := range tags {
		name, param, _ := strings.Cut(tag, "=")
		switch name {
		case "omitempty", "enum":
			// enum: the type's own schema lists the codes.
		case "dive":
			if prop.Items == nil {
				return nil, nil, fmt.Errorf("dive on a field that is not an array")
			}
			items, sub, err := applyTags(prop.Items, ft.Elem(), tags[i+1:])
			if err != nil {
				return nil, nil, err
			}
			prop.Items = items
			return prop, append(rules, sub...), nil
		case "required":
			switch ft.Kind() {
			case reflect.String:
				prop.MinLength = uint64Ptr(1)
			case reflect.Slice:
				prop.MinItems = uint64Ptr(1)
			case reflect.Struct: // a Date: its pattern excludes the empty value
			default:
				return nil, nil, fmt.Errorf("required on %s", ft.Kind())
			}
		case "min", "max", "gte", "lte":
			lower := name == "min" || name == "gte"
			n, err := strconv.ParseInt(param, 10, 64)
			if err != nil || (n < 0 && ft.Kind() != reflect.Int && ft.Kind() != reflect.Int32 && ft.Kind() != reflect.Int64) {
				return nil, nil, fmt.Errorf("%s=%s on %s", name, param, ft.Kind())
			}
			switch ft.Kind() {
			case reflect.Int, reflect.Int32, reflect.Int64:
				if lower {
					prop.Minimum = json.Number(param)
				} else {
					prop.Maximum = json.Number(param)
				}
			case reflect.String:
				setCount(&prop.MinLength, &prop.MaxLength, lower, uint64(n))
			case reflect.Slice:
				setCount(&prop.MinItems, &prop.MaxItems, lower, uint64(n))
			default:
				return nil, nil, fmt.Errorf("%s on %s", name, ft.Kind())
			}
		case "ltefield", "gtefield":
			rules = append(rules, tag)
		case "required_unless": // stated by requiredUnlessSchema on the object
		case "money_nonneg", "money_positive":
			if ft != moneyType {
				return nil, nil, fmt.Errorf("%s on %s", name, ft)
			}
			prop = withDescription(boundedMoneySchema(name == "money_positive"), prop)
		case "rate_nonneg", "rate_positive":
			if ft != rateType {
				return nil, nil, fmt.Errorf("%s on %s", name, ft)
			}
			prop = withDescription(boundedRateSchema(name == "rate_positive"), prop)
		case "inn":
			prop.Pattern = `^([0-9]{10}|[0-9]{12})$`
			rules = append(rules, "inn check digits")
		case "url":
			prop.Format = "uri"
		case "oneof":
			if ft.Kind() != reflect.String {
				return nil, nil, fmt.Errorf("oneof on %s", ft.Kind())
			}
			prop.Enum = nil
			for _, v := range strings.Fields(param) {
				prop.Enum = append(prop.Enum, v)
			}
		default:
			return nil, nil, fmt.Errorf("no JSON Schema translation for validate tag %q", tag)
		}
	}
	return prop, rules, nil
}

func setCount(minP, maxP **uint64, lower bool, n uint64) {
	if lower {
		*minP = uint64Ptr(n)
	} else {
		*maxP = uint64Ptr(n)
	}
}

func uint64Ptr(n uint64) *uint64 { return &n }

// withDescription gives s the title and description of the property it replaces.
func withDescription(s, old *jsonschema.Schema) *jsonschema.Schema {
	s.Title, s.Description = old.Title, old.Description
	return s
}

// boundedMoneySchema is the schema of a non-negative (or positive) amount.
func boundedMoneySchema(positive bool) *jsonschema.Schema {
	str := &jsonschema.Schema{Type: "string", Pattern: `^[0-9]{1,13}(\.[0-9]{1,2})?$`}
	num := &jsonschema.Schema{Type: "number", MultipleOf: json.Number("0.01"), Minimum: json.Number("0"), Maximum: json.Number(MaxMoney.String())}
	if positive {
		str.Not = &jsonschema.Schema{Pattern: `^0+(\.0+)?$`}
		num.Minimum, num.ExclusiveMinimum = "", json.Number("0")
	}
	return &jsonschema.Schema{AnyOf: []*jsonschema.Schema{str, num}}
}

// boundedRateSchema is the schema of a non-negative (or positive) rate.
func boundedRateSchema(positive bool) *jsonschema.Schema {
	str := &jsonschema.Schema{Type: "string", Pattern: `^[0-9]{1,18}(\.[0-9]{1,18})?$`}
	num := &jsonschema.Schema{Type: "number", Minimum: json.Number("0"), ExclusiveMaximum: json.Number("1e18")}
	if positive {
		str.Not = &jsonschema.Schema{Pattern: `^0+(\.0+)?$`}
		num.Minimum, num.ExclusiveMinimum = "", json.Number("0")
	}
	return &jsonschema.Schema{AnyOf: []*jsonschema.Schema{str, num}}
}

var refPattern = regexp.MustCompile(`"\$ref":\s*"#/\$defs/([^"]+)"`)

// pruneDefinitions drops the definitions no $ref points to any more (a Money definition after
// every Money field got a bounded schema).
func pruneDefinitions(s *jsonschema.Schema) {
	for {
		defs := s.Definitions
		s.Definitions = nil
		body, _ := json.Marshal(s)
		for _, d := range defs {
			b, _ := json.Marshal(d)
			body = append(body, b...)
		}
		used := map[string]bool{}
		for _, m := range refPattern.FindAllSubmatch(body, -1) {
			used[string(m[1])] = true
		}
		removed := false
		for _, name := range slices.Sorted(maps.Keys(defs)) {
			if !used[name] {
				delete(defs, name)
				removed = true
			}
		}
		s.Definitions = defs
		if len(defs) == 0 {
			s.Definitions = nil
		}
		if !removed {
			return
		}
	}
}
