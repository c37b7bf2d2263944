package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/newslint/newslint/kb"
	"github.com/newslint/newslint/kb/wikidata"
)

const kbUsage = `Usage: newslint kb COMMAND [flags] [args]

Inspects the knowledge base that the fact rules check articles against.

Commands:
  show NAME [--date D]   what the KB holds about an entity on a date
  check FILE...          validate KB files of your own (exit 2 on errors)
  stats                  counts of entities and relations, and the asOf date
  import-wikidata        turn Wikidata SPARQL JSON results into KB YAML

Run "newslint kb COMMAND --help" for the flags of a command.
`

// runKB implements "newslint kb". It returns the exit code: 0 on success,
// 1 when show finds nothing, 2 on usage errors and invalid KB files.
func runKB(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, kbUsage)
		return 2
	}
	switch args[0] {
	case "show":
		return runKBShow(args[1:], stdout, stderr)
	case "check":
		return runKBCheck(args[1:], stdout, stderr)
	case "stats":
		return runKBStats(args[1:], stdout, stderr)
	case "import-wikidata":
		return runKBImportWikidata(args[1:], stdout, stderr)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, kbUsage)
		return 0
	}
	fmt.Fprintf(stderr, "newslint kb: unknown command %q\n\n%s", args[0], kbUsage)
	return 2
}

// stringList is a repeatable string flag.
type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

// parseInterspersed parses flags that may come before or after positional
// arguments ("kb show NATO --date 2022-09-27"); the flag package alone stops
// at the first positional one.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// loadKB loads the default KB plus the user's files.
func loadKB(extra []string) (*kb.KB, error) {
	def, err := kb.Default()
	if err != nil || len(extra) == 0 {
		return def, err
	}
	files, err := readKBFiles(extra)
	if err != nil {
		return nil, err
	}
	// Extend merges the user's files over the precompiled default, with
	// the same validation as loading everything from YAML, in a few ms.
	return def.Extend(files...)
}

func runKBShow(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("newslint kb show", flag.ContinueOnError)
	fs.SetOutput(stderr)
	date := fs.String("date", "", "date to describe, YYYY-MM-DD (default: today)")
	var extra stringList
	fs.Var(&extra, "kb", "additional KB file (repeatable)")
	fs.Usage = func() {
		fmt.Fprint(stderr, `Usage: newslint kb show NAME [--date YYYY-MM-DD] [--kb FILE]...

Shows what the knowledge base holds about an entity, named by id
(country/az, org/nato) or by name, alias or demonym (Azerbaijan, NATO,
"Ebrahim Raisi"), as of a date: memberships, offices held or the holders
of its offices, capital, members (for an organization), with sources.

Flags:
`)
		fs.PrintDefaults()
	}
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if len(pos) != 1 {
		fs.Usage()
		return 2
	}
	d := kb.DateOf(time.Now())
	if *date != "" {
		if d, err = kb.ParseDate(*date); err != nil {
			fmt.Fprintf(stderr, "newslint kb show: --date: %v\n", err)
			return 2
		}
	}
	k, err := loadKB(extra)
	if err != nil {
		fmt.Fprintf(stderr, "newslint kb show: %v\n", err)
		return 2
	}
	var es []*kb.Entity
	if e := k.Entity(pos[0]); e != nil {
		es = []*kb.Entity{e}
	} else {
		es = append(k.Lookup(pos[0]), k.ByDemonym(pos[0])...)
	}
	if len(es) == 0 {
		fmt.Fprintf(stderr, "newslint kb show: nothing in the knowledge base is named %q\n", pos[0])
		return 1
	}
	seen := map[string]bool{}
	for i, e := range es {
		if seen[e.ID] {
			continue
		}
		seen[e.ID] = true
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		showEntity(stdout, k, e, d)
	}
	return 0
}

