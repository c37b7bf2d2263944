package boilerplate

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/newslint/newslint/lint"
)

// Score thresholds: a candidate at or above warnAt is reported as a
// warning, at or above infoAt as info, below that not at all.
const (
	warnAt = 0.85
	infoAt = 0.65
	// extraPattern is added for every further distinct pattern matching
	// the same sentence: two independent tells beat one.
	extraPattern = 0.15
	// maxContext caps the context bonus, so context alone never turns a
	// weak phrase into a certain one.
	maxContext = 0.3
	// edgeBlocks is how many blocks at each end of the article count as
	// its edge.
	edgeBlocks = 3
	// ownBlockMax is the longest block (in bytes) that a "where: block"
	// pattern may be: page furniture is short.
	ownBlockMax = 300
)

// hit is one pattern match in a block's text.
type hit struct {
	pat *Pattern
	pos lint.Range // block-text range
}

// scored is a sentence (or a match, for SpanMatch patterns) with the hits
// inside it and its score.
type scored struct {
	block   int
	pos     lint.Range // block-text range to report
	hits    []hit
	score   float64
	reasons []string
}

// candidate is a finding before it is reported.
type candidate struct {
	block      int
	pos        lint.Range
	score      float64
	hits       []hit
	reasons    []string
	wholeBlock bool
}

// The context expressions are compiled on first use: an article without
// boilerplate candidates never scores one, and a one-article run should
// not pay for them.
var (
	secondPerson  = &lazyRegexp{expr: `(?i)\byou(?:r|rs|rself|['’](?:re|ll|ve|d))?\b`}
	firstPlural   = &lazyRegexp{expr: `(?i)\b(?:we|our|ours|us|we['’](?:re|ve|ll|d))\b`}
	linkOrHandle  = &lazyRegexp{expr: `(?i)https?://|\bwww\.|\b[\w-]+\.(?:com|org|net|co\.uk|io|news|ru)\b|(?:^|\s)@\w{2,}|\S+@\S+\.\w+`}
	selfReference = &lazyRegexp{expr: `\b(?:[Tt]his (?:site|website|newspaper|paper|publication|outlet|newsroom|page|app)|(?:The )?\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)? (?:Times|Post|Herald|Journal|Tribune|Gazette|Guardian|Telegraph|Chronicle|News|Standard|Observer|Independent|Express|Mirror|Monitor|Insider|Daily|Review))\b`}
	outletSpeaker = &lazyRegexp{expr: `(?i)\b(?:the|this) (?:outlet|publication|newspaper|paper|website|site|newsroom|magazine|news organi[sz]ation)\b`}
	// reportingVerb marks reported speech: "the charity urged people to
	// donate" is news about an appeal, not an appeal.
	reportingVerb = &lazyRegexp{expr: `(?i)\b(?:said|says|say|told|tells|according to|urged|urging|called on|appealed|announced|added|wrote|stated|asked|warned|explained|reported|claimed|insisted|argued)\b`}
	// imperativeVerbs open a sentence that addresses the reader.
	imperativeVerbs = map[string]bool{
		"subscribe": true, "sign": true, "download": true, "get": true, "follow": true,
		"like": true, "share": true, "join": true, "support": true, "donate": true,
		"give": true, "become": true, "consider": true, "click": true, "tap": true,
		"read": true, "see": true, "watch": true, "listen": true, "visit": true,
		"help": true, "tell": true, "let": true, "don't": true, "don’t": true,
		"never": true, "check": true, "find": true, "learn": true, "register": true,
		"contribute": true, "chip": true, "make": true, "keep": true, "stay": true,
		"enter": true, "contact": true, "email": true, "go": true, "try": true,
		"install": true, "log": true, "upgrade": true, "unlock": true, "enjoy": true,
		"discover": true, "explore": true, "comment": true, "leave": true,
	}
)

// collect finds the hits of patterns in block b, leaving quoted speech and
// misplaced matches out.
func collect(doc *lint.Document, b *lint.Block, patterns []*Pattern) []hit {
	filter := blockFilters.Of(doc)[b.Index]
	var hits []hit
	n := len(doc.Blocks)
	edge := b.Index < edgeBlocks || b.Index >= n-edgeBlocks
	trimmed := strings.TrimSpace(b.Text)
	for _, p := range patterns {
		if (p.Where == Edge && !edge) || (p.Where == OwnBlock && len(trimmed) > ownBlockMax) || !p.mayMatchIn(filter) {
			continue
		}
		for _, m := range p.expr().FindAllStringIndex(b.Text, -1) {
			// A pattern may anchor at a sentence start with [.!?]\s+;
			// the end of the previous sentence is not part of the hit.
			m[0] += len(b.Text[m[0]:m[1]]) - len(strings.TrimLeft(b.Text[m[0]:m[1]], ".!?\"” \t\n"))
			if m[1] <= m[0] || quoted(b, m[0], m[1]) {
				continue
			}
			if p.Where == OwnBlock && 10*(m[1]-m[0]) < 6*len(trimmed) {
				continue
			}
			hits = append(hits, hit{pat: p, pos: lint.Range{Start: m[0], End: m[1]}})
		}
	}
	return hits
}

