package schedule

import (
	"bytes"
	"fmt"
	"html"
	"time"
	"unicode/utf8"

	"github.com/pfdo-go/pfdo/pfdo"
)

// Chart layout, in SVG user units.
const (
	ganttLabelWidth = 360
	ganttDayWidth   = 2
	ganttRowHeight  = 22
	ganttTop        = 80
	ganttMargin     = 12
)

// statusColours are the fill colours of a bar by status; unknown status (no report) is blue.
var statusColours = map[Status]string{Done: "#4caf50", Overdue: "#e53935", InProgress: "#1e88e5", NotStarted: "#9e9e9e"}

var monthAbbr = [12]string{"янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"}

// svgChart writes a chart: a title, a month axis over [from, to], rows with a label and bars,
// a legend and a vertical line on today.
type svgChart struct {
	b        bytes.Buffer
	from, to pfdo.Date
	rows     int
}

func (c *svgChart) x(d pfdo.Date) int { return ganttLabelWidth + d.Sub(c.from)*ganttDayWidth }

func (c *svgChart) width() int { return c.x(c.to.AddDays(1)) + ganttMargin }

func (c *svgChart) height() int { return ganttTop + c.rows*ganttRowHeight + 48 }

// start writes the header and the month grid; rows must be known.
func (c *svgChart) start(title string) {
	fmt.Fprintf(&c.b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="12">`+"\n",
		c.width(), c.height(), c.width(), c.height())
	fmt.Fprintf(&c.b, `<rect width="100%%" height="100%%" fill="#ffffff"/>`+"\n")
	fmt.Fprintf(&c.b, `<text x="%d" y="20" font-size="15" font-weight="bold">%s</text>`+"\n", ganttMargin, esc(truncate(title, c.width()/10)))
	bottom := ganttTop + c.rows*ganttRowHeight
	for m := c.from.StartOfMonth(); !m.After(c.to); m = m.AddMonths(1) {
		x := c.x(m)
		if m.Before(c.from) {
			x = c.x(c.from)
		}
		fmt.Fprintf(&c.b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#e0e0e0"/>`+"\n", x, ganttTop-14, x, bottom)
		if m.Month() == time.January || m.Equal(c.from.StartOfMonth()) {
			fmt.Fprintf(&c.b, `<text x="%d" y="%d" fill="#212121" font-weight="bold">%d</text>`+"\n", x+2, ganttTop-34, m.Year())
		}
		fmt.Fprintf(&c.b, `<text x="%d" y="%d" fill="#616161">%s</text>`+"\n", x+2, ganttTop-18, monthAbbr[m.Month()-1])
	}
}

func (c *svgChart) label(row int, text string, bold bool) {
	weight := ""
	if bold {
		weight = ` font-weight="bold"`
	}
	fmt.Fprintf(&c.b, `<text x="%d" y="%d"%s>%s</text>`+"\n", ganttMargin, ganttTop+row*ganttRowHeight+15, weight, esc(truncate(text, 46)))
}

func (c *svgChart) bar(row int, p pfdo.Period, fill, tooltip string) {
	from, to := p.Start, p.End
	if from.Before(c.from) {
		from = c.from
	}
	if to.After(c.to) {
		to = c.to
	}
	if to.Before(from) {
		return
	}
	w := max((to.Sub(from)+1)*ganttDayWidth, 3)
	fmt.Fprintf(&c.b, `<rect x="%d" y="%d" width="%d" height="%d" rx="3" fill="%s"><title>%s</title></rect>`+"\n",
		c.x(from), ganttTop+row*ganttRowHeight+4, w, ganttRowHeight-8, fill, esc(tooltip))
}

func (c *svgChart) today(d pfdo.Date) {
	if d.Before(c.from) || d.After(c.to) {
		return
	}
	x := c.x(d)
	fmt.Fprintf(&c.b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#d32f2f" stroke-width="2" stroke-dasharray="4 3"/>`+"\n",
		x, ganttTop-14, x, ganttTop+c.rows*ganttRowHeight)
	fmt.Fprintf(&c.b, `<text x="%d" y="%d" fill="#d32f2f">%s</text>`+"\n", x+4, ganttTop+c.rows*ganttRowHeight+14, esc("сегодня "+d.Format(pfdo.LangRU)))
}

func (c *svgChart) legend(entries [][2]string) {
	x, y := ganttMargin, c.height()-14
	for _, e := range entries {
		fmt.Fprintf(&c.b, `<rect x="%d" y="%d" width="12" height="12" fill="%s"/><text x="%d" y="%d">%s</text>`+"\n", x, y-10, e[0], x+16, y, esc(e[1]))
		x += 24 + 8*utf8.RuneCountInString(e[1])
	}
}

