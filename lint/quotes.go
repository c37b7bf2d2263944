package lint

import "unicode/utf8"

// Quotes returns the quoted stretches of the block's text as text ranges,
// quotation marks included. Curly quotes pair “ with ”; straight double
// quotes pair in turn. A quotation left open runs to the end of the block,
// as news style does for a quote that continues into the next paragraph.
// Rules use it to leave quoted speech alone: words in quotation marks are
// a speaker's claim, not the article's.
func (b *Block) Quotes() []Range {
	b.quotesOnce.Do(func() { b.quotes = findQuotes(b.Text) })
	return b.quotes
}

// InQuote reports whether the text offset off lies inside a quotation.
func (b *Block) InQuote(off int) bool {
	for _, q := range b.Quotes() {
		if off >= q.Start && off < q.End {
			return true
		}
	}
	return false
}

func findQuotes(text string) []Range {
	var out []Range
	open := -1
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '“', '„':
			if open < 0 {
				open = i
			}
		case '”':
			if open >= 0 {
				out = append(out, Range{open, i + size})
				open = -1
			}
		case '"':
			if open < 0 {
				open = i
			} else {
				out = append(out, Range{open, i + size})
				open = -1
			}
		}
		i += size
	}
	if open >= 0 {
		out = append(out, Range{open, len(text)})
	}
	return out
}
