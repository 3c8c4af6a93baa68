package pfdo

import (
	"errors"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDecodeProblems(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []problem
	}{
		{"unknown field", `{"id":"g","module_id":"m","dates":{"start":"2018-01-01","end":"2018-01-31"},"capacity":5,"capasity":6}`,
			[]problem{{CodeJSONUnknownField, "capasity", ""}}},
		{"missing required fields", `{"id":"g","dates":{"start":"2018-01-01"}}`,
			[]problem{{CodeJSONMissing, "module_id", ""}, {CodeJSONMissing, "dates.end", ""}, {CodeJSONMissing, "capacity", ""}}},
		{"wrong JSON types", `{"id":5,"module_id":"m","dates":[],"capacity":"5"}`,
			[]problem{{CodeJSONType, "id", "5"}, {CodeJSONType, "dates", "[]"}, {CodeJSONType, "capacity", `"5"`}}},
		{"fraction where a whole number is expected", `{"id":"g","module_id":"m","dates":{"start":"2018-01-01","end":"2018-01-31"},"capacity":5.5}`,
			[]problem{{CodeJSONType, "capacity", "5.5"}}},
		{"bad date", `{"id":"g","module_id":"m","dates":{"start":"2018-02-30","end":"01.03.2018"},"capacity":5}`,
			[]problem{{CodeDateRange, "dates.start", "2018-02-30"}, {CodeDateSyntax, "dates.end", "01.03.2018"}}},
		{"not an object", `[1,2]`, []problem{{CodeJSONType, "", "[1,2]"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := Group{ID: "unchanged"}
			err := Decode([]byte(tt.doc), &g)
			if diff := cmp.Diff(tt.want, problems(err)); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
			if g.ID != "unchanged" {
				t.Errorf("Decode changed the target on error: %+v", g)
			}
			if !errors.Is(err, ErrInvalidJSON) && !errors.Is(err, ErrInvalidDate) {
				t.Errorf("%v wraps no decoding sentinel", err)
			}
		})
	}
}

func TestDecodeNestedPaths(t *testing.T) {
	doc := `{"id":"p","name":"n","direction":"arts","register":"certified","provider_id":"x","age_min":5,"age_max":18,
	"modules":[{"id":"a","name":"a","hours":1,"group_min":1,"group_max":1,"teacher_qualification":"first","equipment_level":"low","price":"1"},
	           {"id":"b","name":"b","hours":1,"group_min":1,"group_max":1,"teacher_qualification":"expert","equipment_level":"low","price":"1.001","extra":1}]}`
	var p Program
	err := Decode([]byte(doc), &p)
	want := []problem{
		{CodeUnknownCode, "modules[1].teacher_qualification", "expert"},
		{CodeMoneyPrecision, "modules[1].price", "1.001"},
		{CodeJSONUnknownField, "modules[1].extra", ""},
	}
	if diff := cmp.Diff(want, problems(err)); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	list := AsList(err)
	if len(list) > 0 && list[0].Label != "квалификация основного педагога" {
		t.Errorf("label %q", list[0].Label)
	}
}

func TestDecodeSyntaxError(t *testing.T) {
	var g Group
	err := Decode([]byte("{\n  \"id\": \"g\",\n  \"capacity\": 5,,\n}"), &g)
	list := AsList(err)
	if len(list) != 1 || list[0].Code != CodeJSONSyntax {
		t.Fatalf("got %v", err)
	}
	if want := "документ не является корректным JSON (строка 3, позиция 17)"; list[0].RU != want {
		t.Errorf("RU = %q, want %q", list[0].RU, want)
	}
	if err := Decode([]byte(`{}`), g); !errors.Is(err, ErrUnknownKind) {
		t.Errorf("decoding into a non-pointer: %v", err)
	}
	if err := Decode([]byte(`{}`), nil); !errors.Is(err, ErrUnknownKind) {
		t.Errorf("decoding into nil: %v", err)
	}
}

func TestDecodeValid(t *testing.T) {
	data, err := os.ReadFile("../testdata/program-valid.json")
	if err != nil {
		t.Fatal(err)
	}
	var p Program
	if err := Decode(data, &p); err != nil {
		t.Fatal(err)
	}
	norm := Rubles(5856)
	want := Module{ID: "m1", Name: "Конструирование на базе LEGO", Hours: 72, IndividualHours: 4, GroupMin: 8, GroupMax: 12,
		TeacherQualification: QualificationFirst, EquipmentLevel: EquipmentHigh, FormOfStudy: FormFullTime,
		Price: Rubles(5962), NormativeCost: &norm}
	if diff := cmp.Diff(want, p.Modules[0]); diff != "" {
		t.Errorf("module (-want +got):\n%s", diff)
	}
	if p.Modules[1].Price != MustParseMoney("3400.50") || p.Direction != DirectionRobotics {
		t.Errorf("second module price %v, direction %v", p.Modules[1].Price, p.Direction)
	}
	if err := Validate(p); err != nil {
		t.Errorf("the valid sample does not validate: %v", err)
	}
}

func TestDocumentRead(t *testing.T) {
	doc, err := FindDocument(Documents(), "program")
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("../testdata/program-broken.json")
	if err != nil {
		t.Fatal(err)
	}
	_, err = doc.Read(data, nil)
	want := []problem{
		{CodeUnknownCode, "modules[1].equipment_level", "space-grade"},
		{CodeMoneyPrecision, "modules[1].price", "3400.555"},
		{"validation.required", "name", ""},
		{"validation.ltefield", "age_min", "14"},
		{"validation.ltefield", "modules[0].individual_hours", "80"},
		{"validation.ltefield", "modules[0].group_min", "15"},
		{"validation.money_nonneg", "modules[0].price", "-5962.00"},
		{"validation.required_unless", "modules[1].additional_teacher_qualification", ""},
		{"validation.unique_id", "modules[1].id", "m1"},
	}
	if diff := cmp.Diff(want, problems(err)); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	if _, err := FindDocument(Documents(), "programme"); !errors.Is(err, ErrUnknownKind) {
		t.Errorf("unknown kind: %v", err)
	}
}