// showEntity writes the description of one entity on date d.
func showEntity(w io.Writer, k *kb.KB, e *kb.Entity, d kb.Date) {
	name := func(id string) string {
		if x := k.Entity(id); x != nil {
			return x.NameAt(d)
		}
		return id
	}
	fmt.Fprintf(w, "%s (%s, %s)\n", e.NameAt(d), e.ID, e.Type)
	if n := e.NameAt(d); n != e.Name {
		fmt.Fprintf(w, "  current name: %s\n", e.Name)
	}
	if len(e.Aliases) > 0 {
		fmt.Fprintf(w, "  aliases: %s\n", strings.Join(e.Aliases, ", "))
	}
	if len(e.Demonyms) > 0 {
		fmt.Fprintf(w, "  demonyms: %s\n", strings.Join(e.Demonyms, ", "))
	}
	if e.Country != "" {
		fmt.Fprintf(w, "  in: %s (%s)\n", name(e.Country), e.Country)
	}
	for _, f := range []struct {
		label string
		date  kb.Date
	}{{"born", e.Born}, {"died", e.Died}, {"founded", e.Founded}, {"dissolved", e.Dissolved}} {
		if !f.date.IsZero() {
			fmt.Fprintf(w, "  %s: %s\n", f.label, f.date)
		}
	}
	if e.Note != "" {
		fmt.Fprintf(w, "  note: %s\n", e.Note)
	}
	fmt.Fprintf(w, "  source: %s\n", e.Source)

	asOf := k.AsOf()
	fmt.Fprintf(w, "On %s (knowledge base complete to %s):\n", d, asOf)
	if !asOf.IsZero() && d > asOf {
		fmt.Fprintf(w, "  warning: the date is after the knowledge base's asOf date; things may have changed\n")
	}
	switch {
	case e.Type == kb.Person && !e.Born.IsZero() && d < e.Born:
		fmt.Fprintf(w, "  %s was not yet born (born %s)\n", e.Name, e.Born)
	case e.Type == kb.Person && !e.Died.IsZero() && d > e.Died:
		fmt.Fprintf(w, "  %s died on %s\n", e.Name, e.Died)
	case !e.ExistsAt(d):
		fmt.Fprintf(w, "  %s did not exist on that date\n", e.Name)
	}

	asSubject, asObject := k.RelationsOf(e.ID)
	for _, r := range asSubject {
		if r.ActiveAt(d) {
			fmt.Fprintf(w, "  %s\n", describe(r, name, true))
		}
	}
	for _, r := range asObject {
		if r.ActiveAt(d) && r.Rel != kb.RelMember && r.Rel != kb.RelSuspended {
			fmt.Fprintf(w, "  %s\n", describe(r, name, false))
		}
	}
	if e.Type == kb.Person {
		if terms := k.Terms(e.ID); len(terms) > 0 {
			fmt.Fprintf(w, "  all terms:\n")
			for _, r := range terms {
				fmt.Fprintf(w, "    %s of %s, %s to %s%s [%s]\n", r.Office, name(r.Object), orOpen(r.From), orOpen(r.To), actingMark(r), r.Source)
			}
		}
	}

	// Memberships: for every organization with members in the KB, say
	// where e stands, so that "not a member" is explicit.
	if e.Type == kb.Country || e.Type == kb.Territory || e.Type == kb.Organization {
		var not []string
		for _, org := range orgsWithMembers(k) {
			st, r := k.Membership(e.ID, org.ID, d)
			switch st {
			case kb.Member, kb.Suspended:
				// already listed above
			case kb.NotMember:
				if org.ID != e.ID {
					not = append(not, org.Name)
				}
			default:
				fmt.Fprintf(w, "  %s of %s (%s to %s) [%s]\n", st, org.Name, orOpen(r.From), orOpen(r.To), r.Source)
			}
		}
		// Organizations are rarely members of others: listing every
		// organization they are not in would only be noise.
		if len(not) > 0 && e.Type != kb.Organization {
			fmt.Fprintf(w, "  not a member of: %s\n", strings.Join(not, ", "))
		}
	}
	if e.Type == kb.Organization {
		members := k.Members(e.ID, d)
		if len(members) > 0 {
			names := make([]string, len(members))
			for i, m := range members {
				names[i] = m.NameAt(d)
			}
			sort.Strings(names)
			fmt.Fprintf(w, "  %d members: %s\n", len(members), strings.Join(names, ", "))
		}
		for _, r := range asObject {
			if r.Rel == kb.RelSuspended && r.ActiveAt(d) {
				fmt.Fprintf(w, "  suspended: %s (since %s) [%s]\n", name(r.Subject), orOpen(r.From), r.Source)
			}
		}
	}
}

