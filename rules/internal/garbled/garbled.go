// Package garbled holds what the garbled rule family shares: closed-class
// word lists and a white-space word splitter that keeps byte offsets into a
// block's text, so that every rule reports exact positions through
// lint.Block.Span. Closed lists cost nothing to load, unlike POS tagging,
// which is why the family uses them.
package garbled

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newslint/newslint/lint"
)

// Field is one white-space separated chunk of a block's text. Raw is the
// chunk as written; Core is the chunk without the punctuation around it
// ("(Reuters)," has the core "Reuters").
type Field struct {
	Raw        string
	Start, End int // byte range of Raw in the block text
	Core       string
	CoreStart  int // byte offset of Core in the block text
}

// Fields splits text at white space and records each chunk's offsets.
func Fields(text string) []Field {
	return appendFields(make([]Field, 0, maxFields(text)), text)
}

// appendFields appends the fields of text to out. Sizing out beforehand
// with maxFields saves the slice growth, which cost more than the split.
func appendFields(out []Field, text string) []Field {
	start := -1
	for i, r := range text {
		if isSpace(r) {
			if start >= 0 {
				out = append(out, newField(text, start, i))
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, newField(text, start, len(text)))
	}
	return out
}

// maxFields returns the number of fields text can have when its white
// space is spaces and line breaks, as it nearly always is: one more than
// their count (counted by the vectorised strings.Count, far faster than a
// pass that decodes the text). Other white space only makes the slice
// grow.
func maxFields(text string) int {
	return strings.Count(text, " ") + strings.Count(text, "\n") + 1
}

// blockFields holds the fields of every block of a document, computed once
// for all the rules that read them. They share one array, allocated
// once: an article has a few thousand fields.
var blockFields = &lint.Analysis[[][]Field]{
	Name: "block-fields",
	Run: func(doc *lint.Document) [][]Field {
		total := 0
		for _, b := range doc.Blocks {
			total += maxFields(b.Text)
		}
		all := make([]Field, 0, total)
		out := make([][]Field, len(doc.Blocks))
		for i, b := range doc.Blocks {
			start := len(all)
			all = appendFields(all, b.Text)
			out[i] = all[start:len(all):len(all)]
		}
		return out
	},
}

// BlockFields returns Fields(b.Text) for block b of doc, shared by every
// rule on the document: the caller must not modify it.
func BlockFields(doc *lint.Document, b *lint.Block) []Field {
	return blockFields.Of(doc)[b.Index]
}

// isSpace is unicode.IsSpace with the ASCII test written out, so that it
// is inlined: the field split calls it on every character of an article.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// SentenceFields returns the fields of sentence s of doc: those of
// BlockFields that lie inside the sentence, with offsets into the block's
// text (not the sentence's). Sentences nearly always start and end at
// white space; one that splits a chunk ("ministry.The") has its fields
// computed afresh, so the result is always Fields(s.Text), shifted by
// s.Pos.Start. The caller must not modify it.
func SentenceFields(doc *lint.Document, s lint.Sentence) []Field {
	fields := BlockFields(doc, doc.Blocks[s.Block])
	lo, _ := slices.BinarySearchFunc(fields, s.Pos.Start, func(f Field, off int) int { return f.Start - off })
	hi, _ := slices.BinarySearchFunc(fields, s.Pos.End, func(f Field, off int) int { return f.Start - off })
	// fields[lo:hi] start inside the sentence; they are its fields unless
	// the chunk before it runs into it or the last one runs out of it.
	if (lo == 0 || fields[lo-1].End <= s.Pos.Start) && (hi == lo || fields[hi-1].End <= s.Pos.End) {
		return fields[lo:hi:hi]
	}
	out := Fields(s.Text)
	for i := range out {
		out[i].Start += s.Pos.Start
		out[i].End += s.Pos.Start
		out[i].CoreStart += s.Pos.Start
	}
	return out
}

func newField(text string, start, end int) Field {
	raw := text[start:end]
	// strings.TrimLeftFunc and TrimRightFunc, written out: called through
	// a func value, isEdgePunct is not inlined, and every field pays it.
	lead := 0
	for lead < len(raw) {
		r, size := utf8.DecodeRuneInString(raw[lead:])
		if !isEdgePunct(r) {
			break
		}
		lead += size
	}
	tail := len(raw)
	for tail > lead {
		r, size := utf8.DecodeLastRuneInString(raw[lead:tail])
		if !isEdgePunct(r) {
			break
		}
		tail -= size
	}
	return Field{Raw: raw, Start: start, End: end, Core: raw[lead:tail], CoreStart: start + lead}
}

// isEdgePunct is punctuation that may stand before or after a word.
func isEdgePunct(r rune) bool {
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}

// IsLowerWord reports whether s is a word of lower-case letters (an
// apostrophe or hyphen inside is allowed: "don't", "well-known").
func IsLowerWord(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		switch {
		case unicode.IsLower(r):
		case i > 0 && (r == '\'' || r == '’' || r == '-'):
		default:
			return false
		}
	}
	return true
}

