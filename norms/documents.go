package norms

import (
	"embed"

	"github.com/pfdo-go/pfdo/pfdo"
)

// Documents lists the kinds of JSON document of package norms.
func Documents() []pfdo.Document {
	return []pfdo.Document{
		{Kind: "parameter_set", RU: "Общие параметры для определения нормативной стоимости", EN: "Common parameters of normative cost",
			New:   func() any { return new(ParameterSet) },
			Rules: []string{"no two values of a parameter variant share jurisdiction and date", "coefficient names are distinct"}},
		{Kind: "programme", RU: "Программа персонифицированного финансирования", EN: "Programme of personalized financing",
			New: func() any { return new(Programme) },
			Rules: []string{"categories are distinct", "quota × nominal ≤ volume", "direction limits are distinct",
				"the categories' volumes add up to at most total_volume"}},
	}
}

//go:generate go run ../internal/genschema norms

//go:embed schemas/*.json
var schemaFiles embed.FS

// Schema returns the committed JSON Schema of a norms document kind, as in norms/schemas/KIND.json.
func Schema(kind string) ([]byte, error) {
	if _, err := pfdo.FindDocument(Documents(), kind); err != nil {
		return nil, err
	}
	return schemaFiles.ReadFile("schemas/" + kind + ".json")
}
