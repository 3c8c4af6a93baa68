package pfdo

import (
	"encoding/json"
	"testing"
)

func threeModuleProgram() Program {
	p := validProgram()
	m3 := validModule()
	m3.ID = "m3"
	p.Modules = append(p.Modules, m3)
	return p
}

// BenchmarkValidateProgram measures Validate on a program of three modules (target: ≥ 50 000
// per second per core, i.e. ≤ 20 µs each).
func BenchmarkValidateProgram(b *testing.B) {
	p := threeModuleProgram()
	if err := Validate(&p); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := Validate(&p); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadProgram(b *testing.B) {
	data, err := json.Marshal(threeModuleProgram())
	if err != nil {
		b.Fatal(err)
	}
	doc, _ := FindDocument(Documents(), "program")
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := doc.Read(data, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseMoney(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseMoney("12 345,67"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMoneyProrate(b *testing.B) {
	m := Rubles(5962)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := m.Prorate(78, 273, RoundCeiling); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMoneyString(b *testing.B) {
	m := MustParseMoney("12345.67")
	b.ReportAllocs()
	for b.Loop() {
		_ = m.String()
	}
}
