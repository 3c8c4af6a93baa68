package certificate

import (
	"github.com/pfdo-go/pfdo/pfdo"
)

// EnrollMunicipalTask enrols a certificate in a program financed by the municipal task (a
// pre-professional, significant or general program), within the register's rules for the payer
// and the certificate's status: the register must be open, and the certificate's services and
// hours in it stay within the limits (domain reference §6.3). No money moves.
type EnrollMunicipalTask struct {
	Base
	Enrollment string        `json:"enrollment"`
	Payer      string        `json:"payer"`
	Register   pfdo.Register `json:"register"`
	Hours      int           `json:"hours"`
}

func (EnrollMunicipalTask) shared() bool { return false }

func (cmd EnrollMunicipalTask) plan(l *Ledger, c *certState) ([]Event, error) {
	if c == nil {
		return nil, l.noCertificate(cmd.Certificate)
	}
	if cmd.Enrollment == "" || cmd.Hours <= 0 {
		return nil, refuse("enrollment", "enrollment", cmd.Enrollment, "нужны номер зачисления и положительное число часов", "an enrolment number and positive hours are needed")
	}
	for _, t := range c.tasks {
		if t.id == cmd.Enrollment {
			return nil, refuse("enrollment", "enrollment", cmd.Enrollment, "такое зачисление уже есть", "the enrolment exists")
		}
	}
	ri, ok := l.cat.registers[registerKey{cmd.Payer, c.status, cmd.Register}]
	if !ok {
		return nil, refuse("register_closed", "register", cmd.Register.String(),
			"реестр закрыт для сертификатов со статусом «"+c.status.Label(pfdo.LangRU)+"»", "the register is closed to certificates of this status")
	}
	rule := l.cat.Registers[ri]
	services, hours := 0, 0
	for _, t := range c.tasks {
		if t.payer == cmd.Payer && t.register == cmd.Register {
			services++
			hours += int(t.hours)
		}
	}
	if rule.MaxServices > 0 && services+1 > rule.MaxServices {
		return nil, refuse("register_services", "register", cmd.Register.String(), "исчерпан лимит числа услуг в реестре", "the register's limit of services is used up")
	}
	if rule.MaxHours > 0 && hours+cmd.Hours > rule.MaxHours {
		return nil, refuse("register_hours", "hours", itoa(cmd.Hours), "превышен лимит часов в реестре", "the register's limit of hours would be exceeded")
	}
	e := cmd.event(MunicipalTaskEnrolled)
	e.Contract, e.Payer, e.Register, e.Hours = cmd.Enrollment, cmd.Payer, cmd.Register, cmd.Hours
	return []Event{e}, nil
}

// LeaveMunicipalTask ends a municipal-task enrolment, freeing its service and hours.
type LeaveMunicipalTask struct {
	Base
	Enrollment string `json:"enrollment"`
}

func (LeaveMunicipalTask) shared() bool { return false }

func (cmd LeaveMunicipalTask) plan(l *Ledger, c *certState) ([]Event, error) {
	if c == nil {
		return nil, l.noCertificate(cmd.Certificate)
	}
	for _, t := range c.tasks {
		if t.id == cmd.Enrollment {
			e := cmd.event(MunicipalTaskLeft)
			e.Contract = cmd.Enrollment
			return []Event{e}, nil
		}
	}
	return nil, unknown("enrollment", cmd.Enrollment, "нет такого зачисления", "no such enrolment")
}

// ShiftPeriod opens the next financing period as of d [PFDO-2017]: when the period containing d
// becomes current, every financing or frozen certificate gets its balance for the period after
// it, the category's nominal there (which the programme may have annualised, see
// norms.Annualise). Past and current balances and their contracts stay as they are.
func (l *Ledger) ShiftPeriod(key string, d pfdo.Date) ([]Event, error) {
	cur := l.cat.periodOf(d)
	return l.global(key, func() ([]Event, error) {
		if cur < 0 || cur+1 >= len(l.cat.Periods) {
			return nil, nil
		}
		next := cur + 1
		return l.forEachCertificate(func(c *certState) []Event {
			if (c.status != pfdo.StatusFinancing && c.status != pfdo.StatusFrozen) || c.balanceOf(int32(next)) != nil {
				return nil
			}
			return []Event{{Key: key, Type: PeriodOpened, Date: d, Certificate: c.id, Period: next,
				Amount: l.cat.Categories[c.category].Nominals[next]}}
		})
	})
}
