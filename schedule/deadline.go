package schedule

import (
	"errors"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/pfdo-go/pfdo/pfdo"
)

// ErrDeadline: a deadline text could not be read. The *pfdo.Error says where and why.
var ErrDeadline = errors.New("schedule: unreadable deadline")

// DeadlineKind says how a deadline was written.
type DeadlineKind uint8

// The kinds of deadline.
const (
	// Month: «май», «Апрель 2018» — the whole month.
	Month DeadlineKind = iota + 1
	// MonthRange: «май-июль», «Апрель – май 2019 года» — first day of the first month to the last
	// day of the last.
	MonthRange
	// By: «До 10.06.2018» — due by the date; no start.
	By
	// From: «С 1.09.2018 года» — starts on the date (and is due then).
	From
	// Day: «1 сентября 2018 года» — one day.
	Day
)

// String returns "month", "month_range", "by", "from" or "day".
func (k DeadlineKind) String() string {
	switch k {
	case Month:
		return "month"
	case MonthRange:
		return "month_range"
	case By:
		return "by"
	case From:
		return "from"
	case Day:
		return "day"
	}
	return "DeadlineKind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText writes the kind's code.
func (k DeadlineKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Deadline is a deadline read from Russian text: the dates it resolves to and how it was
// written. Start is zero for «до D» (due by D, no start); otherwise Start ≤ End.
type Deadline struct {
	Kind  DeadlineKind `json:"kind"`
	Start pfdo.Date    `json:"start,omitzero"`
	End   pfdo.Date    `json:"end"`
}

// Period returns [Start, End]; for a «до D» deadline, [D, D].
func (d Deadline) Period() pfdo.Period {
	if d.Start.IsZero() {
		return pfdo.Period{Start: d.End, End: d.End}
	}
	return pfdo.Period{Start: d.Start, End: d.End}
}

// String renders the deadline in Russian: «май 2020», «май – июль 2020», «до 10.06.2018»,
// «с 01.09.2018», «01.09.2018».
func (d Deadline) String() string {
	switch d.Kind {
	case Month:
		return monthNames[d.End.Month()-1][0] + " " + strconv.Itoa(d.End.Year())
	case MonthRange:
		s := monthNames[d.Start.Month()-1][0]
		if d.Start.Year() != d.End.Year() {
			s += " " + strconv.Itoa(d.Start.Year())
		}
		return s + " – " + monthNames[d.End.Month()-1][0] + " " + strconv.Itoa(d.End.Year())
	case By:
		return "до " + d.End.Format(pfdo.LangRU)
	case From:
		return "с " + d.Start.Format(pfdo.LangRU)
	}
	return d.End.Format(pfdo.LangRU)
}

// monthNames holds each month's nominative and genitive forms.
var monthNames = [12][2]string{
	{"январь", "января"}, {"февраль", "февраля"}, {"март", "марта"}, {"апрель", "апреля"},
	{"май", "мая"}, {"июнь", "июня"}, {"июль", "июля"}, {"август", "августа"},
	{"сентябрь", "сентября"}, {"октябрь", "октября"}, {"ноябрь", "ноября"}, {"декабрь", "декабря"},
}

// monthCandidates lists, by the lower-case first letter of a word, the months it may name.
var monthCandidates = map[rune][]time.Month{
	'я': {time.January}, 'ф': {time.February}, 'м': {time.March, time.May}, 'а': {time.April, time.August},
	'и': {time.June, time.July}, 'с': {time.September}, 'о': {time.October}, 'н': {time.November}, 'д': {time.December},
}

// monthOf returns the month a word names in the nominative or genitive, any case, or 0.
func monthOf(word string, first rune) time.Month {
	for _, m := range monthCandidates[unicode.ToLower(first)] {
		forms := monthNames[m-1]
		if strings.EqualFold(word, forms[0]) || strings.EqualFold(word, forms[1]) {
			return m
		}
	}
	return 0
}

// token is a word, a number, a date d.m.yyyy or a dash of the deadline text.
type token struct {
	kind  tokenKind
	text  string
	pos   int // position in runes, from 1, for messages
	month time.Month
	num   int
	date  pfdo.Date
}

type tokenKind uint8

const (
	tkWord tokenKind = iota
	tkMonth
	tkNumber
	tkDate
	tkDash
)

// isDash reports whether r is a hyphen or a dash of any width.
func isDash(r rune) bool {
	switch r {
	case '-', '‐', '‑', '‒', '–', '—', '―', '−':
		return true
	}
	return false
}

// lexer reads tokens one at a time without allocating.
type lexer struct {
	s    string
	i    int // byte offset
	runs int // runes read, for positions
}

func (l *lexer) next() (token, bool, *pfdo.Error) {
	for l.i < len(l.s) {
		r, n := utf8.DecodeRuneInString(l.s[l.i:])
		if !unicode.IsSpace(r) && r != ',' && r != ';' {
			break
		}
		l.i += n
		l.runs++
	}
	if l.i >= len(l.s) {
		return token{}, false, nil
	}
	start, pos := l.i, l.runs+1
	r, n := utf8.DecodeRuneInString(l.s[l.i:])
	switch {
	case isDash(r):
		l.i += n
		l.runs++
		return token{kind: tkDash, text: l.s[start:l.i], pos: pos}, true, nil
	case r >= '0' && r <= '9':
		for l.i < len(l.s) && (l.s[l.i] >= '0' && l.s[l.i] <= '9' || l.s[l.i] == '.') {
			l.i++
			l.runs++
		}
		text := strings.TrimSuffix(l.s[start:l.i], ".")
		if strings.Contains(text, ".") {
			d, err := pfdo.ParseDate(text)
			if err != nil {
				return token{}, false, deadlineError(l.s, pos, text, "дата «"+text+"» не распознана или не существует", "no such date "+text)
			}
			return token{kind: tkDate, text: text, pos: pos, date: d}, true, nil
		}
		v, err := strconv.Atoi(text)
		if err != nil || len(text) > 4 {
			return token{}, false, deadlineError(l.s, pos, text, "число «"+text+"» слишком длинное", "the number "+text+" is too long")
		}
		return token{kind: tkNumber, text: text, pos: pos, num: v}, true, nil
	case unicode.IsLetter(r):
		for l.i < len(l.s) {
			r, n := utf8.DecodeRuneInString(l.s[l.i:])
			if !unicode.IsLetter(r) && r != '.' {
				break
			}
			l.i += n
			l.runs++
		}
		text := l.s[start:l.i]
		if m := monthOf(strings.TrimSuffix(text, "."), r); m != 0 {
			return token{kind: tkMonth, text: text, pos: pos, month: m}, true, nil
		}
		return token{kind: tkWord, text: text, pos: pos}, true, nil
	}
	l.i += n
	l.runs++
	return token{}, false, deadlineError(l.s, pos, string(r), "неожиданный знак «"+string(r)+"»", "unexpected character "+string(r))
}

func deadlineError(text string, pos int, value, ru, en string) *pfdo.Error {
	return &pfdo.Error{Code: "schedule.deadline", Value: text, Err: ErrDeadline,
		RU: "срок не распознан: " + ru + " (позиция " + strconv.Itoa(pos) + ")",
		EN: "unreadable deadline: " + en + " (position " + strconv.Itoa(pos) + ")"}
}

func isWord(t token, words ...string) bool {
	if t.kind != tkWord {
		return false
	}
	for _, w := range words {
		if strings.EqualFold(t.text, w) {
			return true
		}
	}
	return false
}

// ParseDeadline reads one deadline written in Russian, as in roadmaps: «май», «май-июль»,
// «ноябрь - декабрь 2020 г.», «Апрель 2018», «До 10.06.2018», «С 1.09.2018 года», «Апрель – май
// 2019 года», «1 сентября 2018 года». Any hyphen or dash, any spacing and capitalisation, and
// «г.», «год» or «года» after the year are accepted. A month without a year takes defaultYear
// (the roadmap's year); 0 means there is none, and then a year must be written. Anything else is
// an error that says where and why; nothing is guessed.
func ParseDeadline(text string, defaultYear int) (Deadline, error) {
	ds, err := ParseDeadlines(text, defaultYear)
	if err != nil {
		return Deadline{}, err
	}
	if len(ds) != 1 {
		return Deadline{}, deadlineError(text, 1, text, "в тексте несколько сроков, ожидается один", "several deadlines where one is expected")
	}
	return ds[0], nil
}

// ParseDeadlines reads a cell that holds one deadline or several, one per sub-item (Tomsk
// items 9 and 22: «Апрель- ноябрь 2018 Апрель- ноябрь 2018 Май-июнь 2018 август 2018»).
func ParseDeadlines(text string, defaultYear int) ([]Deadline, error) {
	var out []Deadline
	err := scanDeadlines(text, defaultYear, func(d Deadline) { out = append(out, d) })
	if err != nil {
		return nil, err
	}
	return out, nil
}

// scanDeadlines parses text, calling yield for each deadline; it allocates only on error.
func scanDeadlines(text string, defaultYear int, yield func(Deadline)) error {
	l := lexer{s: text}
	var buf [16]token
	toks := buf[:0]
	for {
		t, ok, err := l.next()
		if err != nil {
			return err
		}
		if !ok {
			break
		}
		toks = append(toks, t)
	}
	if len(toks) == 0 {
		return deadlineError(text, 1, text, "текст пуст", "the text is empty")
	}
	for i := 0; i < len(toks); {
		d, n, err := parseOne(text, toks[i:], defaultYear)
		if err != nil {
			return err
		}
		yield(d)
		i += n
	}
	return nil
}

// yearSuffix consumes a year and an optional «г.»/«год»/«года» at toks[0:]; it returns the year
// (0 when there is none) and the tokens used.
func yearSuffix(text string, toks []token) (int, int, *pfdo.Error) {
	if len(toks) == 0 || toks[0].kind != tkNumber {
		if len(toks) > 0 && isWord(toks[0], "г.", "г", "год", "года") {
			return 0, 0, deadlineError(text, toks[0].pos, toks[0].text, "«"+toks[0].text+"» без года", toks[0].text+" without a year")
		}
		return 0, 0, nil
	}
	y := toks[0].num
	if y < 1900 || y > 2200 || len(toks[0].text) != 4 {
		return 0, 0, deadlineError(text, toks[0].pos, toks[0].text, "год «"+toks[0].text+"» вне 1900–2200", "the year "+toks[0].text+" is outside 1900–2200")
	}
	if len(toks) > 1 && isWord(toks[1], "г.", "г", "год", "года") {
		return y, 2, nil
	}
	return y, 1, nil
}

func parseOne(text string, toks []token, defaultYear int) (Deadline, int, *pfdo.Error) {
	t := toks[0]
	switch {
	case isWord(t, "до", "с", "со"):
		by := isWord(t, "до")
		if len(toks) < 2 || toks[1].kind != tkDate {
			return Deadline{}, 0, deadlineError(text, t.pos, t.text, "после «"+t.text+"» ожидается дата ДД.ММ.ГГГГ", "a date DD.MM.YYYY must follow "+t.text)
		}
		n := 2
		if len(toks) > 2 && isWord(toks[2], "г.", "г", "год", "года") {
			n = 3
		}
		if by {
			return Deadline{Kind: By, End: toks[1].date}, n, nil
		}
		return Deadline{Kind: From, Start: toks[1].date, End: toks[1].date}, n, nil
	case t.kind == tkNumber && len(toks) > 1 && toks[1].kind == tkMonth:
		y, n, err := yearSuffix(text, toks[2:])
		if err != nil {
			return Deadline{}, 0, err
		}
		if y == 0 {
			if defaultYear == 0 {
				return Deadline{}, 0, deadlineError(text, t.pos, t.text, "не указан год", "no year")
			}
			y = defaultYear
		}
		d, derr := pfdo.NewDate(y, toks[1].month, t.num)
		if derr != nil {
			return Deadline{}, 0, deadlineError(text, t.pos, t.text, "такого дня нет в календаре", "no such day")
		}
		return Deadline{Kind: Day, Start: d, End: d}, 2 + n, nil
	case t.kind == tkDate:
		return Deadline{Kind: Day, Start: t.date, End: t.date}, 1, nil
	case t.kind == tkMonth:
		// MONTH [YEAR] [- MONTH [YEAR]]
		first, last := t.month, t.month
		used, kind := 1, Month
		firstYear, n, err := yearSuffix(text, toks[used:])
		if err != nil {
			return Deadline{}, 0, err
		}
		used += n
		y := firstYear
		if len(toks) > used && toks[used].kind == tkDash {
			if len(toks) <= used+1 || toks[used+1].kind != tkMonth {
				pos, txt := toks[used].pos+1, toks[used].text
				if len(toks) > used+1 {
					pos, txt = toks[used+1].pos, toks[used+1].text
				}
				return Deadline{}, 0, deadlineError(text, pos, txt, "после тире ожидается месяц", "a month must follow the dash")
			}
			last, kind = toks[used+1].month, MonthRange
			used += 2
			y, n, err = yearSuffix(text, toks[used:])
			if err != nil {
				return Deadline{}, 0, err
			}
			used += n
		}
		if y == 0 {
			if defaultYear == 0 {
				return Deadline{}, 0, deadlineError(text, t.pos, t.text, "не указан год, и у дорожной карты нет года по умолчанию", "no year, and the roadmap has no default year")
			}
			y = defaultYear
		}
		startYear := y
		switch {
		case kind == MonthRange && firstYear != 0:
			startYear = firstYear
		case first > last: // «ноябрь – февраль 2021»: the range crosses the new year
			startYear--
		}
		start := pfdo.MustDate(startYear, first, 1)
		end := pfdo.MustDate(y, last, 1).EndOfMonth()
		if end.Before(start) {
			return Deadline{}, 0, deadlineError(text, t.pos, t.text, "конец периода раньше начала", "the range ends before it starts")
		}
		return Deadline{Kind: kind, Start: start, End: end}, used, nil
	}
	return Deadline{}, 0, deadlineError(text, t.pos, t.text, "ожидается месяц, «до ДД.ММ.ГГГГ» или «с ДД.ММ.ГГГГ», а не «"+t.text+"»",
		"expected a month, «до DD.MM.YYYY» or «с DD.MM.YYYY», not "+t.text)
}
