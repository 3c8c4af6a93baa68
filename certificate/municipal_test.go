package certificate

import (
	"errors"
	"testing"

	"github.com/pfdo-go/pfdo/pfdo"
)

func TestMunicipalTaskRegisters(t *testing.T) {
	c := catalog2017()
	c.Registers = []RegisterRule{
		{Payer: "uo", Status: pfdo.StatusAccounting, Register: pfdo.RegisterGeneral, MaxServices: 2, MaxHours: 100},
		{Payer: "uo", Status: pfdo.StatusFinancing, Register: pfdo.RegisterGeneral, MaxServices: 1},
	}
	l, err := New(Rules2017(), c)
	if err != nil {
		t.Fatal(err)
	}
	must := musts(t)
	must(l.Apply(Issue{Base: base("i", "c", "2017-09-05"), Category: "5-17"}))
	enroll := func(key, id string, reg pfdo.Register, hours int) error {
		_, err := l.Apply(EnrollMunicipalTask{Base: base(key, "c", "2017-09-06"), Enrollment: id, Payer: "uo", Register: reg, Hours: hours})
		return err
	}
	if err := enroll("e1", "t1", pfdo.RegisterGeneral, 60); err != nil {
		t.Fatal(err)
	}
	if err := enroll("e2", "t2", pfdo.RegisterGeneral, 41); !errors.Is(err, ErrRefused) {
		t.Errorf("101 hours of 100: %v", err)
	}
	if err := enroll("e3", "t2", pfdo.RegisterGeneral, 40); err != nil {
		t.Errorf("100 hours of 100: %v", err)
	}
	if err := enroll("e4", "t3", pfdo.RegisterGeneral, 1); !errors.Is(err, ErrRefused) {
		t.Errorf("a third service of 2: %v", err)
	}
	if err := enroll("e5", "t4", pfdo.RegisterSignificant, 1); !errors.Is(err, ErrRefused) {
		t.Errorf("a closed register: %v", err)
	}
	must(l.Apply(LeaveMunicipalTask{Base: base("l1", "c", "2017-10-01"), Enrollment: "t1"}))
	if err := enroll("e6", "t5", pfdo.RegisterGeneral, 60); err != nil {
		t.Errorf("after leaving: %v", err)
	}
	v, _ := l.Certificate("c")
	if len(v.MunicipalTask) != 2 {
		t.Errorf("%+v", v.MunicipalTask)
	}
	c.Registers = append(c.Registers, RegisterRule{Payer: "uo", Status: pfdo.StatusAccounting, Register: pfdo.RegisterCertified})
	if _, err := New(Rules2017(), c); !errors.Is(err, pfdo.ErrValidation) {
		t.Errorf("a certified register of the municipal task: %v", err)
	}
}

func TestShiftPeriod(t *testing.T) {
	c := catalog2017()
	c.Periods = append(c.Periods, pfdo.MustPeriod(d("2018-09-01"), d("2019-08-31")))
	for i := range c.Categories {
		// The next year's nominal annualised from 20 000 ₽ over 243 days: 30 041 ₽ (norms.Annualise).
		c.Categories[i].Nominals = append(c.Categories[i].Nominals, pfdo.Rubles(30041))
	}
	l, err := New(Rules2017(), c)
	if err != nil {
		t.Fatal(err)
	}
	must := musts(t)
	must(l.Apply(Issue{Base: base("i", "c", "2017-09-05"), Category: "5-17"}))
	must(l.Apply(ConvertToFinancing{Base: base("f", "c", "2017-09-05")}))
	must(l.Apply(Issue{Base: base("i2", "acc", "2017-09-05"), Category: "5-17"}))
	if ev := must(l.ShiftPeriod("shift-2018", d("2018-01-01"))); len(ev) != 1 || ev[0].Period != 2 || ev[0].Amount.String() != "30041.00" {
		t.Fatalf("shift: %+v", ev)
	}
	v, _ := l.Certificate("c")
	if len(v.Periods) != 3 || v.Periods[2].Nominal.String() != "30041.00" || v.Periods[2].Balance.String() != "30041.00" {
		t.Errorf("%+v", v.Periods)
	}
	if ev := must(l.ShiftPeriod("shift-again", d("2018-02-01"))); len(ev) != 0 {
		t.Errorf("a second shift opened %d periods", len(ev))
	}
	if err := l.CheckInvariants(); err != nil {
		t.Error(err)
	}
}
