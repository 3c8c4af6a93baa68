package pfdo

import "github.com/invopop/jsonschema"

// Direction is the direction of a supplementary education program («направленность
// дополнительной общеобразовательной программы»). Robotics is a direction of its own for the
// equipment cost (Cdir of the 2017 methodology) and reports technical as its Base. The zero value
// is unset and fails validation.
type Direction uint8

// The values of Direction; the JSON codes are stable.
const (
	DirectionTechnical Direction = iota + 1 // technical: техническая
	DirectionRobotics                       // robotics: техническая (робототехника)
	DirectionScience                        // science: естественнонаучная
	DirectionSport                          // sport: физкультурно-спортивная
	DirectionArts                           // arts: художественная
	DirectionTourism                        // tourism: туристско-краеведческая
	DirectionSocial                         // social: социально-гуманитарная
)

var directionTable = &enumTable{
	field: "direction", ru: "Направленность программы", en: "Program direction",
	// The direction was renamed by Приказ Минпросвещения России от 27.07.2022 № 629; documents
	// written before it still say «социально-педагогическая».
	aliases: map[string]uint8{"социально-педагогическая": uint8(DirectionSocial), "social_pedagogical": uint8(DirectionSocial)},
	names: []enumName{
		0:                  {},
		DirectionTechnical: {"technical", "техническая", "technical"},
		DirectionRobotics:  {"robotics", "техническая (робототехника)", "technical (robotics)"},
		DirectionScience:   {"science", "естественнонаучная", "science"},
		DirectionSport:     {"sport", "физкультурно-спортивная", "physical culture and sport"},
		DirectionArts:      {"arts", "художественная", "arts"},
		DirectionTourism:   {"tourism", "туристско-краеведческая", "tourism and local history"},
		DirectionSocial:    {"social", "социально-гуманитарная", "social and humanitarian"},
	},
}

// ParseDirection parses a Direction from its JSON code or its Russian or English label.
func ParseDirection(s string) (Direction, error) {
	v, err := directionTable.parse(s)
	return Direction(v), err
}

// IsValid reports whether v is a defined, non-zero value.
func (v Direction) IsValid() bool { return directionTable.valid(uint8(v)) }

// String returns the JSON code.
func (v Direction) String() string { return directionTable.code(uint8(v), "Direction") }

// Label returns the label in the given language.
func (v Direction) Label(l Lang) string { return directionTable.label(uint8(v), l, "Direction") }

// MarshalText implements encoding.TextMarshaler; an unset or unknown value is an error.
func (v Direction) MarshalText() ([]byte, error) {
	return directionTable.marshal(uint8(v), "Direction")
}

// UnmarshalText implements encoding.TextUnmarshaler; it accepts codes and labels.
func (v *Direction) UnmarshalText(b []byte) error {
	p, err := ParseDirection(string(b))
	if err != nil {
		return err
	}
	*v = p
	return nil
}

// Base returns the direction a program is reported under: DirectionTechnical for robotics,
// the direction itself otherwise.
func (v Direction) Base() Direction {
	if v == DirectionRobotics {
		return DirectionTechnical
	}
	return v
}

// JSONSchema describes Direction as a string enum of its codes.
func (Direction) JSONSchema() *jsonschema.Schema { return directionTable.schema() }

func (Direction) enumTable() *enumTable { return directionTable }

// Territory is the kind of territory a common parameter applies to («городская / сельская
// местность»). The zero value is unset.
type Territory uint8

// The values of Territory; the JSON codes are stable.
const (
	TerritoryUrban Territory = iota + 1 // urban: городская местность
	TerritoryRural                      // rural: сельская местность
)

var territoryTable = &enumTable{
	field: "territory", ru: "Тип территории", en: "Territory",
	names: []enumName{
		0:              {},
		TerritoryUrban: {"urban", "городская местность", "urban"},
		TerritoryRural: {"rural", "сельская местность", "rural"},
	},
}

// ParseTerritory parses a Territory from its JSON code or its Russian or English label.
func ParseTerritory(s string) (Territory, error) {
	v, err := territoryTable.parse(s)
	return Territory(v), err
}

// IsValid reports whether v is a defined, non-zero value.
func (v Territory) IsValid() bool { return territoryTable.valid(uint8(v)) }

// String returns the JSON code.
func (v Territory) String() string { return territoryTable.code(uint8(v), "Territory") }

// Label returns the label in the given language.
func (v Territory) Label(l Lang) string { return territoryTable.label(uint8(v), l, "Territory") }

// MarshalText implements encoding.TextMarshaler; an unset or unknown value is an error.
func (v Territory) MarshalText() ([]byte, error) {
	return territoryTable.marshal(uint8(v), "Territory")
}

