package boilerplate

import (
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newslint/newslint/lint"
)

// A cond is a condition on the lower-cased text of a block that every
// match of a pattern satisfies: the literals of the expression joined by
// "and" for a sequence and "or" for an alternation, in the way of a
// trigram index query. Where needs keeps one set of literals, a cond keeps
// them all ("if you" and "value|enjoy|…" and "our|this|…"), so it rules out
// far more blocks; it only ever rules out blocks the expression cannot
// match, so the hits are the same.
type cond struct {
	op   condOp
	lit  string // condLit: lower-cased; condExact: as written; at least two bytes
	kids []*cond
}

type condOp uint8

const (
	condTrue condOp = iota
	condLit
	condExact
	condAnd
	condOr
)

var always = &cond{op: condTrue}

// maxExact bounds the set of strings a part of an expression is known to
// match exactly ("AP|AFP", parsed as A(?:P|FP)); a larger one is given up
// for a condition.
const maxExact = 64

// info is what is known of a part of an expression: the strings it
// matches, when there are few, or else a condition.
type info struct {
	exact []string // nil when not known; "" for an empty match
	mode  caseMode // how the exact strings are compared
	c     *cond    // when exact is nil
}

type caseMode uint8

const (
	// anyCase: the strings are their own lower case (punctuation).
	anyCase caseMode = iota
	// folded: lower-cased, looked for in the lower-cased text.
	folded
	// asWritten: looked for in the text as it is.
	asWritten
)

// merge returns the mode of strings made of parts in modes a and b.
func merge(a, b caseMode) (caseMode, bool) {
	switch {
	case a == anyCase:
		return b, true
	case b == anyCase || a == b:
		return a, true
	}
	return 0, false
}

var emptyOnly = info{exact: []string{""}}

// cond is the condition that a text holds one of the exact strings.
func (in info) cond() *cond {
	if in.exact == nil {
		if in.c == nil {
			return always
		}
		return in.c
	}
	op := condLit
	if in.mode == asWritten {
		op = condExact
	}
	var kids []*cond
	for _, s := range in.exact {
		if len(s) < 2 {
			return always
		}
		kids = append(kids, &cond{op: op, lit: s})
	}
	return join(condOr, kids)
}

func infoOf(re *syntax.Regexp) info {
	switch re.Op {
	case syntax.OpLiteral:
		fold := re.Flags&syntax.FoldCase != 0
		if slices.Contains(re.Rune, utf8.RuneError) {
			return info{c: literalCond(re.Rune, fold)}
		}
		if fold {
			return info{exact: []string{canonString(string(re.Rune))}, mode: folded}
		}
		return info{exact: []string{string(re.Rune)}, mode: asWritten}
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return emptyOnly
	case syntax.OpCharClass:
		return classInfo(re.Rune)
	case syntax.OpCapture:
		return infoOf(re.Sub[0])
	case syntax.OpQuest:
		sub := infoOf(re.Sub[0])
		if sub.exact != nil && len(sub.exact) < maxExact {
			return info{exact: union(slices.Clone(sub.exact), []string{""}), mode: sub.mode}
		}
	case syntax.OpPlus:
		return info{c: infoOf(re.Sub[0]).cond()}
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return info{c: infoOf(re.Sub[0]).cond()}
		}
	case syntax.OpConcat:
		return concatInfo(re.Sub)
	case syntax.OpAlternate:
		return alternateInfo(re.Sub)
	default:
		// Any character, stars and optional parts require nothing.
	}
	return info{c: always}
}

// classInfo knows the runes of a small class.
func classInfo(ranges []rune) info {
	var out []string
	mode := anyCase
	for i := 0; i+1 < len(ranges); i += 2 {
		for r := ranges[i]; r <= ranges[i+1]; r++ {
			if len(out) >= 8 || r == utf8.RuneError {
				return info{c: always}
			}
			if canon(r) != r {
				mode = asWritten
			}
			out = append(out, string(r))
		}
	}
	if len(out) == 0 {
		return info{c: always}
	}
	return info{exact: out, mode: mode}
}

func concatInfo(subs []*syntax.Regexp) info {
	var kids []*cond
	cur := emptyOnly
	for _, sub := range subs {
		in := infoOf(sub)
		if in.exact != nil {
			if m, ok := merge(cur.mode, in.mode); ok && len(cur.exact)*len(in.exact) <= maxExact {
				cur = info{exact: cross(cur.exact, in.exact), mode: m}
				continue
			}
			kids = and(kids, cur.cond())
			cur = in
			continue
		}
		kids = and(kids, cur.cond())
		kids = and(kids, in.cond())
		cur = emptyOnly
	}
	if len(kids) == 0 {
		return cur
	}
	return info{c: join(condAnd, and(kids, cur.cond()))}
}

