package lint

import (
	"bytes"
	"errors"
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skippedHTML holds elements whose content is not article prose.
var skippedHTML = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Nav: true, atom.Footer: true,
	atom.Noscript: true, atom.Template: true, atom.Code: true, atom.Pre: true,
	atom.Head: true, atom.Svg: true, atom.Math: true, atom.Button: true, atom.Form: true,
}

// blockHTML maps block-level elements to the block kind they start.
var blockHTML = map[atom.Atom]BlockKind{
	atom.P: BlockParagraph, atom.Div: BlockParagraph, atom.Article: BlockParagraph,
	atom.Section: BlockParagraph, atom.Main: BlockParagraph, atom.Body: BlockParagraph,
	atom.Figcaption: BlockParagraph, atom.Dd: BlockParagraph, atom.Dt: BlockParagraph,
	atom.H1: BlockHeading, atom.H2: BlockHeading, atom.H3: BlockHeading,
	atom.H4: BlockHeading, atom.H5: BlockHeading, atom.H6: BlockHeading,
	atom.Li: BlockListItem, atom.Blockquote: BlockQuote,
	atom.Td: BlockTableCell, atom.Th: BlockTableCell,
	atom.Br: "", atom.Hr: "", atom.Table: "", atom.Tr: "", atom.Ul: "", atom.Ol: "",
	atom.Header: "", atom.Aside: "", atom.Figure: "",
}

// parseHTML builds blocks from an HTML file with golang.org/x/net/html's
// tokenizer. Offsets come from summing the raw bytes of every token, so
// each text run maps exactly onto the file; character references are
// decoded and mapped onto their whole reference.
func parseHTML(d *Document, body int) error {
	src := d.Source
	z := html.NewTokenizer(bytes.NewReader(src[body:]))
	off := body
	skip := 0 // depth inside skipped elements
	var stack []BlockKind
	var bb blockBuilder
	flush := func() {
		kind := BlockParagraph
		if len(stack) > 0 {
			kind = stack[len(stack)-1]
		}
		if !bb.empty() {
			if b := bb.build(kind); b != nil {
				d.Blocks = append(d.Blocks, b)
			}
		}
		bb = blockBuilder{}
	}
	inTitle := false
	for {
		tt := z.Next()
		raw := z.Raw()
		start := off
		off += len(raw)
		switch tt {
		case html.ErrorToken:
			flush()
			if err := z.Err(); err != nil && !errors.Is(err, io.EOF) {
				return err
			}
			return nil
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			attrs := map[string]string{}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				attrs[string(k)] = string(v)
			}
			htmlMeta(d, a, attrs, Range{start, off})
			if a == atom.Title {
				inTitle = true
			}
			if skippedHTML[a] && tt == html.StartTagToken && !voidElement(a) {
				skip++
				continue
			}
			if kind, ok := blockHTML[a]; ok {
				flush()
				if kind != "" && tt == html.StartTagToken {
					stack = append(stack, kind)
				}
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if a == atom.Title {
				inTitle = false
			}
			if skippedHTML[a] && !voidElement(a) {
				if skip > 0 {
					skip--
				}
				continue
			}
			if kind, ok := blockHTML[a]; ok {
				flush()
				if kind != "" && len(stack) > 0 {
					stack = stack[:len(stack)-1]
				}
			}
		case html.TextToken:
			if inTitle {
				if d.Meta.Title == "" {
					d.Meta.Title = strings.TrimSpace(html.UnescapeString(string(raw)))
				}
				continue
			}
			if skip > 0 {
				continue
			}
			addHTMLText(&bb, src, start, off)
		case html.CommentToken, html.DoctypeToken:
		}
	}
}

func voidElement(a atom.Atom) bool {
	return a == atom.Br || a == atom.Hr || a == atom.Img || a == atom.Input ||
		a == atom.Meta || a == atom.Link || a == atom.Wbr
}

// addHTMLText appends raw text, decoding character references onto the
// exact range of each reference.
func addHTMLText(bb *blockBuilder, src []byte, start, end int) {
	run := start
	for i := start; i < end; i++ {
		if src[i] != '&' {
			continue
		}
		j := i + 1
		for j < end && j-i < 32 && src[j] != ';' && src[j] != '&' && src[j] != ' ' && src[j] != '<' {
			j++
		}
		if j >= end || src[j] != ';' {
			continue
		}
		ref := string(src[i : j+1])
		dec := html.UnescapeString(ref)
		if dec == ref {
			continue
		}
		bb.addSource(src, run, i)
		bb.addMapped(dec, i, j+1)
		run = j + 1
		i = j
	}
	bb.addSource(src, run, end)
}

// htmlMeta takes the article date from <meta property=
// "article:published_time"> or the first <time datetime>.
func htmlMeta(d *Document, a atom.Atom, attrs map[string]string, tag Range) {
	switch a { //nolint:exhaustive // only <meta> and <time> carry metadata
	case atom.Meta:
		p := attrs["property"]
		if p == "" {
			p = attrs["name"]
		}
		switch p {
		case "article:published_time", "date", "pubdate", "publishdate", "DC.date.issued":
			if t, ok := parseDateValue(attrs["content"]); ok && (d.Meta.DateSource != "meta tag") {
				d.Meta.Date, d.Meta.DateSource, d.Meta.DateRange = t, "meta tag", tag
			}
		case "og:title":
			if d.Meta.Title == "" {
				d.Meta.Title = attrs["content"]
			}
		}
	case atom.Time:
		if d.Meta.Date.IsZero() {
			if t, ok := parseDateValue(attrs["datetime"]); ok {
				d.Meta.Date, d.Meta.DateSource, d.Meta.DateRange = t, "time element", tag
			}
		}
	}
}