// describe phrases a relation from the point of view of its subject
// (fromSubject) or its object.
func describe(r *kb.Relation, name func(string) string, fromSubject bool) string {
	span := ""
	if !r.From.IsZero() || !r.To.IsZero() {
		span = fmt.Sprintf(" (%s to %s)", orOpen(r.From), orOpen(r.To))
	}
	extra := ""
	if r.Role != "" {
		extra += ", " + r.Role
	}
	if r.Disputed {
		extra += ", disputed"
	}
	if r.Note != "" {
		extra += "; " + r.Note
	}
	var s string
	switch {
	case r.Rel == kb.RelOffice && fromSubject:
		s = fmt.Sprintf("%s of %s%s", r.Office, name(r.Object), actingMark(r))
	case r.Rel == kb.RelOffice:
		s = fmt.Sprintf("%s: %s%s", r.Office, name(r.Subject), actingMark(r))
	case r.Rel == kb.RelMember:
		s = "member of " + name(r.Object)
	case r.Rel == kb.RelSuspended:
		s = "suspended from " + name(r.Object)
	case r.Rel == kb.RelCapital && fromSubject:
		s = "capital of " + name(r.Object)
	case r.Rel == kb.RelCapital:
		s = "capital: " + name(r.Subject)
	case r.Rel == kb.RelHeadquarters && fromSubject:
		s = "headquarters of " + name(r.Object)
	case r.Rel == kb.RelHeadquarters:
		s = "headquarters: " + name(r.Subject)
	default:
		s = fmt.Sprintf("%s %s %s", r.Subject, r.Rel, r.Object)
	}
	return fmt.Sprintf("%s%s%s [%s]", s, span, extra, r.Source)
}

func actingMark(r *kb.Relation) string {
	if r.Acting {
		return " (acting)"
	}
	return ""
}

func orOpen(d kb.Date) string {
	if d.IsZero() {
		return "…"
	}
	return d.String()
}

