package pfdo

import (
	"strconv"

	"github.com/go-playground/validator/v10"
)

// Program is a supplementary general education program («дополнительная общеобразовательная
// программа») in the program registry. A program consists of one or more modules; enrollment,
// normative cost and price are per module.
type Program struct {
	ID        string    `json:"id" validate:"required" ru:"идентификатор программы" en:"program id"`
	Name      string    `json:"name" validate:"required" ru:"наименование программы" en:"program name"`
	Direction Direction `json:"direction" validate:"enum" ru:"направленность программы" en:"direction"`
	// Register is the sub-register of the program registry: certified programs are paid from
	// financing certificates.
	Register   Register `json:"register" validate:"enum" ru:"реестр программ" en:"register"`
	ProviderID string   `json:"provider_id" validate:"required" ru:"идентификатор поставщика" en:"provider id"`
	// MunicipalityID is where the program is carried out, when it differs from the provider's.
	MunicipalityID string `json:"municipality_id,omitempty" ru:"код муниципального образования" en:"municipality code"`
	// AgeMin and AgeMax bound the age of the children the program admits, 5 to 18 years.
	AgeMin  int      `json:"age_min" validate:"min=5,max=18,ltefield=AgeMax" ru:"минимальный возраст обучающихся" en:"minimum age"`
	AgeMax  int      `json:"age_max" validate:"min=5,max=18" ru:"максимальный возраст обучающихся" en:"maximum age"`
	Modules []Module `json:"modules" validate:"min=1,max=100,dive" ru:"модули программы" en:"modules"`
}

// uniqueModuleIDs is the struct-level rule of Program: module ids are distinct. It is a
// struct-level rule rather than a `unique` tag so that a duplicate does not stop the checks of
// the modules themselves.
func uniqueModuleIDs(sl validator.StructLevel) {
	p := sl.Current().Interface().(Program)
	seen := make(map[string]bool, len(p.Modules))
	for i, m := range p.Modules {
		if m.ID != "" && seen[m.ID] {
			idx := "[" + strconv.Itoa(i) + "]"
			sl.ReportError(m.ID, "modules"+idx+".id", "Modules"+idx+".ID", "unique_id", "")
		}
		seen[m.ID] = true
	}
}

// Module is a part of a program («модуль», часть программы) with its own hours, group size,
// teachers, price and normative cost. The inputs of the 2017 normative-cost methodology are
// named after its symbols: H (Hours), Hind (IndividualHours), Hdop (AdditionalTeacherHours),
// Nmin and Nmax (GroupMin, GroupMax).
type Module struct {
	ID   string `json:"id" validate:"required" ru:"идентификатор модуля" en:"module id"`
	Name string `json:"name" validate:"required" ru:"наименование модуля" en:"module name"`
	// Hours is the length of the module in academic hours (H).
	Hours int `json:"hours" validate:"min=1,max=10000" ru:"продолжительность модуля в часах" en:"hours"`
	// IndividualHours is the number of hours of individual consultations per child (Hind),
	// at most Hours.
	IndividualHours int `json:"individual_hours,omitempty" validate:"min=0,max=10000,ltefield=Hours" ru:"часы индивидуальных консультаций" en:"individual hours"`
	// AdditionalTeacherHours is the number of hours with an additional teacher (Hdop), at most
	// Hours.
	AdditionalTeacherHours int `json:"additional_teacher_hours,omitempty" validate:"min=0,max=10000,ltefield=Hours" ru:"часы работы дополнительного педагога" en:"hours with an additional teacher"`
	// GroupMin and GroupMax bound the number of children in a group (Nmin ≤ Nmax).
	GroupMin int `json:"group_min" validate:"min=1,max=1000,ltefield=GroupMax" ru:"минимальная наполняемость группы" en:"minimum group size"`
	GroupMax int `json:"group_max" validate:"min=1,max=1000" ru:"максимальная наполняемость группы" en:"maximum group size"`
	// TeacherQualification is the qualification of the main teacher (K1).
	TeacherQualification Qualification `json:"teacher_qualification" validate:"enum" ru:"квалификация основного педагога" en:"main teacher's qualification"`
	// AdditionalTeacherQualification is the qualification of the additional teacher (K2);
	// required when AdditionalTeacherHours > 0.
	AdditionalTeacherQualification Qualification  `json:"additional_teacher_qualification,omitempty" validate:"required_unless=AdditionalTeacherHours 0,omitempty,enum" ru:"квалификация дополнительного педагога" en:"additional teacher's qualification"`
	EquipmentLevel                 EquipmentLevel `json:"equipment_level" validate:"enum" ru:"уровень оснащения" en:"equipment level"`
	FormOfStudy                    FormOfStudy    `json:"form_of_study,omitempty" validate:"omitempty,enum" ru:"форма обучения" en:"form of study"`
	// Price is the provider's price of the whole module for one child.
	Price Money `json:"price" validate:"money_nonneg" ru:"цена модуля" en:"price"`
	// NormativeCost is the normative cost of the module for one child, when it is known (the
	// norms package computes it).
	NormativeCost *Money `json:"normative_cost,omitempty" validate:"omitempty,money_nonneg" ru:"нормативная стоимость модуля" en:"normative cost"`
}

// Group is a study group of a module with its dates and number of places.
type Group struct {
	ID       string `json:"id" validate:"required" ru:"идентификатор группы" en:"group id"`
	ModuleID string `json:"module_id" validate:"required" ru:"идентификатор модуля" en:"module id"`
	// Dates are the first and the last day of study of the group.
	Dates Period `json:"dates" ru:"сроки обучения группы" en:"group dates"`
	// Capacity is the number of places.
	Capacity int `json:"capacity" validate:"min=1,max=1000" ru:"число мест в группе" en:"capacity"`
}
