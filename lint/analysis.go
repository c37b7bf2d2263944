package lint

import (
	"strings"
	"unicode"

	"gopkg.in/neurosnap/sentences.v1"
)

// Token is one word or punctuation mark, as prose's tokenizer splits it,
// with its exact position in the source.
type Token struct {
	// Text is the token as it stands in the block text (curly quotes kept).
	Text string
	// Tag is the Penn Treebank part-of-speech tag; empty unless a rule that
	// requires POS tags is enabled.
	Tag string
	// Src is the token's byte range in the source file.
	Src Range
	// Pos is the token's byte range in its block's Text.
	Pos Range
	// Block is the index of the token's block in Document.Blocks.
	Block int
}

// Sentence is one sentence of one block. Sentences never cross blocks: a
// headline fused into a paragraph is still split at the block boundary.
type Sentence struct {
	Text  string
	Block int
	// Pos is the sentence's byte range in its block's Text.
	Pos Range
	// Src is the sentence's byte range in the source file.
	Src Range
	// Tokens are the sentence's tokens, a sub-slice of Document.Tokens.
	Tokens []Token
	// First is the index of the first token in Document.Tokens.
	First int
}

// blockSep joins block texts for one segmentation call. The whole article
// goes in at once (as it did when prose segmented, reloading its model for
// every call): punkt decides a period by the word after it, also across
// blocks, and the breaks stay those prose would find.
const blockSep = "\n\n"

// Sentences returns the article's sentences in order, computing them (and
// the tokens) on first use.
func (d *Document) Sentences() []Sentence {
	d.textOnce.Do(d.segment)
	return d.sentences
}

// Tokens returns every token of the article in source order.
func (d *Document) Tokens() []Token {
	d.textOnce.Do(d.segment)
	return d.tokens
}

// BlockSentences returns the sentences of block i.
func (d *Document) BlockSentences(i int) []Sentence {
	var out []Sentence
	for _, s := range d.Sentences() {
		if s.Block == i {
			out = append(out, s)
		} else if s.Block > i {
			break
		}
	}
	return out
}

func (d *Document) segment() {
	if len(d.Blocks) == 0 {
		return
	}
	var joint strings.Builder
	size := len(blockSep) * (len(d.Blocks) - 1)
	for _, b := range d.Blocks {
		size += len(b.Text)
	}
	joint.Grow(size)
	starts := make([]int, len(d.Blocks)) // offset of each block in joint
	for i, b := range d.Blocks {
		if i > 0 {
			joint.WriteString(blockSep)
		}
		starts[i] = joint.Len()
		joint.WriteString(b.Text)
	}
	text := joint.String()
	d.joint = text
	// blockOf maps a joint offset to (block index, offset within block).
	blockOf := func(off int) (int, int) {
		lo, hi := 0, len(starts)-1
		for lo < hi {
			mid := (lo + hi + 1) / 2
			if starts[mid] <= off {
				lo = mid
			} else {
				hi = mid - 1
			}
		}
		return lo, off - starts[lo]
	}

	// Tokens: prose's tokens, block by block (the block separator is white
	// space, so no token crosses it), with their places from the split.
	// The ranges come first so that the tokens are allocated once; news
	// text has about one token per five bytes.
	ranges := make([]Range, 0, len(text)/4)
	ends := make([]int, len(d.Blocks)) // end of each block's ranges
	for bi, b := range d.Blocks {
		ranges = tokenize(b.Text, ranges)
		ends[bi] = len(ranges)
	}
	toks := make([]Token, len(ranges))
	bi := 0
	for i, r := range ranges {
		for i >= ends[bi] {
			bi++
		}
		b := d.Blocks[bi]
		toks[i] = Token{Text: b.Text[r.Start:r.End], Src: b.Span(r.Start, r.End), Pos: r, Block: bi}
	}
	d.tokens = toks

	// Sentences: punkt reports each sentence's byte range in the text.
	var sents []Sentence
	for _, ps := range segmenter().Tokenize(text) {
		start, end := ps.Start, ps.End
		for start < end && isSpaceByte(text[start]) {
			start++
		}
		// Split at block boundaries.
		for start < end {
			bi, off := blockOf(start)
			b := d.Blocks[bi]
			stop := end
			if bi+1 < len(starts) && starts[bi+1]-len(blockSep) < stop {
				stop = starts[bi+1] - len(blockSep)
			}
			seg := strings.TrimRightFunc(text[start:stop], unicode.IsSpace)
			if seg != "" {
				pos := Range{off, off + len(seg)}
				sents = append(sents, Sentence{Text: seg, Block: bi, Pos: pos, Src: b.Span(pos.Start, pos.End)})
			}
			if stop >= end {
				break
			}
			start = stop + len(blockSep)
			for start < end && isSpaceByte(text[start]) {
				start++
			}
		}
	}
	// Attach tokens to sentences.
	ti := 0
	for i := range sents {
		s := &sents[i]
		for ti < len(toks) && (toks[ti].Block < s.Block || (toks[ti].Block == s.Block && toks[ti].Pos.Start < s.Pos.Start)) {
			ti++
		}
		first := ti
		for ti < len(toks) && toks[ti].Block == s.Block && toks[ti].Pos.End <= s.Pos.End {
			ti++
		}
		s.First = first
		s.Tokens = toks[first:ti:ti]
	}
	d.sentences = sents
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

//go:generate go run ./internal/punktgen -o punkt_gen.go

// punktEntry is one entry of the precompiled punkt model.
type punktEntry struct {
	key   string
	value int
}

// punktSet indexes one table of the precompiled punkt model.
func punktSet(entries []punktEntry) sentences.SetString {
	m := make(sentences.SetString, len(entries))
	for _, e := range entries {
		m[e.key] = e.value
	}
	return m
}

// Tagger assigns Penn Treebank part-of-speech tags to the tokens of a
// text, which it splits exactly as Document.Tokens does (prose's rules):
// one tag per token, or nil when it cannot tag the text.
type Tagger func(text string, tokens int) []string

// tagger is the registered Tagger (see RegisterTagger). The tagger lives in
// its own package, lint/postag, because prose and its model are heavy to
// link and initialise: a binary whose rules need no tags does not carry it.
var tagger Tagger

// RegisterTagger installs the part-of-speech tagger. lint/postag registers
// prose's in its init, so a rule that requires NeedPOS imports it:
//
//	import _ "github.com/newslint/newslint/lint/postag"
func RegisterTagger(t Tagger) { tagger = t }

// HasTagger reports whether a tagger is registered (see RegisterTagger).
func HasTagger() bool { return tagger != nil }

// TagPOS fills in Token.Tag for every token, when a tagger is registered.
// It is called by the engine before the rules that require NeedPOS run.
func (d *Document) TagPOS() {
	d.tagOnce.Do(func() {
		toks := d.Tokens()
		if len(toks) == 0 || tagger == nil {
			return
		}
		tags := tagger(d.joint, len(toks))
		if len(tags) != len(toks) {
			// No tags are better than tags on the wrong words.
			return
		}
		for i := range toks {
			toks[i].Tag = tags[i]
		}
	})
}
