package boilerplate

import (
	"math"
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
// trigram index query ("if you" and "value|enjoy|…" and "our|this|…").
// Running the regular expressions over every block would be the rules'
// main cost, and most blocks hold none of a pattern's words: a cond rules
// them out first. It only ever rules out blocks the expression cannot
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
// for a condition. Each string is a literal to scan for: at 64 the
// library had 3,400 of them, at 32 2,500, and it rules out as many blocks
// (on the 1,000-article corpus); at 16 the regular expressions run on a
// third more blocks.
const maxExact = 32

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

// fold returns canonString(s) in one pass, and s itself when it has no
// upper case: blocks are folded once each, so this is on the hot path.
func fold(s string) string {
	i := 0
	for i < len(s) {
		c := s[i]
		if c >= utf8.RuneSelf {
			// An invalid byte becomes U+FFFD, as strings.Map has it.
			r, size := utf8.DecodeRuneInString(s[i:])
			if canon(r) != r || size == 1 {
				break
			}
			i += size
			continue
		}
		if 'A' <= c && c <= 'Z' {
			break
		}
		i++
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, i, len(s))
	copy(b, s[:i])
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		b = utf8.AppendRune(b, canon(r))
		i += size
	}
	return string(b)
}

// literalIndex finds, in one pass over a text, which of a fixed set of
// literals (each at least two bytes) it contains. Most positions of a
// text start none of them, so the scan is built to reject a position in a
// few instructions: each literal of four bytes or more is listed under
// its first eight bytes (its first four, for a shorter one), and at each
// position one bit, indexed by a hash of the next eight bytes, says
// whether any literal may start there (another bit does for the next
// four); only then are the literals of that hash compared. Keying on
// eight bytes matters: many literals start with "the " or "this", which
// English text is full of, but few texts hold "the late" or "this art".
//
// Literals of two or three bytes ("ap", "in", "our") are not compared at
// each position: many are in most texts, and comparing them at every "in"
// would cost more than the rest of the scan. The scan marks every two and
// three bytes of the text in a small bit set, by a hash, and looks for
// such a literal with strings.Contains only when its mark is set.
type literalIndex struct {
	lits []string
	ids  map[string]int // while adding
	// long holds the literals of eight bytes or more, mid those of four
	// to seven.
	long, mid table
	// short lists the literals of two or three bytes with their marks.
	short []shortLit
}

// table lists literals by a hash of their first keyLen bytes: those of
// hash h are entries[first[h]:first[h+1]], and bit h of has is set when
// there are any.
type table struct {
	keyMask uint64 // the first keyLen bytes of a little-endian word
	shift   uint   // 64 minus the hash's bits
	has     []uint64
	first   []uint16 // the built-in library has a few thousand entries
	entries []entry
}

// entry is a literal in a table: its id and its first eight bytes (fewer
// for a shorter literal, as masked), compared before the whole literal.
type entry struct {
	id         int
	long       bool // longer than eight bytes
	head, mask uint64
}

// shortLit is a literal of two or three bytes and its mark.
type shortLit struct {
	id   int
	mark uint64
}

// Hash sizes: a table should be mostly empty, so that the bit of a
// position is rarely set by chance. The built-in library has a few
// thousand literals of eight bytes or more and about a hundred of four to
// seven. The marks of short literals hash a block's few hundred pairs
// and triples.
const (
	longBits = 15
	midBits  = 13
	markBits = 12
)

func (t *table) hash(w uint64) uint64 { return (w & t.keyMask) * 0x9E3779B97F4A7C15 >> t.shift }

// pairMark and tripleMark are the marks of the first two and three bytes
// of w: bits of the pairs and of the triples half of the scan's marks.
func pairMark(w uint64) uint64 { return (w & 0xffff) * 0x9E3779B97F4A7C15 >> (64 - markBits) }

func tripleMark(w uint64) uint64 { return (w&0xffffff)*0x9E3779B97F4A7C15>>(64-markBits) | 1<<markBits }

