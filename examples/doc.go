// Package examples holds runnable scenarios of the library over the data shipped with it, one
// scenario a file, each an Example with its output checked by go test:
//
//   - tomsk_rollout_test.go — the Tomsk 2018 rollout: who has personalized financing when, and the
//     federal targets over time;
//   - kbr_roadmap_test.go — the progress of the Kabardino-Balkaria 2020 roadmap as of a date;
//   - normative_cost_test.go — a module's normative cost with its trace in Russian;
//   - contract_life_test.go — a contract's life with co-payment, termination in the middle of a
//     month and the money returned;
//   - month_of_payments_test.go — a month of payments of a municipality: advances, invoices with
//     completeness, what each provider is owed.
//
// The package has no code of its own; `go run ./cmd/pfdo demo` runs the same scenarios.
package examples
