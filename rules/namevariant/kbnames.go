package namevariant

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newslint/newslint/kb"
	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules/internal/consistency"
	"github.com/newslint/newslint/rules/internal/factcheck"
)

// kbPerson is one way the knowledge base writes a person's name, split
// into the first word and the rest (letters only, folded).
type kbPerson struct {
	surname string
	entity  *kb.Entity
}

// kbNames indexes the people of one KB for checkKB. It is built once per
// KB (see kb.Derived).
type kbNames struct {
	// byFirst maps a folded first name to the people the KB knows with it.
	byFirst map[string][]kbPerson
	// bearers counts the distinct people who bear each first name: a name
	// many of them share ("Mohammad", "John") says little about which one
	// a misspelt surname belongs to.
	bearers map[string]int
	// surnames holds every surname the KB writes (the rest of a name after
	// its first word, and its last word), folded and letters only.
	surnames map[string]bool
}

var kbIndex kb.Derived[*kbNames]

func buildKBIndex(k *kb.KB) *kbNames {
	// Sized up front: growing these maps name by name cost as much as
	// folding the names.
	names := 0
	for n := range k.Names() {
		if !n.Demonym && n.Entity.Type == kb.Person {
			names++
		}
	}
	idx := &kbNames{
		byFirst:  make(map[string][]kbPerson, names/2),
		bearers:  make(map[string]int, names/2),
		surnames: make(map[string]bool, 2*names),
	}
	type bearer struct {
		first  string
		entity *kb.Entity
	}
	seen := make(map[bearer]bool, names)
	for n := range k.Names() {
		if n.Demonym || n.Entity.Type != kb.Person {
			continue
		}
		// One fold of the whole name, not one per word: folding is the
		// costly part of this index, which every cold run builds.
		words := strings.Fields(consistency.Fold(n.Text))
		if len(words) < 2 {
			continue
		}
		first := words[0]
		surname := keepLetters(strings.Join(words[1:], ""))
		idx.byFirst[first] = append(idx.byFirst[first], kbPerson{surname: surname, entity: n.Entity})
		idx.surnames[surname] = true
		idx.surnames[keepLetters(words[len(words)-1])] = true
		if b := (bearer{first, n.Entity}); !seen[b] {
			seen[b] = true
			idx.bearers[first]++
		}
	}
	return idx
}

// lettersOnly folds s and drops everything but letters: "Amir-Abdollahian"
// → "amirabdollahian".
func lettersOnly(s string) string { return keepLetters(consistency.Fold(s)) }

