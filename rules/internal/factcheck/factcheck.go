// Package factcheck is the shared ground of the fact rules: the article's
// sentences as words with their KB entity mentions, the article date, and
// the readings that change what a sentence claims (qualifiers such as
// "former" or "the late", quotations and hypotheticals).
package factcheck

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newslint/newslint/kb"
	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules/internal/entities"
)

// Sentence is one sentence as words with the entities it mentions.
type Sentence struct {
	Block    *lint.Block
	Offset   int // offset of the sentence in its block's text
	Words    []entities.Word
	Mentions []entities.Mention
	Index    int // position in Article.Sentences
}

// Article is a document prepared for fact checking.
type Article struct {
	KB        *kb.KB
	Date      kb.Date // zero when unknown
	AsOf      kb.Date
	Sentences []*Sentence
	pass      *lint.Pass
}

// Load prepares the document of pass. It loads the KB and the matcher on
// first use, so configurations without fact rules never pay for them.
func Load(pass *lint.Pass) (*Article, error) {
	m, err := entities.Default()
	if err != nil {
		return nil, err
	}
	a := &Article{KB: m.KB(), AsOf: m.KB().AsOf(), pass: pass}
	if pass.Doc.Meta.HasDate() {
		a.Date = kb.DateOf(pass.Doc.Meta.Date)
	}
	a.Sentences = mentions.Of(pass.Doc)
	return a, nil
}

// mentions finds the KB entities of every sentence once per document, for
// all the fact rules.
var mentions = &lint.Analysis[[]*Sentence]{Name: "entity mentions", Run: findMentions}

func findMentions(doc *lint.Document) []*Sentence {
	m, err := entities.Default()
	if err != nil {
		return nil
	}
	sentences := doc.Sentences()
	out := make([]*Sentence, 0, len(sentences))
	matches := m.NewArticle()
	for _, s := range sentences {
		words := entities.Tokenize(s.Text)
		out = append(out, &Sentence{
			Block: doc.Blocks[s.Block], Offset: s.Pos.Start, Words: words,
			Mentions: matches.Find(words), Index: len(out),
		})
	}
	return out
}

// HasDate reports whether the article date is known.
func (a *Article) HasDate() bool { return !a.Date.IsZero() }

// Range returns the source range of words [i, j) of s.
func (a *Article) Range(s *Sentence, i, j int) lint.Range {
	if j <= i {
		j = i + 1
	}
	return s.Block.Span(s.Offset+s.Words[i].Start, s.Offset+s.Words[j-1].End)
}

// MentionAt returns the mention that starts at word i, if any.
func (s *Sentence) MentionAt(i int) (entities.Mention, bool) {
	// Mentions are in reading order and do not overlap (see
	// entities.Article.Find), so both their starts and their ends increase
	// and a binary search finds them without an index per sentence.
	k, ok := slices.BinarySearchFunc(s.Mentions, i, func(m entities.Mention, i int) int { return cmp.Compare(m.First, i) })
	if !ok {
		return entities.Mention{}, false
	}
	return s.Mentions[k], true
}

// MentionBefore returns the mention that ends just before word i, if any.
func (s *Sentence) MentionBefore(i int) (entities.Mention, bool) {
	k, ok := slices.BinarySearchFunc(s.Mentions, i, func(m entities.Mention, i int) int { return cmp.Compare(m.End, i) })
	if !ok {
		return entities.Mention{}, false
	}
	return s.Mentions[k], true
}

// Is reports whether word i of s is one of the folded forms.
func (s *Sentence) Is(i int, forms ...string) bool {
	if i < 0 || i >= len(s.Words) {
		return false
	}
	return slices.Contains(forms, s.Words[i].Fold)
}

// Seq reports whether the folded words starting at i spell seq (words of
// seq separated by spaces; punctuation marks are words too).
func (s *Sentence) Seq(i int, seq string) bool {
	if i < 0 || i > len(s.Words) {
		return false
	}
	// Rules call Seq at every word, so seq is not split into a slice.
	for p := range strings.FieldsSeq(seq) {
		if i >= len(s.Words) || s.Words[i].Fold != p {
			return false
		}
		i++
	}
	return true
}

