package kb

import (
	"fmt"
	"strconv"
	"time"
)

// Date is a civil (calendar) date with no time of day and no time zone,
// encoded as the integer YYYYMMDD so that dates compare with <, <=, == and
// sort numerically. The zero Date means "no date" (an open start or end).
//
// Articles, Wikidata and official sources give dates as calendar days;
// time.Time would drag in zones and instants that the knowledge base has no
// use for and make equality surprising.
type Date int32

// NoDate is the zero Date: an unknown or open date.
const NoDate Date = 0

// NewDate returns the date y-m-d. It does not normalise: the caller passes a
// valid day (use ParseDate for untrusted input).
func NewDate(y int, m time.Month, d int) Date {
	return Date(int32(y)*10000 + int32(m)*100 + int32(d)) //nolint:gosec // years of civil dates fit easily
}

// DateOf returns the calendar date of t in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return NewDate(y, m, d)
}

// ParseDate parses YYYY-MM-DD and rejects impossible days (2023-02-29).
func ParseDate(s string) (Date, error) {
	d, yearOnly, err := parseDateOrYear(s, false)
	if err != nil {
		return NoDate, err
	}
	if yearOnly {
		return NoDate, fmt.Errorf("date %q: want YYYY-MM-DD", s)
	}
	return d, nil
}

// MustParseDate is ParseDate for constants in tests and tables; it panics on
// a malformed date.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// parseDateOrYear parses YYYY-MM-DD, or a bare YYYY, which stands for the
// whole year: January 1 when it starts an interval (end=false) and December 31
// when it ends one (end=true). yearOnly reports the imprecise form.
func parseDateOrYear(s string, end bool) (d Date, yearOnly bool, err error) {
	if len(s) == 4 {
		y, err := strconv.Atoi(s)
		if err != nil || y < 1 {
			return NoDate, false, fmt.Errorf("date %q: want YYYY-MM-DD or YYYY", s)
		}
		if end {
			return NewDate(y, time.December, 31), true, nil
		}
		return NewDate(y, time.January, 1), true, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil || len(s) != 10 {
		return NoDate, false, fmt.Errorf("date %q: want YYYY-MM-DD", s)
	}
	return DateOf(t), false, nil
}

// Year returns the year.
func (d Date) Year() int { return int(d) / 10000 }

// Month returns the month.
func (d Date) Month() time.Month { return time.Month(int(d) / 100 % 100) }

// Day returns the day of the month.
func (d Date) Day() int { return int(d) % 100 }

// IsZero reports whether d is NoDate.
func (d Date) IsZero() bool { return d == NoDate }

// Time returns midnight UTC at the start of d.
func (d Date) Time() time.Time {
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
}

// AddDays returns d moved by n days (n may be negative).
func (d Date) AddDays(n int) Date {
	return DateOf(d.Time().AddDate(0, 0, n))
}

// String formats d as YYYY-MM-DD, or "" for NoDate.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year(), int(d.Month()), d.Day())
}

// Text is String, or only the year when the date was given as a bare year.
func (d Date) Text(yearOnly bool) string {
	if yearOnly && !d.IsZero() {
		return fmt.Sprintf("%04d", d.Year())
	}
	return d.String()
}

// MarshalText formats d as YYYY-MM-DD (for JSON and YAML encoders).
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText parses YYYY-MM-DD; an empty text is NoDate.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = NoDate
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
