package boilerplate

import (
	_ "embed"
	"errors"
	"fmt"
	"regexp"
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"
)

// Kind is the kind of boilerplate a pattern finds; each kind is reported by
// its own rule.
type Kind string

// The boilerplate kinds.
const (
	// KindAppeal: donation, membership, subscription and paywall prompts.
	KindAppeal Kind = "appeal"
	// KindCredit: source, republication, copyright, wire and photo credits,
	// author bios and desk labels.
	KindCredit Kind = "credit"
	// KindPromo: navigation and promotion (related links, sign-up, app,
	// follow, share and comment prompts, cookie notices, ad markers).
	KindPromo Kind = "promo"
	// KindAI: chat-assistant preambles, sign-offs and wrap-ups.
	KindAI Kind = "ai"
)

var kinds = []Kind{KindAppeal, KindCredit, KindPromo, KindAI}

// Where restricts where in the article a pattern may match.
type Where string

// The placements a pattern can require.
const (
	// Anywhere lets the pattern match in any block.
	Anywhere Where = "anywhere"
	// Edge limits the pattern to the first or last three blocks, where
	// scrapers leave page furniture.
	Edge Where = "edge"
	// OwnBlock requires the match to be most of a short block of its own.
	OwnBlock Where = "block"
)

// SpanMode says what a finding covers.
type SpanMode string

// The span modes.
const (
	// SpanSentence reports the matched sentences, widened to the whole
	// paragraph when they make up most of it.
	SpanSentence SpanMode = "sentence"
	// SpanMatch reports the match alone (a credit fused into a sentence).
	SpanMatch SpanMode = "match"
	// SpanBlock always reports the whole block.
	SpanBlock SpanMode = "block"
)

// Pattern is one entry of the boilerplate library: a regular expression
// with the kind of text it finds and how sure it is on its own.
type Pattern struct {
	ID     string
	Kind   Kind
	Re     *regexp.Regexp
	Weight float64
	Where  Where
	Span   SpanMode
	// Note names what the text is ("paywall prompt"); it opens the message.
	Note string
	// Origin is "file:line" of the pattern's definition, for the evidence.
	Origin string
	// cond is the full literal condition of the expression (see cond);
	// nil for a Pattern built by hand. The built-in patterns' conditions
	// are in their library (see builtinLibrary), so library_gen.go leaves
	// it out.
	cond *cond
	// builtin is 1 + the pattern's index in the embedded library, 0 for
	// any other pattern.
	builtin int
	// lazy holds the expression of a built-in pattern, whose Re is nil:
	// most of the library is never tried on an article, so a one-article
	// run need not compile it.
	lazy *lazyRegexp
}

// lazyRegexp is a regular expression compiled on first use.
type lazyRegexp struct {
	expr string
	once sync.Once
	re   *regexp.Regexp
}

func (l *lazyRegexp) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.expr) })
	return l.re
}

// expr returns the pattern's compiled expression.
func (p *Pattern) expr() *regexp.Regexp {
	if p.Re == nil && p.lazy != nil {
		return p.lazy.get()
	}
	return p.Re
}

// hasExpr reports whether the pattern has an expression.
func (p *Pattern) hasExpr() bool { return p.Re != nil || p.lazy != nil }

//go:embed patterns.yaml
var builtinYAML []byte

// The embedded library is compiled into the program rather than parsed
// from patterns.yaml at start-up: parsing the YAML and the expressions and
// building the literal prefilter took about 10 ms of CPU, more than a
// one-article run spends linting. TestLibraryUpToDate renders
// library_gen.go from patterns.yaml with the same code that parses it at
// run time (parsePatterns, newLibrary) and fails when the file differs.
// After changing patterns.yaml or that code, run
//
//	go generate ./rules/boilerplate/
//
// which runs the test with -update, and with the tag boilerplateyaml (see
// library_yaml.go), so that a library_gen.go that no longer compiles is
// left out. The tag also makes a program parse patterns.yaml at start-up.
//
//go:generate go test -tags boilerplateyaml -run ^TestLibraryUpToDate$ -update

// builtin is the embedded library, from library_gen.go or else parsed
// once; a bad embedded file is a programming error caught by the tests.
var builtin = sync.OnceValue(func() []Pattern {
	if genPatterns != nil {
		return genPatterns
	}
	ps, err := parsePatterns("patterns.yaml", builtinYAML, true)
	if err != nil {
		panic(err)
	}
	for i := range ps {
		ps[i].builtin = i + 1
	}
	return ps
})

// Builtin returns the embedded pattern library, compiled.
func Builtin() []Pattern { return builtinCompiled() }

var builtinCompiled = sync.OnceValue(func() []Pattern {
	ps := slices.Clone(builtin())
	for i := range ps {
		ps[i].Re = ps[i].expr()
	}
	return ps
})

var idSyntax = &lazyRegexp{expr: `^[a-z0-9]+(?:-[a-z0-9]+)*$`}

