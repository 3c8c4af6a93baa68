// Package norms computes the money a regional system derives from the common parameters of
// personalized financing: the normative cost of a module («нормативная стоимость»), which
// explains itself with a trace; the price cap and the recommended price; and the programme of
// personalized financing («программа ПФ») — per-capita norms that are certificate nominals,
// quotas and funding volumes — with the nominal rules (proration for a late start,
// annualisation at a period shift, changing a category's nominal).
//
// Non-goals: certificate balances and contract money are in package certificate; rollout
// schedules in package schedule.
//
// # Sources
//
// Domain reference §3 and §4: the 2017 methodology of the pfdo.ru platform, adopted as acts in
// KhMAO municipalities (the symbols and units follow Нягань, постановление от 14.08.2017
// № 2541); the data-driven per-child-hour method of the 2019+ acts (НЗ = БН × К; Свердловская
// обл., методические рекомендации, п. 43–44); the programme of personalized financing of the
// municipal acts. Rules marked OPEN in the reference — the per-child-hour formula, the proration
// of a nominal, the rounding of the recommended price — are parameters of the profile.
//
// # Parameters
//
// A ParameterSet holds every value of every parameter with its date, jurisdiction (region,
// municipality, urban or rural territory) and act. NewIndex prepares it; Index.Resolve returns
// the values in force on a date for a municipality and territory — the most specific
// jurisdiction wins, and within it the latest value not after the date. A missing value is an
// error naming the parameter, the jurisdiction and the date, never a zero.
//
// # Arithmetic and rounding
//
// Formulas are computed with exact rationals (math/big) from the exact decimals of the
// parameters, and rounded once, by the rule the profile names (pfdo2017: whole rubles, half away
// from zero). Every divisor is checked: a zero or negative one is an error wrapping
// ErrInvalidDivisor. Traces show each term's exact value and the rounding applied.
//
// # Errors
//
// Errors are *pfdo.Error values or pfdo.Errors lists with Russian and English messages, wrapping
// the sentinels of this package (ErrMissingParameter, ErrPriceAboveCap…) or of package pfdo.
//
// # Encodings
//
// ParameterSet ("parameter_set") and Programme ("programme") are JSON documents with schemas
// committed in norms/schemas (Schema); Trace renders as JSON and, with String, as Russian text.
package norms
