package namevariant

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/newslint/newslint/kb"
	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules/internal/consistency"
)

// kbPerson is one way the knowledge base writes a person's name, split
// into the first word and the rest (letters only, folded).
type kbPerson struct {
	surname string
	entity  *kb.Entity
}

// kbIndex maps a folded first name to the people the KB knows with it. It
// is built once per KB (see kb.Derived).
var kbIndex kb.Derived[map[string][]kbPerson]

func buildKBIndex(k *kb.KB) map[string][]kbPerson {
	idx := map[string][]kbPerson{}
	for n := range k.Names() {
		if n.Demonym || n.Entity.Type != kb.Person {
			continue
		}
		words := strings.Fields(n.Text)
		if len(words) < 2 {
			continue
		}
		first := consistency.Fold(words[0])
		idx[first] = append(idx[first], kbPerson{surname: lettersOnly(strings.Join(words[1:], "")), entity: n.Entity})
	}
	return idx
}

// lettersOnly folds s and drops everything but letters: "Amir-Abdollahian"
// → "amirabdollahian".
func lettersOnly(s string) string {
	var b strings.Builder
	for _, r := range consistency.Fold(s) {
		if unicode.IsLetter(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// checkKB reports "First Surname" where the KB knows a person with that
// first name and a surname a few letters away ("Hossein Amirabadrahian"
// for Hossein Amir-Abdollahian), and no one with the surname as written.
func checkKB(pass *lint.Pass, toks []lint.Token) {
	idx := kbIndex.Get(buildKBIndex)
	if len(idx) == 0 {
		return
	}
	doc := pass.Doc
	for i := 0; i+1 < len(toks); i++ {
		a, b := toks[i], toks[i+1]
		if a.Block != b.Block || !isCapWord(a.Text) || !isNameWord(b.Text) || !adjacent(doc, a, b) {
			continue
		}
		people := idx[consistency.Fold(a.Text)]
		if len(people) == 0 {
			continue
		}
		written := lettersOnly(b.Text)
		// A surname of two words ("Amir Abdollahian") is read with the next
		// capitalised word too.
		written2 := ""
		if i+2 < len(toks) && toks[i+2].Block == b.Block && isCapWord(toks[i+2].Text) && adjacent(doc, b, toks[i+2]) {
			written2 = written + lettersOnly(toks[i+2].Text)
		}
		var best *kbPerson
		bestSim := 0.0
		known := false
		for j := range people {
			p := &people[j]
			if p.surname == written || p.surname == written2 {
				known = true
				break
			}
			for _, w := range []string{written, written2} {
				if sim := similarity(w, p.surname); w != "" && sim > bestSim && closeEnough(w, p.surname, sim) {
					best, bestSim = p, sim
				}
			}
		}
		if known || best == nil {
			continue
		}
		e := best.entity
		pass.Report(lint.Finding{
			Range:    lint.Range{Start: a.Src.Start, End: b.Src.End},
			Severity: lint.Warning,
			Message: fmt.Sprintf("“%s %s” looks like a misspelling of %s, whom the knowledge base knows",
				a.Text, b.Text, e.Name),
			Evidence: []lint.Evidence{{
				Text:   fmt.Sprintf("knowledge base: %s (%s); “%s” is %.0f%% similar to “%s”", e.Name, e.ID, b.Text, 100*bestSim, best.surname),
				Source: e.Source,
			}},
		})
	}
}

// closeEnough accepts a written surname as a misspelling of a KB surname:
// one edit for names of eight to ten letters, at least 70% of the letters
// aligned for longer ones, and the same first two letters. Shorter names
// are left alone: "John Smyth" is more likely another man than John Smith.
func closeEnough(written, known string, sim float64) bool {
	if len(written) < 8 || len(known) < 8 || written[:2] != known[:2] {
		return false
	}
	if len(known) < 10 {
		d, _ := distance([]rune(written), []rune(known))
		return d == 1
	}
	return sim >= 0.7
}

// similarity is 1 minus the Levenshtein distance over the longer length.
func similarity(a, b string) float64 {
	ar, br := []rune(a), []rune(b)
	if len(ar) == 0 || len(br) == 0 {
		return 0
	}
	prev := make([]int, len(br)+1)
	cur := make([]int, len(br)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ar); i++ {
		cur[0] = i
		for j := 1; j <= len(br); j++ {
			cost := 1
			if ar[i-1] == br[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return 1 - float64(prev[len(br)])/float64(max(len(ar), len(br)))
}
