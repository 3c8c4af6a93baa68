// Package certificate keeps the money of certificates of supplementary education: certificates
// and their statuses (accounting, financing, frozen, closed) with quotas and a first-in-first-out
// queue; the quote of a contract with the co-payment rule and the monthly split; the balance
// ledger of contracts — request, acceptance, activation, monthly write-off, termination,
// completeness, cancellation, timers — with every enrollment limit; and the monthly payments to
// providers (advance, final invoice, the parents' part).
//
// It also keeps the places of certificates in municipal-task programs within the registers'
// limits (EnrollMunicipalTask) and opens the next financing period (ShiftPeriod).
//
// Non-goals: normative cost and nominals are computed by package norms; this package takes them
// as data (Catalog). The automatic conversion of a certificate when a child enrols in a certified
// program (a Tyva rule) is left to the caller: ConvertToFinancing then RequestContract.
//
// # Sources
//
// Domain reference §2, §3.4, §5 and §6: the rules of the pfdo.ru platform in 2017–2018 (profile
// pfdo2017) and the model rules of personalized financing (payment on an advance request and an
// invoice, п. 9.1–9.2). Rules marked OPEN — the netting of advance and invoice, the legal advance
// percentage — are profile settings.
//
// # Arithmetic and rounding
//
// Money is pfdo.Money (int64 kopecks). Proration is exact integer arithmetic with a 128-bit
// intermediate (Rules.QuoteContract does not allocate); every rounding step is the profile's:
// pfdo2017 rounds contract totals up to kopecks, the months after the first down, and the first
// month takes the remainder; advances and completeness round half away from zero.
//
// # The ledger
//
// Per certificate and financing period the ledger keeps Nominal and Balance, and per contract
// Reserved and Paid. Its conservation law, checked by CheckInvariants and by property tests over
// random command sequences, is Nominal = Balance + Σ(Reserved + Paid), with no amount negative.
// Commands carry an idempotency key; each appends events to a Store before changing the state,
// and the state is the fold of the events (Replay, Open). Time is passed in: the ledger never
// reads the clock, so timers (Tick) and write-offs (WriteOffMonth) are deterministic. The ledger
// is safe for concurrent use; commands on different certificates run in parallel and the shared
// limits are checked under one short lock, so they are never exceeded.
//
// # Errors
//
// A refused command returns a *pfdo.Error wrapping ErrRefused, ErrUnknown or ErrStaleBalance,
// with Russian and English messages, and changes nothing.
package certificate
