// Package impossibledate flags calendar dates that do not exist, such as
// "February 30" or "31 April".
package impossibledate

import (
	"fmt"
	"time"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules/internal/consistency"
)

// Rule is the impossible-date rule.
var Rule = &lint.Rule{
	Name:     "impossible-date",
	Category: lint.Consistency,
	Doc: `A date that does not exist ("February 30", "31 April", "Feb. 29, 2023").

February 29 without a year is left alone (it exists in leap years). No fix is
offered: the month may be wrong as well as the day.`,
	Severity: lint.Error,
	Run:      run,
}

func run(pass *lint.Pass) error {
	for _, m := range consistency.Dates(pass.Doc) {
		if m.Valid() || m.Day > 31 && m.Year == 0 {
			// "May 45" is more likely a score or a count than a date.
			continue
		}
		year := m.Year
		if year == 0 {
			year = 2024
		}
		days := time.Date(year, m.Month+1, 0, 0, 0, 0, 0, time.UTC).Day()
		in := m.Month.String()
		if m.Year != 0 {
			in = fmt.Sprintf("%s %d", m.Month, m.Year)
		}
		pass.Report(lint.Finding{
			Range:    m.Block.Span(m.DatePos.Start, m.DatePos.End),
			Severity: lint.Error,
			Message:  fmt.Sprintf("impossible date: %s has only %d days", in, days),
			Evidence: []lint.Evidence{{Text: fmt.Sprintf("calendar: %s has %d days", in, days)}},
		})
	}
	return nil
}