// UnmarshalText implements encoding.TextUnmarshaler; it accepts codes and labels.
func (v *Territory) UnmarshalText(b []byte) error {
	p, err := ParseTerritory(string(b))
	if err != nil {
		return err
	}
	*v = p
	return nil
}

// JSONSchema describes Territory as a string enum of its codes.
func (Territory) JSONSchema() *jsonschema.Schema { return territoryTable.schema() }

func (Territory) enumTable() *enumTable { return territoryTable }

// MunicipalityKind is the kind of a municipal formation. The zero value is unset.
type MunicipalityKind uint8

// The values of MunicipalityKind; the JSON codes are stable.
const (
	MunicipalityUrbanOkrug MunicipalityKind = iota + 1 // urban_okrug: городской округ
	MunicipalityDistrict                               // district: муниципальный район
	MunicipalityOkrug                                  // municipal_okrug: муниципальный округ
)

var municipalityKindTable = &enumTable{
	field: "municipality_kind", ru: "Вид муниципального образования", en: "Municipality kind",
	names: []enumName{
		0:                      {},
		MunicipalityUrbanOkrug: {"urban_okrug", "городской округ", "urban okrug (city)"},
		MunicipalityDistrict:   {"district", "муниципальный район", "municipal district"},
		MunicipalityOkrug:      {"municipal_okrug", "муниципальный округ", "municipal okrug"},
	},
}

// ParseMunicipalityKind parses a MunicipalityKind from its JSON code or its Russian or English label.
func ParseMunicipalityKind(s string) (MunicipalityKind, error) {
	v, err := municipalityKindTable.parse(s)
	return MunicipalityKind(v), err
}

// IsValid reports whether v is a defined, non-zero value.
func (v MunicipalityKind) IsValid() bool { return municipalityKindTable.valid(uint8(v)) }

// String returns the JSON code.
func (v MunicipalityKind) String() string {
	return municipalityKindTable.code(uint8(v), "MunicipalityKind")
}

// Label returns the label in the given language.
func (v MunicipalityKind) Label(l Lang) string {
	return municipalityKindTable.label(uint8(v), l, "MunicipalityKind")
}

// MarshalText implements encoding.TextMarshaler; an unset or unknown value is an error.
func (v MunicipalityKind) MarshalText() ([]byte, error) {
	return municipalityKindTable.marshal(uint8(v), "MunicipalityKind")
}

// UnmarshalText implements encoding.TextUnmarshaler; it accepts codes and labels.
func (v *MunicipalityKind) UnmarshalText(b []byte) error {
	p, err := ParseMunicipalityKind(string(b))
	if err != nil {
		return err
	}
	*v = p
	return nil
}

// JSONSchema describes MunicipalityKind as a string enum of its codes.
func (MunicipalityKind) JSONSchema() *jsonschema.Schema { return municipalityKindTable.schema() }

func (MunicipalityKind) enumTable() *enumTable { return municipalityKindTable }

// Qualification is a teacher's qualification category («квалификационная категория
// педагогического работника»). The zero value is unset.
type Qualification uint8

// The values of Qualification; the JSON codes are stable.
const (
	QualificationHighest Qualification = iota + 1 // highest: высшая
	QualificationFirst                            // first: первая
	QualificationOther                            // other: иная
)

var qualificationTable = &enumTable{
	field: "qualification", ru: "Квалификационная категория педагога", en: "Teacher qualification",
	names: []enumName{
		0:                    {},
		QualificationHighest: {"highest", "высшая", "highest"},
		QualificationFirst:   {"first", "первая", "first"},
		QualificationOther:   {"other", "иная", "other"},
	},
}

// ParseQualification parses a Qualification from its JSON code or its Russian or English label.
func ParseQualification(s string) (Qualification, error) {
	v, err := qualificationTable.parse(s)
	return Qualification(v), err
}

// IsValid reports whether v is a defined, non-zero value.
func (v Qualification) IsValid() bool { return qualificationTable.valid(uint8(v)) }

// String returns the JSON code.
func (v Qualification) String() string { return qualificationTable.code(uint8(v), "Qualification") }

// Label returns the label in the given language.
func (v Qualification) Label(l Lang) string {
	return qualificationTable.label(uint8(v), l, "Qualification")
}

// MarshalText implements encoding.TextMarshaler; an unset or unknown value is an error.
func (v Qualification) MarshalText() ([]byte, error) {
	return qualificationTable.marshal(uint8(v), "Qualification")
}

// UnmarshalText implements encoding.TextUnmarshaler; it accepts codes and labels.
func (v *Qualification) UnmarshalText(b []byte) error {
	p, err := ParseQualification(string(b))
	if err != nil {
		return err
	}
	*v = p
	return nil
}

