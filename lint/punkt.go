package lint

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"gopkg.in/neurosnap/sentences.v1"
)

// segmenter returns the punkt sentence tokenizer that prose/v2 wraps
// (gopkg.in/neurosnap/sentences.v1 with its English model and
// annotations), built once per process: prose.NewDocument rebuilds it from
// JSON on every call (~18 ms per article), and even once the JSON costs
// ~30 ms, so the model comes precompiled from punkt_gen.go. The tokenizer
// only reads its model, so documents linted in parallel share it.
var segmenter = sync.OnceValue(newSegmenter)

// newSegmenter assembles the tokenizer as english.NewSentenceTokenizer
// does, except that the word tokenizer is punktWords, which gives the same
// words and answers as english.WordTokenizer without its regular
// expressions, and that the annotations are this file's copies of the
// library's: those that read the orthographic context table look words up
// in the sorted table of punkt_gen.go, so its 20,000 entries are never
// loaded into a map, which cost a few milliseconds of every start, and none
// allocates per word. TestPunktWordsMatchEnglish compares the result with
// the library's. The annotations and word tests in this file reimplement
// those of gopkg.in/neurosnap/sentences.v1 (MIT License, Copyright (c) 2015
// Eric Bower), an implementation of Kiss and Strunk's punkt algorithm, and
// punkt_gen.go holds that package's English model.
func newSegmenter() *sentences.DefaultSentenceTokenizer {
	model := &sentences.Storage{
		AbbrevTypes:  punktSet(punktAbbrevTypes[:]),
		Collocations: punktSet(punktCollocations[:]),
		SentStarters: punktSet(punktSentStarters[:]),
	}
	// The supervised abbreviations english.NewSentenceTokenizer adds, those
	// prose adds, and news-style ones.
	for _, abbr := range []string{
		"sgt", "gov", "no",
		"mt", "sept", "gen", "lt", "col", "sen", "rep", "st",
	} {
		model.AbbrevTypes.Add(abbr)
	}
	var word punktWords
	lang := sentences.NewPunctStrings()
	return &sentences.DefaultSentenceTokenizer{
		Storage:       model,
		PunctStrings:  lang,
		WordTokenizer: word,
		Annotations: []sentences.AnnotateTokens{
			&punktTypeBased{model: model},
			&punktTokenBased{model: model},
			&punktMultiPunct{model: model},
		},
	}
}

// punktTypeBased is the library's TypeBasedAnnotation, punkt's first
// pass, which decides from each word alone: ? ! and a period before a
// closing quote or bracket end a sentence; a known abbreviation before a
// final period does not; any other final period (but an ellipsis) does.
type punktTypeBased struct {
	model *sentences.Storage
}

// Annotate marks every word.
func (a *punktTypeBased) Annotate(tokens []*sentences.Token) []*sentences.Token {
	var w punktWords
	for _, t := range tokens {
		if w.HasSentEndChars(t) {
			t.SentBreak = true
			continue
		}
		if !w.HasPeriodFinal(t) || strings.HasSuffix(t.Tok, "..") {
			continue
		}
		// The library cuts the word at its length in runes less one, a
		// byte offset: the same as dropping the period for ASCII words,
		// and kept as it is for the others so that the breaks stay its own.
		noPeriod := strings.ToLower(t.Tok[:utf8.RuneCountInString(t.Tok)-1])
		lastPart := noPeriod[strings.LastIndexByte(noPeriod, '-')+1:] // after the last hyphen
		if a.model.AbbrevTypes.Has(noPeriod) || a.model.AbbrevTypes.Has(lastPart) {
			t.Abbr = true
		} else {
			t.SentBreak = true
		}
	}
	return tokens
}

// The orthographic context flags of the punkt model: where (beginning,
// middle of a sentence, unknown) a word type was seen in upper or lower
// case (the constants of the library's ortho.go).
const (
	orthoBegUc = 1 << 1
	orthoMidUc = 1 << 2
	orthoUnkUc = 1 << 3
	orthoBegLc = 1 << 4
	orthoMidLc = 1 << 5
	orthoUnkLc = 1 << 6
	orthoUc    = orthoBegUc + orthoMidUc + orthoUnkUc
	orthoLc    = orthoBegLc + orthoMidLc + orthoUnkLc
)

