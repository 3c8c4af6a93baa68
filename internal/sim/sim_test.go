package sim

import (
	"testing"
)

func TestRunSmallRegion(t *testing.T) {
	rep, err := Run(Config{Certificates: 2000, Months: 12, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Invariant != nil {
		t.Fatal(rep.Invariant)
	}
	if rep.Financing < 1500 || rep.Contracts < 2000 || rep.Terminated == 0 || rep.Refused == 0 {
		t.Errorf("a region too quiet to test anything: %+v", rep)
	}
	// What providers were paid from certificates is what they invoiced with completeness, and
	// every kopeck of a nominal is somewhere.
	if rep.PaidFromCerts != rep.Invoiced || rep.Nominals != rep.BalanceLeft.Add(rep.Reserved).Add(rep.PaidFromCerts) {
		t.Errorf("money does not add up: %+v", rep)
	}
	if _, err := Run(Config{Certificates: 0, Months: 1}); err == nil {
		t.Error("an empty region ran")
	}
}
