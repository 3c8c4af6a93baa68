package pfdo

import (
	"errors"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
)

func validModule() Module {
	return Module{
		ID: "m1", Name: "Конструирование", Hours: 72, IndividualHours: 4, GroupMin: 8, GroupMax: 12,
		TeacherQualification: QualificationFirst, EquipmentLevel: EquipmentHigh, Price: Rubles(5962),
	}
}

func validProgram() Program {
	m2 := validModule()
	m2.ID, m2.AdditionalTeacherHours, m2.AdditionalTeacherQualification = "m2", 10, QualificationOther
	return Program{
		ID: "p1", Name: "Робототехника", Direction: DirectionRobotics, Register: RegisterCertified,
		ProviderID: "dtt", AgeMin: 7, AgeMax: 11, Modules: []Module{validModule(), m2},
	}
}

// problem is the part of an *Error a validation test checks.
type problem struct {
	Code  Code
	Field string
	Value string
}

func problems(err error) []problem {
	var out []problem
	for _, e := range AsList(err) {
		out = append(out, problem{e.Code, e.Field, e.Value})
	}
	return out
}

func TestValidateProgram(t *testing.T) {
	tests := []struct {
		name   string
		change func(p *Program)
		want   []problem
	}{
		{"valid", func(*Program) {}, nil},
		{"no name", func(p *Program) { p.Name = "" }, []problem{{"validation.required", "name", ""}}},
		{"unset direction", func(p *Program) { p.Direction = 0 }, []problem{{"validation.enum", "direction", ""}}},
		{"age below 5", func(p *Program) { p.AgeMin = 4 }, []problem{{"validation.min", "age_min", "4"}}},
		{"age above 18", func(p *Program) { p.AgeMax = 19 }, []problem{{"validation.max", "age_max", "19"}}},
		{"ages out of order", func(p *Program) { p.AgeMin, p.AgeMax = 12, 10 }, []problem{{"validation.ltefield", "age_min", "12"}}},
		{"equal ages", func(p *Program) { p.AgeMin, p.AgeMax = 10, 10 }, nil},
		{"no modules", func(p *Program) { p.Modules = nil }, []problem{{"validation.min", "modules", ""}}},
		{"group bounds out of order", func(p *Program) { p.Modules[1].GroupMin = 13 },
			[]problem{{"validation.ltefield", "modules[1].group_min", "13"}}},
		{"individual hours above hours", func(p *Program) { p.Modules[0].IndividualHours = 73 },
			[]problem{{"validation.ltefield", "modules[0].individual_hours", "73"}}},
		{"additional hours without a qualification", func(p *Program) { p.Modules[1].AdditionalTeacherQualification = 0 },
			[]problem{{"validation.required_unless", "modules[1].additional_teacher_qualification", ""}}},
		{"negative price", func(p *Program) { p.Modules[0].Price = Kopecks(-1) },
			[]problem{{"validation.money_nonneg", "modules[0].price", "-0.01"}}},
		{"free module", func(p *Program) { p.Modules[0].Price = Money{} }, nil},
		{"negative normative cost", func(p *Program) { n := Kopecks(-100); p.Modules[0].NormativeCost = &n },
			[]problem{{"validation.money_nonneg", "modules[0].normative_cost", "-1.00"}}},
		{"duplicate module id", func(p *Program) { p.Modules[1].ID = "m1" }, []problem{{"validation.unique_id", "modules[1].id", "m1"}}},
		{"several problems at once", func(p *Program) {
			p.Name, p.AgeMax = "", 30
			p.Modules[0].Hours = 0
			p.Modules[1].EquipmentLevel = 7
		}, []problem{
			{"validation.required", "name", ""},
			{"validation.max", "age_max", "30"},
			{"validation.min", "modules[0].hours", "0"},
			{"validation.ltefield", "modules[0].individual_hours", "4"},
			{"validation.enum", "modules[1].equipment_level", ""},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := validProgram()
			tt.change(&p)
			err := Validate(&p)
			if diff := cmp.Diff(tt.want, problems(err)); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
			if err != nil && !errors.Is(err, ErrValidation) {
				t.Errorf("%v does not wrap ErrValidation", err)
			}
		})
	}
}