// orthoContext returns the orthographic context flags of a word type, 0
// for a type the model has not seen.
func orthoContext(typ string) int {
	i, ok := slices.BinarySearchFunc(punktOrthoContext[:], typ, func(e punktEntry, t string) int {
		return strings.Compare(e.key, t)
	})
	if !ok {
		return 0
	}
	return punktOrthoContext[i].value
}

// orthoHeuristic is the library's OrthoContext.Heuristic: 1 when the
// orthographic evidence says tok starts a sentence, 0 when it says it does
// not, -1 when it cannot tell.
func orthoHeuristic(tok *sentences.Token) int {
	var w punktWords
	if tok == nil || len(tok.Tok) == 1 && strings.IndexByte(";:,.!?", tok.Tok[0]) >= 0 {
		return 0
	}
	ctx := orthoContext(w.TypeNoSentPeriod(tok))
	// Capitalized, seen in lower case, never capitalized mid-sentence.
	if w.FirstUpper(tok) && ctx&orthoLc > 0 && ctx&orthoMidUc == 0 {
		return 1
	}
	// Lower case, and seen capitalized or never seen lower case at the
	// beginning of a sentence.
	if w.FirstLower(tok) && (ctx&orthoUc > 0 || ctx&orthoBegLc == 0) {
		return 0
	}
	return -1
}

// punktTokenBased is the library's TokenBasedAnnotation (punkt's
// section 4: the collocation, orthographic and frequent sentence starter
// heuristics, abbreviations, ellipses, initials and ordinals decided by the
// word after them) with orthoHeuristic and orthoContext for the table.
type punktTokenBased struct {
	model *sentences.Storage
}

// Annotate looks at every word with the one after it, in order: a
// decision on one pair can change the next (a lone "." after a ".").
func (a *punktTokenBased) Annotate(tokens []*sentences.Token) []*sentences.Token {
	var w punktWords
	for i := 0; i+1 < len(tokens); i++ {
		one, two := tokens[i], tokens[i+1]
		if !w.HasPeriodFinal(one) {
			continue
		}
		typ := w.TypeNoPeriod(one)
		nextTyp := w.TypeNoSentPeriod(two)
		initial := w.IsInitial(one)
		// Collocation: an abbreviation, not a break.
		if a.model.Collocations[typ+","+nextTyp] != 0 {
			one.SentBreak, one.Abbr = false, true
			continue
		}
		// An abbreviation or an ellipsis also ends a sentence when the next
		// word starts one by its case or is a frequent sentence starter.
		if (one.Abbr || w.IsEllipsis(one)) && !initial {
			if orthoHeuristic(two) == 1 ||
				w.FirstUpper(two) && a.model.SentStarters[nextTyp] != 0 {
				one.SentBreak = true
				continue
			}
		}
		// Two lone periods in a row are a spaced ellipsis.
		if one.Tok == "." && two.Tok == "." {
			one.SentBreak, two.SentBreak = false, false
			continue
		}
		// Initials and ordinals are abbreviations unless the next word
		// starts a sentence (J. Bach when the next word is always
		// capitalized).
		if initial || typ == "##number##" {
			starter := orthoHeuristic(two)
			if starter == 0 ||
				starter == -1 && initial && w.FirstUpper(two) && orthoContext(nextTyp)&orthoLc == 0 {
				one.SentBreak, one.Abbr = false, true
			}
		}
	}
	return tokens
}

// punktMultiPunct is english.MultiPunctWordAnnotation, which marks words
// with several periods (F.B.I.) as abbreviations that end a sentence only
// when the next word starts one, without its regular expression.
type punktMultiPunct struct {
	model *sentences.Storage
}

// Annotate looks at every word with the one after it (the last word has
// none and is left alone).
func (a *punktMultiPunct) Annotate(tokens []*sentences.Token) []*sentences.Token {
	var w punktWords
	for i := 0; i+1 < len(tokens); i++ {
		one, two := tokens[i], tokens[i+1]
		if !hasMultiPunct(one.Tok) || w.IsInitial(one) {
			continue
		}
		one.Abbr, one.SentBreak = true, false
		// The orthographic heuristic, then the frequent sentence starters.
		if orthoHeuristic(two) == 1 ||
			w.FirstUpper(two) && a.model.SentStarters[w.TypeNoSentPeriod(two)] != 0 {
			one.SentBreak = true
		}
	}
	return tokens
}

