package schedule

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pfdo-go/pfdo/pfdo"
)

func dl(kind DeadlineKind, start, end string) Deadline {
	d := Deadline{Kind: kind, End: pfdo.MustParseDate(end)}
	if start != "" {
		d.Start = pfdo.MustParseDate(start)
	}
	return d
}

// TestSeedDeadlines lists every deadline text of the two seed acts with the dates it means,
// written from reading the acts: KBR № 242-рп (default year 2020) and Tomsk № 527-р (default
// year 2018).
func TestSeedDeadlines(t *testing.T) {
	tests := []struct {
		where string
		text  string
		year  int
		want  []Deadline
	}{
		{"KBR 1.1–1.3, 1.12 is «сентябрь»", "май", 2020, []Deadline{dl(Month, "2020-05-01", "2020-05-31")}},
		{"KBR 1.4, 1.5", "май-июнь", 2020, []Deadline{dl(MonthRange, "2020-05-01", "2020-06-30")}},
		{"KBR 1.6–1.9", "май-июль", 2020, []Deadline{dl(MonthRange, "2020-05-01", "2020-07-31")}},
		{"KBR 1.10", "май-август", 2020, []Deadline{dl(MonthRange, "2020-05-01", "2020-08-31")}},
		{"KBR 1.11", "май-сентябрь", 2020, []Deadline{dl(MonthRange, "2020-05-01", "2020-09-30")}},
		{"KBR 1.12", "сентябрь", 2020, []Deadline{dl(Month, "2020-09-01", "2020-09-30")}},
		{"KBR 2.1, 2.2", "ноябрь - декабрь 2020 г.", 2020, []Deadline{dl(MonthRange, "2020-11-01", "2020-12-31")}},
		{"KBR 2.3", "март 2021 г.", 2020, []Deadline{dl(Month, "2021-03-01", "2021-03-31")}},
		{"Tomsk 1, 3", "Апрель 2018", 2018, []Deadline{dl(Month, "2018-04-01", "2018-04-30")}},
		{"Tomsk 2", "Май 2018", 2018, []Deadline{dl(Month, "2018-05-01", "2018-05-31")}},
		{"Tomsk 4", "До 10.06.2018", 2018, []Deadline{dl(By, "", "2018-06-10")}},
		{"Tomsk 5", "До 3.07.2018", 2018, []Deadline{dl(By, "", "2018-07-03")}},
		{"Tomsk 6", "До 25.07.2018", 2018, []Deadline{dl(By, "", "2018-07-25")}},
		{"Tomsk 7", "До 28.07.2018", 2018, []Deadline{dl(By, "", "2018-07-28")}},
		{"Tomsk 8", "До 31.05.2018", 2018, []Deadline{dl(By, "", "2018-05-31")}},
		{"Tomsk 9 (four sub-deadlines)", "Апрель- ноябрь 2018 Апрель- ноябрь 2018 Май-июнь 2018 август 2018", 2018, []Deadline{
			dl(MonthRange, "2018-04-01", "2018-11-30"), dl(MonthRange, "2018-04-01", "2018-11-30"),
			dl(MonthRange, "2018-05-01", "2018-06-30"), dl(Month, "2018-08-01", "2018-08-31")}},
		{"Tomsk 10", "До 16.08.2018", 2018, []Deadline{dl(By, "", "2018-08-16")}},
		{"Tomsk 11", "С 1.09.2018 года", 2018, []Deadline{dl(From, "2018-09-01", "2018-09-01")}},
		{"Tomsk 12, 13", "декабрь 2018", 2018, []Deadline{dl(Month, "2018-12-01", "2018-12-31")}},
		{"Tomsk 14", "Декабрь 2018 года", 2018, []Deadline{dl(Month, "2018-12-01", "2018-12-31")}},
		{"Tomsk 15", "Январь 2019 года", 2018, []Deadline{dl(Month, "2019-01-01", "2019-01-31")}},
		{"Tomsk 16", "февраль 2019 года", 2018, []Deadline{dl(Month, "2019-02-01", "2019-02-28")}},
		{"Tomsk 17", "Март 2019 года", 2018, []Deadline{dl(Month, "2019-03-01", "2019-03-31")}},
		{"Tomsk 18–20", "Апрель 2019 года", 2018, []Deadline{dl(Month, "2019-04-01", "2019-04-30")}},
		{"Tomsk 21", "Апрель – май 2019 года", 2018, []Deadline{dl(MonthRange, "2019-04-01", "2019-05-31")}},
		{"Tomsk 22 (four sub-deadlines)", "Февраль – ноябрь 2019 Февраль – ноябрь 2019 Февраль- март 2019 Май 2019", 2018, []Deadline{
			dl(MonthRange, "2019-02-01", "2019-11-30"), dl(MonthRange, "2019-02-01", "2019-11-30"),
			dl(MonthRange, "2019-02-01", "2019-03-31"), dl(Month, "2019-05-01", "2019-05-31")}},
		{"Tomsk 23", "Июнь- август 2019 года", 2018, []Deadline{dl(MonthRange, "2019-06-01", "2019-08-31")}},
		{"Tomsk 24", "Сентябрь 2019 года", 2018, []Deadline{dl(Month, "2019-09-01", "2019-09-30")}},
		{"domain §7.1: Февраль – ноябрь 2019", "Февраль – ноябрь 2019", 2018, []Deadline{dl(MonthRange, "2019-02-01", "2019-11-30")}},
		{"domain §7.1: Февраль- март 2019", "Февраль- март 2019", 2018, []Deadline{dl(MonthRange, "2019-02-01", "2019-03-31")}},
		{"domain §7.1: Май 2019", "Май 2019", 2018, []Deadline{dl(Month, "2019-05-01", "2019-05-31")}},
		{"domain §7.1: Апрель- ноябрь 2018", "Апрель- ноябрь 2018", 2018, []Deadline{dl(MonthRange, "2018-04-01", "2018-11-30")}},
		{"Tomsk appendix", "1 сентября 2018 года", 0, []Deadline{dl(Day, "2018-09-01", "2018-09-01")}},
		{"Tomsk appendix, 2019", "1 сентября 2019 года", 0, []Deadline{dl(Day, "2019-09-01", "2019-09-01")}},
		{"an em dash", "май—июль 2020", 0, []Deadline{dl(MonthRange, "2020-05-01", "2020-07-31")}},
		{"a range across the new year", "ноябрь – февраль 2021", 0, []Deadline{dl(MonthRange, "2020-11-01", "2021-02-28")}},
		{"upper case", "МАЙ-ИЮНЬ 2020 Г.", 0, []Deadline{dl(MonthRange, "2020-05-01", "2020-06-30")}},
		{"years on both sides", "ноябрь 2020 г. – февраль 2021 г.", 0, []Deadline{dl(MonthRange, "2020-11-01", "2021-02-28")}},
		{"a bare date", "01.09.2018", 0, []Deadline{dl(Day, "2018-09-01", "2018-09-01")}},
		{"genitive month", "до 1.09.2018 г.", 0, []Deadline{dl(By, "", "2018-09-01")}},
	}
	for _, tt := range tests {
		t.Run(tt.where, func(t *testing.T) {
			got, err := ParseDeadlines(tt.text, tt.year)
			if err != nil {
				t.Fatal(pfdo.Localize(err, pfdo.LangRU))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ParseDeadlines(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestDeadlineErrors(t *testing.T) {
	tests := []struct {
		text string
		year int
		why  string
	}{
		{"", 2020, "текст пуст"},
		{"мартобря", 2020, "ожидается месяц, «до ДД.ММ.ГГГГ» или «с ДД.ММ.ГГГГ», а не «мартобря» (позиция 1)"},
		{"май", 0, "не указан год"},
		{"до мая", 2020, "после «до» ожидается дата ДД.ММ.ГГГГ (позиция 1)"},
		{"До 31.06.2018", 2018, "дата «31.06.2018» не распознана или не существует (позиция 4)"},
		{"май-", 2020, "после тире ожидается месяц (позиция 5)"},
		{"май - 2020", 2020, "после тире ожидается месяц (позиция 7)"},
		{"май 2021 – апрель 2020", 0, "конец периода раньше начала"},
		{"май 20", 2020, "год «20» вне 1900–2200"},
		{"май 3020", 2020, "год «3020» вне 1900–2200"},
		{"IV квартал 2020", 2020, "а не «IV»"},
		{"май г.", 2020, "«г.» без года"},
		{"30 февраля 2020 года", 0, "такого дня нет в календаре"},
		{"май 2020 (при необходимости)", 2020, "неожиданный знак «(»"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			_, err := ParseDeadlines(tt.text, tt.year)
			var e *pfdo.Error
			if !errors.Is(err, ErrDeadline) || !errors.As(err, &e) || !strings.Contains(e.RU, tt.why) || e.EN == "" || e.Value != tt.text {
				t.Errorf("got %v; want %q", pfdo.Localize(err, pfdo.LangRU), tt.why)
			}
		})
	}
	if _, err := ParseDeadline("май июнь", 2020); !errors.Is(err, ErrDeadline) {
		t.Errorf("two deadlines where one is expected: %v", err)
	}
}

func TestDeadlineString(t *testing.T) {
	for text, want := range map[string]string{
		"май": "май 2020", "май-июль": "май – июль 2020", "ноябрь – февраль 2021": "ноябрь 2020 – февраль 2021",
		"До 3.07.2018": "до 03.07.2018", "С 1.09.2018 года": "с 01.09.2018", "1 сентября 2018 года": "01.09.2018",
	} {
		d, err := ParseDeadline(text, 2020)
		if err != nil || d.String() != want {
			t.Errorf("%q → %q, %v; want %q", text, d.String(), err, want)
		}
		// The rendering reads back to the same deadline (the kind of «день» aside).
		if back, err := ParseDeadline(d.String(), 0); err != nil || back.Period() != d.Period() {
			t.Errorf("%q does not read back: %v, %v", d.String(), back, err)
		}
	}
}

func FuzzParseDeadlines(f *testing.F) {
	f.Fuzz(func(t *testing.T, text string, year int) {
		year = 1900 + (year%300+300)%300
		ds, err := ParseDeadlines(text, year)
		if err != nil {
			if len(pfdo.AsList(err)) != 1 || !errors.Is(err, ErrDeadline) {
				t.Fatalf("%q: error %v", text, err)
			}
			return
		}
		if len(ds) == 0 {
			t.Fatalf("%q: no deadline and no error", text)
		}
		for _, d := range ds {
			if d.End.IsZero() || (!d.Start.IsZero() && d.Start.After(d.End)) {
				t.Fatalf("%q: %+v", text, d)
			}
			if back, err := ParseDeadline(d.String(), 0); err != nil || back.Period() != d.Period() {
				t.Fatalf("%q: %v does not read back: %v, %v", text, d, back, err)
			}
		}
	})
}

func BenchmarkParseDeadline(b *testing.B) {
	texts := []string{"май-июль", "ноябрь - декабрь 2020 г.", "До 10.06.2018", "С 1.09.2018 года", "Апрель – май 2019 года", "Сентябрь 2019 года"}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if err := scanDeadlines(texts[i%len(texts)], 2018, func(Deadline) {}); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
