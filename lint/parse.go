package lint

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// InputError is a problem with one input file: it cannot be read, is not
// UTF-8, or is binary. The file is reported and skipped; others go on.
type InputError struct {
	Path string
	Msg  string
}

func (e *InputError) Error() string { return e.Path + ": " + e.Msg }

// FormatOf picks the input format from a file name's extension; anything
// unknown is plain text.
func FormatOf(path string) Format {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".md", ".markdown", ".mdown", ".mkd":
		return FormatMarkdown
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	default:
		return FormatText
	}
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// Parse checks src and builds the document model for it. Offsets in the
// result are byte offsets into src exactly as given (a BOM included).
func Parse(path string, src []byte, format Format) (*Document, error) {
	if err := checkEncoding(src); err != nil {
		return nil, &InputError{Path: path, Msg: err.Error()}
	}
	d := &Document{Path: path, Format: format, Source: src}
	d.lines = lineStarts(src)
	body := 0
	if bytes.HasPrefix(src, utf8BOM) {
		body = len(utf8BOM)
	}
	var err error
	switch format {
	case FormatMarkdown:
		err = parseMarkdown(d, body)
	case FormatHTML:
		err = parseHTML(d, body)
	default:
		parseText(d, body)
	}
	if err != nil {
		return nil, &InputError{Path: path, Msg: err.Error()}
	}
	for i, b := range d.Blocks {
		b.Index = i
	}
	if d.Meta.Date.IsZero() {
		findDateInText(d)
	}
	return d, nil
}

// checkEncoding rejects binary files and invalid UTF-8, naming the byte
// offset so that an editor can find the damage.
func checkEncoding(src []byte) error {
	if i := bytes.IndexByte(src, 0); i >= 0 {
		return fmt.Errorf("binary file (NUL byte at byte %d)", i)
	}
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size <= 1 {
			return fmt.Errorf("not valid UTF-8 at byte %d", i)
		}
		i += size
	}
	return nil
}

// blockBuilder accumulates a block's text with its map onto the source.
type blockBuilder struct {
	text   strings.Builder
	pieces []piece
	markup []Range
	start  int
	end    int
	seen   bool
}

func (bb *blockBuilder) touch(srcStart, srcEnd int) {
	if !bb.seen || srcStart < bb.start {
		bb.start = srcStart
	}
	if !bb.seen || srcEnd > bb.end {
		bb.end = srcEnd
	}
	bb.seen = true
}

// addSource appends src[start:end] verbatim.
func (bb *blockBuilder) addSource(src []byte, start, end int) {
	if end <= start {
		return
	}
	bb.pieces = append(bb.pieces, piece{text: bb.text.Len(), src: start, textLen: end - start, srcLen: end - start})
	bb.text.Write(src[start:end])
	bb.touch(start, end)
}

// addMapped appends text that stands for the source range [start, end)
// without being a copy of it (a decoded entity, a line break, a space put
// where markup was dropped so that words do not fuse).
func (bb *blockBuilder) addMapped(text string, start, end int) {
	if text == "" {
		return
	}
	bb.pieces = append(bb.pieces, piece{text: bb.text.Len(), src: start, textLen: len(text), srcLen: end - start})
	bb.text.WriteString(text)
	if end > start {
		bb.touch(start, end)
	}
}

func (bb *blockBuilder) empty() bool { return strings.TrimSpace(bb.text.String()) == "" }

// build returns the block with surrounding white space trimmed from its
// text (the map is kept exact by trimming pieces, not re-searching).
func (bb *blockBuilder) build(kind BlockKind) *Block {
	text := bb.text.String()
	lead := len(text) - len(strings.TrimLeft(text, " \t\r\n"))
	trail := len(strings.TrimRight(text, " \t\r\n"))
	b := &Block{Kind: kind, Markup: bb.markup}
	if trail <= lead {
		return nil
	}
	b.Text = text[lead:trail]
	for _, p := range bb.pieces {
		ps, pe := p.text, p.text+p.textLen
		if pe <= lead || ps >= trail {
			continue
		}
		if p.textLen == p.srcLen {
			cs, ce := max(ps, lead), min(pe, trail)
			b.pieces = append(b.pieces, piece{text: cs - lead, src: p.src + (cs - ps), textLen: ce - cs, srcLen: ce - cs})
			continue
		}
		b.pieces = append(b.pieces, piece{text: max(ps, lead) - lead, src: p.src, textLen: min(pe, trail) - max(ps, lead), srcLen: p.srcLen})
	}
	sp := b.Span(0, len(b.Text))
	b.Start, b.End = sp.Start, sp.End
	return b
}
