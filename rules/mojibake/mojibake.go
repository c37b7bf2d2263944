// Package mojibake flags UTF-8 text that was decoded as Windows-1252 or
// Latin-1 (once or twice) and saved again: "â€™" for "’", "Ã©" for "é".
// The repaired text is offered as a fix.
package mojibake

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/newslint/newslint/lint"
)

// Rule is the mojibake rule.
var Rule = &lint.Rule{
	Name:     "mojibake",
	Category: lint.Garbled,
	Doc: `UTF-8 text mis-decoded as Windows-1252 or Latin-1 ("â€™", "Ã©").

A run of characters is reported only when its Windows-1252 (or Latin-1)
bytes are themselves valid UTF-8 containing a non-ASCII character, which
ordinary accented words never are; double encoding is undone too. The
fix replaces the run with the repaired text.`,
	Severity: lint.Error,
	Run:      run,
}

func run(pass *lint.Pass) error {
	for _, b := range pass.Doc.Blocks {
		text := b.Text
		for i := 0; i < len(text); {
			if text[i] < utf8.RuneSelf {
				i++ // ASCII, most of the text, has no one-byte encoding to undo
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			if _, ok := toByte(r); !ok {
				i += size
				continue
			}
			// A run of characters that all have a one-byte encoding.
			j := i
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if _, ok := toByte(r2); !ok {
					break
				}
				j += s2
			}
			reportRun(pass, b, i, j)
			i = j
		}
	}
	return nil
}

// reportRun finds mojibake inside text[s:e] (a run of one-byte-encodable
// characters), repairing repeatedly for double encoding.
func reportRun(pass *lint.Pass, b *lint.Block, s, e int) {
	text := b.Text
	for i := s; i < e; {
		// Try the longest repair starting at i.
		best, bestEnd := "", 0
		for j := e; j > i; {
			if fixed, ok := repair(text[i:j]); ok {
				best, bestEnd = fixed, j
				break
			}
			_, size := utf8.DecodeLastRuneInString(text[i:j])
			j -= size
		}
		if bestEnd == 0 {
			if strings.HasPrefix(text[i:e], "â€") {
				// E2 80 is the start of a quote, dash or ellipsis whose
				// last byte Windows-1252 cannot show: damage, but which
				// character is lost is unknown, so no fix.
				span := b.Span(i, i+len("â€"))
				pass.Report(lint.Finding{
					Range:    span,
					Severity: lint.Error,
					Message:  "mojibake “â€”: the remains of a UTF-8 quotation mark, dash or ellipsis decoded as Windows-1252",
				})
				i += len("â€")
				continue
			}
			_, size := utf8.DecodeRuneInString(text[i:])
			i += size
			continue
		}
		// Undo double encoding.
		for {
			again, ok := repair(best)
			if !ok {
				break
			}
			best = again
		}
		span := b.Span(i, bestEnd)
		pass.Report(lint.Finding{
			Range:    span,
			Severity: lint.Error,
			Message:  "mojibake “" + text[i:bestEnd] + "”: UTF-8 text decoded as Windows-1252; it should read “" + best + "”",
			Fixes: []lint.Fix{{
				Message: "Replace with “" + best + "”",
				Edits:   []lint.Edit{{Start: span.Start, End: span.End, Text: best}},
			}},
		})
		i = bestEnd
	}
}

// repair re-encodes s to single bytes and decodes the bytes as UTF-8. It
// succeeds only when every character is mis-decoded UTF-8: the bytes form
// valid UTF-8 and contain no byte that stood for itself.
func repair(s string) (string, bool) {
	buf := make([]byte, 0, len(s))
	for _, r := range s {
		c, ok := toByte(r)
		if !ok {
			return "", false
		}
		buf = append(buf, c)
	}
	if !utf8.Valid(buf) {
		return "", false
	}
	// Every character must become part of a multi-byte sequence.
	for i := 0; i < len(buf); {
		r, size := utf8.DecodeRune(buf[i:])
		if size < 2 || r == utf8.RuneError {
			return "", false
		}
		i += size
	}
	return string(buf), true
}

// toByte returns the Windows-1252 byte for r, falling back to Latin-1 for
// the five bytes Windows-1252 leaves undefined (they appear as C1
// controls). ASCII is excluded: mis-decoded UTF-8 never contains it.
func toByte(r rune) (byte, bool) {
	if r < 0x80 {
		return 0, false
	}
	if r >= 0x80 && r <= 0x9F {
		return byte(r), true
	}
	if c, ok := charmap.Windows1252.EncodeRune(r); ok {
		return c, true
	}
	return 0, false
}
