package pfdo

import (
	"encoding/json"
	"errors"
	"testing"
)

// enumValue is what every enum type of the package offers.
type enumValue interface {
	IsValid() bool
	String() string
	Label(Lang) string
	MarshalText() ([]byte, error)
}

func TestEnumParsing(t *testing.T) {
	tests := []struct {
		name string
		in   string
		got  func(string) (enumValue, error)
		want enumValue
	}{
		{"direction code", "robotics", wrap(ParseDirection), DirectionRobotics},
		{"direction label", "Художественная", wrap(ParseDirection), DirectionArts},
		{"direction older name", "социально-педагогическая", wrap(ParseDirection), DirectionSocial},
		{"direction older name capitalised", "Социально-педагогическая", wrap(ParseDirection), DirectionSocial},
		{"direction label", "естественнонаучная", wrap(ParseDirection), DirectionScience},
		{"territory", "rural", wrap(ParseTerritory), TerritoryRural},
		{"territory label", "городская местность", wrap(ParseTerritory), TerritoryUrban},
		{"qualification", "высшая", wrap(ParseQualification), QualificationHighest},
		{"equipment", "medium", wrap(ParseEquipmentLevel), EquipmentMedium},
		{"form of study", "очно-заочная", wrap(ParseFormOfStudy), FormPartTime},
		{"certificate status", "frozen", wrap(ParseCertificateStatus), StatusFrozen},
		{"certificate status label with ё", "сертификат учёта", wrap(ParseCertificateStatus), StatusAccounting},
		{"certificate status label with е", "сертификат учета", wrap(ParseCertificateStatus), StatusAccounting},
		{"register", "preprofessional", wrap(ParseRegister), RegisterPreprofessional},
		{"municipality kind", "городской округ", wrap(ParseMunicipalityKind), MunicipalityUrbanOkrug},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.got(tt.in)
			if err != nil || got != tt.want {
				t.Errorf("parse %q = %v, %v; want %v", tt.in, got, err, tt.want)
			}
		})
	}
}

func wrap[T enumValue](parse func(string) (T, error)) func(string) (enumValue, error) {
	return func(s string) (enumValue, error) { return parse(s) }
}

func TestEnumUnknown(t *testing.T) {
	_, err := ParseDirection("music")
	var e *Error
	if !errors.As(err, &e) || !errors.Is(err, ErrUnknownCode) || e.Value != "music" {
		t.Fatalf("got %v", err)
	}
	want := "неизвестное значение; допустимы: technical, robotics, science, sport, arts, tourism, social"
	if e.RU != want {
		t.Errorf("RU = %q, want %q", e.RU, want)
	}
	if _, err := ParseTerritory(""); err == nil {
		t.Error("the empty code parsed")
	}
	if _, err := Direction(0).MarshalText(); !errors.Is(err, ErrUnknownCode) {
		t.Errorf("the unset direction marshalled: %v", err)
	}
	if Direction(0).IsValid() || Direction(99).IsValid() || Direction(99).String() != "Direction(99)" {
		t.Error("out-of-range directions")
	}
}

func TestEnumJSONRoundTrip(t *testing.T) {
	all := []enumValue{}
	for v := DirectionTechnical; v.IsValid(); v++ {
		all = append(all, v)
	}
	for v := TerritoryUrban; v.IsValid(); v++ {
		all = append(all, v)
	}
	for v := RegisterCertified; v.IsValid(); v++ {
		all = append(all, v)
	}
	if len(all) != 7+2+4 {
		t.Fatalf("%d values", len(all))
	}
	for _, v := range all {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != `"`+v.String()+`"` || v.Label(LangRU) == "" || v.Label(LangEN) == "" || v.Label(LangRU) == v.Label(LangEN) && v.String() != "arts" {
			t.Errorf("%v: JSON %s, labels %q / %q", v, b, v.Label(LangRU), v.Label(LangEN))
		}
	}
	type doc struct {
		D Direction `json:"d"`
	}
	var d doc
	if err := json.Unmarshal([]byte(`{"d":"tourism"}`), &d); err != nil || d.D != DirectionTourism {
		t.Errorf("Unmarshal: %v %v", d.D, err)
	}
	if DirectionRobotics.Base() != DirectionTechnical || DirectionArts.Base() != DirectionArts {
		t.Error("Base")
	}
	if DirectionSocial.Label(LangRU) != "социально-гуманитарная" {
		t.Error("the social direction's current name")
	}
}

func TestLang(t *testing.T) {
	for in, want := range map[string]Lang{"ru": LangRU, "en": LangEN, "EN": LangEN} {
		if got, err := ParseLang(in); err != nil || got != want {
			t.Errorf("ParseLang(%q) = %v, %v", in, got, err)
		}
	}
	if _, err := ParseLang("de"); !errors.Is(err, ErrUnknownCode) {
		t.Errorf("ParseLang(de): %v", err)
	}
	if LangRU.String() != "ru" || LangEN.String() != "en" || Lang(7).String() != "Lang(7)" {
		t.Error("Lang.String")
	}
}