// orgsWithMembers lists organizations that have member relations, by name.
func orgsWithMembers(k *kb.KB) []*kb.Entity {
	seen := map[string]bool{}
	var out []*kb.Entity
	for _, r := range k.Relations() {
		if r.Rel == kb.RelMember && !seen[r.Object] {
			seen[r.Object] = true
			out = append(out, k.Entity(r.Object))
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

func runKBCheck(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("newslint kb check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	alone := fs.Bool("alone", false, "check the files without the default KB (their references must then resolve among themselves)")
	fs.Usage = func() {
		fmt.Fprint(stderr, `Usage: newslint kb check [--alone] FILE...

Validates knowledge-base files of your own, loaded after the default KB as
newslint would load them: schema (unknown keys are errors), ids, dates,
overlapping terms, sources. Errors are printed as file:line: message.
Exit status: 0 if valid, 2 on errors.

Flags:
`)
		fs.PrintDefaults()
	}
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if len(pos) == 0 {
		fs.Usage()
		return 2
	}
	var files []kb.File
	if !*alone {
		if files, err = kb.DefaultFiles(); err != nil {
			fmt.Fprintf(stderr, "newslint kb check: %v\n", err)
			return 2
		}
	}
	mine, err := readKBFiles(pos)
	if err != nil {
		fmt.Fprintf(stderr, "newslint kb check: %v\n", err)
		return 2
	}
	files = append(files, mine...)
	k, err := kb.Load(files...)
	if err != nil {
		if es, ok := errors.AsType[kb.Errors](err); ok {
			for _, e := range es {
				fmt.Fprintln(stderr, e)
			}
			fmt.Fprintf(stderr, "%d error(s)\n", len(es))
		} else {
			fmt.Fprintln(stderr, err)
		}
		return 2
	}
	st := k.Stats()
	fmt.Fprintf(stdout, "ok: %d files, %d entities, %d relations\n", len(st.Files), sum(st.Entities), sum(st.Relations))
	return 0
}

func sum[K comparable](m map[K]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

func runKBStats(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("newslint kb stats", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var extra stringList
	fs.Var(&extra, "kb", "additional KB file (repeatable)")
	fs.Usage = func() {
		fmt.Fprint(stderr, `Usage: newslint kb stats [--kb FILE]...

Counts the knowledge base's entities by type and relations by kind, and
prints the date up to which it is believed complete (asOf).

Flags:
`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return 2
	}
	k, err := loadKB(extra)
	if err != nil {
		fmt.Fprintf(stderr, "newslint kb stats: %v\n", err)
		return 2
	}
	st := k.Stats()
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "asOf\t%s\n", st.AsOf)
	fmt.Fprintf(tw, "files\t%d\n", len(st.Files))
	for _, t := range []kb.EntityType{kb.Country, kb.Territory, kb.Organization, kb.City, kb.Person, kb.Company} {
		fmt.Fprintf(tw, "entities: %s\t%d\n", t, st.Entities[t])
	}
	for _, r := range []kb.RelKind{kb.RelMember, kb.RelSuspended, kb.RelOffice, kb.RelCapital, kb.RelHeadquarters} {
		fmt.Fprintf(tw, "relations: %s\t%d\n", r, st.Relations[r])
	}
	fmt.Fprintf(tw, "offices (vocabulary)\t%d\n", st.Offices)
	fmt.Fprintf(tw, "names and demonyms\t%d\n", st.Names)
	if err := tw.Flush(); err != nil {
		return 2
	}
	return 0
}

func runKBImportWikidata(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("newslint kb import-wikidata", flag.ContinueOnError)
	fs.SetOutput(stderr)
	kind := fs.String("kind", "", "what the results hold: offices (queries/office-holders.rq) or memberships (queries/memberships.rq)")
	asOf := fs.String("asof", "", "asOf date to write into the output, YYYY-MM-DD")
	var positions, orgs stringList
	fs.Var(&positions, "position", "for offices: QID=office:entity, e.g. Q21707777=president:country/ir (repeatable)")
	fs.Var(&orgs, "org", "for memberships: QID=org id, e.g. Q7184=org/nato (repeatable)")
	fs.Usage = func() {
		fmt.Fprint(stderr, `Usage: newslint kb import-wikidata --kind offices|memberships [--position ...|--org ...] RESULTS.json

Turns Wikidata SPARQL query results (SPARQL JSON format) into knowledge-base
YAML on standard output. The queries are in kb/wikidata/queries. Check the
output before adding it to a KB: Wikidata is a starting point.

Flags:
`)
		fs.PrintDefaults()
	}
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if len(pos) != 1 || (*kind != "offices" && *kind != "memberships") {
		fs.Usage()
		return 2
	}
	f, err := os.Open(pos[0])
	if err != nil {
		fmt.Fprintf(stderr, "newslint kb import-wikidata: %v\n", err)
		return 2
	}
	defer f.Close()
	res, err := wikidata.ParseResults(f)
	if err != nil {
		fmt.Fprintf(stderr, "newslint kb import-wikidata: %s: %v\n", pos[0], err)
		return 2
	}
	var doc *wikidata.Doc
	if *kind == "offices" {
		m := map[string]wikidata.Target{}
		for _, p := range positions {
			qid, t, err := wikidata.ParseTarget(p)
			if err != nil {
				fmt.Fprintf(stderr, "newslint kb import-wikidata: %v\n", err)
				return 2
			}
			m[qid] = t
		}
		doc = wikidata.ImportOffices(res, m)
	} else {
		m := map[string]string{}
		for _, o := range orgs {
			qid, id, ok := strings.Cut(o, "=")
			if !ok || !strings.HasPrefix(id, "org/") {
				fmt.Fprintf(stderr, "newslint kb import-wikidata: --org %q: want QID=org/<slug>\n", o)
				return 2
			}
			m[qid] = id
		}
		doc = wikidata.ImportMemberships(res, m)
	}
	doc.AsOf = *asOf
	for _, s := range doc.Skipped {
		fmt.Fprintf(stderr, "skipped %s\n", s)
	}
	if err := doc.WriteYAML(stdout); err != nil {
		fmt.Fprintf(stderr, "newslint kb import-wikidata: %v\n", err)
		return 2
	}
	return 0
}

// readKBFiles reads the user's knowledge-base files, named by their paths
// so that errors point at them.
func readKBFiles(paths []string) ([]kb.File, error) {
	files := make([]kb.File, 0, len(paths))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		files = append(files, kb.File{Name: p, Data: b})
	}
	return files, nil
}