// JSONSchema describes Qualification as a string enum of its codes.
func (Qualification) JSONSchema() *jsonschema.Schema { return qualificationTable.schema() }

func (Qualification) enumTable() *enumTable { return qualificationTable }

// EquipmentLevel is the level of equipment a program needs («уровень оснащения»), the index
// of the Kmat coefficient. The zero value is unset.
type EquipmentLevel uint8

// The values of EquipmentLevel; the JSON codes are stable.
const (
	EquipmentHigh   EquipmentLevel = iota + 1 // high: высокий
	EquipmentMedium                           // medium: средний
	EquipmentLow                              // low: низкий
)

var equipmentLevelTable = &enumTable{
	field: "equipment_level", ru: "Уровень оснащения", en: "Equipment level",
	names: []enumName{
		0:               {},
		EquipmentHigh:   {"high", "высокий", "high"},
		EquipmentMedium: {"medium", "средний", "medium"},
		EquipmentLow:    {"low", "низкий", "low"},
	},
}

// ParseEquipmentLevel parses a EquipmentLevel from its JSON code or its Russian or English label.
func ParseEquipmentLevel(s string) (EquipmentLevel, error) {
	v, err := equipmentLevelTable.parse(s)
	return EquipmentLevel(v), err
}

// IsValid reports whether v is a defined, non-zero value.
func (v EquipmentLevel) IsValid() bool { return equipmentLevelTable.valid(uint8(v)) }

// String returns the JSON code.
func (v EquipmentLevel) String() string { return equipmentLevelTable.code(uint8(v), "EquipmentLevel") }

// Label returns the label in the given language.
func (v EquipmentLevel) Label(l Lang) string {
	return equipmentLevelTable.label(uint8(v), l, "EquipmentLevel")
}

// MarshalText implements encoding.TextMarshaler; an unset or unknown value is an error.
func (v EquipmentLevel) MarshalText() ([]byte, error) {
	return equipmentLevelTable.marshal(uint8(v), "EquipmentLevel")
}

// UnmarshalText implements encoding.TextUnmarshaler; it accepts codes and labels.
func (v *EquipmentLevel) UnmarshalText(b []byte) error {
	p, err := ParseEquipmentLevel(string(b))
	if err != nil {
		return err
	}
	*v = p
	return nil
}

// JSONSchema describes EquipmentLevel as a string enum of its codes.
func (EquipmentLevel) JSONSchema() *jsonschema.Schema { return equipmentLevelTable.schema() }

func (EquipmentLevel) enumTable() *enumTable { return equipmentLevelTable }

// FormOfStudy is the form of study of a module («форма обучения», ст. 17 Федерального закона
// № 273-ФЗ). The zero value is unset.
type FormOfStudy uint8

// The values of FormOfStudy; the JSON codes are stable.
const (
	FormFullTime   FormOfStudy = iota + 1 // full_time: очная
	FormPartTime                          // part_time: очно-заочная
	FormExtramural                        // extramural: заочная
)

var formOfStudyTable = &enumTable{
	field: "form_of_study", ru: "Форма обучения", en: "Form of study",
	names: []enumName{
		0:              {},
		FormFullTime:   {"full_time", "очная", "full-time"},
		FormPartTime:   {"part_time", "очно-заочная", "part-time"},
		FormExtramural: {"extramural", "заочная", "extramural"},
	},
}

// ParseFormOfStudy parses a FormOfStudy from its JSON code or its Russian or English label.
func ParseFormOfStudy(s string) (FormOfStudy, error) {
	v, err := formOfStudyTable.parse(s)
	return FormOfStudy(v), err
}

// IsValid reports whether v is a defined, non-zero value.
func (v FormOfStudy) IsValid() bool { return formOfStudyTable.valid(uint8(v)) }

// String returns the JSON code.
func (v FormOfStudy) String() string { return formOfStudyTable.code(uint8(v), "FormOfStudy") }

// Label returns the label in the given language.
func (v FormOfStudy) Label(l Lang) string { return formOfStudyTable.label(uint8(v), l, "FormOfStudy") }

// MarshalText implements encoding.TextMarshaler; an unset or unknown value is an error.
func (v FormOfStudy) MarshalText() ([]byte, error) {
	return formOfStudyTable.marshal(uint8(v), "FormOfStudy")
}

// UnmarshalText implements encoding.TextUnmarshaler; it accepts codes and labels.
func (v *FormOfStudy) UnmarshalText(b []byte) error {
	p, err := ParseFormOfStudy(string(b))
	if err != nil {
		return err
	}
	*v = p
	return nil
}

// JSONSchema describes FormOfStudy as a string enum of its codes.
func (FormOfStudy) JSONSchema() *jsonschema.Schema { return formOfStudyTable.schema() }

