// Package markupresidue flags HTML left behind in article text by
// copy-paste and conversion: character entities that were never decoded
// ("&#8217;", "&nbsp;", "&amp;amp;") and block-level tags stranded in a
// paragraph ("</p>", "<div>").
package markupresidue

import (
	"html"
	"regexp"
	"strings"
	"sync"

	"github.com/newslint/newslint/lint"
)

// Rule is the markup-residue rule.
var Rule = &lint.Rule{
	Name:     "markup-residue",
	Category: lint.Garbled,
	Doc: `HTML entities or tags left in the text by copy-paste or conversion.

Reported: an entity that shows as text ("&amp;#8217;" in HTML, "&#8217;"
in plain text or Markdown prose, where it is residue of a copy from HTML:
write the character; Markdown's own escapes "&amp;", "&lt;" and "&gt;"
are correct), and block-level
tags stranded inside a paragraph ("</p>", "<div>", "</li>"). Inline tags
that Markdown allows for formatting ("<br>", "<em>", "<sup>", "<a>") are
legitimate and not reported; in plain text every tag is residue. Where
the entity is known, the fix replaces it with its character.`,
	Severity: lint.Warning,
	Run:      run,
	Prepare:  func() { patterns() },
}

// markupPatterns are the rule's expressions, compiled on first use or by
// Prepare, off the critical path, rather than in package initialisation,
// which every run pays.
type markupPatterns struct {
	entity, tag *regexp.Regexp
}

var patterns = sync.OnceValue(func() *markupPatterns {
	return &markupPatterns{
		entity: regexp.MustCompile(`&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z][a-zA-Z0-9]{1,31});`),
		tag:    regexp.MustCompile(`</?([a-zA-Z][a-zA-Z0-9]*(?::[a-zA-Z][a-zA-Z0-9]*)?)(?:\s[^<>]*)?/?>`),
	}
})

// blockTags structure a page; inside a paragraph of prose they are
// always residue.
var blockTags = map[string]bool{
	"p": true, "div": true, "li": true, "ul": true, "ol": true, "table": true, "tr": true,
	"td": true, "th": true, "tbody": true, "thead": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "section": true, "article": true, "blockquote": true,
	"body": true, "html": true, "head": true, "header": true, "footer": true, "font": true,
	"center": true, "figure": true, "figcaption": true, "aside": true, "main": true, "nav": true,
	// No formatting meaning in Markdown: left by a copy from a web page or
	// a word processor ("<span style=…>", Word's "<o:p>").
	"span": true, "o:p": true,
}

func run(pass *lint.Pass) error {
	doc := pass.Doc
	entity, tag := patterns().entity, patterns().tag
	for _, b := range doc.Blocks {
		// Entities still visible in the text: plain text, or HTML that
		// was escaped twice.
		for _, m := range entity.FindAllStringIndex(b.Text, -1) {
			ent := b.Text[m[0]:m[1]]
			if doc.Format == lint.FormatMarkdown && markdownEscapes[ent] {
				continue
			}
			reportEntity(pass, b.Span(m[0], m[1]), ent, "shows as text")
		}
		if doc.Format == lint.FormatMarkdown {
			for _, r := range b.Markup {
				src := string(doc.Source[r.Start:r.End])
				if m := tag.FindStringSubmatch(src); len(m) > 1 && blockTags[strings.ToLower(m[1])] {
					reportTag(pass, r, src)
				}
			}
		}
		// Tags visible in the text: plain text, escaped HTML, or in
		// Markdown what the parser did not take for HTML ("<o:p>").
		for _, m := range tag.FindAllStringSubmatchIndex(b.Text, -1) {
			name := strings.ToLower(b.Text[m[2]:m[3]])
			if doc.Format != lint.FormatHTML || blockTags[name] || name == "br" {
				reportTag(pass, b.Span(m[0], m[1]), b.Text[m[0]:m[1]])
			}
		}
	}
	return nil
}

// markdownEscapes are the entities Markdown itself needs to show &, < and
// > literally in some positions: correct, not residue.
var markdownEscapes = map[string]bool{"&amp;": true, "&lt;": true, "&gt;": true}

func reportEntity(pass *lint.Pass, r lint.Range, ent, where string) {
	f := lint.Finding{
		Range:    r,
		Severity: lint.Warning,
		Message:  "markup residue: the HTML entity “" + ent + "” " + where + ", left over from a copy of a web page",
	}
	if dec := html.UnescapeString(ent); dec != ent {
		shown := "“" + dec + "”"
		if dec == "\u00a0" {
			dec, shown = " ", "a space"
		}
		f.Message += "; it stands for " + shown
		f.Fixes = []lint.Fix{{
			Message: "Replace with " + shown,
			Edits:   []lint.Edit{{Start: r.Start, End: r.End, Text: dec}},
		}}
	}
	pass.Report(f)
}

func reportTag(pass *lint.Pass, r lint.Range, t string) {
	pass.Report(lint.Finding{
		Range:    r,
		Severity: lint.Warning,
		Message:  "markup residue: the HTML tag “" + t + "” is stranded in the prose, left over from a copy of a web page",
		Fixes: []lint.Fix{{
			Message: "Remove the tag",
			Edits:   []lint.Edit{{Start: r.Start, End: r.End}},
		}},
	})
}
