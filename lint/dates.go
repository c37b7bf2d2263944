package lint

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// ParseISODate parses YYYY-MM-DD (or a longer RFC 3339 timestamp, whose
// date part is taken as written).
func ParseISODate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

func parseDateValue(v any) (time.Time, bool) {
	switch x := v.(type) {
	case time.Time:
		return time.Date(x.Year(), x.Month(), x.Day(), 0, 0, 0, 0, time.UTC), true
	case string:
		if t, ok := ParseISODate(x); ok {
			return t, true
		}
		return ParseWrittenDate(x)
	}
	return time.Time{}, false
}

var monthNames = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// MonthByName reads an English month name or its news abbreviation
// ("Sept.", "Aug").
func MonthByName(w string) (time.Month, bool) {
	m, ok := monthNames[strings.ToLower(strings.TrimSuffix(w, "."))]
	return m, ok
}

// MonthPattern matches English month names and their abbreviations.
const MonthPattern = `(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`

var (
	writtenMDY = regexp.MustCompile(`^` + MonthPattern + `\s+(\d{1,2}),?\s+(\d{4})`)
	writtenDMY = regexp.MustCompile(`^(\d{1,2})\s+` + MonthPattern + `,?\s+(\d{4})`)
)

// ParseWrittenDate reads "March 11, 2019", "Sept. 3, 2020" or
// "11 March 2019" at the start of s.
func ParseWrittenDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if m := writtenMDY.FindStringSubmatch(s); m != nil {
		mon, _ := MonthByName(strings.Fields(m[0])[0])
		day, _ := strconv.Atoi(m[1])
		year, _ := strconv.Atoi(m[2])
		return validDate(year, mon, day)
	}
	if m := writtenDMY.FindStringSubmatch(s); m != nil {
		mon, _ := MonthByName(strings.Fields(m[0])[1])
		day, _ := strconv.Atoi(m[1])
		year, _ := strconv.Atoi(m[2])
		return validDate(year, mon, day)
	}
	return time.Time{}, false
}

func validDate(y int, m time.Month, d int) (time.Time, bool) {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || t.Month() != m {
		return time.Time{}, false
	}
	return t, true
}

var (
	publishedLine = regexp.MustCompile(`^(?i:published|updated|posted|date)\s*:?\s*(?i:on\s+)?(.+)$`)
	// A dateline: "CAPE CANAVERAL, Fla., May 30, 2020 — " or
	// "SEOUL, April 4, 2025 (Reuters) -".
	datelineRe = regexp.MustCompile(`^[A-Z][A-Z .'’-]+(?:,\s*[A-Z][A-Za-z.]+)*,\s+(` + MonthPattern + `\s+\d{1,2},\s+\d{4}|\d{1,2}\s+` + MonthPattern + `\s+\d{4})`)
)

// findDateInText looks for a "Published: …" line or a dated dateline in
// the first blocks of the article, where news copy puts them.
func findDateInText(d *Document) {
	for i, b := range d.Blocks {
		if i >= 5 {
			break
		}
		if m := publishedLine.FindStringSubmatchIndex(b.Text); m != nil {
			value := b.Text[m[2]:m[3]]
			t, ok := ParseWrittenDate(value)
			if !ok {
				t, ok = ParseISODate(value)
			}
			if ok {
				d.Meta.Date, d.Meta.DateSource, d.Meta.DateRange = t, "published line", b.Span(m[0], m[1])
				return
			}
		}
		if m := datelineRe.FindStringSubmatchIndex(b.Text); m != nil {
			if t, ok := ParseWrittenDate(b.Text[m[2]:m[3]]); ok {
				d.Meta.Date, d.Meta.DateSource, d.Meta.DateRange = t, "dateline", b.Span(m[2], m[3])
				return
			}
		}
	}
}
