package certificate

import (
	"embed"

	"github.com/pfdo-go/pfdo/pfdo"
)

// Documents lists the kinds of JSON document of package certificate.
func Documents() []pfdo.Document {
	return []pfdo.Document{
		{Kind: "catalog", RU: "Каталог для реестра сертификатов: периоды, категории, группы, соглашения", EN: "Ledger catalog: periods, categories, groups, agreements",
			New: func() any { return new(Catalog) },
			Rules: []string{"periods in order without overlaps", "one nominal per period in every category", "groups name listed programs",
				"agreements name existing periods", "no municipal-task register for certified programs"}},
		{Kind: "quote_request", RU: "Запрос расчёта договора", EN: "Contract quote request",
			New:   func() any { return new(QuoteRequest) },
			Rules: []string{"start within the group and the period"}},
	}
}

// Check applies the request's rules across fields by quoting it.
func (r *QuoteRequest) Check() error {
	_, err := Rules2017().QuoteContract(*r)
	return err
}

// Check applies the catalog's rules across items.
func (c *Catalog) Check() error {
	_, err := indexCatalog(*c)
	return err
}

//go:generate go run ../internal/genschema certificate

//go:embed schemas/*.json
var schemaFiles embed.FS

// Schema returns the committed JSON Schema of a certificate document kind, as in
// certificate/schemas/KIND.json.
func Schema(kind string) ([]byte, error) {
	if _, err := pfdo.FindDocument(Documents(), kind); err != nil {
		return nil, err
	}
	return schemaFiles.ReadFile("schemas/" + kind + ".json")
}
