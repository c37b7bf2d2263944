// Package namevariant flags a name spelled two ways in one article:
// "Buttigeig" after "Buttigieg", "Scheinbaum" beside "Sheinbaum",
// "Dissanayaka" among several "Dissanayake". It compares surname-like
// capitalised words with an edit distance of one (a swap of two
// neighbouring letters counts as one edit) after Unicode folding, and keeps
// quiet on morphology ("Russia"/"Russian", "William"/"Williams"), on common
// words and on pairs of distinct common names ("Johnson"/"Johnston").
package namevariant

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules/internal/consistency"
)

// Rule is the name-variant rule.
var Rule = &lint.Rule{
	Name:     "name-variant",
	Category: lint.Consistency,
	Doc: `A name spelled two ways in one article ("Erdogan" … "Erdgoan").

Candidates are capitalised words of five letters or more that end a name (no
capitalised word follows them) and never appear in lower case in the
article. Two candidates are variants when one letter is changed, added or
dropped, or two neighbouring letters are swapped, and they start with the
same letter. The rarer spelling (the later one on a tie) is reported, with
the other as the related place. Warning for a typo-like difference; info
for a difference of accents only ("Mandzukic"/"Mandžukić") or a usual
transliteration variant ("Zelensky"/"Zelenskyy", "Mohamed"/"Mohammed").
Not reported: a plural, possessive or other ending ("Russia"/"Russian"),
known distinct names ("Johnson"/"Johnston", "Hansen"/"Hanson"), and two
spellings each given with a different first name (two different people).

When the knowledge base loads, "First Surname" is also checked against the
people it knows: the same first name and a surname a few letters away from
theirs, with nobody known by the surname as written, is reported as a
likely misspelling ("Hossein Amirabadrahian" for Hossein Amir-Abdollahian).
That is enough for a surname of eight letters or more. A surname of five to
seven letters (at most two edits away, same first letter, 70% similar) is
reported only when few people in the knowledge base share the first name,
nobody in it bears the surname as written, and the same sentence names a
country, by name or demonym ("Iran's", "Iranian"), where the knowledge base
records a term of office of the person begun by the article's date: short
names have too many real neighbours to be judged on spelling alone.
The in-article check never depends on the knowledge base.`,
	Severity: lint.Warning,
	Run:      run,
	Prepare:  func() { kbIndex.Get(buildKBIndex) },
}

// occurrence is one surname-like word in the article.
type occurrence struct {
	tok   lint.Token
	first string // the capitalised word before it, when it is part of a name
}

type name struct {
	text  string // as written
	fold  string // folded for comparison
	occs  []occurrence
	index int // order of first appearance
	// proper says at least one occurrence stands in mid-sentence, where
	// only names are capitalised ("Nothing" opening a sentence is a word).
	proper bool
}

// sentenceInitial marks the tokens that open a sentence, also behind an
// opening quotation mark or bracket, where any word is capitalised.
func sentenceInitial(doc *lint.Document) []bool {
	initial := make([]bool, len(doc.Tokens()))
	for _, s := range doc.Sentences() {
		for j, t := range s.Tokens {
			initial[s.First+j] = true
			if !strings.ContainsAny(t.Text, "\"“‘'([") {
				break
			}
		}
	}
	return initial
}

// writtenLower returns the folded names that the article also writes as a
// lower-case word ("Hope" and "hope"): such a name may be a common word.
// Only the names are looked up, so the set stays as small as they are.
func writtenLower(toks []lint.Token, names []*name) map[string]bool {
	folds := make(map[string]bool, len(names))
	for _, n := range names {
		folds[n.fold] = false
	}
	for _, t := range toks {
		if r, _ := utf8.DecodeRuneInString(t.Text); unicode.IsLower(r) {
			f := consistency.Fold(t.Text)
			if _, ok := folds[f]; ok {
				folds[f] = true
			}
		}
	}
	return folds
}

