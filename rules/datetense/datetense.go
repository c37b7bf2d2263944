// Package datetense flags a date described as still to come that is
// already past at the article's date ("is expected to vote on Dec. 14" in
// an April article), and a date described as past that is still to come.
package datetense

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules/internal/consistency"
)

// Rule is the date-tense rule.
var Rule = &lint.Rule{
	Name:     "date-tense",
	Category: lint.Consistency,
	Doc: `A past date described as upcoming, or a future date described as past.

The article date is needed. "Will", "is expected to", "is scheduled to",
"next week" and the like before a date mark it as upcoming; "took place",
"was held" and "died" mark it as past. A date with its year written is
compared as is. A date without a year is taken in the year nearest the
article date, and is reported only when that is certain enough: the date
lies within 10 days of the article date, or an earlier yearless date in the
same paragraph, told in the past tense, sets the story in that year. Dates up to
a day out are left alone (time zones).`,
	Severity: lint.Warning,
	Run:      run,
}

var (
	upcoming = regexp.MustCompile(`\b(?:will|won't|(?:is|are|was|were) (?:expected|due|scheduled|set|slated|poised|going) to|(?:is|are) to|plans? to|planned for|scheduled for|slated for|set for|upcoming|forthcoming|next (?:week|month))\b`)
	// breaker words end the reach of an upcoming marker: a relative clause
	// or a past verb between the marker and the date belongs to another event.
	breaker  = regexp.MustCompile(`\b(?:was|were|had|did|who|which|that|since|after|ago|last|said|says)\b|[;:—–(]`)
	past     = regexp.MustCompile(`\b(?:took place|was held|were held|happened|occurred|died|was killed|were killed|ended|was signed|were signed)\s+(?:on\s+)?$`)
	pastVerb = regexp.MustCompile(`\b(?:[a-z]+ed|was|were|began|took|held|fell|won|lost|met|went|came|saw|made|gave|broke)\b`)
)

// recentDays is how near the article date a yearless date must lie to be
// judged without other support: a month later the article date itself may
// be the thing that is wrong.
const recentDays = 10

// reach is how far before a date (in bytes) a tense marker may stand.
const reach = 70

func run(pass *lint.Pass) error {
	doc := pass.Doc
	if !doc.Meta.HasDate() {
		return nil
	}
	article := consistency.Day(doc.Meta.Date)
	dates := consistency.Dates(doc)
	for i, m := range dates {
		t, inferred, ok := m.Resolve(article)
		if !ok {
			continue
		}
		days := consistency.DaysBetween(article, t)
		before := prefix(doc, m)
		switch {
		case days < -1:
			loc := upcoming.FindAllStringIndex(before, -1)
			if loc == nil {
				continue
			}
			last := loc[len(loc)-1]
			if breaker.MatchString(before[last[1]:]) {
				continue
			}
			support, related := "", []lint.Related(nil)
			if inferred {
				support, related = corroborate(doc, dates, i, t)
				if days < -recentDays && support == "" {
					continue
				}
			}
			ev := fmt.Sprintf("%s is %d days before the article date %s", consistency.FormatDate(t), -days, article.Format("2006-01-02"))
			if support != "" {
				ev += "; " + support
			}
			pass.Report(lint.Finding{
				Range:    m.Block.Span(m.Pos.Start-len(before)+last[0], m.Pos.End),
				Severity: lint.Warning,
				Message:  fmt.Sprintf("%s is described as upcoming (“%s”) but was %d days before the article date", strings.TrimSpace(m.Text()), before[last[0]:last[1]], -days),
				Evidence: []lint.Evidence{{Text: ev}},
				Related:  append(related, doc.Meta.DateRelated()...),
			})
		case days > 1:
			loc := past.FindStringIndex(before)
			if loc == nil || inferred && days > recentDays {
				continue
			}
			pass.Report(lint.Finding{
				Range:    m.Block.Span(m.Pos.Start-len(before)+loc[0], m.Pos.End),
				Severity: lint.Warning,
				Message:  fmt.Sprintf("%s is described as past (“%s”) but is %d days after the article date", strings.TrimSpace(m.Text()), strings.TrimSpace(before[loc[0]:loc[1]]), days),
				Evidence: []lint.Evidence{{Text: fmt.Sprintf("%s is %d days after the article date %s", consistency.FormatDate(t), days, article.Format("2006-01-02"))}},
				Related:  doc.Meta.DateRelated(),
			})
		}
	}
	return nil
}

// prefix returns up to reach bytes of the mention's sentence before it.
func prefix(doc *lint.Document, m consistency.DateMention) string {
	sr := consistency.SentenceRange(doc, m.Block, m.Pos.Start)
	start := max(sr.Start, m.Pos.Start-reach)
	for start < m.Pos.Start && start > sr.Start && m.Block.Text[start-1] != ' ' {
		start++ // begin at a word
	}
	return m.Block.Text[start:m.Pos.Start]
}

// corroborate looks in the mention's paragraph for another sign that the
// story is set in year t.Year(): an earlier date without a year, taken in
// the same year and told in the past tense ("declared martial law on
// Dec. 3 … is expected to vote on Dec. 14"). A year written out elsewhere
// in the paragraph is no such sign: it often dates another event.
func corroborate(doc *lint.Document, dates []consistency.DateMention, i int, t time.Time) (string, []lint.Related) {
	m := dates[i]
	for j, o := range dates {
		if j == i || o.Block != m.Block || o.Year != 0 {
			continue
		}
		ot, _, ok := o.Resolve(doc.Meta.Date)
		if !ok || ot.Year() != t.Year() || ot.After(t) {
			continue
		}
		if pastVerb.MatchString(prefix(doc, o)) {
			return fmt.Sprintf("the same paragraph tells of %s in the past tense", consistency.FormatDate(ot)),
				[]lint.Related{{Message: "an earlier date of the same year, told as past", Range: o.Src()}}
		}
	}
	return "", nil
}
