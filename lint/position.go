package lint

import (
	"bytes"
	"sort"
	"unicode/utf8"
)

// Position is a human position: 1-based line, 1-based column counted in
// Unicode code points (what editors and GitHub show), and the byte offset.
type Position struct {
	Line, Column int
	Offset       int
}

func lineStarts(src []byte) []int {
	starts := []int{0}
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// Position converts a byte offset into line and column. It is the one
// place where offsets become lines and columns, at the output edge. A BOM
// does not count as a column, and a CR before LF ends the line.
func (d *Document) Position(off int) Position {
	if d.lines == nil {
		d.lines = lineStarts(d.Source)
	}
	off = max(0, min(off, len(d.Source)))
	li := sort.Search(len(d.lines), func(i int) bool { return d.lines[i] > off }) - 1
	start := d.lines[li]
	if li == 0 && len(d.Source) >= 3 && bytes.Equal(d.Source[:3], utf8BOM) && off >= 3 {
		start = 3
	}
	return Position{Line: li + 1, Column: utf8.RuneCount(d.Source[start:off]) + 1, Offset: off}
}

// ByteColumn is the 1-based column of off counted in UTF-8 bytes, for
// consumers such as reviewdog that count bytes.
func (d *Document) ByteColumn(off int) int {
	p := d.Position(off)
	return off - d.lines[p.Line-1] + 1
}

// LineText returns the text of 1-based line n without its line break.
func (d *Document) LineText(n int) string {
	if n < 1 || n > len(d.lines) {
		return ""
	}
	start := d.lines[n-1]
	end := len(d.Source)
	if n < len(d.lines) {
		end = d.lines[n] - 1
	}
	if end > start && d.Source[end-1] == '\r' {
		end--
	}
	return string(d.Source[start:end])
}
