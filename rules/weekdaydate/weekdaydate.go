// Package weekdaydate checks a weekday written beside a date ("Tuesday,
// March 5, 2024") against the calendar, and "yesterday (Monday)" or "last
// night (Tuesday)" against the article's date.
package weekdaydate

import (
	"fmt"
	"strings"

	"github.com/newslint/newslint/rules/internal/lazyre"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules/internal/consistency"
	"github.com/newslint/newslint/rules/internal/stretch"
)

// Rule is the weekday-date rule.
var Rule = &lint.Rule{
	Name:     "weekday-date",
	Category: lint.Consistency,
	Doc: `A weekday that does not match its date ("Thursday, March 5, 2024" was a Tuesday).

The date's real weekday is computed from the calendar. A date with its year
written is checked as an error; a date without a year takes the year that
puts it nearest the article date (so "Friday, Dec. 29" in an article of
2 January is the previous year) and is reported as a warning. "Yesterday
(Monday)", "last night (Tuesday)" and "today (Friday)" are checked against the
article date. A weekday with no date ("on Friday", "Friday's vote") is not
checked, and no fix is offered: either the weekday or the date may be wrong.`,
	Severity: lint.Error,
	Run:      run,
}

// relativeDay matches "yesterday (Monday)" and its kin; the offset in days
// from the article date is in relativeOffset. It is compiled on first use:
// most articles have no parentheses it could match.
var relativeDay = lazyre.New(`(?i)\b(yesterday|last night|today|tonight|this morning|this afternoon|this evening)\s*\(\s*(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*\)`)

// relativeDays returns relativeDay.FindAllStringSubmatchIndex(s, -1). Every
// match has the weekday in parentheses, after one or two words ("last
// night"), with or without white space: around each "(", the expression
// runs over the field (see stretch.FieldsBefore) that holds it and the two
// before and after it.
func relativeDays(s string) [][]int {
	find := func(win string, n int) [][]int { return relativeDay().FindAllStringSubmatchIndex(win, n) }
	w := stretch.NewWindows(s, find, func(win string) bool {
		return strings.Contains(win, ")")
	})
	for i := strings.IndexByte(s, '('); i >= 0; {
		w.Add(stretch.FieldsBefore(s, i, 2, stretch.All), stretch.FieldsAfter(s, i, 2, stretch.All))
		next := strings.IndexByte(s[i+1:], '(')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return w.Matches()
}

var relativeOffset = map[string]int{
	"yesterday": -1, "last night": -1, "today": 0, "tonight": 0,
	"this morning": 0, "this afternoon": 0, "this evening": 0,
}

func run(pass *lint.Pass) error {
	doc := pass.Doc
	article := doc.Meta.Date
	for _, m := range consistency.Dates(doc) {
		if !m.HasWeekday || !m.Valid() {
			continue
		}
		t, inferred, ok := m.Resolve(article)
		if !ok || t.Weekday() == m.Weekday {
			continue
		}
		sev := lint.Error
		how := "the date as written"
		var related []lint.Related
		if inferred {
			sev = lint.Warning
			how = fmt.Sprintf("year %d taken as the one nearest the article date %s", t.Year(), article.Format("2006-01-02"))
			related = doc.Meta.DateRelated()
		}
		pass.Report(lint.Finding{
			Range:    m.Src(),
			Severity: sev,
			Message: fmt.Sprintf("%s is not a %s: %s was a %s",
				strings.TrimSpace(m.Block.Text[m.DatePos.Start:m.DatePos.End]), m.Weekday, consistency.FormatDate(t), t.Weekday()),
			Evidence: []lint.Evidence{{Text: fmt.Sprintf("calendar: %s (%s)", consistency.FormatDate(t), how)}},
			Related:  related,
		})
	}
	if !doc.Meta.HasDate() {
		return nil
	}
	for _, b := range doc.Blocks {
		for _, m := range relativeDays(b.Text) {
			rel := strings.ToLower(b.Text[m[2]:m[3]])
			named, _ := consistency.WeekdayByName(b.Text[m[4]:m[5]])
			day := consistency.Day(article).AddDate(0, 0, relativeOffset[rel])
			if day.Weekday() == named {
				continue
			}
			pass.Report(lint.Finding{
				Range:    b.Span(m[0], m[1]),
				Severity: lint.Warning,
				Message: fmt.Sprintf("“%s” is given as %s, but in an article dated %s it was %s",
					b.Text[m[2]:m[3]], named, consistency.FormatDate(article), day.Weekday()),
				Evidence: []lint.Evidence{{Text: fmt.Sprintf("article date %s (%s); %s is %s",
					article.Format("2006-01-02"), doc.Meta.DateSource, rel, consistency.FormatDate(day))}},
				Related: doc.Meta.DateRelated(),
			})
		}
	}
	return nil
}
