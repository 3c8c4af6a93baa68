package pfdo

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// Decode parses the JSON document data into v, a non-nil pointer, strictly: a field the type does
// not have, a required field that is missing (one whose json tag has no omitempty or omitzero, as
// in the JSON Schema), and a value of the wrong JSON type are all errors. Every problem is
// reported at once as Errors, each naming the JSON path of the field ("modules[1].price") and
// the value. On an error v is left unchanged. Decode does not run Validate.
func Decode(data []byte, v any) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return newError(CodeUnknownKind, "", fmt.Sprintf("%T", v), ErrUnknownKind,
			"декодировать можно только в ненулевой указатель", "Decode needs a non-nil pointer")
	}
	target := reflect.New(rv.Elem().Type())
	if errs := decodeInto(data, target.Elem()); len(errs) > 0 {
		return errs
	}
	rv.Elem().Set(target.Elem())
	return nil
}

// decodeInto decodes data into target, leaving the zero value wherever a value is at fault, and
// returns the problems.
func decodeInto(data []byte, target reflect.Value) Errors {
	if err := syntaxCheck(data); err != nil {
		return Errors{err}
	}
	var d decoder
	d.value(bytes.TrimSpace(data), target, "", "")
	return d.errs
}

// syntaxCheck reports a malformed document with the line and column of the fault.
func syntaxCheck(data []byte) *Error {
	if json.Valid(data) {
		return nil
	}
	var v any
	err := json.Unmarshal(data, &v)
	var se *json.SyntaxError
	offset := int64(len(data))
	if errors.As(err, &se) {
		offset = se.Offset
	}
	line, col := lineCol(data, offset)
	where := "строка " + strconv.Itoa(line) + ", позиция " + strconv.Itoa(col)
	whereEN := "line " + strconv.Itoa(line) + ", column " + strconv.Itoa(col)
	return newError(CodeJSONSyntax, "", "", ErrInvalidJSON,
		"документ не является корректным JSON ("+where+")", "the document is not well-formed JSON ("+whereEN+")")
}

func lineCol(data []byte, offset int64) (line, col int) {
	offset = min(max(offset, 0), int64(len(data)))
	before := data[:offset]
	line = bytes.Count(before, []byte("\n")) + 1
	col = int(offset) - (bytes.LastIndexByte(before, '\n') + 1)
	return line, max(col, 1)
}

type decoder struct{ errs Errors }

var (
	jsonUnmarshalerType = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

func (d *decoder) add(e *Error) { d.errs = append(d.errs, e) }

// value decodes raw (valid JSON, trimmed) into v at path; label is the field's Russian name.
func (d *decoder) value(raw []byte, v reflect.Value, path, label string) {
	if string(raw) == "null" {
		// As encoding/json: null leaves a value unchanged and clears a pointer, slice or map.
		if k := v.Kind(); k == reflect.Pointer || k == reflect.Slice || k == reflect.Map || k == reflect.Interface {
			v.SetZero()
		}
		return
	}
	if v.Kind() != reflect.Pointer && v.CanAddr() {
		switch p := v.Addr(); {
		case p.Type().Implements(jsonUnmarshalerType):
			if err := p.Interface().(json.Unmarshaler).UnmarshalJSON(raw); err != nil {
				d.addAt(err, path, label, raw)
			}
			return
		case p.Type().Implements(textUnmarshalerType):
			if raw[0] != '"' {
				d.typeError(path, label, raw, "строка", "a string")
				return
			}
			var s string
			_ = json.Unmarshal(raw, &s) // a valid JSON string always decodes
			if err := p.Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(s)); err != nil {
				d.addAt(err, path, label, raw)
			}
			return
		}
	}
	switch v.Kind() {
	case reflect.Pointer:
		elem := reflect.New(v.Type().Elem())
		n := len(d.errs)
		d.value(raw, elem.Elem(), path, label)
		if len(d.errs) == n {
			v.Set(elem)
		}
	case reflect.Struct:
		d.object(raw, v, path, label)
	case reflect.Slice:
		if raw[0] != '[' {
			d.typeError(path, label, raw, "массив", "an array")
			return
		}
		var items []json.RawMessage
		_ = json.Unmarshal(raw, &items)
		s := reflect.MakeSlice(v.Type(), len(items), len(items))
		for i, item := range items {
			d.value(bytes.TrimSpace(item), s.Index(i), path+"["+strconv.Itoa(i)+"]", label)
		}
		v.Set(s)
	case reflect.Map:
		if raw[0] != '{' || v.Type().Key().Kind() != reflect.String {
			d.typeError(path, label, raw, "объект", "an object")
			return
		}
		var items map[string]json.RawMessage
		_ = json.Unmarshal(raw, &items)
		m := reflect.MakeMapWithSize(v.Type(), len(items))
		for _, k := range slices.Sorted(maps.Keys(items)) {
			e := reflect.New(v.Type().Elem()).Elem()
			d.value(bytes.TrimSpace(items[k]), e, joinPath(path, k), label)
			m.SetMapIndex(reflect.ValueOf(k).Convert(v.Type().Key()), e)
		}
		v.Set(m)
	default:
		if err := json.Unmarshal(raw, v.Addr().Interface()); err != nil {
			ru, en := kindNames(v.Kind())
			d.typeError(path, label, raw, ru, en)
		}
	}
}

