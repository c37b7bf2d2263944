package kb

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"maps"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"
)

// File is one KB source: a name for messages (a path) and its YAML text.
type File struct {
	Name string
	Data []byte
}

// Error is one problem in the KB sources, located at a file and line.
type Error struct {
	Pos Pos
	Msg string
}

// Error formats the problem as "file:line: message".
func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// Errors is the list of problems that made Load fail, in file and line
// order. It is itself an error; each element is an *Error.
type Errors []*Error

// Error joins the problems, one per line.
func (es Errors) Error() string {
	parts := make([]string, len(es))
	for i, e := range es {
		parts[i] = e.Error()
	}
	return strings.Join(parts, "\n")
}

// Unwrap exposes the problems to errors.Is and errors.As.
func (es Errors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

// FileInfo describes one loaded source file.
type FileInfo struct {
	Name string
	AsOf Date // NoDate when the file does not say
}

// Load parses files in order and builds a KB. Later files add to earlier
// ones: an entity whose id is already defined with the same type is merged
// into it (aliases and demonyms united, non-empty scalars overriding), and
// relations and offices are appended. Defining an id again with another type
// is an error.
//
// Load fails, returning Errors (sorted by file and line), if any file is malformed (bad YAML, unknown
// keys, bad dates) or the result does not pass Validate: a KB used to
// contradict journalists must not be loaded half-right.
func Load(files ...File) (*KB, error) { return newKB().load(files) }

// Extend returns a new KB that holds k's records and then those of files,
// read and merged exactly as Load(append(sources of k, files...)...) would,
// without parsing k's sources again: it is how user files are put on top of
// the default KB, which comes from a snapshot rather than from YAML (see
// Default). It fails as Load does; the whole result is validated, since a
// user's term of office may overlap a default one. k is not changed.
func (k *KB) Extend(files ...File) (*KB, error) { return k.clone().load(files) }

// clone copies the records of k that a merge may change (entities and
// offices, see addEntity and addOffice) and clips the slices that loading
// appends to, so that nothing done to the copy reaches k. Relations are
// never changed once read and are shared. The indexes are left for load to
// rebuild.
func (k *KB) clone() *KB {
	c := newKB()
	c.files = slices.Clip(k.files)
	c.rels = slices.Clip(k.rels)
	c.entities = make([]*Entity, len(k.entities))
	for i, e := range k.entities {
		ce := *e
		ce.Aliases = slices.Clip(e.Aliases)
		ce.Demonyms = slices.Clip(e.Demonyms)
		ce.Names = slices.Clip(e.Names)
		ce.YearOnly = maps.Clone(e.YearOnly)
		c.entities[i] = &ce
		c.byID[ce.ID] = &ce
	}
	c.officeList = make([]*Office, len(k.officeList))
	for i, o := range k.officeList {
		co := *o
		co.Titles = slices.Clip(o.Titles)
		c.officeList[i] = &co
		c.offices[co.ID] = &co
	}
	return c
}

// load reads files into k, indexes and validates it.
func (k *KB) load(files []File) (*KB, error) {
	var errs Errors
	// YAML parsing is nearly all of the load time, so the files are parsed
	// in parallel; building the KB from the trees stays sequential because
	// file order decides merges.
	docs := make([]*yaml.Node, len(files))
	parseErrs := make([]*Error, len(files))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i, f := range files {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			docs[i], parseErrs[i] = decodeYAML(f)
		}()
	}
	wg.Wait()
	for i, f := range files {
		if parseErrs[i] != nil {
			errs = append(errs, parseErrs[i])
			continue
		}
		errs = append(errs, k.parseFile(f.Name, docs[i])...)
	}
	// Validate even when parsing found problems, so that a user fixing a
	// file sees all its errors at once; records that could not be parsed
	// at all were dropped and may cause follow-on "not defined" errors.
	k.index()
	errs = append(errs, k.validate()...)
	if len(errs) > 0 {
		sortErrors(errs)
		return nil, errs
	}
	return k, nil
}