// Digits reports whether s is a run of ASCII digits. Rules check it
// before strconv.Atoi on words, which allocates an error for every word
// that is not a number; since a word never holds a sign, Atoi accepts no
// word that Digits rejects.
func Digits(s string) bool {
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// InQuote reports whether word i stands inside quotation marks.
func (s *Sentence) InQuote(i int) bool {
	return s.Block.InQuote(s.Offset + s.Words[i].Start)
}

// hedges are words that make the rest of their clause a claim the article
// does not make itself: hypotheticals, wishes, reported beliefs.
var hedges = map[string]bool{
	"if": true, "unless": true, "whether": true, "would": true, "could": true,
	"might": true, "should": true, "may": true, "wants": true, "want": true,
	"wanted": true, "seek": true, "seeks": true, "seeking": true, "sought": true,
	"hopes": true, "hope": true, "hoped": true, "hoping": true, "aspires": true,
	"aspiring": true, "bid": true, "candidate": true, "applied": true,
	"applying": true, "apply": true, "claimed": true, "claims": true,
	"claiming": true, "alleged": true, "allegedly": true, "falsely": true,
	"wrongly": true, "mistakenly": true, "erroneously": true, "insisted": true,
	"insists": true, "imagine": true, "suppose": true, "supposing": true,
	"pretend": true, "pretended": true, "believes": true, "believed": true,
	"rumoured": true, "rumored": true, "touted": true, "dreamed": true,
	"dream": true, "until": true, "before": true, "wish": true, "wishes": true,
	"plans": true, "planned": true, "become": true, "becoming": true,
}

// hedgeWindow is how many words before a claim a hedge may stand.
const hedgeWindow = 14

// Hedged reports whether a claim at words [i, j) of s is not the article's
// own: quoted, or in a clause that makes it hypothetical, wished-for,
// reported as someone's belief. It looks back to the start of the clause (a
// semicolon, colon, dash or bracket, or hedgeWindow words) and through the
// claim itself. Negation and "former" are not hedges: they change the
// claim, and each rule reads them itself.
func (s *Sentence) Hedged(i, j int) bool {
	for k := i; k < j && k < len(s.Words); k++ {
		if s.InQuote(k) {
			return true
		}
	}
	for k := i - 1; k >= 0; k-- {
		w := s.Words[k]
		if w.Fold == ";" || w.Fold == ":" || w.Fold == "—" || w.Fold == "(" {
			break
		}
		if hedges[w.Fold] {
			return true
		}
		if i-k >= hedgeWindow {
			break
		}
	}
	for k := i; k < j && k < len(s.Words); k++ {
		if hedges[s.Words[k].Fold] {
			return true
		}
	}
	return false
}

// Evidence cites a KB relation (or entity) as evidence.
func (a *Article) Evidence(text, source string) lint.Evidence {
	ev := lint.Evidence{Text: text, Source: source}
	if !a.AsOf.IsZero() {
		ev.AsOf = a.AsOf.String()
	}
	return ev
}

// Name returns the entity's name on the article date (Nur-Sultan in 2020).
func (a *Article) Name(e *kb.Entity) string {
	if e == nil {
		return "?"
	}
	if a.HasDate() {
		return e.NameAt(a.Date)
	}
	return e.Name
}

// Names lists entity names in alphabetical order, the first limit of them,
// for messages.
func (a *Article) Names(es []*kb.Entity, limit int) string {
	names := make([]string, len(es))
	for i, e := range es {
		names[i] = a.Name(e)
	}
	slices.Sort(names)
	if len(names) > limit {
		names = append(names[:limit], fmt.Sprintf("and %d more", len(es)-limit))
	}
	return strings.Join(names, ", ")
}

// Severity is Error for an article dated on or before the KB's asOf, and
// Warning after it, when the world may have changed since the KB was
// written.
func (a *Article) Severity() lint.Severity {
	if !a.AsOf.IsZero() && a.Date > a.AsOf {
		return lint.Warning
	}
	return lint.Error
}

// DateUnknown reports, once, as info, that date-dependent claims were not
// checked because the article date is unknown.
func (a *Article) DateUnknown(r lint.Range, what string) {
	// Once per article, whichever fact rule meets a dated claim first.
	said := dateNoted.Of(a.pass.Doc)
	if *said {
		return
	}
	*said = true
	a.pass.Report(lint.Finding{
		Range: r, Severity: lint.Info,
		Message: "article date unknown: " + what + " not checked (give --date)",
	})
}

// dateNoted records, per document, that the "date unknown" note has been
// made, so that four fact rules make it once.
var dateNoted = &lint.Analysis[*bool]{Name: "date-unknown note", Run: func(*lint.Document) *bool { return new(bool) }}

// Timeless reports whether relations rs never changed: no dated bounds.
func Timeless(rs ...*kb.Relation) bool {
	for _, r := range rs {
		if r != nil && (!r.From.IsZero() || !r.To.IsZero()) {
			return false
		}
	}
	return true
}

// LastOf returns the entity of one of types mentioned (by name, or by
// demonym when demonyms is set) nearest before word i of s, looking back
// through the article. It resolves "the country's" and "the company's".
func (a *Article) LastOf(s *Sentence, i int, demonyms bool, types ...kb.EntityType) *kb.Entity {
	for si := s.Index; si >= 0; si-- {
		st := a.Sentences[si]
		for _, m := range slices.Backward(st.Mentions) {
			if si == s.Index && m.End > i {
				continue
			}
			if e := m.Entity(types...); e != nil {
				return e
			}
			if demonyms {
				if e := m.DemonymOf(types...); e != nil && len(m.Demonyms) == 1 {
					return e
				}
			}
		}
	}
	return nil
}

// theWords start names that English gives the definite article: the United
// States, the European Union, the Netherlands.
var theWords = map[string]bool{
	"United": true, "Republic": true, "Democratic": true, "Central": true, "Czech": true,
	"European": true, "International": true, "World": true, "Commonwealth": true,
	"Bank": true, "African": true, "Arab": true, "Organization": true, "Organisation": true,
	"North": true, "Gulf": true, "Islamic": true, "Federal": true, "Netherlands": true,
	"Philippines": true, "Bahamas": true, "Gambia": true, "Maldives": true, "Comoros": true,
	"Seychelles": true, "eurozone": true, "Vatican": true, "Holy": true, "Asian": true,
	"Association": true, "Group": true, "Shanghai": true, "Collective": true, "Eurasian": true,
	"Council": true, "Schengen": true, "Soviet": true, "Union": true, "Food": true,
}

// The returns the entity's name as a message uses it, with "the" where
// English wants one ("the United States", "the eurozone").
func (a *Article) The(e *kb.Entity) string {
	n := a.Name(e)
	first, _, _ := strings.Cut(n, " ")
	if theWords[first] && e.Type != kb.Person && e.Type != kb.Company {
		return "the " + n
	}
	return n
}

// Capitalize upper-cases the first letter of s, for a message that starts
// with a name such as "the Arab League".
func Capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// Prepare builds the entity matcher over the current KB ahead of the first
// fact rule's run (lint.Rule.Prepare).
func Prepare() { _, _ = entities.Default() }
