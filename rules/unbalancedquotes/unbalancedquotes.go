// Package unbalancedquotes flags quotation marks and brackets that are
// opened and never closed (or closed and never opened) within a
// paragraph, as cutting and spinning leave them.
package unbalancedquotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules/internal/garbled"
)

// Rule is the unbalanced-quotes rule.
var Rule = &lint.Rule{
	Name:     "unbalanced-quotes",
	Category: lint.Garbled,
	Doc: `A quotation mark or bracket opened and never closed in its paragraph.

Double quotation marks (straight and curly) and round and square brackets
are paired within each paragraph. A quotation left open at the end of a
paragraph is correct news style when the next paragraph opens with a
quotation mark (the quote continues), and is not reported then. Single
quotation marks are not counted: ’ is also the apostrophe ("’s", "rock
’n’ roll", "’90s"), and British nested quotes use them inside “…”.
List markers such as "a)" and "1)" are not brackets. No fix is offered:
where the closing mark belongs is unknown.`,
	Severity: lint.Warning,
	Run:      run,
}

type mark struct {
	r   rune
	off int
}

func run(pass *lint.Pass) error {
	blocks := pass.Doc.Blocks
	var carried []carriedMark // brackets left open by earlier paragraphs
	for i, b := range blocks {
		if b.Kind == lint.BlockTableCell {
			continue
		}
		continues := i+1 < len(blocks) && opensWithQuote(blocks[i+1].Text)
		checkQuotes(pass, b, continues)
		carried = checkBrackets(pass, b, carried)
	}
	for _, c := range carried {
		reportOpenBracket(pass, c)
	}
	return nil
}

// carriedMark is an opening bracket still open after its paragraph: a
// parenthesis may run over a paragraph break, so it is reported only when
// no closing bracket turns up within carryParagraphs paragraphs.
type carriedMark struct {
	mark
	block *lint.Block
	age   int
}

const carryParagraphs = 3

// reportOpenBracket reports a bracket never closed. One opened inside a
// sentence must close before the sentence ends, so a lost closing mark is
// near certain; one opened at a sentence start may enclose whole
// sentences and paragraphs, so the closing mark may simply be far away.
func reportOpenBracket(pass *lint.Pass, c carriedMark) {
	closer := ")"
	if c.r == '[' {
		closer = "]"
	}
	sev, how := lint.Warning, "opened inside a sentence and never closed"
	if atSentenceStart(c.block.Text, c.off) {
		sev, how = lint.Info, "opened before a sentence and not closed"
	}
	report(pass, c.block, c.off, sev, "bracket "+string(c.r)+" is "+how+" (no "+closer+" in the paragraph or the next ones)")
}

// atSentenceStart reports whether text[off] begins the text or follows a
// sentence end.
func atSentenceStart(text string, off int) bool {
	before := strings.TrimRight(text[:off], " \t\n")
	if before == "" {
		return true
	}
	// An initial or a short abbreviation ("William A.", "Mr.") does not
	// end a sentence.
	fields := garbled.Fields(before)
	last := fields[len(fields)-1]
	return garbled.EndsSentence(last.Raw) && utf8.RuneCountInString(last.Core) > 3
}

// closesSentences reports whether the closing bracket at off follows a
// sentence end ("… games.)"): it closes a parenthesis of whole sentences,
// whose opening mark may lie paragraphs before.
func closesSentences(text string, off int) bool {
	before := strings.TrimRight(text[:off], " ")
	return before != "" && garbled.EndsSentence(before)
}

func opensWithQuote(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return r == '“' || r == '"' || r == '„' || r == '«'
}

// checkQuotes pairs double quotation marks. A straight quote opens when
// it stands before a word and closes after one; otherwise it toggles.
func checkQuotes(pass *lint.Pass, b *lint.Block, continues bool) {
	text := b.Text
	open := -1
	var openRune rune
	for i, r := range text {
		if r != '“' && r != '„' && r != '”' && r != '"' {
			continue
		}
		if strings.HasSuffix(text[:i], "€") {
			// Part of mojibake ("â€œ", "â€“": the bytes of a UTF-8 quote
			// or dash shown as Windows-1252), which the mojibake rule
			// reports; not a quotation mark.
			continue
		}
		switch r {
		case '“', '„':
			if open >= 0 && openRune == '“' && r == '“' {
				// A second opening mark before any closing one: the
				// first quotation was never closed.
				report(pass, b, open, lint.Info, "quotation mark “ is opened and never closed before the next “ (or a nested quotation uses double marks)")
			}
			open, openRune = i, '“'
		case '”':
			if open < 0 {
				// Often a continued quotation whose reopening mark was
				// left out: unsure, so only noted.
				report(pass, b, i, lint.Info, "closing quotation mark ” without an opening one in the paragraph")
			}
			open = -1
		case '"':
			if open >= 0 {
				open = -1
			} else {
				open, openRune = i, '"'
			}
		}
	}
	if open < 0 || continues {
		return
	}
	// A quotation opened at the start of a paragraph and left open is
	// the multi-paragraph style (sometimes missing its reopening mark);
	// one opened mid-paragraph that runs on into narration ("… status
	// quo. He also said …") lost its closing mark.
	if open > 0 && narrates(text[open:]) {
		report(pass, b, open, lint.Warning, "quotation mark "+string(openRune)+" is opened and never closed: the quotation runs on into the narration after it")
	} else {
		report(pass, b, open, lint.Info, "quotation mark "+string(openRune)+" is opened and never closed in the paragraph")
	}
}