// keepLetters drops everything but letters from s.
func keepLetters(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if i < 0 {
		return s // most names: no copy
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		if unicode.IsLetter(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// checkKB reports "First Surname" where the KB knows a person with that
// first name and a surname a few letters away ("Hossein Amirabadrahian"
// for Hossein Amir-Abdollahian), and no one with the surname as written.
// Long surnames are close enough on their own (closeEnough); a shorter one
// needs the sentence to corroborate the person (see shortMatch and
// corroborate).
func checkKB(pass *lint.Pass, toks []lint.Token) {
	idx := kbIndex.Get(buildKBIndex)
	if len(idx.byFirst) == 0 {
		return
	}
	doc := pass.Doc
	var art *factcheck.Article // loaded on the first short-surname candidate
	for i := 0; i+1 < len(toks); i++ {
		a, b := toks[i], toks[i+1]
		if a.Block != b.Block || !isCapWord(a.Text) || !isNameWord(b.Text) || !adjacent(doc, a, b) {
			continue
		}
		first := consistency.Fold(a.Text)
		people := idx.byFirst[first]
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
		// short are the people whose shorter surname is close to the one
		// written: candidates only if the sentence corroborates them.
		var short []*kbPerson
		for j := range people {
			p := &people[j]
			// The surname as the KB writes it, extended, or romanised
			// another way ("Slutskii" for Slutsky, "Kosachov" for
			// Kosachyov): a spelling, not a misspelling of anyone's.
			if sameName(written, p.surname) || written2 != "" && sameName(written2, p.surname) {
				known = true
				break
			}
			for _, w := range []string{written, written2} {
				if w == "" {
					continue
				}
				sim := similarity(w, p.surname)
				if sim > bestSim && closeEnough(w, p.surname, sim) {
					best, bestSim = p, sim
				}
				if w == written && shortMatch(w, p.surname, sim) {
					short = append(short, p)
				}
			}
		}
		if known {
			continue
		}
		var proof *corroboration
		if best == nil && len(short) > 0 && idx.bearers[first] <= maxBearers && !idx.surnames[written] {
			if art == nil {
				var err error
				if art, err = factcheck.Load(pass); err != nil {
					return
				}
			}
			best, bestSim, proof = corroborated(art, doc, i, written, short)
		}
		if best == nil {
			continue
		}
		e := best.entity
		evidence := []lint.Evidence{{
			Text:   fmt.Sprintf("knowledge base: %s (%s); “%s” is %.0f%% similar to “%s”", e.Name, e.ID, b.Text, 100*bestSim, best.surname),
			Source: e.Source,
		}}
		if proof != nil {
			evidence = append(evidence, lint.Evidence{
				Text:   proof.describe(art, e),
				Source: proof.term.Source,
			})
		}
		pass.Report(lint.Finding{
			Range:    lint.Range{Start: a.Src.Start, End: b.Src.End},
			Severity: lint.Warning,
			Message: fmt.Sprintf("“%s %s” looks like a misspelling of %s, whom the knowledge base knows",
				a.Text, b.Text, e.Name),
			Evidence: evidence,
		})
	}
}

// closeEnough accepts a written surname as a misspelling of a KB surname:
// one edit for names of eight to ten letters, at least 70% of the letters
// aligned for longer ones, and the same first two letters. Shorter names
// are left to shortMatch: "John Smyth" is more likely another man than
// John Smith.
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

// maxBearers is the most KB people who may share a first name for a short
// surname to be checked against theirs: beside "Mohammad", "Ali" or "John"
// a close surname more likely belongs to someone the KB does not know.
const maxBearers = 2

// shortMatch accepts a written surname as a possible misspelling of a KB
// surname of five to seven letters ("Marekhi" for Maleki): the same first
// letter, at most two edits and 70% similarity. Such a pair is reported
// only when the sentence corroborates the person (see corroborate), since
// short names have many real neighbours. A surname that merely extends
// or romanises differently any name of the KB never gets here (checkKB
// takes it for a spelling: see sameName).
func shortMatch(written, known string, sim float64) bool {
	n := utf8.RuneCountInString(known)
	if n < 5 || n > 7 || utf8.RuneCountInString(written) < 5 || sim < 0.7 {
		return false
	}
	w, _ := utf8.DecodeRuneInString(written)
	k, _ := utf8.DecodeRuneInString(known)
	return w == k && levenshtein(written, known) <= 2
}

// sameName reports whether a written surname is one of the KB's written
// another way rather than misspelt: one extends the other ("Schiff",
// "Schiffer"), as in the in-article check, or both romanise the same name
// ("Slutsky", "Slutskii"; see translitKey).
func sameName(written, known string) bool {
	return strings.HasPrefix(written, known) || strings.HasPrefix(known, written) ||
		translitKey(written) == translitKey(known)
}

// translitKey folds the letters that romanisations of one name disagree
// on: y and j are i, c and q are k, w is v, ou is u, h is dropped and a
// doubled letter is single ("Slutskiy", "Slutskii" and "Slutsky" all give
// "slutski"); the Russian ё and е may be written yo or o, ye or e
// ("Kosachyov", "Kosachov", "Kosachev"; "Yevgeny", "Evgeny"). Two surnames
// with the same key are taken for one name.
var translitSpellings = strings.NewReplacer(
	"ou", "u", "yo", "e", "ye", "e", "chov", "chev", "shov", "shev", "zhov", "zhev")

func translitKey(s string) string {
	var b strings.Builder
	s = translitSpellings.Replace(s)
	last := rune(0)
	for _, r := range s {
		switch r {
		case 'y', 'j':
			r = 'i'
		case 'c', 'q':
			r = 'k'
		case 'w':
			r = 'v'
		case 'h':
			continue
		}
		if r != last {
			b.WriteRune(r)
		}
		last = r
	}
	return b.String()
}

// corroboration is what ties a written name to a KB person: a country the
// sentence names, and the person's term of office there.
type corroboration struct {
	country *kb.Entity
	term    *kb.Relation
	named   string // the words that name the country in the sentence
}

// describe says, for the evidence, which country and term corroborated p.
func (c *corroboration) describe(art *factcheck.Article, p *kb.Entity) string {
	office := strings.ReplaceAll(c.term.Office, "-", " ")
	if o := art.KB.Office(c.term.Office); o != nil && len(o.Titles) > 0 {
		office = o.Titles[0]
	}
	s := fmt.Sprintf("corroborated by “%s”: %s was %s of %s", c.named, p.Name, office, art.The(c.country))
	s += c.term.Period()
	if c.term.Note != "" {
		s += " (" + c.term.Note + ")"
	}
	return s
}

// corroborated returns the most similar of the short candidates whom the
// sentence of token i corroborates (see corroborate), or nil.
func corroborated(art *factcheck.Article, doc *lint.Document, i int, written string, short []*kbPerson) (*kbPerson, float64, *corroboration) {
	var best *kbPerson
	var proof *corroboration
	bestSim := 0.0
	for _, p := range short {
		if sim := similarity(written, p.surname); sim > bestSim {
			if c := corroborate(art, doc, i, p.entity); c != nil {
				best, bestSim, proof = p, sim, c
			}
		}
	}
	return best, bestSim, proof
}

// corroborate looks in the sentence of token i (a first name, followed by
// the surname) for a country, by name or demonym ("Iran's", "Iranian"),
// where the KB records a term of office of person p that began by the
// article's date (any term when the article has no date). It returns nil
// when there is none.
func corroborate(art *factcheck.Article, doc *lint.Document, i int, p *kb.Entity) *corroboration {
	s := sentenceOf(art, doc, i)
	if s == nil {
		return nil
	}
	toks := doc.Tokens()
	a, b := toks[i], toks[i+1]
	terms := art.KB.Terms(p.ID)
	for _, m := range s.Mentions {
		r := art.Range(s, m.First, m.End)
		if r.Start < b.Src.End && a.Src.Start < r.End {
			continue // the name itself
		}
		for _, c := range append(append([]*kb.Entity(nil), m.Entities...), m.Demonyms...) {
			if c.Type != kb.Country {
				continue
			}
			for _, t := range terms {
				if t.Object != c.ID {
					continue
				}
				if art.HasDate() && !begunBy(t, art.Date) {
					continue // took office only after the article
				}
				return &corroboration{country: c, term: t, named: string(doc.Source[r.Start:r.End])}
			}
		}
	}
	return nil
}

// begunBy reports whether term t had begun by d. A start given as a bare
// year counts as begun anywhere in that year: the KB does not know the day.
func begunBy(t *kb.Relation, d kb.Date) bool {
	if t.From.IsZero() || t.From <= d {
		return true
	}
	return t.FromYearOnly && t.From.Year() == d.Year()
}

// sentenceOf returns the fact-check sentence that holds token i: the
// article's sentences and the document's are the same, in the same order.
func sentenceOf(art *factcheck.Article, doc *lint.Document, i int) *factcheck.Sentence {
	for k, s := range doc.Sentences() {
		if i >= s.First && i < s.First+len(s.Tokens) {
			if k < len(art.Sentences) {
				return art.Sentences[k]
			}
			return nil
		}
	}
	return nil
}

// similarity is 1 minus the Levenshtein distance over the longer length.
func similarity(a, b string) float64 {
	n := max(utf8.RuneCountInString(a), utf8.RuneCountInString(b))
	if utf8.RuneCountInString(a) == 0 || utf8.RuneCountInString(b) == 0 {
		return 0
	}
	return 1 - float64(levenshtein(a, b))/float64(n)
}

// levenshtein is the edit distance between a and b, in runes.
func levenshtein(a, b string) int {
	ar, br := []rune(a), []rune(b)
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
	return prev[len(br)]
}