func sortErrors(errs Errors) {
	sort.SliceStable(errs, func(i, j int) bool {
		a, b := errs[i].Pos, errs[j].Pos
		if a.File != b.File {
			return a.File < b.File
		}
		return a.Line < b.Line
	})
}

// parser holds the state of reading one file.
type parser struct {
	file string
	errs Errors
}

func (p *parser) errorf(n *yaml.Node, format string, args ...any) {
	line := 0
	if n != nil {
		line = n.Line
	}
	p.errs = append(p.errs, &Error{Pos: Pos{p.file, line}, Msg: fmt.Sprintf(format, args...)})
}

func (p *parser) pos(n *yaml.Node) Pos { return Pos{p.file, n.Line} }

// decodeYAML parses a file into a node tree, or returns its syntax error.
func decodeYAML(f File) (*yaml.Node, *Error) {
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(f.Data))
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return &doc, nil // an empty file adds nothing
		}
		msg := err.Error()
		if te, ok := errors.AsType[*yaml.TypeError](err); ok {
			msg = strings.Join(te.Errors, "; ")
		}
		// yaml.v3 syntax errors read "yaml: line N: ..."; keep its line.
		line := 0
		if rest, ok := strings.CutPrefix(msg, "yaml: line "); ok {
			if i := strings.Index(rest, ":"); i > 0 {
				line, _ = strconv.Atoi(rest[:i])
				msg = strings.TrimSpace(rest[i+1:])
			}
		}
		return nil, &Error{Pos: Pos{f.Name, line}, Msg: "invalid YAML: " + msg}
	}
	return &doc, nil
}

// parseFile reads the tree of one file into k. It walks yaml.Node trees by
// hand rather than decoding into structs so that every record keeps its
// line and unknown keys are reported where they are.
func (k *KB) parseFile(name string, doc *yaml.Node) Errors {
	p := &parser{file: name}
	if len(doc.Content) == 0 {
		return nil
	}
	root := doc.Content[0]
	info := FileInfo{Name: name}
	p.mapping(root, "file", func(key string, v *yaml.Node) {
		switch key {
		case "asOf":
			info.AsOf, _ = p.date(v, "asOf", false)
		case "entities":
			p.seq(v, func(n *yaml.Node) {
				if e := p.entity(n); e != nil {
					k.addEntity(p, e, n)
				}
			})
		case "relations":
			p.seq(v, func(n *yaml.Node) {
				if r := p.relation(n); r != nil {
					k.rels = append(k.rels, r)
				}
			})
		case "offices":
			p.seq(v, func(n *yaml.Node) {
				if o := p.office(n); o != nil {
					k.addOffice(o)
				}
			})
		default:
			p.errorf(v, "unknown key %q (want asOf, entities, relations or offices)", key)
		}
	})
	k.files = append(k.files, info)
	return p.errs
}

// mapping calls fn for each key of mapping node n, reporting duplicates.
// Keys are dispatched in file order so errors come out in line order.
func (p *parser) mapping(n *yaml.Node, what string, fn func(key string, v *yaml.Node)) bool {
	if n.Kind != yaml.MappingNode {
		p.errorf(n, "%s: want a mapping", what)
		return false
	}
	seen := make(map[string]bool, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		kn, vn := n.Content[i], n.Content[i+1]
		if seen[kn.Value] {
			p.errorf(kn, "%s: duplicate key %q", what, kn.Value)
			continue
		}
		seen[kn.Value] = true
		fn(kn.Value, vn)
	}
	return true
}

func (p *parser) seq(n *yaml.Node, fn func(*yaml.Node)) {
	if n.Kind != yaml.SequenceNode {
		p.errorf(n, "want a list")
		return
	}
	for _, c := range n.Content {
		fn(c)
	}
}

func (p *parser) str(n *yaml.Node, key string) string {
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		p.errorf(n, "%s: want a string", key)
		return ""
	}
	return strings.TrimSpace(n.Value)
}