// quoted reports whether a match lies in quoted speech: its start or most
// of it inside quotation marks.
func quoted(b *lint.Block, start, end int) bool {
	if b.InQuote(start) {
		return true
	}
	in := 0
	for _, q := range b.Quotes() {
		lo, hi := max(q.Start, start), min(q.End, end)
		if hi > lo {
			in += hi - lo
		}
	}
	return 2*in > end-start
}

// unquoted returns text with quoted stretches blanked, so that "we" and
// "you" in a speaker's words do not count as the article addressing anyone.
func unquoted(b *lint.Block, r lint.Range) string {
	buf := []byte(b.Text[r.Start:r.End])
	for _, q := range b.Quotes() {
		for i := max(q.Start, r.Start); i < min(q.End, r.End); i++ {
			buf[i-r.Start] = ' '
		}
	}
	return string(buf)
}

// scoreBlock groups the hits of block b by sentence and scores each.
func scoreBlock(doc *lint.Document, b *lint.Block, sents []lint.Sentence, hits []hit) []scored {
	var out []scored
	bySentence := map[int][]hit{}
	for _, h := range hits {
		if h.pat.Span == SpanMatch {
			out = append(out, score(doc, b, h.pos, []hit{h}, len(sents)))
			continue
		}
		for i, s := range sents {
			if s.Pos.Start < h.pos.End && h.pos.Start < s.Pos.End {
				bySentence[i] = append(bySentence[i], h)
			}
		}
		if len(sents) == 0 {
			bySentence[-1] = append(bySentence[-1], h)
		}
	}
	for i, hs := range bySentence {
		pos := lint.Range{Start: 0, End: len(b.Text)}
		if i >= 0 {
			pos = sents[i].Pos
			// A match running over the sentence end (a sentence split
			// inside "Sure! Here's") takes the next sentences along.
			for _, h := range hs {
				pos.Start, pos.End = min(pos.Start, h.pos.Start), max(pos.End, h.pos.End)
			}
		}
		out = append(out, score(doc, b, pos, hs, len(sents)))
	}
	slices.SortFunc(out, func(a, b scored) int { return a.pos.Start - b.pos.Start })
	return out
}

// score weighs hits in the text range pos of block b with their context.
func score(doc *lint.Document, b *lint.Block, pos lint.Range, hs []hit, nSents int) scored {
	s := scored{block: b.Index, pos: pos, hits: hs}
	best := 0.0
	distinct := map[string]bool{}
	for _, h := range hs {
		best = max(best, h.pat.Weight)
		distinct[h.pat.ID] = true
	}
	s.score = best + extraPattern*float64(len(distinct)-1)
	if len(distinct) > 1 {
		s.reasons = append(s.reasons, fmt.Sprintf("%d patterns agree", len(distinct)))
	}
	text := unquoted(b, pos)
	bonus := 0.0
	add := func(ok bool, v float64, why string) {
		if ok {
			bonus += v
			s.reasons = append(s.reasons, why)
		}
	}
	you := secondPerson.get().MatchString(text)
	add(you, 0.1, "addresses the reader (“you”)")
	add(imperative(text), 0.15, "imperative")
	add(firstPlural.get().MatchString(text), 0.1, "speaks as the outlet (“we”, “our”)")
	add(linkOrHandle.get().MatchString(text), 0.1, "link or handle")
	add(hs[0].pat.Kind == KindAppeal && selfReference.get().MatchString(text), 0.1, "names an outlet")
	add(hs[0].pat.Kind == KindAppeal && appealTheme.get().MatchString(outsideHits(text, pos, hs)), 0.1, "about the outlet's journalism")
	n := len(doc.Blocks)
	add(b.Index < 2 || b.Index >= n-2, 0.05, "at the edge of the article")
	add(nSents <= 2, 0.05, "a short paragraph of its own")
	s.score += min(bonus, maxContext)
	// A rewriting tool turns "Support us" into "The outlet says readers can
	// support it": reported speech whose speaker is a news outlet is still
	// the appeal.
	outletSpeaks := hs[0].pat.Kind == KindAppeal && outletSpeaker.get().MatchString(text)
	if !you && !outletSpeaks && reportedOutside(text, pos, hs) {
		s.score -= 0.3
		s.reasons = append(s.reasons, "reported speech −0.3")
	}
	// Round to hundredths so that 0.7+0.15 is 0.85 and meets warnAt.
	s.score = math.Round(s.score*100) / 100
	return s
}

