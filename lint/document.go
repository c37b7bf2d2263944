package lint

import (
	"sort"
	"sync"
	"time"
)

// Format is the input format of a document.
type Format string

// The input formats newslint reads.
const (
	FormatText     Format = "text"
	FormatMarkdown Format = "markdown"
	FormatHTML     Format = "html"
)

// BlockKind says what kind of prose block a Block is.
type BlockKind string

// The prose block kinds. Rules use them to tell a headline from body text
// or a list item from a paragraph.
const (
	BlockHeading    BlockKind = "heading"
	BlockParagraph  BlockKind = "paragraph"
	BlockListItem   BlockKind = "list-item"
	BlockQuote      BlockKind = "blockquote"
	BlockTableCell  BlockKind = "table-cell"
	BlockPlainTitle BlockKind = "title" // first line of a plain-text file standing alone
)

// piece maps a run of a block's text onto the source. A run whose text and
// source lengths agree maps byte for byte; otherwise (an HTML entity decoded
// to one character, a placeholder for skipped markup) every byte of the run
// maps onto the whole source run.
type piece struct {
	text, src       int // start offsets
	textLen, srcLen int
}

// Block is one prose block: a heading, paragraph, list item, quote or table
// cell. Text is the prose as a reader sees it (markup removed); every byte of
// it maps back to an exact byte range of the source through Span.
type Block struct {
	Kind  BlockKind
	Text  string
	Start int // source range of the whole block
	End   int
	// Markup lists source ranges of inline markup that was dropped from
	// Text (raw HTML tags in Markdown), for rules that look for residue.
	Markup []Range
	pieces []piece

	quotesOnce sync.Once
	quotes     []Range

	// Index is the block's position in Document.Blocks.
	Index int
}

// Range is a half-open byte range into the source.
type Range struct{ Start, End int }

// Len is the length of r in bytes.
func (r Range) Len() int { return r.End - r.Start }

// srcAt maps a text offset to a source offset; atEnd says whether the offset
// is the exclusive end of a range (it then maps to the end of the source run
// of the byte before it).
func (b *Block) srcAt(off int, atEnd bool) int {
	if len(b.pieces) == 0 {
		return b.Start
	}
	if atEnd {
		if off <= 0 {
			return b.pieces[0].src
		}
		off--
	}
	i := sort.Search(len(b.pieces), func(i int) bool {
		return b.pieces[i].text+b.pieces[i].textLen > off
	})
	if i == len(b.pieces) {
		last := b.pieces[len(b.pieces)-1]
		return last.src + last.srcLen
	}
	p := b.pieces[i]
	if off < p.text {
		off = p.text
	}
	if p.textLen == p.srcLen {
		s := p.src + (off - p.text)
		if atEnd {
			return s + 1
		}
		return s
	}
	if atEnd {
		return p.src + p.srcLen
	}
	return p.src
}

// Span maps the half-open text range [start, end) of the block onto the
// source. It is exact: positions come from the parse, never from a search.
func (b *Block) Span(start, end int) Range {
	if end <= start {
		s := b.srcAt(start, false)
		return Range{s, s}
	}
	return Range{b.srcAt(start, false), b.srcAt(end, true)}
}

// Meta is what newslint knows about an article beyond its prose.
type Meta struct {
	Title string
	// Date is the article's publication date; zero when unknown.
	Date time.Time
	// DateSource says where Date came from: "flag", "front matter",
	// "meta tag", "time element", "dateline", "published line" or "".
	DateSource string
	// DateRange is where the date stands in the source (the front matter
	// line, the tag, the dateline), for findings that cite it as their
	// related place; empty when it came from --date or the configuration.
	DateRange Range
}

// DateRelated returns the article date's place as a related location, or
// nothing when the date is not in the file.
func (m Meta) DateRelated() []Related {
	if m.DateRange.Len() == 0 {
		return nil
	}
	return []Related{{Message: "the article's date (" + m.DateSource + ")", Range: m.DateRange}}
}

// HasDate reports whether the article's date is known.
func (m Meta) HasDate() bool { return !m.Date.IsZero() }

// Document is one parsed article: the source bytes, its prose blocks and
// the lazily computed analyses that rules share.
type Document struct {
	Path   string
	Format Format
	Source []byte
	Meta   Meta
	Blocks []*Block

	lines []int // start offset of every line, for the position mapper

	textOnce  sync.Once
	sentences []Sentence
	tokens    []Token

	joint string // block texts joined for segmentation and tagging

	tagOnce sync.Once

	sharedMu sync.Mutex
	shared   map[any]*sharedResult // Analysis results by *Analysis
}