func TestValidateMessages(t *testing.T) {
	p := validProgram()
	p.Modules[0].GroupMin = 15
	p.Modules[0].Price = MustParseMoney("-5962")
	err := Validate(p)
	wantRU := "Минимальная наполняемость группы (modules[0].group_min): значение должно быть не больше значения поля «максимальная наполняемость группы» (group_max), получено «15»\n" +
		"Цена модуля (modules[0].price): сумма не может быть отрицательной, получено «-5962.00»"
	wantEN := "modules[0].group_min: must be at most group_max (got \"15\")\n" +
		"modules[0].price: must not be negative (got \"-5962.00\")"
	if got := Localize(err, LangRU); got != wantRU {
		t.Errorf("Russian:\n got %s\nwant %s", got, wantRU)
	}
	if got := Localize(err, LangEN); got != wantEN {
		t.Errorf("English:\n got %s\nwant %s", got, wantEN)
	}
}

func TestValidateOtherDocuments(t *testing.T) {
	d := MustParseDate
	tests := []struct {
		name string
		v    any
		want []problem
	}{
		{"group", Group{ID: "g", ModuleID: "m", Dates: p("2017-09-01", "2018-05-31"), Capacity: 12}, nil},
		{"group dates reversed", Group{ID: "g", ModuleID: "m", Dates: Period{d("2018-05-31"), d("2017-09-01")}, Capacity: 12},
			[]problem{{"validation.ltefield", "dates.start", "2018-05-31"}}},
		{"group without dates", Group{ID: "g", ModuleID: "m", Capacity: 1},
			[]problem{{"validation.required", "dates.start", ""}, {"validation.required", "dates.end", ""}}},
		{"group capacity 0", Group{ID: "g", ModuleID: "m", Dates: p("2018-01-01", "2018-01-01")},
			[]problem{{"validation.min", "capacity", "0"}}},
		{"provider with a valid INN of an organisation", Provider{ID: "p", Name: "ДДТ", INN: "7707083893", MunicipalityID: "tomsk"}, nil},
		{"provider with a valid INN of an entrepreneur", Provider{ID: "p", Name: "ИП", INN: "500100732259", MunicipalityID: "tomsk"}, nil},
		{"provider with a wrong check digit", Provider{ID: "p", Name: "ДДТ", INN: "7707083894", MunicipalityID: "tomsk"},
			[]problem{{"validation.inn", "inn", "7707083894"}}},
		{"category", Category{ID: "5-17", Name: "Дети 5–17 лет", AgeMin: 5, AgeMax: 17}, nil},
		{"category ages", Category{ID: "x", Name: "x", AgeMin: 18, AgeMax: 5},
			[]problem{{"validation.ltefield", "age_min", "18"}}},
		{"municipality", Municipality{ID: "tomsk", Name: "Город Томск", Kind: MunicipalityUrbanOkrug}, nil},
		{"municipality kind unknown", Municipality{ID: "tomsk", Name: "Город Томск", Kind: 9},
			[]problem{{"validation.enum", "kind", ""}}},
		{"citation", Citation{Act: "Распоряжение", URL: "not a url"}, []problem{{"validation.url", "url", "not a url"}}},
		{"not a struct", 42, []problem{{CodeUnknownKind, "", "int"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, problems(Validate(tt.v))); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

// documentTypes returns every struct type reachable from the package's documents.
func documentTypes() []reflect.Type {
	seen := map[reflect.Type]bool{}
	var out []reflect.Type
	var walk func(reflect.Type)
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || seen[t] || t.PkgPath() != reflect.TypeFor[Program]().PkgPath() {
			return
		}
		seen[t] = true
		out = append(out, t)
		for i := range t.NumField() {
			walk(t.Field(i).Type)
		}
	}
	for _, d := range Documents() {
		walk(reflect.TypeOf(d.New()))
	}
	return out
}

var cyrillic = regexp.MustCompile(`\p{Cyrillic}`)

// TestEveryTagTranslated fails when a validate tag used by any document has no Russian and
// English text, or when a field has no Russian label.
func TestEveryTagTranslated(t *testing.T) {
	for _, typ := range documentTypes() {
		for i := range typ.NumField() {
			f := typ.Field(i)
			if !f.IsExported() {
				continue
			}
			if f.Tag.Get("ru") == "" || f.Tag.Get("en") == "" {
				t.Errorf("%s.%s has no ru or en label", typ.Name(), f.Name)
			}
			for _, tag := range splitTags(f.Tag.Get("validate")) {
				name, _, _ := strings.Cut(tag, "=")
				if name == "omitempty" || name == "dive" {
					continue
				}
				m, ok := tagMessages[name]
				if !ok {
					t.Errorf("%s.%s: tag %q has no messages", typ.Name(), f.Name, name)
					continue
				}
				ru, en := m(paramInfo{raw: "X"}, f.Type.Kind(), nil)
				if !cyrillic.MatchString(ru) || cyrillic.MatchString(en) || en == "" {
					t.Errorf("%s.%s: tag %q gives ru %q, en %q", typ.Name(), f.Name, name, ru, en)
				}
			}
		}
	}
	// The struct-level rules report tags of their own.
	if _, ok := tagMessages["unique_id"]; !ok {
		t.Error("unique_id has no messages")
	}
}

// TestNoMessageUntranslated breaks every rule of every document and checks that each message
// comes back in Russian with a Russian label and in English without Cyrillic.
func TestNoMessageUntranslated(t *testing.T) {
	broken := []any{
		Program{AgeMin: 30, AgeMax: 2, Modules: []Module{
			{Hours: 20000, IndividualHours: 30000, AdditionalTeacherHours: -1, GroupMin: 2000, GroupMax: -1,
				AdditionalTeacherQualification: 0, EquipmentLevel: 9, FormOfStudy: 9, Price: Kopecks(-1)},
			{Hours: 1, AdditionalTeacherHours: 1},
		}},
		Group{Dates: Period{MustParseDate("2018-02-01"), MustParseDate("2018-01-01")}, Capacity: 5000},
		Provider{INN: "12"}, Category{AgeMin: 1, AgeMax: 40}, Municipality{Kind: 9},
		Citation{URL: "::"}, Program{Modules: make([]Module, 101)},
	}
	seen := map[Code]bool{}
	for _, v := range broken {
		for _, e := range AsList(Validate(v)) {
			seen[e.Code] = true
			ru, en := e.Message(LangRU), e.Message(LangEN)
			if !cyrillic.MatchString(e.RU) || e.Label == "" || !cyrillic.MatchString(e.Label) {
				t.Errorf("%s %s: Russian message %q, label %q", e.Code, e.Field, e.RU, e.Label)
			}
			if cyrillic.MatchString(strings.ReplaceAll(en, e.Value, "")) {
				t.Errorf("%s %s: English message has Cyrillic: %q", e.Code, e.Field, en)
			}
			if !strings.Contains(ru, e.Field) || !strings.Contains(en, e.Field) {
				t.Errorf("%s: messages do not name the field %q: %q / %q", e.Code, e.Field, ru, en)
			}
			r := []rune(ru)
			if !unicode.IsUpper(r[0]) {
				t.Errorf("Russian message does not start with a capital: %q", ru)
			}
		}
	}
	for _, c := range []Code{"validation.required", "validation.min", "validation.max", "validation.ltefield",
		"validation.enum", "validation.money_nonneg", "validation.inn", "validation.url", "validation.required_unless"} {
		if !seen[c] {
			t.Errorf("no broken document triggered %s", c)
		}
	}
}

func TestValidINN(t *testing.T) {
	tests := map[string]bool{
		"7707083893":   true, // ПАО Сбербанк
		"7830002293":   true,
		"500100732259": true,
		"7707083890":   false,
		"500100732258": false,
		"12345":        false,
		"770708389a":   false,
		"":             false,
	}
	for in, want := range tests {
		if got := ValidINN(in); got != want {
			t.Errorf("ValidINN(%q) = %v, want %v", in, got, want)
		}
	}
}