func (FormOfStudy) enumTable() *enumTable { return formOfStudyTable }

// CertificateStatus is the status of a certificate of supplementary education. The zero value
// is unset.
type CertificateStatus uint8

// The values of CertificateStatus; the JSON codes are stable.
const (
	StatusAccounting CertificateStatus = iota + 1 // accounting: сертификат учёта
	StatusFinancing                               // financing: сертификат персонифицированного финансирования
	StatusFrozen                                  // frozen: приостановлен
	StatusClosed                                  // closed: закрыт
)

var certificateStatusTable = &enumTable{
	field: "certificate_status", ru: "Статус сертификата", en: "Certificate status",
	names: []enumName{
		0:                {},
		StatusAccounting: {"accounting", "сертификат учёта", "accounting certificate"},
		StatusFinancing:  {"financing", "сертификат персонифицированного финансирования", "financing certificate"},
		StatusFrozen:     {"frozen", "приостановлен", "frozen"},
		StatusClosed:     {"closed", "закрыт", "closed"},
	},
}

// ParseCertificateStatus parses a CertificateStatus from its JSON code or its Russian or English label.
func ParseCertificateStatus(s string) (CertificateStatus, error) {
	v, err := certificateStatusTable.parse(s)
	return CertificateStatus(v), err
}

// IsValid reports whether v is a defined, non-zero value.
func (v CertificateStatus) IsValid() bool { return certificateStatusTable.valid(uint8(v)) }

// String returns the JSON code.
func (v CertificateStatus) String() string {
	return certificateStatusTable.code(uint8(v), "CertificateStatus")
}

// Label returns the label in the given language.
func (v CertificateStatus) Label(l Lang) string {
	return certificateStatusTable.label(uint8(v), l, "CertificateStatus")
}

// MarshalText implements encoding.TextMarshaler; an unset or unknown value is an error.
func (v CertificateStatus) MarshalText() ([]byte, error) {
	return certificateStatusTable.marshal(uint8(v), "CertificateStatus")
}

// UnmarshalText implements encoding.TextUnmarshaler; it accepts codes and labels.
func (v *CertificateStatus) UnmarshalText(b []byte) error {
	p, err := ParseCertificateStatus(string(b))
	if err != nil {
		return err
	}
	*v = p
	return nil
}

// JSONSchema describes CertificateStatus as a string enum of its codes.
func (CertificateStatus) JSONSchema() *jsonschema.Schema { return certificateStatusTable.schema() }

func (CertificateStatus) enumTable() *enumTable { return certificateStatusTable }

// Register is the sub-register of the program registry a program belongs to: certified
// programs are paid by financing certificates; the other three are financed by the municipal
// task. The zero value is unset.
type Register uint8

// The values of Register; the JSON codes are stable.
const (
	RegisterCertified       Register = iota + 1 // certified: сертифицированные программы
	RegisterPreprofessional                     // preprofessional: предпрофессиональные программы
	RegisterSignificant                         // significant: значимые программы
	RegisterGeneral                             // general: общеразвивающие программы
)

var registerTable = &enumTable{
	field: "register", ru: "Реестр программ", en: "Program register",
	names: []enumName{
		0:                       {},
		RegisterCertified:       {"certified", "сертифицированные программы", "certified programs"},
		RegisterPreprofessional: {"preprofessional", "предпрофессиональные программы", "pre-professional programs"},
		RegisterSignificant:     {"significant", "значимые программы", "significant programs"},
		RegisterGeneral:         {"general", "общеразвивающие программы", "general developmental programs"},
	},
}

// ParseRegister parses a Register from its JSON code or its Russian or English label.
func ParseRegister(s string) (Register, error) {
	v, err := registerTable.parse(s)
	return Register(v), err
}

// IsValid reports whether v is a defined, non-zero value.
func (v Register) IsValid() bool { return registerTable.valid(uint8(v)) }

// String returns the JSON code.
func (v Register) String() string { return registerTable.code(uint8(v), "Register") }

// Label returns the label in the given language.
func (v Register) Label(l Lang) string { return registerTable.label(uint8(v), l, "Register") }

// MarshalText implements encoding.TextMarshaler; an unset or unknown value is an error.
func (v Register) MarshalText() ([]byte, error) { return registerTable.marshal(uint8(v), "Register") }

// UnmarshalText implements encoding.TextUnmarshaler; it accepts codes and labels.
func (v *Register) UnmarshalText(b []byte) error {
	p, err := ParseRegister(string(b))
	if err != nil {
		return err
	}
	*v = p
	return nil
}

// JSONSchema describes Register as a string enum of its codes.
func (Register) JSONSchema() *jsonschema.Schema { return registerTable.schema() }

func (Register) enumTable() *enumTable { return registerTable }
