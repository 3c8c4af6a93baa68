package pfdo

// Municipality is a municipal formation («муниципальное образование»): a city (urban okrug) or a
// district. The rules of personalized financing — the programme, common parameters, financing
// periods — are set per municipality.
type Municipality struct {
	// ID is a stable code, for example the OKTMO code or a short Latin name.
	ID   string `json:"id" validate:"required" ru:"код муниципального образования" en:"municipality code"`
	Name string `json:"name" validate:"required" ru:"наименование муниципального образования" en:"municipality name"`
	// Kind is the kind of municipality, when known.
	Kind MunicipalityKind `json:"kind,omitempty" validate:"omitempty,enum" ru:"вид муниципального образования" en:"municipality kind"`
	// Region is the name of the subject of the Russian Federation.
	Region string `json:"region,omitempty" ru:"субъект Российской Федерации" en:"region"`
}

// Provider is a provider of educational services («поставщик образовательных услуг»,
// исполнитель): any licensed organisation or individual entrepreneur admitted to the provider
// registry.
type Provider struct {
	ID   string `json:"id" validate:"required" ru:"идентификатор поставщика" en:"provider id"`
	Name string `json:"name" validate:"required" ru:"наименование поставщика" en:"provider name"`
	// INN is the taxpayer number: 10 digits for an organisation, 12 for an individual
	// entrepreneur; its check digits are verified.
	INN            string `json:"inn,omitempty" validate:"omitempty,inn" ru:"ИНН поставщика" en:"provider INN"`
	MunicipalityID string `json:"municipality_id" validate:"required" ru:"код муниципального образования поставщика" en:"provider municipality"`
}

// Category is a category of children («категория детей», группа сертификатов) for which the
// programme of personalized financing sets its own norm and quota: "5–17 years", "children with
// disabilities (ОВЗ)", "large families".
type Category struct {
	ID     string `json:"id" validate:"required" ru:"код категории детей" en:"category code"`
	Name   string `json:"name" validate:"required" ru:"наименование категории детей" en:"category name"`
	AgeMin int    `json:"age_min" validate:"min=5,max=18,ltefield=AgeMax" ru:"минимальный возраст детей категории" en:"minimum age"`
	AgeMax int    `json:"age_max" validate:"min=5,max=18" ru:"максимальный возраст детей категории" en:"maximum age"`
	// Description says who belongs to the category, for people.
	Description string `json:"description,omitempty" ru:"описание категории" en:"description"`
}