// outsideHits blanks the hits in text (the range pos of a block), so that
// a feature is not counted twice when the pattern already holds it.
func outsideHits(text string, pos lint.Range, hs []hit) string {
	buf := []byte(text)
	for _, h := range hs {
		for i := max(h.pos.Start, pos.Start); i < min(h.pos.End, pos.End); i++ {
			buf[i-pos.Start] = ' '
		}
	}
	return string(buf)
}

// reportedOutside reports whether the text is reported speech about the
// matched phrase: a reporting verb before every hit ("the foundation said
// the grant will support independent journalism") or in an attribution
// tag after them ("…, the charity said"). A verb inside a hit belongs to
// the pattern ("urges readers to support"), and one in a relative clause
// after it ("…, which says revenue has collapsed") attributes something
// else.
func reportedOutside(text string, pos lint.Range, hs []hit) bool {
	first, last := len(text), 0
	for _, h := range hs {
		first = min(first, h.pos.Start-pos.Start)
		last = max(last, h.pos.End-pos.Start)
	}
	for _, m := range reportingVerb.get().FindAllStringIndex(text, -1) {
		if m[1] <= first {
			return true
		}
		if m[0] >= last && attributionTag(text[last:m[0]]) {
			return true
		}
	}
	return false
}

// attributionTag reports whether the text between a hit and a reporting
// verb ends in an attribution tag: a comma and a few words naming the
// speaker (", diplomats", ", the foundation"), not a relative clause
// (", which").
func attributionTag(between string) bool {
	comma := strings.LastIndex(between, ",")
	if comma < 0 {
		return false
	}
	words := strings.Fields(between[comma+1:])
	if len(words) > 4 {
		return false
	}
	if len(words) > 0 {
		switch strings.ToLower(words[0]) {
		case "which", "who", "that", "where", "whose":
			return false
		}
	}
	return true
}

// imperative reports whether a sentence (or the clause after a colon)
// opens with a verb addressing the reader: "Sign up for…", "Never miss a
// launch: sign up…".
func imperative(text string) bool {
	for clause := range strings.SplitSeq(text, ":") {
		words := strings.FieldsFunc(clause, func(r rune) bool {
			return !unicode.IsLetter(r) && r != '\'' && r != '’'
		})
		if len(words) == 0 {
			continue
		}
		w := strings.ToLower(words[0])
		if (w == "please" || w == "so" || w == "now") && len(words) > 1 {
			w = strings.ToLower(words[1])
		}
		if imperativeVerbs[w] {
			return true
		}
	}
	return false
}

// spans turns a block's scored sentences into candidates: the whole block
// when the boilerplate is most of it, else runs of adjacent sentences.
func spans(b *lint.Block, sents []lint.Sentence, ss []scored) []candidate {
	var out []candidate
	var sentenceLevel []scored
	strong := false
	for _, s := range ss {
		if s.score >= warnAt {
			strong = true
		}
	}
	for _, s := range ss {
		mode := s.hits[0].pat.Span
		if s.score < infoAt && !(strong && s.score >= infoAt-0.1) {
			continue
		}
		switch mode {
		case SpanMatch:
			out = append(out, candidate{block: b.Index, pos: s.pos, score: s.score, hits: s.hits, reasons: s.reasons})
		case SpanBlock:
			out = append(out, candidate{block: b.Index, pos: lint.Range{Start: 0, End: len(b.Text)}, score: s.score, hits: s.hits, reasons: s.reasons, wholeBlock: true})
		default:
			sentenceLevel = append(sentenceLevel, s)
		}
	}
	if len(sentenceLevel) == 0 {
		return out
	}
	covered := 0
	for _, s := range sentenceLevel {
		covered += s.pos.Len()
	}
	total := len(strings.TrimSpace(b.Text))
	if len(sents) == 0 || 2*len(sentenceLevel) >= len(sents) || 2*covered >= total {
		c := candidate{block: b.Index, pos: lint.Range{Start: 0, End: len(b.Text)}, wholeBlock: true}
		for _, s := range sentenceLevel {
			c.score = max(c.score, s.score)
			c.hits = append(c.hits, s.hits...)
			c.reasons = appendNew(c.reasons, s.reasons...)
		}
		return append(out, c)
	}
	for _, s := range sentenceLevel {
		if s.score < infoAt {
			continue
		}
		out = append(out, candidate{block: b.Index, pos: s.pos, score: s.score, hits: s.hits, reasons: s.reasons})
	}
	return out
}

func appendNew(list []string, items ...string) []string {
	for _, it := range items {
		if !slices.Contains(list, it) {
			list = append(list, it)
		}
	}
	return list
}
