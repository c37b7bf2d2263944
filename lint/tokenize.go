package lint

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokenize splits text into exactly the tokens of prose/v2's word
// tokenizer (iterTokenizer.tokenize) and appends their byte ranges in text
// to out. prose works on a copy of the text with curly quotes and &rsquo;
// folded to ASCII and returns token texts without positions; this does the
// same splitting on the text itself, so that every token's place is known
// from the walk instead of being searched for afterwards, and it avoids
// prose's per-token regular expression and allocations. Document.TagPOS
// still hands the text to prose, and relies on both producing the same
// token sequence (TestTokenizeMatchesProse checks it on every corpus).
// The splitting rules below are prose's (github.com/jdkato/prose/v2, MIT
// License, Copyright (c) 2017-2018 Joseph Kato), restated here.
//
// prose's rules, in its order, for each run of non-space characters (as
// unicode.IsSpace counts them):
//
//   - an emoticon or an abbreviation like "U.S." or "Mr." is one token;
//   - a leading $ ( " [ is split off (when more follows);
//   - the first of 'll 's 're 'm found (case-insensitively, in that
//     order, when more than the contraction is left) splits the run before
//     it, then the same for n't;
//   - a trailing , ) " ] ! ; . ? : ' is split off (when more is left);
//   - otherwise what is left is a token,
//
// repeated while a step shortens the run. A step that does not shorten it
// (a contraction found at the very start of what is left, as in the 's. of
// "Trump's.") ends the run and drops the rest: prose emits no token for
// it, and neither does this.
func tokenize(text string, out []Range) []Range {
	var san sanitized
	for i := 0; i < len(text); {
		// Skip white space.
		c := text[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(text[i:]); unicode.IsSpace(r) {
			i += size
			continue
		}
		// The run of non-space characters from i.
		start, folded := i, false
		for i < len(text) {
			c := text[i]
			if c < utf8.RuneSelf {
				if asciiSpace[c] {
					break
				}
				folded = folded || c == '&'
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				break
			}
			folded = folded || isCurlyQuote(r)
			i += size
		}
		if !folded {
			out = splitRun(text[start:i], start, nil, out)
			continue
		}
		// The run holds something prose folds: split its folded copy and
		// map the pieces back.
		san.fold(text[start:i], start)
		out = splitRun(string(san.text), 0, san.pos, out)
	}
	return out
}

// asciiSpace marks the ASCII characters unicode.IsSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

func isCurlyQuote(r rune) bool {
	return r == '\u2018' || r == '\u2019' || r == '\u201c' || r == '\u201d'
}

// sanitized is a run of text with prose's quote folding applied (“ ” to ",
// ‘ ’ and &rsquo; to '), and for each byte of the folded text the offset
// of its source in the original, plus one entry for the end.
type sanitized struct {
	text []byte
	pos  []int
}

func (s *sanitized) fold(run string, base int) {
	s.text, s.pos = s.text[:0], s.pos[:0]
	for i := 0; i < len(run); {
		var repl byte
		n := 0
		switch {
		case strings.HasPrefix(run[i:], "&rsquo;"):
			repl, n = '\'', len("&rsquo;")
		case run[i] >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(run[i:])
			switch r {
			case '\u201c', '\u201d':
				repl, n = '"', size
			case '\u2018', '\u2019':
				repl, n = '\'', size
			}
		}
		if n == 0 {
			repl, n = run[i], 1
		}
		s.text = append(s.text, repl)
		s.pos = append(s.pos, base+i)
		i += n
	}
	s.pos = append(s.pos, base+len(run))
}

// splitRun appends the tokens of one run of non-space characters (see
// tokenize). Offsets in run are mapped to the text by pos when it is not
// nil, else by adding base.
func splitRun(run string, base int, pos []int, out []Range) []Range {
	emit := func(start, end int) {
		if pos != nil {
			out = append(out, Range{pos[start], pos[end]})
		} else {
			out = append(out, Range{base + start, base + end})
		}
	}
	lo, hi := 0, len(run)
	end := hi // trailing marks split off are run[hi:end], one byte each
	// prose stops when a step leaves the rune count unchanged.
	last := 0
	for lo < hi {
		tok := run[lo:hi]
		n := utf8.RuneCountInString(tok)
		if n == last {
			break
		}
		if isSpecialToken(tok) {
			emit(lo, hi)
			break
		}
		last = n
		if len(tok) > 1 && (tok[0] == '$' || tok[0] == '(' || tok[0] == '"' || tok[0] == '[') {
			emit(lo, lo+1)
			lo++
		} else if idx := contractionAt(tok); idx >= 0 {
			if idx > 0 {
				emit(lo, lo+idx)
			}
			lo += idx
		} else if len(tok) > 1 && strings.IndexByte(`,)"]!;.?:'`, tok[len(tok)-1]) >= 0 {
			hi--
		} else {
			emit(lo, hi)
			break
		}
	}
	for i := hi; i < end; i++ {
		emit(i, i+1)
	}
	return out
}

// contractionAt returns where prose splits tok before a contraction, or
// -1. prose searches tok lowered with strings.ToLower and uses the index in
// tok itself; the two agree for ASCII, and for the rest this does what
// prose does.
func contractionAt(tok string) int {
	if strings.IndexByte(tok, '\'') < 0 {
		return -1
	}
	index := indexFoldASCII
	for i := 0; i < len(tok); i++ {
		if tok[i] >= utf8.RuneSelf {
			tok, index = strings.ToLower(tok), strings.Index
			break
		}
	}
	for _, c := range [...]string{"'ll", "'s", "'re", "'m", "n't"} {
		if i := index(tok, c); i >= 0 && len(tok) > len(c) {
			return i
		}
	}
	return -1
}

// indexFoldASCII is strings.Index(strings.ToLower(s), sub) for an ASCII s
// and a lower-case sub, without lowering s.
func indexFoldASCII(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		j := 0
		for j < len(sub) && lowerASCII(s[i+j]) == sub[j] {
			j++
		}
		if j == len(sub) {
			return i
		}
	}
	return -1
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// isSpecialToken reports whether prose keeps tok whole: an emoticon, or
// what its expression ^(?:[A-Za-z]\.){2,}$|^[A-Z][a-z]{1,2}\.$ matches
// (initialisms like "U.S." and short abbreviations like "Mr.").
func isSpecialToken(tok string) bool {
	n := len(tok)
	if n >= 4 && n%2 == 0 {
		ok := true
		for i := 0; i < n && ok; i += 2 {
			ok = isASCIILetter(tok[i]) && tok[i+1] == '.'
		}
		if ok {
			return true
		}
	}
	if (n == 3 || n == 4) && 'A' <= tok[0] && tok[0] <= 'Z' && tok[n-1] == '.' {
		ok := true
		for i := 1; i < n-1 && ok; i++ {
			ok = 'a' <= tok[i] && tok[i] <= 'z'
		}
		if ok {
			return true
		}
	}
	return n <= maxEmoticonLen && emoticonEnds[0][tok[0]] && emoticonEnds[1][tok[n-1]] && emoticons[tok]
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// emoticons are the emoticons prose keeps whole (its tokenize.go).
var emoticons = map[string]bool{
	"(-8": true, "(-;": true, "(-_-)": true, "(._.)": true, "(:": true,
	"(=": true, "(o:": true, "(¬_¬)": true, "(ಠ_ಠ)": true, "(╯°□°）╯︵┻━┻": true,
	"-__-": true, "8-)": true, "8-D": true, "8D": true, ":(": true,
	":((": true, ":(((": true, ":()": true, ":)))": true, ":-)": true,
	":-))": true, ":-)))": true, ":-*": true, ":-/": true, ":-X": true,
	":-]": true, ":-o": true, ":-p": true, ":-x": true, ":-|": true,
	":-}": true, ":0": true, ":3": true, ":P": true, ":]": true,
	":`(": true, ":`)": true, ":`-(": true, ":o": true, ":o)": true,
	"=(": true, "=)": true, "=D": true, "=|": true, "@_@": true,
	"O.o": true, "O_o": true, "V_V": true, "XDD": true, "[-:": true,
	"^___^": true, "o_0": true, "o_O": true, "o_o": true, "v_v": true,
	"xD": true, "xDD": true, "¯\\(ツ)/¯": true,
}

// maxEmoticonLen is the length in bytes of the longest emoticon.
const maxEmoticonLen = len("(╯°□°）╯︵┻━┻")

// emoticonEnds marks the first bytes ([0]) and the last bytes ([1]) of the
// emoticons: testing them is cheaper than looking every run up.
var emoticonEnds = func() (ends [2][256]bool) {
	for e := range emoticons {
		ends[0][e[0]], ends[1][e[len(e)-1]] = true, true
	}
	return ends
}()