// add adds a literal and returns its id.
func (x *literalIndex) add(s string) int {
	if x.ids == nil {
		x.ids = map[string]int{}
	}
	if id, ok := x.ids[s]; ok {
		return id
	}
	id := len(x.lits)
	x.lits = append(x.lits, s)
	x.ids[s] = id
	return id
}

// build makes the tables once every literal is added.
func (x *literalIndex) build() {
	x.long = x.newTable(8, longBits, 8, 1<<30)
	x.mid = x.newTable(4, midBits, 4, 7)
	for id, s := range x.lits {
		switch len(s) {
		case 2:
			x.short = append(x.short, shortLit{id: id, mark: pairMark(headOf(s))})
		case 3:
			x.short = append(x.short, shortLit{id: id, mark: tripleMark(headOf(s))})
		}
	}
	x.ids = nil
}

// headOf returns the first eight bytes of s (fewer if it is shorter) as a
// little-endian word.
func headOf(s string) uint64 {
	var head uint64
	for i := range min(len(s), 8) {
		head |= uint64(s[i]) << (8 * i)
	}
	return head
}

// newTable makes the table of the literals of minLen to maxLen bytes,
// keyed by their first keyLen bytes in a hash of the given bits. It is
// built in place, by a counting sort: first[h] counts the entries of
// hash h, then (summed) points past the last of them, and is moved back
// to the first as they are placed.
func (x *literalIndex) newTable(keyLen, bits, minLen, maxLen int) table {
	n := 1 << bits
	t := table{keyMask: 1<<(8*keyLen) - 1, shift: uint(64 - bits), has: make([]uint64, (n+63)/64), first: make([]uint16, n+1)}
	if keyLen == 8 {
		t.keyMask = ^uint64(0)
	}
	in := func(s string) bool { return minLen <= len(s) && len(s) <= maxLen }
	count := 0
	for _, s := range x.lits {
		if in(s) {
			t.first[t.hash(headOf(s))]++
			count++
		}
	}
	if count > math.MaxUint16 {
		panic("boilerplate: too many literals for the prefilter's tables")
	}
	for h := 1; h < n; h++ {
		t.first[h] += t.first[h-1]
	}
	t.first[n] = t.first[n-1] // all of them
	t.entries = make([]entry, count)
	for id, s := range x.lits {
		if !in(s) {
			continue
		}
		e := entry{id: id, long: len(s) > 8, head: headOf(s), mask: ^uint64(0)}
		if len(s) < 8 {
			e.mask = 1<<(8*len(s)) - 1
		}
		h := t.hash(e.head)
		t.first[h]--
		t.entries[t.first[h]] = e
		t.has[h/64] |= 1 << (h % 64)
	}
	return t
}

// scanState is the working space of a scan, reused from text to text:
// found is all false and marks all zero between scans.
type scanState struct {
	found []bool   // by literal id
	list  []int    // the ids found
	marks []uint64 // the pairs, then the triples, of the text
}

func (x *literalIndex) newScanState() *scanState {
	return &scanState{found: make([]bool, len(x.lits)), marks: make([]uint64, 2<<markBits/64)}
}

// scan sets s.found[id] for each literal that text contains and lists its
// id in s.list; the caller resets both.
func (x *literalIndex) scan(text string, s *scanState) {
	s.list = s.list[:0]
	// w holds text[i:i+8], little-endian, zero past the end (no literal
	// holds a zero byte).
	var w uint64
	for i := range min(len(text), 8) {
		w |= uint64(text[i]) << (8 * i)
	}
	marks := s.marks[:2<<markBits/64]
	for i := 0; i+1 < len(text); i++ {
		// The bit tests are written out here, not in match, to keep the
		// common case free of calls.
		if h := x.long.hash(w); x.long.has[h/64]&(1<<(h%64)) != 0 {
			x.long.match(h, text[i:], w, s, x.lits)
		}
		if h := x.mid.hash(w); x.mid.has[h/64]&(1<<(h%64)) != 0 {
			x.mid.match(h, text[i:], w, s, x.lits)
		}
		m := pairMark(w)
		marks[m/64] |= 1 << (m % 64)
		m = tripleMark(w)
		marks[m/64] |= 1 << (m % 64)
		w >>= 8
		if i+8 < len(text) {
			w |= uint64(text[i+8]) << 56
		}
	}
	for _, l := range x.short {
		if marks[l.mark/64]&(1<<(l.mark%64)) != 0 && strings.Contains(text, x.lits[l.id]) {
			s.found[l.id] = true
			s.list = append(s.list, l.id)
		}
	}
	clear(marks)
}

