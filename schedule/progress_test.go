package schedule

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pfdo-go/pfdo/pfdo"
)

func kbr(t testing.TB) *Roadmap {
	t.Helper()
	r, err := KBR2020()
	if err != nil {
		t.Fatal(pfdo.Localize(err, pfdo.LangRU))
	}
	return r
}

var kbrMunicipalities = []string{"nalchik", "baksan", "prokhladny", "baksansky", "zolsky", "leskensky", "maysky",
	"prokhladnensky", "tersky", "urvansky", "chegemsky", "chereksky", "elbrussky"}

// kbrProgress records items 1.1–1.5 as done in some municipalities only, and 1.2 and 1.3 by the
// ministry; 1.4 is left undone.
func kbrProgress(t testing.TB) *Progress {
	t.Helper()
	p, err := NewProgress(kbr(t))
	if err != nil {
		t.Fatal(err)
	}
	act := func(n string) pfdo.Citation {
		return pfdo.Citation{Act: "Постановление местной администрации", Number: n}
	}
	d := pfdo.MustParseDate
	for _, c := range []Completion{
		{Item: "1.1", Executor: EveryMunicipality, Municipality: "nalchik", Date: d("2020-05-15"), Evidence: act("1")},
		{Item: "1.1", Executor: EveryMunicipality, Municipality: "baksan", Date: d("2020-05-20"), Evidence: act("2")},
		{Item: "1.1", Executor: EveryMunicipality, Municipality: "prokhladny", Date: d("2020-05-29"), Evidence: act("3")},
		{Item: "1.1", Executor: EveryMunicipality, Municipality: "chegemsky", Date: d("2020-06-10"), Evidence: act("4")}, // late, but done
		{Item: "1.2", Executor: "minpros", Date: d("2020-05-20"), Evidence: act("5")},
		{Item: "1.3", Executor: "minpros", Date: d("2020-05-29"), Evidence: pfdo.Citation{Act: "Приказ Минпросвещения КБР"}},
		{Item: "1.5", Executor: EveryMunicipality, Municipality: "nalchik", Date: d("2020-06-15"), Evidence: act("6")},
		{Item: "1.5", Executor: EveryMunicipality, Municipality: "chegemsky", Date: d("2020-06-30"), Evidence: act("7")},
		{Item: "1.6", Executor: EveryMunicipality, Municipality: "nalchik", Date: d("2020-07-20"), Evidence: act("8")}, // after the report date
	} {
		if err := p.Record(c); err != nil {
			t.Fatalf("%+v: %v", c, pfdo.Localize(err, pfdo.LangRU))
		}
	}
	return p
}

func except(all []string, done ...string) []string {
	var out []string
	for _, m := range all {
		skip := false
		for _, d := range done {
			skip = skip || m == d
		}
		if !skip {
			out = append(out, m)
		}
	}
	return out
}

// TestKBRReport is the status of the KBR roadmap on 15 July 2020.
func TestKBRReport(t *testing.T) {
	rep := kbrProgress(t).Report(pfdo.MustParseDate("2020-07-15"))
	status := map[string]Status{}
	overdue := map[string][]string{}
	for _, it := range rep.Items {
		status[it.Number] = it.Status
		if len(it.OverdueMunicipalities) > 0 {
			overdue[it.Number] = it.OverdueMunicipalities
		}
	}
	wantStatus := map[string]Status{
		"1.1": Overdue, "1.2": Done, "1.3": Done, "1.4": Overdue, "1.5": Overdue,
		"1.6": InProgress, "1.7": InProgress, "1.8": InProgress, "1.9": InProgress, "1.10": InProgress, "1.11": InProgress,
		"1.12": NotStarted, "2.1": NotStarted, "2.2": NotStarted, "2.3": NotStarted,
	}
	if diff := cmp.Diff(wantStatus, status); diff != "" {
		t.Errorf("statuses (-want +got):\n%s", diff)
	}
	wantOverdue := map[string][]string{
		"1.1": except(kbrMunicipalities, "nalchik", "baksan", "prokhladny", "chegemsky"),
		"1.5": except(kbrMunicipalities, "nalchik", "chegemsky"),
	}
	if diff := cmp.Diff(wantOverdue, overdue); diff != "" {
		t.Errorf("overdue municipalities (-want +got):\n%s", diff)
	}
	byMun := rep.ByMunicipality()
	if diff := cmp.Diff([]string{"1.1", "1.5"}, byMun["zolsky"]); diff != "" || len(byMun["nalchik"]) != 0 || diff2(byMun["baksan"], []string{"1.5"}) {
		t.Errorf("by municipality: %v", byMun)
	}
	if c := rep.Counts(); c[Done] != 2 || c[Overdue] != 3 || c[InProgress] != 6 || c[NotStarted] != 4 {
		t.Errorf("counts %v", c)
	}
	// On 20 July the completion of 1.6 in Nalchik counts.
	later := kbrProgress(t).Report(pfdo.MustParseDate("2020-07-20"))
	for _, s := range later.Items[5].Statuses {
		if s.Municipality == "nalchik" && s.Status != Done {
			t.Errorf("1.6 in Nalchik on 20 July: %v", s.Status)
		}
	}
}

