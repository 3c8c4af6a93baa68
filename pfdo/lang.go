package pfdo

import "strconv"

// Lang is the language of a message or label: Russian or English. The zero value is LangRU,
// the language of the acts the library implements.
type Lang uint8

// The supported languages.
const (
	LangRU Lang = iota // русский
	LangEN             // English
)

// ParseLang accepts "ru" or "en" (any case).
func ParseLang(s string) (Lang, error) {
	switch s {
	case "ru", "RU", "Ru", "rus", "русский":
		return LangRU, nil
	case "en", "EN", "En", "eng", "english", "English":
		return LangEN, nil
	}
	return 0, newError(CodeUnknownCode, "lang", s, ErrUnknownCode,
		"неизвестный язык; допустимы ru и en", "unknown language; use ru or en")
}

// String returns "ru" or "en".
func (l Lang) String() string {
	switch l {
	case LangRU:
		return "ru"
	case LangEN:
		return "en"
	}
	return "Lang(" + strconv.Itoa(int(l)) + ")"
}
