// Package stretch runs a regular expression over the parts of a text that
// can hold a match instead of over all of it.
//
// Many patterns of the rules can only be made of a few kinds of characters
// (digits, commas and white space for a number) and need something rare (a
// digit, a month name): cutting the text at every byte that no match can
// contain and skipping the stretches without the rare part saves most of
// the work and finds exactly the matches of the whole text.
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

// IsSpace reports whether c is white space as \s matches it.
func IsSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// IsDigit reports whether c is a digit as \d matches it.
func IsDigit(c byte) bool { return '0' <= c && c <= '9' }
