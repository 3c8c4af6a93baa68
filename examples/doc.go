// Package examples holds runnable scenarios of the library over the data shipped with it, one
// scenario a file. Each scenario is a function that writes a readable account to an io.Writer;
// its Example test checks the output, and `go run ./cmd/pfdo demo` runs them all:
//
//   - TomskRollout — the Tomsk 2018 rollout: who has personalized financing when, and the
//     federal targets over time;
//   - KBRRoadmap — the progress of the Kabardino-Balkaria 2020 roadmap as of a date;
//   - NormativeCost — a module's normative cost with its trace in Russian;
//   - ContractLife — a contract's life with co-payment, termination in the middle of a month and
//     the money returned;
//   - MonthOfPayments — a month of payments of a municipality: advances, invoices with
//     completeness, what each provider is owed.
//
// The scenarios read the repository's testdata and the seed acts carried by package schedule;
// Data names the directory of testdata.
package examples