func diff2(got, want []string) bool { return cmp.Diff(want, got) != "" }

func TestRecordErrors(t *testing.T) {
	p := kbrProgress(t)
	d := pfdo.MustParseDate("2020-06-01")
	ev := pfdo.Citation{Act: "Протокол"}
	tests := []struct {
		name string
		c    Completion
		text string
	}{
		{"unknown item", Completion{Item: "3.1", Executor: "minpros", Date: d, Evidence: ev}, "в дорожной карте нет такого мероприятия"},
		{"executor not in the item", Completion{Item: "1.2", Executor: EveryMunicipality, Municipality: "nalchik", Date: d, Evidence: ev}, "исполнитель не указан в мероприятии 1.2"},
		{"municipality outside the roadmap", Completion{Item: "1.1", Executor: EveryMunicipality, Municipality: "moscow", Date: d, Evidence: ev}, "не относится к этому муниципальному образованию"},
		{"municipality with a body", Completion{Item: "1.4", Executor: "minpros", Municipality: "nalchik", Date: d, Evidence: ev}, "указывается только для исполнителя"},
		{"recorded twice", Completion{Item: "1.2", Executor: "minpros", Date: d, Evidence: ev}, "исполнение уже отмечено 20.05.2020"},
		{"no date", Completion{Item: "1.4", Executor: "minpros", Evidence: ev}, "обязательное поле не заполнено"},
		{"no evidence", Completion{Item: "1.4", Executor: "minpros", Date: d}, "Наименование акта (evidence.act): обязательное поле не заполнено"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := len(p.done)
			err := p.Record(tt.c)
			if err == nil || !strings.Contains(pfdo.Localize(err, pfdo.LangRU), tt.text) || len(p.done) != before {
				t.Errorf("got %v; want %q and nothing recorded", pfdo.Localize(err, pfdo.LangRU), tt.text)
			}
		})
	}
	if err := p.Record(Completion{Item: "3.1", Executor: "minpros", Date: d, Evidence: ev}); !errors.Is(err, ErrProgress) {
		t.Errorf("sentinel: %v", err)
	}
}

// TestTomskScope: items 4–10 concern the ten pilots only.
func TestTomskScope(t *testing.T) {
	r, err := Tomsk2018()
	if err != nil {
		t.Fatal(err)
	}
	p, _ := NewProgress(r)
	rep := p.Report(pfdo.MustParseDate("2018-07-01"))
	for _, it := range rep.Items {
		if it.Number == "4" && (len(it.OverdueMunicipalities) != 10 || it.Status != Overdue) {
			t.Errorf("item 4 on 1 July 2018: %v %v", it.Status, it.OverdueMunicipalities)
		}
		if it.Number == "11" && it.Status != NotStarted {
			t.Errorf("item 11 on 1 July 2018: %v", it.Status)
		}
	}
	if err := p.Record(Completion{Item: "4", Executor: EveryMunicipality, Municipality: "kedrovy", Date: pfdo.MustParseDate("2018-06-01"),
		Evidence: pfdo.Citation{Act: "Постановление"}}); !errors.Is(err, ErrProgress) {
		t.Errorf("Kedrovy is not a pilot: %v", err)
	}
}
