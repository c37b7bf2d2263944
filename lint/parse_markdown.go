package lint

import (
	"bytes"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"gopkg.in/yaml.v3"
)

// markdown is the goldmark parser with the extensions newslint reads
// (tables, strikethrough), built on first use: plain-text and HTML runs
// never need it.
var markdown = sync.OnceValue(func() goldmark.Markdown {
	return goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough))
})

// parseMarkdown builds blocks from a Markdown file through goldmark. Only
// prose is kept: code blocks, code spans, raw HTML, autolinks and front
// matter are left out (raw HTML inside a paragraph is remembered in
// Block.Markup). goldmark's segments are byte offsets into the source, so
// every block text piece maps back exactly.
func parseMarkdown(d *Document, body int) error {
	src := d.Source
	// goldmark parses a copy in which the BOM and the front matter are
	// blanked to spaces: same length, so offsets stay those of the file.
	view := bytes.Clone(src)
	for i := range body {
		view[i] = ' '
	}
	if fmStart, fmEnd, yamlStart, yamlEnd, ok := frontMatter(src, body); ok {
		readFrontMatter(d, src[yamlStart:yamlEnd], yamlStart)
		for i := fmStart; i < fmEnd; i++ {
			if view[i] != '\n' && view[i] != '\r' {
				view[i] = ' '
			}
		}
	}
	root := markdown().Parser().Parse(text.NewReader(view))
	return ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case ast.KindFencedCodeBlock, ast.KindCodeBlock, ast.KindHTMLBlock:
			return ast.WalkSkipChildren, nil
		case ast.KindHeading, ast.KindParagraph, ast.KindTextBlock, extast.KindTableCell:
			var bb blockBuilder
			collectInline(&bb, n, src)
			if b := bb.build(mdBlockKind(n)); b != nil {
				d.Blocks = append(d.Blocks, b)
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
}

// mdBlockKind names a block by itself and its nearest container.
func mdBlockKind(n ast.Node) BlockKind {
	switch n.Kind() {
	case ast.KindHeading:
		return BlockHeading
	case extast.KindTableCell:
		return BlockTableCell
	}
	for p := n.Parent(); p != nil; p = p.Parent() {
		switch p.Kind() {
		case ast.KindListItem:
			return BlockListItem
		case ast.KindBlockquote:
			return BlockQuote
		}
	}
	return BlockParagraph
}

func collectInline(bb *blockBuilder, n ast.Node, src []byte) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch t := c.(type) {
		case *ast.Text:
			bb.addSource(src, t.Segment.Start, t.Segment.Stop)
			if t.SoftLineBreak() || t.HardLineBreak() {
				nl := t.Segment.Stop
				for nl < len(src) && src[nl] != '\n' {
					nl++
				}
				bb.addMapped("\n", nl, min(nl+1, len(src)))
			}
		case *ast.CodeSpan, *ast.AutoLink, *ast.Image:
			// Not prose. A space keeps the words around it apart.
			r := nodeRange(c)
			bb.addMapped(" ", r.Start, r.End)
		case *ast.RawHTML:
			for i := range t.Segments.Len() {
				seg := t.Segments.At(i)
				if !bytes.HasPrefix(src[seg.Start:seg.Stop], []byte("<!--")) {
					bb.markup = append(bb.markup, Range{seg.Start, seg.Stop})
				}
				bb.addMapped(" ", seg.Start, seg.Stop)
			}
		default:
			collectInline(bb, c, src)
		}
	}
}

// nodeRange is the source range covered by the text segments below n.
func nodeRange(n ast.Node) Range {
	r := Range{-1, -1}
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := c.(*ast.Text); ok && entering {
			if r.Start < 0 || t.Segment.Start < r.Start {
				r.Start = t.Segment.Start
			}
			if t.Segment.Stop > r.End {
				r.End = t.Segment.Stop
			}
		}
		return ast.WalkContinue, nil
	})
	if r.Start < 0 {
		return Range{0, 0}
	}
	return r
}

// frontMatter finds a YAML front matter block ("---" lines) at the top.
func frontMatter(src []byte, body int) (start, end, yamlStart, yamlEnd int, ok bool) {
	rest := src[body:]
	var open int
	switch {
	case bytes.HasPrefix(rest, []byte("---\n")):
		open = 4
	case bytes.HasPrefix(rest, []byte("---\r\n")):
		open = 5
	default:
		return 0, 0, 0, 0, false
	}
	for i := open; i < len(rest); {
		j := bytes.IndexByte(rest[i:], '\n')
		lineEnd := len(rest)
		if j >= 0 {
			lineEnd = i + j
		}
		line := bytes.TrimRight(rest[i:lineEnd], "\r ")
		if string(line) == "---" || string(line) == "..." {
			end := lineEnd
			if j >= 0 {
				end++
			}
			return body, body + end, body + open, body + i, true
		}
		if j < 0 {
			break
		}
		i = lineEnd + 1
	}
	return 0, 0, 0, 0, false
}

// readFrontMatter takes the title and the date from YAML front matter.
// Malformed front matter is ignored rather than failing the article: it is
// metadata, not prose.
// The date's place is taken from the YAML parse (its key's line), so that
// findings can point at it. base is the offset of y in the file. The YAML
// is parsed once, into a node tree that gives both the values and the
// lines.
func readFrontMatter(d *Document, y []byte, base int) {
	var root yaml.Node
	if err := yaml.Unmarshal(y, &root); err != nil || len(root.Content) == 0 {
		return
	}
	var fm map[string]any
	if err := root.Decode(&fm); err != nil {
		return
	}
	if t, ok := fm["title"].(string); ok {
		d.Meta.Title = t
	}
	for _, key := range []string{"date", "published", "pubDate", "published_at"} {
		if t, ok := parseDateValue(fm[key]); ok {
			d.Meta.Date, d.Meta.DateSource = t, "front matter"
			d.Meta.DateRange = frontMatterLine(&root, y, base, key)
			return
		}
	}
}

// frontMatterLine returns the source range of the line holding key at the
// top level of the YAML front matter y, using the line yaml.v3 reports in
// root, y's parse.
func frontMatterLine(root *yaml.Node, y []byte, base int, key string) Range {
	m := root.Content[0]
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value != key {
			continue
		}
		starts := lineStarts(y)
		line := m.Content[i].Line - 1
		if line < 0 || line >= len(starts) {
			return Range{}
		}
		end := len(y)
		if line+1 < len(starts) {
			end = starts[line+1] - 1
		}
		for end > starts[line] && (y[end-1] == '\r' || y[end-1] == ' ') {
			end--
		}
		return Range{base + starts[line], base + end}
	}
	return Range{}
}