func alternateInfo(subs []*syntax.Regexp) info {
	ins := make([]info, len(subs))
	known := true
	mode, n := anyCase, 0
	for i, sub := range subs {
		ins[i] = infoOf(sub)
		if ins[i].exact == nil {
			known = false
			continue
		}
		n += len(ins[i].exact)
		if m, ok := merge(mode, ins[i].mode); ok {
			mode = m
		} else {
			known = false
		}
	}
	if known && n <= maxExact {
		var out []string
		for _, in := range ins {
			out = union(out, in.exact)
		}
		return info{exact: out, mode: mode}
	}
	var kids []*cond
	for _, in := range ins {
		c := in.cond()
		if c.op == condTrue {
			return info{c: always}
		}
		kids = append(kids, c)
	}
	return info{c: join(condOr, kids)}
}

// cross returns every string of a followed by one of b.
func cross(a, b []string) []string {
	var out []string
	for _, x := range a {
		for _, y := range b {
			out = union(out, []string{x + y})
		}
	}
	return out
}

// union adds to a the strings of b it does not have.
func union(a, b []string) []string {
	for _, s := range b {
		if !slices.Contains(a, s) {
			a = append(a, s)
		}
	}
	return a
}

// and appends c to the operands of a conjunction, flattening.
func and(kids []*cond, c *cond) []*cond {
	switch c.op {
	case condTrue:
		return kids
	case condAnd:
		return append(kids, c.kids...)
	default:
		return append(kids, c)
	}
}

func join(op condOp, kids []*cond) *cond {
	switch len(kids) {
	case 0:
		return always
	case 1:
		return kids[0]
	}
	return &cond{op: op, kids: kids}
}

// literalCond is the condition of a literal with a U+FFFD in it (which
// an invalid byte also matches): the pieces around it are required.
func literalCond(runes []rune, fold bool) *cond {
	var kids []*cond
	start := 0
	flush := func(end int) {
		if !fold {
			if s := string(runes[start:end]); len(s) >= 2 {
				kids = append(kids, &cond{op: condExact, lit: s})
			}
		} else if s := canonString(string(runes[start:end])); len(s) >= 2 {
			kids = append(kids, &cond{op: condLit, lit: s})
		}
	}
	for i, r := range runes {
		if r == utf8.RuneError {
			flush(i)
			start = i + 1
		}
	}
	flush(len(runes))
	return join(condAnd, kids)
}

// canon maps every rune of a case-folding orbit (s, S and ſ; k, K and the
// Kelvin sign) to one rune, the lower case of its least member: runes that
// match each other case-insensitively have the same canon. For all but a
// few runes it is unicode.ToLower.
func canon(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	least := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		least = min(least, f)
	}
	return unicode.ToLower(least)
}

func canonString(s string) string { return strings.Map(canon, s) }

// foldedOf returns canonString(text), given lower, strings.ToLower(text):
// the two differ only where text has a rune like ſ.
func foldedOf(text, lower string) string {
	for _, r := range text {
		if r >= utf8.RuneSelf && canon(r) != unicode.ToLower(r) {
			return canonString(text)
		}
	}
	return lower
}

// literalIndex finds, in one pass over a lower-cased block, which of a
// fixed set of literals (each at least two bytes) it contains.
type literalIndex struct {
	lits []string
	ids  map[string]int
	// pairs lists the two-byte literals by their bytes.
	pairs [256]*[256][]entry
	// triples lists the longer literals by a hash of their first three
	// bytes.
	triples [1 << tripleBits][]entry
}

const tripleBits = 12

func tripleHash(b0, b1, b2 byte) uint32 {
	return (uint32(b0)<<16 | uint32(b1)<<8 | uint32(b2)) * 2654435761 >> (32 - tripleBits)
}

func (x *literalIndex) add(s string) int {
	if id, ok := x.ids[s]; ok {
		return id
	}
	id := len(x.lits)
	x.lits = append(x.lits, s)
	x.ids[s] = id
	e := entry{id: id}
	for i := range min(len(s), 4) {
		e.head |= uint32(s[i]) << (8 * i)
		e.mask |= 0xff << (8 * i)
	}
	if len(s) == 2 {
		t := x.pairs[s[0]]
		if t == nil {
			t = new([256][]entry)
			x.pairs[s[0]] = t
		}
		t[s[1]] = append(t[s[1]], e)
	} else {
		h := tripleHash(s[0], s[1], s[2])
		x.triples[h] = append(x.triples[h], e)
	}
	return id
}

// entry is a literal in a literalIndex table: its id and its first four
// bytes (fewer for a shorter literal, as masked), compared before the
// whole literal.
type entry struct {
	id         int
	head, mask uint32
}

// scan sets found[id] for each literal that lower contains; found has a
// place for every literal and is all false.
func (x *literalIndex) scan(lower string, found []bool) {
	// w holds lower[i:i+4], little-endian, zero past the end.
	var w uint32
	for i := range min(len(lower), 4) {
		w |= uint32(lower[i]) << (8 * i)
	}
	for i := 0; i+1 < len(lower); i++ {
		if t := x.pairs[lower[i]]; t != nil {
			for _, e := range t[lower[i+1]] {
				if w&e.mask == e.head {
					found[e.id] = true
				}
			}
		}
		if i+2 < len(lower) {
			for _, e := range x.triples[tripleHash(lower[i], lower[i+1], lower[i+2])] {
				if w&e.mask == e.head && !found[e.id] && strings.HasPrefix(lower[i:], x.lits[e.id]) {
					found[e.id] = true
				}
			}
		}
		w >>= 8
		if i+4 < len(lower) {
			w |= uint32(lower[i+4]) << 24
		}
	}
}