func run(pass *lint.Pass) error {
	doc := pass.Doc
	toks := doc.Tokens()
	initial := sentenceInitial(doc)
	byText := map[string]*name{}
	var names []*name
	for i, t := range toks {
		if !isNameWord(t.Text) || commonCapitalised[strings.ToLower(t.Text)] {
			continue
		}
		if i+1 < len(toks) && toks[i+1].Block == t.Block && isCapWord(toks[i+1].Text) && adjacent(doc, t, toks[i+1]) {
			continue // not the last word of a name: a first name or part of a title
		}
		if i > 0 && deliberate[strings.ToLower(toks[i-1].Text)] {
			continue // "Colmer (pronounced Calmer)": a variant given on purpose
		}
		occ := occurrence{tok: t}
		if i > 0 && toks[i-1].Block == t.Block && isCapWord(toks[i-1].Text) && adjacent(doc, toks[i-1], t) {
			occ.first = toks[i-1].Text
		}
		n := byText[t.Text]
		if n == nil {
			n = &name{text: t.Text, fold: consistency.Fold(t.Text), index: len(names)}
			byText[t.Text] = n
			names = append(names, n)
		}
		n.occs = append(n.occs, occ)
		// A capitalised word in mid-sentence is a name; one that is
		// capitalised only where every word is ("Nothing", "Calmer"
		// opening a sentence) may be an ordinary word.
		n.proper = n.proper || !initial[i]
	}
	checkKB(pass, toks)
	lower := writtenLower(toks, names)
	near := neighbours(names)
	for i, a := range names {
		if lower[a.fold] || knownPlaces[a.fold] {
			continue
		}
		later := names[i+1:]
		if near != nil {
			later = later[:0:0]
			for _, j := range near[i] {
				later = append(later, names[j])
			}
		}
		for _, b := range later {
			// One of the two spellings must stand in mid-sentence, where
			// only names are capitalised; the other may open sentences.
			if lower[b.fold] || knownPlaces[b.fold] || !a.proper && !b.proper {
				continue
			}
			kind := variantKind(a, b)
			if kind == notVariant {
				continue
			}
			report(pass, a, b, kind)
		}
	}
	return nil
}

// neighbours lists, for each name, the later names (by index, ascending)
// that may be a variant of it: those whose folded spellings are at most one
// edit apart (substitution, insertion, deletion or swap of neighbouring
// letters), which covers every pair variantKind accepts. Comparing every
// pair of names would grow with the square of a long file's names; two
// spellings one edit apart share a key among the spelling and its one-letter
// deletions (a swap of xy and yx: both lose the x), so only names sharing a
// key are paired.
//
// An article of ordinary length has too few names for this to pay: below
// pairAllBelow names neighbours returns nil and every pair is compared.
func neighbours(names []*name) [][]int {
	if len(names) < pairAllBelow {
		return nil
	}
	return pairByKey(names)
}

// pairByKey is neighbours for any number of names.
func pairByKey(names []*name) [][]int {
	byKey := map[string][]int{}
	var key []rune
	for i, n := range names {
		r := []rune(n.fold)
		byKey[n.fold] = append(byKey[n.fold], i)
		for d := range r {
			key = append(append(key[:0], r[:d]...), r[d+1:]...)
			k := string(key)
			// A name listed twice under one key (a doubled letter) is
			// paired once below.
			if l := byKey[k]; len(l) == 0 || l[len(l)-1] != i {
				byKey[k] = append(l, i)
			}
		}
	}
	near := make([][]int, len(names))
	for _, group := range byKey {
		for x, i := range group {
			near[i] = append(near[i], group[x+1:]...)
		}
	}
	for i := range near {
		slices.Sort(near[i])
		near[i] = slices.Compact(near[i])
	}
	return near
}

// pairAllBelow is the number of distinct names from which neighbours
// pairs by key: below it, comparing every pair is cheaper than building
// the keys (with keys always built, the 1,000-article benchmark corpus
// took 0.07 s more CPU).
const pairAllBelow = 300

type variant int

const (
	notVariant variant = iota
	typo
	accents
	transliteration
)