func (p *parser) strs(n *yaml.Node, key string) []string {
	if n.Kind != yaml.SequenceNode {
		p.errorf(n, "%s: want a list of strings", key)
		return nil
	}
	// An empty list gives nil, like a missing key, so that a KB rebuilt
	// from the snapshot (which writes no empty lists) equals the loaded one.
	var out []string
	for _, c := range n.Content {
		if s := p.str(c, key); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func (p *parser) boolean(n *yaml.Node, key string) bool {
	if n.Kind == yaml.ScalarNode {
		switch n.Value {
		case "true":
			return true
		case "false":
			return false
		}
	}
	p.errorf(n, "%s: want true or false", key)
	return false
}

// date parses a YYYY-MM-DD or YYYY scalar; end selects which day a bare
// year stands for.
func (p *parser) date(n *yaml.Node, key string, end bool) (Date, bool) {
	if n.Kind != yaml.ScalarNode {
		p.errorf(n, "%s: want a date YYYY-MM-DD", key)
		return NoDate, false
	}
	d, yearOnly, err := parseDateOrYear(n.Value, end)
	if err != nil {
		p.errorf(n, "%s: %v", key, err)
	}
	return d, yearOnly
}

func (p *parser) entity(n *yaml.Node) *Entity {
	e := &Entity{Pos: p.pos(n)}
	setYearOnly := func(key string, yo bool) {
		if yo {
			if e.YearOnly == nil {
				e.YearOnly = map[string]bool{}
			}
			e.YearOnly[key] = true
		}
	}
	ok := p.mapping(n, "entity", func(key string, v *yaml.Node) {
		var yo bool
		switch key {
		case "id":
			e.ID = p.str(v, key)
		case "type":
			e.Type = EntityType(p.str(v, key))
			if _, known := idPrefix[e.Type]; !known {
				p.errorf(v, "type: unknown entity type %q (want country, territory, organization, city, person or company)", e.Type)
			}
		case "name":
			e.Name = p.str(v, key)
		case "aliases":
			e.Aliases = p.strs(v, key)
		case "demonyms":
			e.Demonyms = p.strs(v, key)
		case "names":
			p.seq(v, func(c *yaml.Node) {
				if dn, ok := p.datedName(c); ok {
					e.Names = append(e.Names, dn)
				}
			})
		case "country":
			e.Country = p.str(v, key)
		case "founded":
			e.Founded, yo = p.date(v, key, false)
		case "dissolved":
			e.Dissolved, yo = p.date(v, key, true)
		case "born":
			e.Born, yo = p.date(v, key, false)
		case "died":
			e.Died, yo = p.date(v, key, true)
		case "source":
			e.Source = p.str(v, key)
		case "note":
			e.Note = p.str(v, key)
		default:
			p.errorf(v, "entity: unknown key %q", key)
		}
		setYearOnly(key, yo)
	})
	if !ok {
		return nil
	}
	if e.ID == "" {
		p.errorf(n, "entity: missing id")
		return nil
	}
	if e.Type == "" {
		p.errorf(n, "entity %s: missing type", e.ID)
		return nil
	}
	return e
}

func (p *parser) datedName(n *yaml.Node) (DatedName, bool) {
	var dn DatedName
	ok := p.mapping(n, "names", func(key string, v *yaml.Node) {
		switch key {
		case "name":
			dn.Name = p.str(v, key)
		case "from":
			dn.From, dn.FromYearOnly = p.date(v, key, false)
		case "to":
			dn.To, dn.ToYearOnly = p.date(v, key, true)
		case "source":
			dn.Source = p.str(v, key)
		default:
			p.errorf(v, "names: unknown key %q (want name, from, to, source)", key)
		}
	})
	if ok && dn.Name == "" {
		p.errorf(n, "names: missing name")
		ok = false
	}
	return dn, ok
}

func (p *parser) relation(n *yaml.Node) *Relation {
	r := &Relation{Pos: p.pos(n)}
	ok := p.mapping(n, "relation", func(key string, v *yaml.Node) {
		switch key {
		case "rel":
			r.Rel = RelKind(p.str(v, key))
		case "subject":
			r.Subject = p.str(v, key)
		case "object":
			r.Object = p.str(v, key)
		case "office":
			r.Office = p.str(v, key)
		case "from":
			r.From, r.FromYearOnly = p.date(v, key, false)
		case "to":
			r.To, r.ToYearOnly = p.date(v, key, true)
		case "acting":
			r.Acting = p.boolean(v, key)
		case "disputed":
			r.Disputed = p.boolean(v, key)
		case "role":
			r.Role = p.str(v, key)
		case "note":
			r.Note = p.str(v, key)
		case "source":
			r.Source = p.str(v, key)
		default:
			p.errorf(v, "relation: unknown key %q", key)
		}
	})
	if !ok {
		return nil
	}
	return r
}

func (p *parser) office(n *yaml.Node) *Office {
	o := &Office{Pos: p.pos(n)}
	ok := p.mapping(n, "office", func(key string, v *yaml.Node) {
		switch key {
		case "id":
			o.ID = p.str(v, key)
		case "titles":
			o.Titles = p.strs(v, key)
		case "head":
			o.Head = HeadKind(p.str(v, key))
			if o.Head != HeadState && o.Head != HeadGovernment {
				p.errorf(v, "head: want state or government, not %q", o.Head)
			}
		case "shared":
			o.Shared = p.boolean(v, key)
		default:
			p.errorf(v, "office: unknown key %q (want id, titles, head, shared)", key)
		}
	})
	if !ok {
		return nil
	}
	if o.ID == "" {
		p.errorf(n, "office: missing id")
		return nil
	}
	return o
}

// addEntity adds e or merges it into an entity already defined with its id.
func (k *KB) addEntity(p *parser, e *Entity, n *yaml.Node) {
	old, dup := k.byID[e.ID]
	if !dup {
		k.byID[e.ID] = e
		k.entities = append(k.entities, e)
		return
	}
	if old.Type != e.Type {
		p.errorf(n, "entity %s: defined as %s here but as %s at %s", e.ID, e.Type, old.Type, old.Pos)
		return
	}
	old.Aliases = union(old.Aliases, e.Aliases)
	old.Demonyms = union(old.Demonyms, e.Demonyms)
	old.Names = append(old.Names, e.Names...)
	if e.Name != "" && e.Name != old.Name {
		old.Aliases = union(old.Aliases, []string{old.Name})
		old.Name = e.Name
	}
	for _, f := range []struct {
		dst *Date
		src Date
	}{{&old.Founded, e.Founded}, {&old.Dissolved, e.Dissolved}, {&old.Born, e.Born}, {&old.Died, e.Died}} {
		if !f.src.IsZero() {
			*f.dst = f.src
		}
	}
	for key, v := range e.YearOnly {
		if old.YearOnly == nil {
			old.YearOnly = map[string]bool{}
		}
		old.YearOnly[key] = v
	}
	if e.Country != "" {
		old.Country = e.Country
	}
	if e.Source != "" {
		old.Source = e.Source
	}
	if e.Note != "" {
		old.Note = e.Note
	}
	old.Pos = e.Pos
}

func (k *KB) addOffice(o *Office) {
	if old, dup := k.offices[o.ID]; dup {
		// A later office entry extends the vocabulary: user files may add
		// titles ("taoiseach") to a default office.
		old.Titles = union(old.Titles, o.Titles)
		if o.Head != HeadNone {
			old.Head = o.Head
		}
		old.Shared = old.Shared || o.Shared
		return
	}
	k.offices[o.ID] = o
	k.officeList = append(k.officeList, o)
}

// union appends the elements of b missing from a, keeping a's order.
func union(a, b []string) []string {
	for _, s := range b {
		if !slices.Contains(a, s) {
			a = append(a, s)
		}
	}
	return a
}

func itoa(i int) string { return strconv.Itoa(i) }