// compiled is a pattern's prefilter over a literalIndex: the old needs
// (one of them must occur) and the cond, by literal id.
type compiled struct {
	needs []int
	cond  *icond
}

type icond struct {
	op   condOp
	lit  int
	kids []*icond
}

func (c *icond) eval(found, foundExact []bool) bool {
	switch c.op {
	case condLit:
		return found[c.lit]
	case condExact:
		return foundExact[c.lit]
	case condAnd:
		for _, k := range c.kids {
			if !k.eval(found, foundExact) {
				return false
			}
		}
		return true
	case condOr:
		for _, k := range c.kids {
			if k.eval(found, foundExact) {
				return true
			}
		}
		return false
	default:
		return true
	}
}

// library is the prefilter of the built-in patterns.
type library struct {
	index    literalIndex // lower-cased literals, looked for in the lower-cased text
	exact    literalIndex // literals matched with case, looked for in the text
	patterns []compiled   // by index in builtin()
}

func (l *library) compile(c *cond) *icond {
	ic := &icond{op: c.op}
	switch c.op {
	case condLit:
		ic.lit = l.index.add(c.lit)
	case condExact:
		ic.lit = l.exact.add(c.lit)
	case condAnd, condOr:
		for _, k := range c.kids {
			ic.kids = append(ic.kids, l.compile(k))
		}
	default:
	}
	return ic
}

// builtinLibrary is the prefilter of the embedded library, built once.
var builtinLibrary = sync.OnceValue(func() *library { return newLibrary(builtin()) })

// newLibrary builds the prefilter of the patterns ps.
func newLibrary(ps []Pattern) *library {
	l := &library{index: literalIndex{ids: map[string]int{}}, exact: literalIndex{ids: map[string]int{}}}
	l.patterns = make([]compiled, len(ps))
	for i := range ps {
		p := &ps[i]
		var c compiled
		for _, s := range p.needs {
			c.needs = append(c.needs, l.index.add(s))
		}
		c.cond = l.compile(p.cond)
		l.patterns[i] = c
	}
	return l
}

// blockFilter is what the four boilerplate rules share about a block: its
// lower-cased text and which built-in patterns may match it.
type blockFilter struct {
	text, lower string
	folded      string // canonString(text), for the conditions
	may         []bool // by index in builtin()
}

// blockFilters computes the filters of every block of a document once for
// the four rules.
var blockFilters = &lint.Analysis[[]*blockFilter]{
	Name: "boilerplate-prefilter",
	Run: func(doc *lint.Document) []*blockFilter {
		l := builtinLibrary()
		out := make([]*blockFilter, len(doc.Blocks))
		found := make([]bool, len(l.index.lits))
		foundFolded := make([]bool, len(l.index.lits))
		foundExact := make([]bool, len(l.exact.lits))
		for i, b := range doc.Blocks {
			if skipBlock(b) {
				continue
			}
			f := &blockFilter{text: b.Text, lower: strings.ToLower(b.Text), may: make([]bool, len(l.patterns))}
			f.folded = foldedOf(b.Text, f.lower)
			clear(found)
			clear(foundExact)
			l.index.scan(f.lower, found)
			l.exact.scan(b.Text, foundExact)
			// The needs are looked for in the lower-cased text, the
			// conditions in the folded one; they are the same text but
			// where a rune like ſ is.
			ff := found
			if f.folded != f.lower {
				clear(foundFolded)
				l.index.scan(f.folded, foundFolded)
				ff = foundFolded
			}
			for j, c := range l.patterns {
				f.may[j] = c.mayMatch(found, ff, foundExact)
			}
			out[i] = f
		}
		return out
	},
}

func (c *compiled) mayMatch(found, foundFolded, foundExact []bool) bool {
	if len(c.needs) > 0 {
		if !slices.ContainsFunc(c.needs, func(id int) bool { return found[id] }) {
			return false
		}
	}
	return c.cond.eval(foundFolded, foundExact)
}

// mayMatchIn reports whether p can match the block filtered by f.
func (p *Pattern) mayMatchIn(f *blockFilter) bool {
	if p.builtin > 0 && &builtin()[p.builtin-1] == p {
		return f.may[p.builtin-1]
	}
	return p.mayMatch(f.lower) && p.cond.evalText(f.text, f.folded)
}

// evalText evaluates c on a text and its folded form directly.
func (c *cond) evalText(text, folded string) bool {
	if c == nil {
		return true
	}
	switch c.op {
	case condLit:
		return strings.Contains(folded, c.lit)
	case condExact:
		return strings.Contains(text, c.lit)
	case condAnd:
		for _, k := range c.kids {
			if !k.evalText(text, folded) {
				return false
			}
		}
		return true
	case condOr:
		for _, k := range c.kids {
			if k.evalText(text, folded) {
				return true
			}
		}
		return false
	default:
		return true
	}
}