// hasMultiPunct reports whether s holds a match of english's
// ((?:[\w]\.)+[\w]*\.): a word character and a period, then word characters
// and a period (further pairs only lengthen the match).
func hasMultiPunct(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if s[i+1] != '.' || !isWordByte(s[i]) {
			continue
		}
		j := i + 2
		for j < len(s) && isWordByte(s[j]) {
			j++
		}
		if j < len(s) && s[j] == '.' {
			return true
		}
	}
	return false
}

// isWordByte reports whether c is a word character of Go's regexp (\w).
func isWordByte(c byte) bool { return isASCIILetter(c) || '0' <= c && c <= '9' || c == '_' }

// punktWords is punkt's word tokenizer and token classifier, answering as
// english.WordTokenizer (sentences.DefaultWordTokenizer with English
// sentence enders) does. The library's version runs a regular expression
// for most answers (one is even compiled on every call) and allocates each
// token apart; punkt asks several of them for every word around a
// full stop, so these scans matter.
type punktWords struct{}

// Tokenize splits text into its words (runs of non-space characters), each
// with the offset of the white space after it as its Position; with
// onlyPeriodContext it keeps only the words holding . ! or ? and the word
// after each. It reproduces the library's quirks that sentence positions
// depend on: a final word is kept only when the text's last character is a
// single byte, a word followed by one last white-space byte is placed at
// the end of the text, and a text with no word yields one token of it all.
// LineStart and ParaStart are left unset: no annotation reads them.
func (punktWords) Tokenize(text string, onlyPeriodContext bool) []*sentences.Token {
	n := len(text)
	if n == 0 {
		return nil
	}
	tokens := make([]*sentences.Token, 0, 50)
	var slab []sentences.Token // tokens are allocated in blocks
	add := func(word string, pos int) {
		if len(slab) == cap(slab) {
			slab = make([]sentences.Token, 0, 64)
		}
		slab = append(slab, sentences.Token{Tok: word, Position: pos})
		tokens = append(tokens, &slab[len(slab)-1])
	}
	lastSpace := 0
	getNextWord := false
	for i := 0; i < n; {
		c := text[i]
		size, space := 1, c < utf8.RuneSelf && asciiSpace[c]
		if c >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(text[i:])
			space = unicode.IsSpace(r)
		}
		// The library looks at the text only at white space and at the
		// character starting at its last byte.
		if !space && i != n-1 {
			i += size
			continue
		}
		cursor := i
		if i == n-1 {
			cursor = n
		}
		i += size
		word := strings.TrimSpace(text[lastSpace:cursor])
		if word == "" {
			continue
		}
		punct := hasSentencePunct(word)
		lastSpace = cursor
		if onlyPeriodContext && !punct && !getNextWord {
			continue
		}
		add(word, cursor)
		getNextWord = punct
	}
	if len(tokens) == 0 {
		add(text, n)
	}
	return tokens
}

// hasSentencePunct reports whether word holds . ! or ? (as
// strings.ContainsAny, which costs more than the scan).
func hasSentencePunct(word string) bool {
	for i := range len(word) {
		if c := word[i]; c == '.' || c == '!' || c == '?' {
			return true
		}
	}
	return false
}

// Type is the token lowered, with a final number (what the library's
// -?[\.,]?\d[\d,\.-]*\.?$ matches) replaced by ##number## and, unless it
// is one byte long, its commas removed.
func (punktWords) Type(t *sentences.Token) string {
	typ := strings.ToLower(t.Tok)
	if p := numberSuffix(typ); p >= 0 {
		typ = typ[:p] + "##number##"
	}
	if len(typ) == 1 {
		return typ
	}
	return strings.ReplaceAll(typ, ",", "")
}