func (c *svgChart) end() []byte {
	c.b.WriteString("</svg>\n")
	return c.b.Bytes()
}

func esc(s string) string { return html.EscapeString(s) }

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// RoadmapGantt draws a roadmap as an SVG Gantt chart: a row per item with a bar per deadline
// (sub-items of a cell get a bar each), coloured by the item's status in report (blue for all when
// report is nil), a dashed line on today, and a legend. Open the file in a browser to read it;
// hovering a bar shows the item and its deadline.
func RoadmapGantt(r *Roadmap, report *Report, today pfdo.Date) ([]byte, error) {
	if err := r.Check(); err != nil {
		return nil, err
	}
	statuses := map[string]Status{}
	if report != nil {
		for _, it := range report.Items {
			statuses[it.Number] = it.Status
		}
	}
	c := &svgChart{}
	type row struct {
		label string
		stage bool
		item  *Item
		ds    []Deadline
	}
	var rows []row
	for si := range r.Stages {
		rows = append(rows, row{label: r.Stages[si].Number + ". " + r.Stages[si].Title, stage: true})
		for ii := range r.Stages[si].Items {
			it := &r.Stages[si].Items[ii]
			ds, _ := r.Deadlines(it) // Check read every deadline
			rows = append(rows, row{label: it.Number + " " + it.Title, item: it, ds: ds})
			for _, d := range ds {
				p := d.Period()
				if c.from.IsZero() || p.Start.Before(c.from) {
					c.from = p.Start
				}
				if p.End.After(c.to) {
					c.to = p.End
				}
			}
		}
	}
	c.from, c.to = c.from.StartOfMonth(), c.to.EndOfMonth()
	c.rows = len(rows)
	title := r.Title
	if report != nil {
		title += " — состояние на " + report.AsOf.Format(pfdo.LangRU)
	}
	c.start(title)
	for i, rw := range rows {
		c.label(i, rw.label, rw.stage)
		if rw.stage {
			continue
		}
		fill := "#1e88e5"
		if st, ok := statuses[rw.item.Number]; ok {
			fill = statusColours[st]
		}
		for _, d := range rw.ds {
			tip := rw.item.Number + ": " + d.String()
			if st, ok := statuses[rw.item.Number]; ok {
				tip += " — " + st.Label(pfdo.LangRU)
			}
			c.bar(i, d.Period(), fill, tip)
		}
	}
	c.today(today)
	if report != nil {
		c.legend([][2]string{{statusColours[Done], Done.Label(pfdo.LangRU)}, {statusColours[InProgress], InProgress.Label(pfdo.LangRU)},
			{statusColours[NotStarted], NotStarted.Label(pfdo.LangRU)}, {statusColours[Overdue], Overdue.Label(pfdo.LangRU)}})
	}
	return c.end(), nil
}

// RolloutGantt draws a rollout as an SVG chart: a row per municipality with the accounting
// system from its start and personalized financing from its start, over [from, to], and a
// dashed line on today.
func RolloutGantt(ro *Rollout, from, to, today pfdo.Date) ([]byte, error) {
	if err := ro.Check(); err != nil {
		return nil, err
	}
	span, err := pfdo.NewPeriod(from, to)
	if err != nil {
		return nil, err
	}
	c := &svgChart{from: span.Start.StartOfMonth(), to: span.End.EndOfMonth(), rows: len(ro.Municipalities)}
	c.start("Внедрение системы учёта и персонифицированного финансирования: " + ro.Region)
	const accounting, financing = "#90caf9", "#2e7d32"
	for i, e := range ro.Municipalities {
		c.label(i, e.Municipality.Name, false)
		accEnd := c.to
		if !e.FinancingFrom.IsZero() {
			accEnd = e.FinancingFrom.AddDays(-1)
		}
		c.bar(i, pfdo.Period{Start: e.AccountingFrom, End: accEnd}, accounting, e.Municipality.Name+": только учёт с "+e.AccountingFrom.Format(pfdo.LangRU))
		if !e.FinancingFrom.IsZero() {
			c.bar(i, pfdo.Period{Start: e.FinancingFrom, End: c.to}, financing, e.Municipality.Name+": персонифицированное финансирование с "+e.FinancingFrom.Format(pfdo.LangRU))
		}
	}
	c.today(today)
	c.legend([][2]string{{accounting, "только система учёта"}, {financing, "учёт и персонифицированное финансирование"}})
	return c.end(), nil
}