// attributionVerbs introduce or close reported speech.
var attributionVerbs = map[string]bool{"said": true, "says": true, "told": true, "added": true, "asked": true}

// attributes reports whether an unclosed quotation holds its own speech
// tag (“…under control, Ortega told reporters”): a comma, then within
// three words an attribution verb. The quotation should have closed at
// the comma.
func attributes(fields []garbled.Field) bool {
	for i, f := range fields {
		if !strings.HasSuffix(f.Raw, ",") {
			continue
		}
		for j := i + 1; j < len(fields) && j <= i+3; j++ {
			if attributionVerbs[fields[j].Core] {
				return true
			}
			if fields[j].Core != fields[j].Raw {
				break
			}
		}
	}
	return false
}

// narrators open a sentence of narration about the speaker.
var narrators = map[string]bool{"He": true, "She": true, "They": true, "His": true, "Her": true, "Their": true}

// narrates reports whether an unclosed quotation contains, after a
// sentence end, a third-person sentence with no first or second person in
// it: the reporter's voice, not the speaker's.
func narrates(quoted string) bool {
	fields := garbled.Fields(quoted)
	if attributes(fields) {
		return true
	}
	for i := 1; i < len(fields); i++ {
		if !garbled.EndsSentence(fields[i-1].Raw) || !narrators[fields[i].Core] {
			continue
		}
		personal := false
		for j := i; j < len(fields); j++ {
			switch strings.ToLower(fields[j].Core) {
			case "i", "we", "you", "my", "our", "your", "me", "us":
				personal = true
			}
			if garbled.EndsSentence(fields[j].Raw) {
				break
			}
		}
		if !personal {
			return true
		}
	}
	return false
}

// checkBrackets pairs ( ) and [ ] in b, closing brackets carried over
// from earlier paragraphs first, and returns the brackets still open.
func checkBrackets(pass *lint.Pass, b *lint.Block, carried []carriedMark) []carriedMark {
	text := b.Text
	var stack []mark
	for i, r := range text {
		switch r {
		case '(', '[':
			stack = append(stack, mark{r, i})
		case ')', ']':
			want := '('
			if r == ']' {
				want = '['
			}
			if len(stack) > 0 && stack[len(stack)-1].r == want {
				stack = stack[:len(stack)-1]
				continue
			}
			if len(stack) == 0 && len(carried) > 0 && carried[len(carried)-1].r == want {
				carried = carried[:len(carried)-1]
				continue
			}
			if r == ')' && isListMarker(text, i) {
				continue
			}
			if closesSentences(text, i) {
				report(pass, b, i, lint.Info, "closing bracket "+string(r)+" after whole sentences without an opening one nearby")
				continue
			}
			report(pass, b, i, lint.Warning, "closing bracket "+string(r)+" without an opening one in the paragraph")
		}
	}
	var still []carriedMark
	for _, c := range carried {
		c.age++
		if c.age >= carryParagraphs {
			reportOpenBracket(pass, c)
			continue
		}
		still = append(still, c)
	}
	for _, m := range stack {
		still = append(still, carriedMark{mark: m, block: b})
	}
	return still
}

// isListMarker reports whether the ) at i closes a list marker: one or two
// letters or digits at the start of the text or after a space ("a)", "12)").
func isListMarker(text string, i int) bool {
	j := i
	for j > 0 && i-j < 2 {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		j -= size
	}
	return j < i && (j == 0 || text[j-1] == ' ')
}

func report(pass *lint.Pass, b *lint.Block, off int, sev lint.Severity, msg string) {
	_, size := utf8.DecodeRuneInString(b.Text[off:])
	pass.Report(lint.Finding{
		Range:    b.Span(off, off+size),
		Severity: sev,
		Message:  "unbalanced " + msg,
	})
}
