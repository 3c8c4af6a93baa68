package schedule

import (
	"embed"

	"github.com/pfdo-go/pfdo/pfdo"
)

// Documents lists the kinds of JSON document of package schedule.
func Documents() []pfdo.Document {
	return []pfdo.Document{
		{Kind: "roadmap", RU: "Дорожная карта (план мероприятий)", EN: "Roadmap (plan of measures)",
			New:   func() any { return new(Roadmap) },
			Rules: []string{"every deadline is readable Russian text", "municipality and body codes are distinct", "item scopes name listed municipalities"}},
		{Kind: "rollout", RU: "График внедрения по муниципальным образованиям", EN: "Rollout by municipality",
			New:   func() any { return new(Rollout) },
			Rules: []string{"municipalities are distinct", "financing does not start before accounting"}},
		{Kind: "financing_periods", RU: "Периоды финансирования", EN: "Financing periods",
			New:   func() any { return new(FinancingPeriods) },
			Rules: []string{"periods do not overlap"}},
		{Kind: "completion", RU: "Отметка об исполнении мероприятия", EN: "Completion of a roadmap item",
			New: func() any { return new(Completion) }},
		{Kind: "progress", RU: "Ход исполнения дорожной карты", EN: "Progress of a roadmap",
			New: func() any { return new(ProgressLog) }},
	}
}

//go:generate go run ../internal/genschema schedule

//go:embed schemas/*.json
var schemaFiles embed.FS

// Schema returns the committed JSON Schema of a schedule document kind, as in
// schedule/schemas/KIND.json.
func Schema(kind string) ([]byte, error) {
	if _, err := pfdo.FindDocument(Documents(), kind); err != nil {
		return nil, err
	}
	return schemaFiles.ReadFile("schemas/" + kind + ".json")
}

//go:embed data/*.json
var seedFiles embed.FS

// readSeed loads one of the seed acts through the public format: strict decoding, validation
// and the document's own checks, exactly as a user's file.
func readSeed[T any](kind, file string) (*T, error) {
	data, err := seedFiles.ReadFile("data/" + file)
	if err != nil {
		return nil, err
	}
	doc, err := pfdo.FindDocument(Documents(), kind)
	if err != nil {
		return nil, err
	}
	v, err := doc.Read(data, nil)
	if err != nil {
		return nil, err
	}
	return v.(*T), nil
}

// KBR2020 returns the roadmap of Kabardino-Balkaria for 2020–2021 (распоряжение Правительства
// КБР от 26.05.2020 № 242-рп): stages 1 and 2, items 1.1–1.12 and 2.1–2.3, its 13 municipalities,
// and the act's note that naming local administrations as executors is a recommendation. Each
// call returns a fresh copy.
func KBR2020() (*Roadmap, error) { return readSeed[Roadmap]("roadmap", "kbr-2020.json") }

// Tomsk2018 returns the plan of the Tomsk region for 2018–2019 (распоряжение Департамента общего
// образования Томской области от 31.05.2018 № 527-р, приложение 1): items 1–24 and the region's
// 20 municipalities, items 4–10 scoped to the ten pilots. Each call returns a fresh copy.
func Tomsk2018() (*Roadmap, error) { return readSeed[Roadmap]("roadmap", "tomsk-2018.json") }

// Tomsk2018Rollout returns the appendix of the same act (приложение 2): for each of the 20
// municipalities, the start of the accounting system (1 September 2018 everywhere) and of
// personalized financing (1 September 2018 in the ten pilots, 1 September 2019 in the others).
func Tomsk2018Rollout() (*Rollout, error) {
	return readSeed[Rollout]("rollout", "tomsk-2018-rollout.json")
}
