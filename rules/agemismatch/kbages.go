package agemismatch

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/newslint/newslint/kb"
	"github.com/newslint/newslint/lint"
)

// checkKB compares an age given to a name ("Lula, 75,") with the birth date
// the knowledge base holds for the person, when the article names that
// person in full somewhere ("Luiz Inácio Lula da Silva" is looked up as the
// words before the name, "Inácio Lula", "Luiz Inácio Lula"…). Only exact
// birth dates are used; a KB that fails to load is skipped.
func checkKB(pass *lint.Pass, ages []age, reported map[int]bool) {
	doc := pass.Doc
	if !doc.Meta.HasDate() {
		return
	}
	k, err := kb.Default()
	if err != nil {
		return
	}
	on := kb.DateOf(doc.Meta.Date)
	people := map[string]*kb.Entity{} // by name as written, looked up once
	for i, a := range ages {
		if reported[i] || a.name == "" || pastAge.MatchString(a.block.Text[max(0, a.pos.Start-25):a.pos.Start]) {
			continue
		}
		p, seen := people[a.name]
		if !seen {
			p = person(k, doc, a.name)
			people[a.name] = p
		}
		if p == nil || p.Born.IsZero() || p.YearOnly["born"] || !p.AliveAt(on) {
			continue
		}
		want := yearsBetween(p.Born.Time(), doc.Meta.Date)
		if want == a.years {
			continue
		}
		reported[i] = true
		pass.Report(lint.Finding{
			Range:    a.block.Span(a.pos.Start, a.pos.End),
			Severity: lint.Warning,
			Message: fmt.Sprintf("%s is given as %d, but %s, born %s, was %d on the article date",
				a.name, a.years, p.Name, p.Born.Time().Format("2 January 2006"), want),
			Evidence: []lint.Evidence{{
				Text:   fmt.Sprintf("knowledge base: %s born %s; article dated %s; %d full years", p.Name, p.Born, doc.Meta.Date.Format("2006-01-02"), want),
				Source: p.Source,
			}},
		})
	}
}

// person finds the one KB person the article means by name: the full
// names written before any mention of it in the article, longest first.
func person(k *kb.KB, doc *lint.Document, name string) *kb.Entity {
	var re *regexp.Regexp
	for _, b := range doc.Blocks {
		if !strings.Contains(b.Text, name) {
			continue // every match has the name as written
		}
		if re == nil {
			re = regexp.MustCompile(`((?:\p{Lu}[\p{L}’'.-]*\s+){1,3})` + regexp.QuoteMeta(name) + `\b`)
		}
		for _, m := range re.FindAllStringSubmatch(b.Text, -1) {
			words := strings.Fields(m[1])
			for s := range words {
				full := strings.Join(append(words[s:len(words):len(words)], name), " ")
				var found *kb.Entity
				n := 0
				for _, e := range k.Lookup(full) {
					if e.Type == kb.Person {
						found, n = e, n+1
					}
				}
				if n == 1 {
					return found
				}
			}
		}
	}
	// A name the KB knows as written, such as the alias "Lula" (aliases
	// are never bare surnames), when it means one person only.
	var found *kb.Entity
	for _, e := range k.Lookup(name) {
		if e.Type == kb.Person {
			if found != nil {
				return nil
			}
			found = e
		}
	}
	return found
}