// object decodes a JSON object into the struct v.
func (d *decoder) object(raw []byte, v reflect.Value, path, label string) {
	if raw[0] != '{' {
		d.typeError(path, label, raw, "объект", "an object")
		return
	}
	var fields map[string]json.RawMessage
	_ = json.Unmarshal(raw, &fields)
	t := v.Type()
	known := make(map[string]bool, t.NumField())
	for i := range t.NumField() {
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		name, opts, _ := strings.Cut(sf.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = sf.Name
		}
		known[name] = true
		fieldRaw, present := fields[name]
		if !present {
			if !strings.Contains(opts, "omitempty") && !strings.Contains(opts, "omitzero") {
				e := newError(CodeJSONMissing, joinPath(path, name), "", ErrInvalidJSON,
					"обязательное поле отсутствует в документе", "the document lacks this required field")
				e.Label = sf.Tag.Get("ru")
				d.add(e)
			}
			continue
		}
		d.value(bytes.TrimSpace(fieldRaw), v.Field(i), joinPath(path, name), sf.Tag.Get("ru"))
	}
	var unknown []string
	for k := range fields {
		if !known[k] {
			unknown = append(unknown, k)
		}
	}
	slices.Sort(unknown)
	for _, k := range unknown {
		d.add(newError(CodeJSONUnknownField, joinPath(path, k), "", ErrInvalidJSON,
			"такого поля нет в документе этого вида (проверьте написание)", "no such field in this kind of document (check the spelling)"))
	}
}

func joinPath(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

// addAt records an error from a value's own decoder at path.
func (d *decoder) addAt(err error, path, label string, raw []byte) {
	var e *Error
	if !errors.As(err, &e) {
		e = newError(CodeJSONType, "", shortValue(raw), ErrInvalidJSON,
			"значение не распознано: "+err.Error(), "cannot decode the value: "+err.Error())
	}
	e = e.AtField(path)
	if e.Label == "" {
		e.Label = label
	}
	d.add(e)
}

func (d *decoder) typeError(path, label string, raw []byte, wantRU, wantEN string) {
	gotRU, gotEN := jsonTypeNames(raw[0])
	e := newError(CodeJSONType, path, shortValue(raw), ErrInvalidJSON,
		"ожидается "+wantRU+", а в документе "+gotRU, "expected "+wantEN+", found "+gotEN)
	e.Label = label
	d.add(e)
}

// shortValue quotes at most 40 bytes of a JSON value for a message.
func shortValue(raw []byte) string {
	s := string(raw)
	if len(s) > 40 {
		cut := 40
		for cut > 0 && !utf8RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "…"
	}
	return s
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }

func jsonTypeNames(first byte) (ru, en string) {
	switch first {
	case '{':
		return "объект", "an object"
	case '[':
		return "массив", "an array"
	case '"':
		return "строка", "a string"
	case 't', 'f':
		return "логическое значение", "a boolean"
	case 'n':
		return "null", "null"
	}
	return "число", "a number"
}

func kindNames(k reflect.Kind) (ru, en string) {
	switch k {
	case reflect.String:
		return "строка", "a string"
	case reflect.Bool:
		return "логическое значение (true или false)", "a boolean"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "целое число в допустимых границах", "a whole number within bounds"
	case reflect.Float32, reflect.Float64:
		return "число", "a number"
	}
	return "значение другого типа", "a value of another type"
}
