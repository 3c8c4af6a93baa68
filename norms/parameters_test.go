package norms

import (
	"errors"
	"testing"

	"github.com/pfdo-go/pfdo/pfdo"
)

func param(name, key, value, from, municipality string, territory pfdo.Territory) Parameter {
	return Parameter{Name: name, Key: key, Value: pfdo.MustParseRate(value), From: pfdo.MustParseDate(from),
		Municipality: municipality, Territory: territory, Source: pfdo.Citation{Act: "act " + value}}
}

// TestResolveLevelsAndDates: a lower level overrides a higher one whatever their dates, and a
// value applies from its date until the next value of the same level.
func TestResolveLevelsAndDates(t *testing.T) {
	urban, rural := pfdo.TerritoryUrban, pfdo.TerritoryRural
	set := ParameterSet{Region: "r", Parameters: []Parameter{
		param("X", "", "1", "2017-01-01", "", 0),
		param("X", "", "2", "2019-01-01", "", 0),
		param("X", "", "3", "2018-01-01", "", rural),
		param("X", "", "4", "2018-06-01", "town", 0),
		param("X", "", "5", "2018-09-01", "town", urban),
		param("X", "", "6", "2019-09-01", "town", urban),
		param("Y", "a", "7", "2017-01-01", "", 0),
		param("Y", "b", "8", "2017-01-01", "", 0),
	}}
	idx, err := NewIndex(set)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name         string
		date         string
		municipality string
		territory    pfdo.Territory
		want         string // "" for missing
	}{
		{"region value before anything else", "2017-06-01", "town", urban, "1"},
		{"the region's next value", "2019-01-01", "village", urban, "2"},
		{"region rural overrides region", "2018-01-01", "village", rural, "3"},
		{"region rural applies from its date only", "2017-12-31", "village", rural, "1"},
		{"municipality overrides the later region value", "2019-02-01", "town", rural, "4"},
		{"municipality urban overrides municipality", "2018-09-01", "town", urban, "5"},
		{"municipality urban, day before its value", "2018-08-31", "town", urban, "4"},
		{"the next municipality urban value", "2019-09-01", "town", urban, "6"},
		{"before any value", "2016-12-31", "town", urban, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := idx.Resolve(pfdo.MustParseDate(tt.date), tt.municipality, tt.territory)
			if err != nil {
				t.Fatal(err)
			}
			v, err := r.Get("X", "")
			if tt.want == "" {
				if !errors.Is(err, ErrMissingParameter) {
					t.Errorf("got %v, %v; want missing", v.Parameter, err)
				}
				return
			}
			if err != nil || v.Value.String() != tt.want || v.Source.Act != "act "+tt.want {
				t.Errorf("got %v, %v; want %s", v.Parameter, err, tt.want)
			}
		})
	}
	r, _ := idx.Resolve(pfdo.MustParseDate("2018-01-01"), "town", urban)
	if v, err := r.Get("Y", "b"); err != nil || v.Value.String() != "8" {
		t.Errorf("variant b: %v, %v", v, err)
	}
	if _, err := r.Get("Y", "c"); !errors.Is(err, ErrMissingParameter) {
		t.Errorf("variant c: %v", err)
	}
	if all := r.All(); len(all) != 3 || all[0].Name != "X" || all[2].Key != "b" {
		t.Errorf("All: %v", all)
	}
}

func TestParameterSetCheck(t *testing.T) {
	set := ParameterSet{Region: "r", Parameters: []Parameter{
		param("X", "", "1", "2017-01-01", "town", pfdo.TerritoryUrban),
		param("X", "", "2", "2017-01-01", "town", pfdo.TerritoryUrban),
		param("X", "", "3", "2017-01-01", "town", pfdo.TerritoryRural),
	}, Coefficients: []Coefficient{{"K", "none", "k"}, {"K", "direction", "k"}}}
	_, err := NewIndex(set)
	list := pfdo.AsList(err)
	if len(list) != 2 || list[0].Code != "norms.duplicate_coefficient" || list[1].Field != "parameters[1]" ||
		!errors.Is(err, ErrDuplicateParameter) {
		t.Errorf("got %v", err)
	}
	if _, err := NewIndex(ParameterSet{Region: "r"}); !errors.Is(err, pfdo.ErrValidation) {
		t.Errorf("an empty set: %v", err)
	}
}

// TestIndexIsACopy: changing the set after NewIndex changes nothing.
func TestIndexIsACopy(t *testing.T) {
	set := ParameterSet{Region: "r", Parameters: []Parameter{param("X", "", "1", "2017-01-01", "", 0)}}
	idx, err := NewIndex(set)
	if err != nil {
		t.Fatal(err)
	}
	set.Parameters[0].Value = pfdo.MustParseRate("9")
	r, _ := idx.Resolve(pfdo.MustParseDate("2018-01-01"), "", 0)
	if v, _ := r.Get("X", ""); v.Value.String() != "1" {
		t.Errorf("the index saw a later change: %v", v.Value)
	}
}