// match records the literals of t of hash h that text, whose first eight
// bytes are w, starts with.
func (t *table) match(h uint64, text string, w uint64, s *scanState, lits []string) {
	for _, e := range t.entries[t.first[h]:t.first[h+1]] {
		if w&e.mask == e.head && !s.found[e.id] && (!e.long || strings.HasPrefix(text, lits[e.id])) {
			s.found[e.id] = true
			s.list = append(s.list, e.id)
		}
	}
}

// icond is a cond over the literals of a library, by id.
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

// library is the prefilter of the built-in patterns: the conditions of
// all of them over one shared literal index, so that a block is scanned
// once for all the patterns instead of once for every literal.
type library struct {
	// index holds the folded literals, looked for in the folded text, and
	// the literals matched with case, folded too: a text holds such a
	// literal only if its folded form holds the folded literal, which the
	// scan finds; strings.Contains on the text then decides.
	index    literalIndex
	exact    []string       // the literals matched with case
	exactIDs map[string]int // while compiling
	exactOf  [][]int        // by literal of index: the exact literals it folds
	patterns []*icond       // by index in the pattern list
	// users and exactUsers list, by literal of index and of exact, the
	// patterns that it gates (see gate): a pattern's condition is
	// evaluated only when one of its gate literals is in the block, and a
	// block holds few of them.
	users, exactUsers [][]int
	// always lists the patterns whose condition is true.
	always []int
}

func (l *library) compile(c *cond) *icond {
	if c == nil {
		return &icond{op: condTrue}
	}
	ic := &icond{op: c.op}
	switch c.op {
	case condLit:
		ic.lit = l.index.add(c.lit)
	case condExact:
		key := canonString(c.lit)
		if len(key) < 2 {
			// Too short for the index (a Kelvin sign folds to "k"):
			// this part of the condition is given up.
			return &icond{op: condTrue}
		}
		id, ok := l.exactIDs[c.lit]
		if !ok {
			id = len(l.exact)
			l.exact = append(l.exact, c.lit)
			l.exactIDs[c.lit] = id
			k := l.index.add(key)
			for len(l.exactOf) <= k {
				l.exactOf = append(l.exactOf, nil)
			}
			l.exactOf[k] = append(l.exactOf[k], id)
		}
		ic.lit = id
	case condAnd, condOr:
		for _, k := range c.kids {
			ic.kids = append(ic.kids, l.compile(k))
		}
	default:
	}
	return ic
}

// gate returns literals of c, one of which every text satisfying c holds:
// all those of an "or", and the gate of one operand of an "and", the one
// whose shortest literal is the longest (short literals like "in" or
// "the " are in most blocks, and would gate nothing).
func gate(c *icond, lits, exact []string) []*icond {
	switch c.op {
	case condLit, condExact:
		return []*icond{c}
	case condOr:
		var out []*icond
		for _, k := range c.kids {
			out = append(out, gate(k, lits, exact)...)
		}
		return out
	case condAnd:
		var best []*icond
		bestLen := 0
		for _, k := range c.kids {
			if g := gate(k, lits, exact); g != nil {
				if n := shortest(g, lits, exact); best == nil || n > bestLen {
					best, bestLen = g, n
				}
			}
		}
		return best
	default:
		return nil
	}
}

// shortest returns the length of the shortest literal of a gate.
func shortest(g []*icond, lits, exact []string) int {
	n := 0
	for i, c := range g {
		s := lits[c.lit]
		if c.op == condExact {
			s = exact[c.lit]
		}
		if i == 0 || len(s) < n {
			n = len(s)
		}
	}
	return n
}

// addUser records that literal id gates pattern.
func addUser(users [][]int, id, pattern int) {
	if u := users[id]; len(u) == 0 || u[len(u)-1] != pattern {
		users[id] = append(u, pattern)
	}
}

