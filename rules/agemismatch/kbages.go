package agemismatch

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newslint/newslint/kb"
	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules/internal/stretch"
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
	find := func(s string, n int) [][]int {
		if re == nil {
			// Compiled for the first block that may hold a full name:
			// most names have none.
			re = fullNameRe(name)
		}
		return re.FindAllStringSubmatchIndex(s, n)
	}
	// A full name ending in name can only be a person's when some person's
	// name in the KB ends in it (the KB folds "Inácio Lula" word by word).
	blocks := doc.Blocks
	if !personLastWords(k)[kb.Fold(name)] {
		blocks = nil
	}
	for _, b := range blocks {
		for _, m := range fullNames(b.Text, name, find) {
			words := strings.Fields(b.Text[m[2]:m[3]])
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

// fullNameRe matches up to three capitalised words before name, group 1.
func fullNameRe(name string) *regexp.Regexp {
	return regexp.MustCompile(`((?:\p{Lu}[\p{L}’'.-]*\s+){1,3})` + regexp.QuoteMeta(name) + `\b`)
}

// fullNames returns fullNameRe(name).FindAllStringSubmatchIndex(s, -1),
// with find running that expression. Every match has name right after
// white space and a capitalised word (see afterCapitalized); around each
// such place, the expression runs over the name's field (see
// stretch.FieldsBefore) and the three before it, where the up to three
// words are.
func fullNames(s, name string, find func(string, int) [][]int) [][]int {
	w := stretch.NewWindows(s, find, func(string) bool { return true })
	for i := strings.Index(s, name); i >= 0; {
		if afterCapitalized(s[:i]) {
			w.Add(stretch.FieldsBefore(s, i, 3, stretch.All), stretch.FieldsAfter(s, i, 0, stretch.All))
		}
		next := strings.Index(s[i+1:], name)
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return w.Matches()
}

// afterCapitalized reports whether s ends in white space after what may be
// the end of a capitalised word of fullNameRe: letters, ’, ', full stops and
// hyphens back to an upper-case letter.
func afterCapitalized(s string) bool {
	t := strings.TrimRight(s, " \t\n\f\r")
	if len(t) == len(s) {
		return false
	}
	for t != "" {
		r, size := utf8.DecodeLastRuneInString(t)
		if unicode.IsUpper(r) {
			return true
		}
		if !unicode.IsLetter(r) && r != '’' && r != '\'' && r != '.' && r != '-' {
			return false
		}
		t = t[:len(t)-size]
	}
	return false
}

// lastWords are the last words of the names of the people in a KB, folded.
type lastWords struct {
	kb    *kb.KB
	words map[string]bool
}

var (
	lastWordsMu sync.Mutex
	lastWordsOf *lastWords // of the KB last asked about
)

// personLastWords returns the folded last words of every name, alias and
// dated name of every person in k, computed once per KB.
func personLastWords(k *kb.KB) map[string]bool {
	lastWordsMu.Lock()
	defer lastWordsMu.Unlock()
	if lastWordsOf != nil && lastWordsOf.kb == k {
		return lastWordsOf.words
	}
	words := map[string]bool{}
	for n := range k.Names() {
		if n.Demonym || n.Entity.Type != kb.Person {
			continue
		}
		words[n.Folded[strings.LastIndexByte(n.Folded, ' ')+1:]] = true
	}
	lastWordsOf = &lastWords{kb: k, words: words}
	return words
}