// ParsePatterns reads a pattern file (name is used in errors and evidence):
// a YAML mapping whose key "patterns" holds a list (a bare list is accepted
// too) of entries with the keys
//
//	id          unique kebab-case name (required)
//	kind        appeal | credit | promo | ai (required)
//	re          RE2 regular expression, case-insensitive unless match-case (required)
//	weight      0..1, how sure the phrase alone is (default 0.8; >= 0.85 with
//	            no context is a warning, >= 0.65 an info)
//	where       anywhere (default) | edge | block
//	span        sentence (default) | match | block
//	note        what the text is, for the message (default: the id)
//	match-case  true to match the case as written
//
// Errors name the file and line of the bad entry: an unknown key, kind,
// where or span, a regular expression that does not compile, a weight out
// of range, a missing or duplicate id. All errors are returned together.
func ParsePatterns(name string, data []byte) ([]Pattern, error) {
	return parsePatterns(name, data, false)
}

// parsePatterns is ParsePatterns; lazy leaves Re nil and compiles it on
// first use (the expression is checked all the same).
func parsePatterns(name string, data []byte, lazy bool) ([]Pattern, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(root.Content) == 0 {
		return nil, nil
	}
	list := root.Content[0]
	if list.Kind == yaml.MappingNode {
		var found *yaml.Node
		for i := 0; i+1 < len(list.Content); i += 2 {
			k := list.Content[i]
			if k.Value != "patterns" {
				return nil, fmt.Errorf("%s:%d: unknown key %q (want \"patterns\")", name, k.Line, k.Value)
			}
			found = list.Content[i+1]
		}
		if found == nil {
			return nil, nil
		}
		list = found
	}
	if list.Kind != yaml.SequenceNode {
		return nil, fmt.Errorf("%s:%d: want a list of patterns", name, list.Line)
	}
	var out []Pattern
	var errs []error
	seen := map[string]int{}
	for _, item := range list.Content {
		p, err := parseEntry(name, item, lazy)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if line, dup := seen[p.ID]; dup {
			errs = append(errs, fmt.Errorf("%s:%d: duplicate id %q (first at line %d)", name, item.Line, p.ID, line))
			continue
		}
		seen[p.ID] = item.Line
		out = append(out, p)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return out, nil
}

func parseEntry(name string, item *yaml.Node, lazy bool) (Pattern, error) {
	at := func(n *yaml.Node, format string, args ...any) error {
		return fmt.Errorf("%s:%d: %s", name, n.Line, fmt.Sprintf(format, args...))
	}
	p := Pattern{Weight: 0.8, Where: Anywhere, Span: SpanSentence, Origin: fmt.Sprintf("%s:%d", name, item.Line)}
	if item.Kind != yaml.MappingNode {
		return p, at(item, "a pattern must be a mapping of keys")
	}
	var expr string
	var exprNode *yaml.Node
	matchCase := false
	for i := 0; i+1 < len(item.Content); i += 2 {
		k, v := item.Content[i], item.Content[i+1]
		if v.Kind != yaml.ScalarNode {
			return p, at(v, "key %q: want a single value", k.Value)
		}
		switch k.Value {
		case "id":
			if !idSyntax.get().MatchString(v.Value) {
				return p, at(v, "id %q is not kebab-case", v.Value)
			}
			p.ID = v.Value
		case "kind":
			p.Kind = Kind(v.Value)
			if !isKind(p.Kind) {
				return p, at(v, "unknown kind %q (want appeal, credit, promo or ai)", v.Value)
			}
		case "re":
			expr, exprNode = v.Value, v
		case "weight":
			w, err := strconv.ParseFloat(v.Value, 64)
			if err != nil || w < 0 || w > 1 {
				return p, at(v, "weight %q: want a number from 0 to 1", v.Value)
			}
			p.Weight = w
		case "where":
			p.Where = Where(v.Value)
			if p.Where != Anywhere && p.Where != Edge && p.Where != OwnBlock {
				return p, at(v, "unknown where %q (want anywhere, edge or block)", v.Value)
			}
		case "span":
			p.Span = SpanMode(v.Value)
			if p.Span != SpanSentence && p.Span != SpanMatch && p.Span != SpanBlock {
				return p, at(v, "unknown span %q (want sentence, match or block)", v.Value)
			}
		case "note":
			p.Note = strings.TrimSpace(v.Value)
		case "match-case":
			b, err := strconv.ParseBool(v.Value)
			if err != nil {
				return p, at(v, "match-case %q: want true or false", v.Value)
			}
			matchCase = b
		default:
			return p, at(k, "unknown key %q", k.Value)
		}
	}
	switch {
	case p.ID == "":
		return p, at(item, "pattern has no id")
	case p.Kind == "":
		return p, at(item, "pattern %q has no kind", p.ID)
	case exprNode == nil || expr == "":
		return p, at(item, "pattern %q has no re", p.ID)
	}
	if !matchCase {
		expr = "(?i)" + expr
	}
	// regexp.Compile parses with these flags and fails only where the
	// parser does, with the parser's error.
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return p, at(exprNode, "pattern %q: bad regular expression: %v", p.ID, err)
	}
	if lazy {
		p.lazy = &lazyRegexp{expr: expr}
	} else {
		p.Re = regexp.MustCompile(expr)
	}
	p.cond = infoOf(tree).cond()
	if p.Note == "" {
		p.Note = p.ID
	}
	return p, nil
}

func isKind(k Kind) bool { return slices.Contains(kinds, k) }
