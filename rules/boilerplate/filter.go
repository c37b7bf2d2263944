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
	lit  string // condLit: lower-cased, at least two bytes
	kids []*cond
}

type condOp uint8

const (
	condTrue condOp = iota
	condLit
	condAnd
	condOr
)

var always = &cond{op: condTrue}

// requiredCond returns the condition of expr (Perl syntax, as regexp
// compiles it); always when the expression cannot be parsed.
func requiredCond(expr string) *cond {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return always
	}
	return condOf(re)
}

func condOf(re *syntax.Regexp) *cond {
	switch re.Op {
	case syntax.OpLiteral:
		return literalCond(re.Rune, re.Flags&syntax.FoldCase != 0)
	case syntax.OpCapture, syntax.OpPlus:
		return condOf(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return condOf(re.Sub[0])
		}
	case syntax.OpConcat:
		var kids []*cond
		for _, sub := range re.Sub {
			kids = and(kids, condOf(sub))
		}
		return join(condAnd, kids)
	case syntax.OpAlternate:
		var kids []*cond
		for _, sub := range re.Sub {
			c := condOf(sub)
			if c.op == condTrue {
				return always
			}
			kids = append(kids, c)
		}
		return join(condOr, kids)
	default:
		// Classes, anchors, empty and optional parts require nothing.
	}
	return always
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

// literalCond is the condition of a literal: its lower-cased text occurs
// in the lower-cased block. A case-folded letter whose fold orbit holds a
// rune that lower-cases differently (s and ſ) cannot be tested that way;
// the literal is cut there and the pieces around it are required.
func literalCond(runes []rune, fold bool) *cond {
	var kids []*cond
	start := 0
	flush := func(end int) {
		if s := strings.ToLower(string(runes[start:end])); len(s) >= 2 {
			kids = append(kids, &cond{op: condLit, lit: s})
		}
	}
	for i, r := range runes {
		if r == utf8.RuneError || (fold && !foldSafe(r)) {
			flush(i)
			start = i + 1
		}
	}
	flush(len(runes))
	return join(condAnd, kids)
}

// foldSafe reports whether every rune that matches r case-insensitively
// lower-cases to the same rune as r.
func foldSafe(r rune) bool {
	lr := unicode.ToLower(r)
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if unicode.ToLower(f) != lr {
			return false
		}
	}
	return true
}

// literalIndex finds, in one pass over a lower-cased block, which of a
// fixed set of literals (each at least two bytes) it contains.
type literalIndex struct {
	lits []string
	ids  map[string]int
	// byPrefix lists the literals by their first two bytes.
	byPrefix [256]*[256][]entry
}

func (x *literalIndex) add(s string) int {
	if id, ok := x.ids[s]; ok {
		return id
	}
	id := len(x.lits)
	x.lits = append(x.lits, s)
	x.ids[s] = id
	t := x.byPrefix[s[0]]
	if t == nil {
		t = new([256][]entry)
		x.byPrefix[s[0]] = t
	}
	e := entry{id: id}
	for i := range min(len(s), 4) {
		e.head |= uint32(s[i]) << (8 * i)
		e.mask |= 0xff << (8 * i)
	}
	t[s[1]] = append(t[s[1]], e)
	return id
}

// entry is a literal in literalIndex.byPrefix: its id and its first four
// bytes (fewer for a shorter literal, as masked), compared before the
// whole literal.
type entry struct {
	id         int
	head, mask uint32
}

// scan returns the set of literals that lower contains.
func (x *literalIndex) scan(lower string) []bool {
	found := make([]bool, len(x.lits))
	// w holds lower[i:i+4], little-endian, zero past the end.
	var w uint32
	for i := range min(len(lower), 4) {
		w |= uint32(lower[i]) << (8 * i)
	}
	for i := 0; i+1 < len(lower); i++ {
		if t := x.byPrefix[lower[i]]; t != nil {
			for _, e := range t[lower[i+1]] {
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
	return found
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

func (c *icond) eval(found []bool) bool {
	switch c.op {
	case condLit:
		return found[c.lit]
	case condAnd:
		for _, k := range c.kids {
			if !k.eval(found) {
				return false
			}
		}
		return true
	case condOr:
		for _, k := range c.kids {
			if k.eval(found) {
				return true
			}
		}
		return false
	default:
		return true
	}
}

func (x *literalIndex) compile(c *cond) *icond {
	ic := &icond{op: c.op}
	switch c.op {
	case condLit:
		ic.lit = x.add(c.lit)
	case condAnd, condOr:
		for _, k := range c.kids {
			ic.kids = append(ic.kids, x.compile(k))
		}
	default:
	}
	return ic
}

// library is the prefilter of the built-in patterns.
type library struct {
	index    literalIndex
	patterns []compiled // by index in builtin()
}

var builtinLibrary = sync.OnceValue(func() *library {
	l := &library{index: literalIndex{ids: map[string]int{}}}
	ps := builtin()
	l.patterns = make([]compiled, len(ps))
	for i := range ps {
		p := &ps[i]
		var c compiled
		for _, s := range p.needs {
			c.needs = append(c.needs, l.index.add(s))
		}
		c.cond = l.index.compile(p.cond)
		l.patterns[i] = c
	}
	return l
})

// blockFilter is what the four boilerplate rules share about a block: its
// lower-cased text and which built-in patterns may match it.
type blockFilter struct {
	lower string
	may   []bool // by index in builtin()
}

// blockFilters computes the filters of every block of a document once for
// the four rules.
var blockFilters = &lint.Analysis[[]*blockFilter]{
	Name: "boilerplate-prefilter",
	Run: func(doc *lint.Document) []*blockFilter {
		l := builtinLibrary()
		out := make([]*blockFilter, len(doc.Blocks))
		for i, b := range doc.Blocks {
			if skipBlock(b) {
				continue
			}
			f := &blockFilter{lower: strings.ToLower(b.Text), may: make([]bool, len(l.patterns))}
			found := l.index.scan(f.lower)
			for j, c := range l.patterns {
				f.may[j] = c.mayMatch(found)
			}
			out[i] = f
		}
		return out
	},
}

func (c *compiled) mayMatch(found []bool) bool {
	if len(c.needs) > 0 {
		if !slices.ContainsFunc(c.needs, func(id int) bool { return found[id] }) {
			return false
		}
	}
	return c.cond.eval(found)
}

// mayMatchIn reports whether p can match the block filtered by f.
func (p *Pattern) mayMatchIn(f *blockFilter) bool {
	if p.builtin > 0 && &builtin()[p.builtin-1] == p {
		return f.may[p.builtin-1]
	}
	return p.mayMatch(f.lower) && p.cond.evalLower(f.lower)
}

// evalLower evaluates c on a lower-cased text directly.
func (c *cond) evalLower(lower string) bool {
	if c == nil {
		return true
	}
	switch c.op {
	case condLit:
		return strings.Contains(lower, c.lit)
	case condAnd:
		for _, k := range c.kids {
			if !k.evalLower(lower) {
				return false
			}
		}
		return true
	case condOr:
		for _, k := range c.kids {
			if k.evalLower(lower) {
				return true
			}
		}
		return false
	default:
		return true
	}
}
