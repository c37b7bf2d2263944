// Package stretch runs a regular expression over the parts of a text that
// can hold a match instead of over all of it.
//
// Many patterns of the rules can only be made of a few kinds of characters
// (digits, commas and white space for a number) and need something rare (a
// digit, a month name): cutting the text at every byte that no match can
// contain and skipping the stretches without the rare part saves most of
// the work and finds exactly the matches of the whole text. Patterns
// whose matches each sit near something rare (a month name, a comma
// before an age) run over Windows around those instead.
package stretch

import "regexp"

// Bytes is a set of bytes, looked up by index: the test that cuts a text
// into stretches runs on every byte of it.
type Bytes [256]bool

// NewBytes returns the set of the bytes for which in is true.
func NewBytes(in func(byte) bool) *Bytes {
	var set Bytes
	for c := range set {
		set[c] = in(byte(c))
	}
	return &set
}

// FindIndex returns re.FindAllStringIndex(s, -1), running re only over the
// stretches of s made of bytes in the set in and for which keep is true.
//
// The caller must make sure that re cannot match the empty string, has no
// ^, $, \A or \z (\b and \B are fine), and that every character re can
// consume is a valid rune other than U+FFFD whose UTF-8 bytes are all in
// in; when in lacks ASCII bytes only, which cut no rune, it is enough that
// re cannot consume those. Then no match crosses a stretch's edge; each
// stretch is searched with the byte before and after it, so that \b sees
// what it sees in s (a non-ASCII rune, cut or not, is not a word
// character), and those bytes cannot be part of a match.
func FindIndex(re *regexp.Regexp, s string, in *Bytes, keep func(string) bool) [][]int {
	return find(re.FindAllStringIndex, s, in, keep)
}

// FindSubmatchIndex is FindIndex for re.FindAllStringSubmatchIndex.
func FindSubmatchIndex(re *regexp.Regexp, s string, in *Bytes, keep func(string) bool) [][]int {
	return find(re.FindAllStringSubmatchIndex, s, in, keep)
}

func find(all func(string, int) [][]int, s string, in *Bytes, keep func(string) bool) [][]int {
	var out [][]int
	for i := 0; i < len(s); {
		for i < len(s) && !in[s[i]] {
			i++
		}
		j := i
		for j < len(s) && in[s[j]] {
			j++
		}
		if i < j && keep(s[i:j]) {
			lo, hi := max(i-1, 0), min(j+1, len(s))
			for _, m := range all(s[lo:hi], -1) {
				for k := range m {
					if m[k] >= 0 {
						m[k] += lo
					}
				}
				out = append(out, m)
			}
		}
		i = j
	}
	return out
}

// Windows runs a regular expression over windows of a text instead of over
// all of it, for an expression whose matches are each found near a
// landmark (a month name, a comma before an age): the caller adds, for
// each landmark in order, a window that holds every match the landmark
// can be part of, and Windows merges those that overlap or touch.
//
// As for FindIndex, each window is searched with the byte before and
// after it, so that \b sees what it sees in the text. The caller must make
// sure that every match of the expression, wherever it starts, lies in
// the window of one of its landmarks; that no match can take the bytes
// around a window: that windows end at bytes no match has, or at white
// space (see FieldsBefore) when no match starts or ends with white space;
// and that the expression cannot match the empty string and has no ^, $,
// \A or \z. Then the matches of the windows are exactly the matches of
// the whole text.
type Windows struct {
	s      string
	all    func(string, int) [][]int
	keep   func(string) bool
	lo, hi int // the window being grown; none while hi <= lo
	out    [][]int
}

// NewWindows returns the windows of s for all (re.FindAllStringIndex or
// re.FindAllStringSubmatchIndex); the expression runs only over the
// windows for which keep is true.
func NewWindows(s string, all func(string, int) [][]int, keep func(string) bool) *Windows {
	return &Windows{s: s, all: all, keep: keep}
}

// Add adds the window s[lo:hi]. Windows must be added in order of their
// start.
func (w *Windows) Add(lo, hi int) {
	if lo <= w.hi {
		w.hi = max(w.hi, hi)
		return
	}
	w.search()
	w.lo, w.hi = lo, hi
}

// Matches returns the matches in the windows, as all would return them
// for the whole text.
func (w *Windows) Matches() [][]int {
	w.search()
	w.lo, w.hi = 0, 0
	return w.out
}

func (w *Windows) search() {
	if w.hi <= w.lo || !w.keep(w.s[w.lo:w.hi]) {
		return
	}
	lo, hi := max(w.lo-1, 0), min(w.hi+1, len(w.s))
	for _, m := range w.all(w.s[lo:hi], -1) {
		for k := range m {
			if m[k] >= 0 {
				m[k] += lo
			}
		}
		w.out = append(w.out, m)
	}
}

// FieldsBefore returns the start of the n-th field before the one that
// holds s[i], or of that field when n is 0. A field is a run of bytes of
// the set in other than white space (\s); fields are parted by white
// space, and a byte outside the set ends the search.
func FieldsBefore(s string, i, n int, in *Bytes) int {
	i = fieldStart(s, i, in)
	for range n {
		j := i
		for j > 0 && IsSpace(s[j-1]) && in[s[j-1]] {
			j--
		}
		i = fieldStart(s, j, in)
	}
	return i
}

// FieldsAfter returns the end of the n-th field after the one that holds
// s[i], or of that field when n is 0 (see FieldsBefore).
func FieldsAfter(s string, i, n int, in *Bytes) int {
	i = fieldEnd(s, i, in)
	for range n {
		j := i
		for j < len(s) && IsSpace(s[j]) && in[s[j]] {
			j++
		}
		i = fieldEnd(s, j, in)
	}
	return i
}

func fieldStart(s string, i int, in *Bytes) int {
	for i > 0 && in[s[i-1]] && !IsSpace(s[i-1]) {
		i--
	}
	return i
}

func fieldEnd(s string, i int, in *Bytes) int {
	for i < len(s) && in[s[i]] && !IsSpace(s[i]) {
		i++
	}
	return i
}

// All is the set of all bytes, for fields that only white space parts.
var All = NewBytes(func(byte) bool { return true })

// IsSpace reports whether c is white space as \s matches it.
func IsSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// IsDigit reports whether c is a digit as \d matches it.
func IsDigit(c byte) bool { return '0' <= c && c <= '9' }
