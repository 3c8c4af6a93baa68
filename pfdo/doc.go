// Package pfdo is the shared vocabulary of the library for Russia's personalized financing of
// children's supplementary education («персонифицированное финансирование дополнительного
// образования детей», ПФДО): money, rates and rounding, dates and periods, the enums of the
// registries, citations of legal acts, the registry entities (programs, modules, groups,
// providers, municipalities, categories of children), the error model, validation with Russian
// and English messages, strict JSON decoding and JSON Schemas of every document.
//
// The packages norms (normative cost, nominals), schedule (roadmaps, rollout) and certificate
// (balances, contracts, payments) build on it. Package pfdo imports none of them.
//
// Non-goals: pfdo computes nothing on its own; it stores nothing and keeps no package-level
// mutable state.
//
// # Money
//
// Money is an int64 number of kopecks, a value type whose zero value is 0 ₽. It never touches
// float64. ParseMoney reads "12345.67", "12345,67", "12 345,67" and "12345"; String writes
// "12345.67" (always two decimals). Amounts from input are bounded by ±MaxMoney
// (9 999 999 999 999,99 ₽), so no input can overflow a sum.
//
// # Rates and rounding
//
// Rate is an exact decimal (shopspring/decimal) for coefficients and shares. Every rounding
// step of every rule goes through a named Rounding mode — half away from zero, half even,
// ceiling, floor, truncate — applied to a decimal (Rounding.Decimal), to an exact fraction
// (Rounding.Rat) or to an integer product over a divisor without allocation (Rounding.MulDiv,
// Money.Prorate). The library never sets shopspring/decimal's package variables.
//
// # Dates and periods
//
// Date is a civil date (no time, no zone); its zero value is "unset". Period is an inclusive
// range of days: Days counts both ends, MonthCount counts the calendar months touched and Months
// iterates over them.
//
// # Errors
//
// Every error wraps an exported sentinel (ErrInvalidMoney, ErrValidation…) for errors.Is. The
// typed *Error carries a stable Code, the JSON path of the field ("modules[1].price"), its
// Russian label, the bad value, and messages in Russian (RU) and English (EN); Errors is a list
// of them. Localize renders any error in either language. The library never panics on input;
// only the Must functions panic, and they are meant for constants and tests.
//
// # Encodings
//
// JSON: Money and Rate as strings ("12345.67", "1.302"), and a JSON number is accepted when
// decoding (read from its text, never through float64, at most two decimals for Money); Date
// as "2006-01-02"; enums as stable lower-case codes, and their Russian labels are accepted when
// decoding. Decode reads a document strictly and reports every unknown, missing or mistyped field
// at once. GenerateSchema produces a JSON Schema (draft 2020-12) from a type, translating its
// validate tags, so that the schema and Validate agree; the schemas of this package are
// committed in pfdo/schemas and returned by Schema.
//
// # Sources
//
// The rules and terms follow the documents listed in the project's domain reference: the
// Ministry of Education's methodological recommendations (letter of 29.12.2022 № АБ-3915/06),
// the target model (order of 03.09.2019 № 467), Federal Law № 273-ФЗ (forms of study) and the
// regional acts cited by each value.
package pfdo
