package schedule

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pfdo-go/pfdo/pfdo"
)

func TestLintSeedsAreClean(t *testing.T) {
	for _, load := range []func() (*Roadmap, error){KBR2020, Tomsk2018} {
		r, err := load()
		if err != nil {
			t.Fatal(err)
		}
		if f := Lint(r); len(f) != 0 {
			t.Errorf("%s: %+v", r.ID, f)
		}
		if first, last := r.Years(); last != first+1 {
			t.Errorf("%s covers %d–%d", r.ID, first, last)
		}
	}
}

func TestLintFindings(t *testing.T) {
	r := kbr(t)
	items := r.Stages[0].Items
	items[1].Executors = []string{"minfin"}                  // 1.2: unknown executor
	items[2].Deadline = "май 2023"                           // 1.3: outside 2020–2021
	items[3].Number = "1.3"                                  // duplicate number
	items[4].DependsOn = []string{"1.11"}                    // 1.5 (June) before 1.11 (September)
	items[5].DependsOn = []string{"9.9"}                     // 1.6: missing dependency
	r.Stages[1].Items[2].Deadline = "до 31.12.2019"          // 2.3: before 2020
	r.Stages[1].Items[1].Deadline = "ноябрь 2020 – мартобрь" // 2.2: unreadable
	var got []string
	for _, f := range Lint(r) {
		got = append(got, f.Item+" "+f.Code)
		if f.RU == "" || f.EN == "" {
			t.Errorf("%+v lacks a message", f)
		}
	}
	want := []string{
		"1.2 unknown_executor", "1.3 deadline_outside_years", "1.3 duplicate_number", "2.2 unreadable_deadline",
		"2.3 deadline_outside_years", "1.5 due_before_dependency", "1.6 unknown_dependency",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
	// Check refuses what makes the roadmap unusable: the unreadable deadline.
	list := pfdo.AsList(r.Check())
	if len(list) != 1 || list[0].Field != "stages[1].items[1].deadline" {
		t.Errorf("Check: %v", list)
	}
}