// builtinLibrary is the prefilter of the embedded library, from
// library_gen.go (see builtin) or else built once.
var builtinLibrary = sync.OnceValue(func() *library {
	if genLibrary != nil {
		genLibrary.index.build()
		return genLibrary
	}
	return newLibrary(builtin())
})

// newLibrary builds the prefilter of the patterns ps.
func newLibrary(ps []Pattern) *library {
	l := &library{patterns: make([]*icond, len(ps)), exactIDs: map[string]int{}}
	for i := range ps {
		l.patterns[i] = l.compile(ps[i].cond)
	}
	l.index.build()
	l.exactIDs = nil
	l.exactOf = append(l.exactOf, make([][]int, len(l.index.lits)-len(l.exactOf))...)
	l.users = make([][]int, len(l.index.lits))
	l.exactUsers = make([][]int, len(l.exact))
	for i, c := range l.patterns {
		if c.op == condTrue {
			l.always = append(l.always, i)
		}
		for _, g := range gate(c, l.index.lits, l.exact) {
			if g.op == condExact {
				addUser(l.exactUsers, g.lit, i)
			} else {
				addUser(l.users, g.lit, i)
			}
		}
	}
	return l
}

// filterScratch is the working space of library.may, reused from block to
// block: the scan's, and the exact literals found, all false between
// calls, and their list.
type filterScratch struct {
	scan       *scanState
	foundExact []bool
	listExact  []int
}

func (l *library) newScratch() *filterScratch {
	return &filterScratch{scan: l.index.newScanState(), foundExact: make([]bool, len(l.exact))}
}

// may returns, for each pattern of the library, whether it may match
// text, whose folded form (fold) is folded.
func (l *library) may(text, folded string, s *filterScratch) []bool {
	l.index.scan(folded, s.scan)
	found := s.scan.found
	s.listExact = s.listExact[:0]
	for _, id := range s.scan.list {
		for _, e := range l.exactOf[id] {
			if strings.Contains(text, l.exact[e]) {
				s.foundExact[e] = true
				s.listExact = append(s.listExact, e)
			}
		}
	}
	may := make([]bool, len(l.patterns))
	for _, j := range l.always {
		may[j] = true
	}
	// A pattern is evaluated when its first gate literal is met; tried
	// tells the later ones it was.
	tried := make([]bool, len(l.patterns))
	try := func(users []int) {
		for _, j := range users {
			if !tried[j] {
				tried[j] = true
				may[j] = l.patterns[j].eval(found, s.foundExact)
			}
		}
	}
	for _, id := range s.scan.list {
		try(l.users[id])
	}
	for _, e := range s.listExact {
		try(l.exactUsers[e])
	}
	for _, id := range s.scan.list {
		found[id] = false
	}
	for _, e := range s.listExact {
		s.foundExact[e] = false
	}
	return may
}

// blockFilter is what the four boilerplate rules share about a block: its
// folded text and which built-in patterns may match it.
type blockFilter struct {
	text   string
	folded string // canonString(text), for the conditions
	may    []bool // by index in builtin()
}

// blockFilters computes the filters of every block of a document once for
// the four rules.
var blockFilters = &lint.Analysis[[]*blockFilter]{
	Name: "boilerplate-prefilter",
	Run: func(doc *lint.Document) []*blockFilter {
		l := builtinLibrary()
		out := make([]*blockFilter, len(doc.Blocks))
		scratch := l.newScratch()
		for i, b := range doc.Blocks {
			if skipBlock(b) {
				continue
			}
			f := &blockFilter{text: b.Text, folded: fold(b.Text)}
			f.may = l.may(f.text, f.folded, scratch)
			out[i] = f
		}
		return out
	},
}

// mayMatchIn reports whether p can match the block filtered by f.
func (p *Pattern) mayMatchIn(f *blockFilter) bool {
	if p.builtin > 0 && &builtin()[p.builtin-1] == p {
		return f.may[p.builtin-1]
	}
	return p.cond.evalText(f.text, f.folded)
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