// IsCapitalised reports whether s starts with an upper-case letter.
func IsCapitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// EndsSentence reports whether raw ends with sentence-final punctuation,
// possibly followed by closing quotes or brackets.
func EndsSentence(raw string) bool {
	// Most chunks end in a letter, a comma or a period, which settles it
	// without the trim (slow: its cut set is not all ASCII).
	if n := len(raw); n > 0 {
		switch c := raw[n-1]; {
		case c == '.' || c == '!' || c == '?':
			return true
		case c < utf8.RuneSelf && c != '"' && c != '\'' && c != ')' && c != ']':
			return false
		}
	}
	t := strings.TrimRight(raw, "\"'”’)]»")
	if t == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// set builds a lookup table from a space-separated list.
func set(words string) map[string]bool {
	m := map[string]bool{}
	for w := range strings.FieldsSeq(words) {
		m[w] = true
	}
	return m
}

// Determiners are words that open a noun phrase and cannot end a clause.
var Determiners = set(`a an the this these those his her its their our my your
	every each another either neither`)

// Prepositions need an object; a clause never ends on one in news copy
// without a final mark ("asleep in their" is cut, "what it is about." is a
// sentence, and carries its period).
var Prepositions = set(`of in on at to for with from by into onto over under
	between among amid through during against without within toward towards
	across after before behind beyond upon via about including like than`)

// Conjunctions join two parts; a paragraph ending on one lost its second.
var Conjunctions = set(`and or but nor whether because although though while
	if unless whereas`)

// IsDanglingWord reports whether a clause cut after low (lower-cased) was
// cut mid-phrase.
func IsDanglingWord(low string) bool {
	return Determiners[low] || Prepositions[low] || Conjunctions[low]
}

// Openers are capitalised function words and adverbs that begin sentences
// and are not names: after a lower-case word with no punctuation between,
// they mark a sentence fused onto a cut one ("lawyers said Outside the
// court"). "A" and "I" are left out ("vitamin A", "World War I"), and so
// are "He" and "His", capitalised for God in religious copy.
var Openers = set(`The An Several Some Many Most Outside Inside But However
	In On At After Before When While Although Though Meanwhile Earlier Later
	Yet Instead Despite During Since Under Among Both Each Every This These
	Those It She They We Her Its Their Our Officials Critics
	Analysts According Last Next Other Others Such Still Separately Also There
	Here Then Protesters Residents Authorities Witnesses Investigators Rescuers
	Lawmakers Voters Supporters Opponents Experts Doctors Researchers Prosecutors
	Firefighters Troops Investors Diplomats Negotiators`)

// Auxiliaries are finite verbs a clause nearly always carries in news
// prose; a sentence without any of them and without a verb-looking word is
// a fragment or a headline.
var Auxiliaries = set(`is are was were be been being am has have had do does
	did will would can could may might must shall should said says say told
	tells added adds saw see sees makes made took takes gave gives got gets
	went goes came comes won lost led held left met put set ran`)