func variantKind(a, b *name) variant {
	if a.fold == b.fold {
		if a.text == b.text || strings.EqualFold(a.text, b.text) {
			return notVariant
		}
		return accents
	}
	ar, br := []rune(a.fold), []rune(b.fold)
	if ar[0] != br[0] || distinctNames[pairKey(a.fold, b.fold)] {
		return notVariant
	}
	if differentPeople(a, b) {
		return notVariant
	}
	// One a prefix of the other: an ending, not a misspelling, unless the
	// ending only doubles the last letter (Zelensky/Zelenskyy).
	if strings.HasPrefix(a.fold, b.fold) || strings.HasPrefix(b.fold, a.fold) {
		short, long := ar, br
		if len(short) > len(long) {
			short, long = long, short
		}
		if len(long) == len(short)+1 && long[len(long)-1] == short[len(short)-1] && strings.ContainsRune("yi", long[len(long)-1]) {
			return transliteration
		}
		return notVariant
	}
	d, op := distance(ar, br)
	if d != 1 {
		return notVariant
	}
	if op.translit() {
		return transliteration
	}
	// The last letter changed or dropped makes plural, feminine and
	// adjective forms (Maria/Mario, Serbs/Serbia, Communism/Communist):
	// only a vowel changed at the end of a long name that is written the
	// other way at least twice as often is taken for a typo.
	if op.at >= min(len(ar), len(br))-1 {
		few, many := len(a.occs), len(b.occs)
		if few > many {
			few, many = many, few
		}
		if op.kind != substitute || min(len(ar), len(br)) < 8 || many < 2*few ||
			!isVowel(op.a) || !isVowel(op.b) {
			return notVariant
		}
	}
	return typo
}

// differentPeople reports whether every occurrence of each spelling comes
// with a first name, and the first names differ: two people, not one name
// spelled two ways.
func differentPeople(a, b *name) bool {
	fa, fb := firstNames(a), firstNames(b)
	if len(fa) == 0 || len(fb) == 0 {
		return false
	}
	for f := range fa {
		if fb[f] {
			return false
		}
	}
	return true
}

func firstNames(n *name) map[string]bool {
	out := map[string]bool{}
	for _, o := range n.occs {
		if o.first == "" {
			return nil
		}
		out[o.first] = true
	}
	return out
}

func report(pass *lint.Pass, a, b *name, kind variant) {
	// The rarer spelling is the variant; on a tie, the later one.
	variant, canon := b, a
	if len(a.occs) < len(b.occs) {
		variant, canon = a, b
	}
	sev, what := lint.Warning, "misspelt"
	switch kind {
	case accents:
		sev, what = lint.Info, "written without the same accents"
	case transliteration:
		sev, what = lint.Info, "transliterated differently"
	default: // a typo keeps the warning
	}
	// One finding per spelling, at its first place; the others are related.
	related := []lint.Related{{
		Message: fmt.Sprintf("“%s” spelled this way", canon.text),
		Range:   canon.occs[0].tok.Src,
	}}
	for _, o := range variant.occs[1:] {
		related = append(related, lint.Related{Message: fmt.Sprintf("“%s” again", variant.text), Range: o.tok.Src})
	}
	pass.Report(lint.Finding{
		Range:    variant.occs[0].tok.Src,
		Severity: sev,
		Message: fmt.Sprintf("“%s” is spelled “%s” elsewhere in the article (%d×): %s here?",
			variant.text, canon.text, len(canon.occs), what),
		Related: related,
	})
}

// deliberate are words that introduce a second form of a name on purpose.
var deliberate = map[string]bool{
	"pronounced": true, "spelled": true, "spelt": true, "alias": true, "née": true,
	"nee": true, "aka": true, "formerly": true, "or": true, "transliterated": true,
}

func isCapWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isNameWord accepts a capitalised word of five letters or more that is
// not all capitals (an acronym).
func isNameWord(s string) bool {
	if utf8.RuneCountInString(s) < 5 || !isCapWord(s) {
		return false
	}
	upper := 0
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return upper <= 2
}

// adjacent reports whether two tokens are separated only by one space.
func adjacent(doc *lint.Document, a, b lint.Token) bool {
	gap := doc.Source[a.Src.End:b.Src.Start]
	return len(gap) == 1 && gap[0] == ' '
}

// isVowel reports whether a one-letter edit operand is a, e, i or o.
func isVowel(s string) bool { return s == "a" || s == "e" || s == "i" || s == "o" }