// numberSuffix returns where the leftmost match of -?[\.,]?\d[\d,\.-]*\.?$
// in s starts, or -1. Every character of a match is a digit or one of
// , . -, so a match lies within the longest such suffix of s, and starts
// where an optional minus and an optional point or comma are followed by a
// digit.
func numberSuffix(s string) int {
	q := len(s)
	for q > 0 && isNumberByte(s[q-1]) {
		q--
	}
	for p := q; p < len(s); p++ {
		i := p
		if s[i] == '-' {
			i++
		}
		if i < len(s) && (s[i] == '.' || s[i] == ',') {
			i++
		}
		if i < len(s) && '0' <= s[i] && s[i] <= '9' {
			return p
		}
	}
	return -1
}

func isNumberByte(c byte) bool { return '0' <= c && c <= '9' || c == ',' || c == '.' || c == '-' }

// TypeNoPeriod is the type without its final period, if it has one.
func (w punktWords) TypeNoPeriod(t *sentences.Token) string {
	typ := w.Type(t)
	if len(typ) > 1 && typ[len(typ)-1] == '.' {
		return typ[:len(typ)-1]
	}
	return typ
}

// TypeNoSentPeriod is the type without its final period if the token is
// marked as a sentence break.
func (w punktWords) TypeNoSentPeriod(t *sentences.Token) string {
	if t.SentBreak {
		return w.TypeNoPeriod(t)
	}
	return w.Type(t)
}

// FirstUpper reports whether the token's first character is upper case.
func (punktWords) FirstUpper(t *sentences.Token) bool {
	if t.Tok == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Tok)
	return unicode.IsUpper(r)
}

// FirstLower reports whether the token's first character is lower case.
func (punktWords) FirstLower(t *sentences.Token) bool {
	if t.Tok == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Tok)
	return unicode.IsLower(r)
}

// IsAlpha reports whether the token is ASCII letters only (^[A-Za-z]+$).
func (punktWords) IsAlpha(t *sentences.Token) bool {
	if t.Tok == "" {
		return false
	}
	for i := range len(t.Tok) {
		if !isASCIILetter(t.Tok[i]) {
			return false
		}
	}
	return true
}

// IsEllipsis reports whether the token ends in two or more periods
// (\.\.+$).
func (punktWords) IsEllipsis(t *sentences.Token) bool { return strings.HasSuffix(t.Tok, "..") }

// IsInitial reports whether the token is one ASCII letter and a period
// (^[A-Za-z]\.$).
func (punktWords) IsInitial(t *sentences.Token) bool {
	return len(t.Tok) == 2 && isASCIILetter(t.Tok[0]) && t.Tok[1] == '.'
}

// IsNumber reports whether the token's type is a number.
func (punktWords) IsNumber(t *sentences.Token) bool {
	return strings.HasPrefix(t.Tok, "##number##")
}

// IsNonPunct reports whether the token's type has an ASCII letter or an
// underscore ([^\W\d]).
func (w punktWords) IsNonPunct(t *sentences.Token) bool {
	typ := w.Type(t)
	for i := range len(typ) {
		if isASCIILetter(typ[i]) || typ[i] == '_' {
			return true
		}
	}
	return false
}

// HasPeriodFinal reports whether the token ends with a period.
func (punktWords) HasPeriodFinal(t *sentences.Token) bool { return strings.HasSuffix(t.Tok, ".") }

// HasSentEndChars reports whether the token ends with ? or !, or with
// . ? ! and a closing quote or parenthesis, or has . ? ! before an opening
// bracket or a quote (english.WordTokenizer's enders).
func (punktWords) HasSentEndChars(t *sentences.Token) bool {
	for _, ender := range [...]string{
		`."`, `.'`, `.)`, `.’`, `.”`,
		`?`, `?"`, `?'`, `?)`, `?’`, `?”`,
		`!`, `!"`, `!'`, `!)`, `!’`, `!”`,
	} {
		if strings.HasSuffix(t.Tok, ender) {
			return true
		}
	}
	for _, paren := range [...]string{
		`.[`, `.(`, `."`, `.'`,
		`?[`, `?(`,
		`![`, `!(`,
	} {
		if strings.Contains(t.Tok, paren) {
			return true
		}
	}
	return false
}
