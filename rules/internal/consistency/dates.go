// Package consistency holds what the consistency rules share: dates as
// news copy writes them (with the year worked out from the article date),
// number words, and small text helpers. The rules themselves live in their
// own packages under rules/.
package consistency

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules/internal/stretch"
)

// weekdayPattern matches an English weekday name.
const weekdayPattern = `(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`

// WeekdayByName reads an English weekday name ("Tuesday").
func WeekdayByName(w string) (time.Weekday, bool) {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if strings.EqualFold(d.String(), w) {
			return d, true
		}
	}
	return 0, false
}

// dateRe matches "Tuesday, March 5, 2024", "Thursday 26 July", "Aug. 23",
// "21 February 1924" and "Feb. 30". Groups: 1 weekday; then either
// 2 month, 3 day, 4 year (month first) or 5 day, 6 month, 7 year.
var dateRe = regexp.MustCompile(`\b(?:(` + weekdayPattern + `),?\s+(?:the\s+)?)?(?:(` + lint.MonthPattern + `)\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(` + lint.MonthPattern + `)(?:,?\s+(\d{4})\b)?)`)

// dateMatches returns dateRe.FindAllStringSubmatchIndex(s, -1) without
// running the expression over all of s. Every date has a month name, which
// starts with one of three letters (isMonthStart), and a digit, and is written with ASCII
// letters, digits, commas, full stops and white space only (dateBytes): it
// is a few fields of those bytes (see stretch.FieldsBefore). The month
// is preceded by at most four of them ("Tuesday, the 5th of March") and
// followed by at most two ("March 5th, 2024"); the expression runs on
// those windows around the month names.
func dateMatches(s string) [][]int {
	w := stretch.NewWindows(s, dateRe.FindAllStringSubmatchIndex, hasDigit)
	for q := 0; q+3 <= len(s); q++ {
		// A month name starts a word: \b or white space comes before it.
		if monthInitial[s[q]] && (q == 0 || !isWordByte(s[q-1])) && isMonthStart(s[q:q+3]) {
			w.Add(stretch.FieldsBefore(s, q, 4, dateBytes), stretch.FieldsAfter(s, q, 2, dateBytes))
		}
	}
	return w.Matches()
}

func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

// dateBytes are the bytes that can be part of a date, and the word
// character _, which must stay for \b.
var dateBytes = stretch.NewBytes(func(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
		c == ',' || c == '.' || c == '_' || c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
})

// isMonthStart reports whether s is the first three letters of a name in
// lint.MonthPattern; monthInitial holds their first letters.
func isMonthStart(s string) bool {
	switch s {
	case "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec":
		return true
	}
	return false
}

var monthInitial = stretch.NewBytes(func(c byte) bool { return strings.IndexByte("JFMASOND", c) >= 0 })

// isWordByte reports whether c is an ASCII word character (\w); a byte of
// a multi-byte rune never is, as no such rune is a word character for \b.
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// DateMention is a calendar date written in a block: a month and a day,
// with or without a year and a weekday.
type DateMention struct {
	Block *lint.Block
	// Pos is the whole mention's range in the block text (weekday included).
	Pos lint.Range
	// DatePos is the range of the date without the weekday.
	DatePos lint.Range
	Month   time.Month
	Day     int
	// Year is the year as written; 0 when the text gives none.
	Year int
	// Weekday is meaningful only when HasWeekday.
	Weekday    time.Weekday
	HasWeekday bool
}

// Text returns the mention as written.
func (m DateMention) Text() string { return m.Block.Text[m.Pos.Start:m.Pos.End] }

// Src returns the mention's source range.
func (m DateMention) Src() lint.Range { return m.Block.Span(m.Pos.Start, m.Pos.End) }

// Valid reports whether the day exists in the month (in the written year,
// or in a leap year when none is written).
func (m DateMention) Valid() bool {
	y := m.Year
	if y == 0 {
		y = 2024 // a leap year: February 29 may be right
	}
	return time.Date(y, m.Month, m.Day, 0, 0, 0, 0, time.UTC).Day() == m.Day
}

// Dates returns the date mentions of every block, in order, computed once
// per document for all the date rules. "May" is taken as a month only when
// a day follows it or precedes it, which the pattern already demands. The
// result is shared: callers must not modify it.
func Dates(doc *lint.Document) []DateMention { return dateMentions.Of(doc) }

var dateMentions = &lint.Analysis[[]DateMention]{Name: "date mentions", Run: findDates}

func findDates(doc *lint.Document) []DateMention {
	var out []DateMention
	for _, b := range doc.Blocks {
		for _, m := range dateMatches(b.Text) {
			dm := DateMention{Block: b, Pos: lint.Range{Start: m[0], End: m[1]}}
			var monStr, dayStr, yearStr string
			if m[4] >= 0 {
				monStr, dayStr = b.Text[m[4]:m[5]], b.Text[m[6]:m[7]]
				if m[8] >= 0 {
					yearStr = b.Text[m[8]:m[9]]
				}
				dm.DatePos = lint.Range{Start: m[4], End: m[1]}
			} else {
				dayStr, monStr = b.Text[m[10]:m[11]], b.Text[m[12]:m[13]]
				if m[14] >= 0 {
					yearStr = b.Text[m[14]:m[15]]
				}
				dm.DatePos = lint.Range{Start: m[10], End: m[1]}
			}
			mon, ok := lint.MonthByName(monStr)
			if !ok {
				continue
			}
			// "May" and "March" are also words: "may 5" in lower case is not
			// a date, and the pattern is case-sensitive already.
			dm.Month = mon
			dm.Day, _ = strconv.Atoi(dayStr)
			if dm.Day < 1 {
				continue
			}
			if yearStr != "" {
				dm.Year, _ = strconv.Atoi(yearStr)
			}
			if m[2] >= 0 {
				dm.Weekday, dm.HasWeekday = WeekdayByName(b.Text[m[2]:m[3]])
			}
			out = append(out, dm)
		}
	}
	return out
}

// Resolve returns the mention's full date: the written year, or else the
// year that puts the date nearest the article date (an article of
// 2 January that says "Dec. 29" means the previous year). inferred says the
// year was worked out; ok is false when no year can be had or the day does
// not exist.
func (m DateMention) Resolve(article time.Time) (t time.Time, inferred, ok bool) {
	if m.Year != 0 {
		t = time.Date(m.Year, m.Month, m.Day, 0, 0, 0, 0, time.UTC)
		return t, false, t.Day() == m.Day
	}
	if article.IsZero() {
		return time.Time{}, false, false
	}
	best, bestDist := time.Time{}, time.Duration(1<<62)
	for y := article.Year() - 1; y <= article.Year()+1; y++ {
		c := time.Date(y, m.Month, m.Day, 0, 0, 0, 0, time.UTC)
		if c.Day() != m.Day {
			continue
		}
		d := c.Sub(article)
		if d < 0 {
			d = -d
		}
		if d < bestDist {
			best, bestDist = c, d
		}
	}
	if best.IsZero() {
		return time.Time{}, true, false
	}
	return best, true, true
}

// FormatDate writes t the way the messages do: "Friday, 22 April 2016".
func FormatDate(t time.Time) string { return t.Format("Monday, 2 January 2006") }

// DaysBetween returns b - a in whole days.
func DaysBetween(a, b time.Time) int { return int(b.Sub(a).Hours() / 24) }

// Day truncates t to its calendar day in UTC.
func Day(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC) }
