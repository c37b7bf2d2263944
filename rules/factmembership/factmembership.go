// Package factmembership checks what news text says about countries'
// memberships of international organisations ("Azerbaijan, a NATO member",
// "non-EU Norway", "Finland, which joined NATO in 2023", "one of the six
// founding members of the bloc", "has used the euro since …") against the
// dated memberships of the knowledge base on the article's date.
package factmembership

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/newslint/newslint/kb"
	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules/internal/entities"
	"github.com/newslint/newslint/rules/internal/factcheck"
)

// Rule is the fact-membership rule.
var Rule = &lint.Rule{
	Name:     "fact-membership",
	Category: lint.Fact,
	Doc: `A membership claim the knowledge base contradicts on the article's date.

Recognises appositions and clauses ("X, a NATO member", "X, a member of the
EU", "X and Y, both members of OPEC", "EU members X and Y", "non-NATO X",
"X, which is not in the EU", "X, which joined NATO in 2023", "X, one of the
founding members of the bloc", "X has used the euro since …") and reports
an error when the KB shows X was not (or was) a member on the article's
date, citing the KB's source. A "former" member is checked as a past claim;
quoted, hypothetical and reported claims ("if Ukraine were a NATO member")
are not the article's and are left alone. Articles dated after the KB's
asOf get warnings, since memberships may have changed since. Without an
article date only memberships that never changed are checked.`,
	Severity: lint.Error,
	Run:      run,
	Prepare:  factcheck.Prepare,
}

// claim is one membership statement found in a sentence.
type claim struct {
	subjects []entities.Mention
	org      *kb.Entity
	negative bool // "non-NATO X", "X, which is not in the EU"
	past     bool // "a former member": was a member at some time
	founding bool // "one of the founding members"
	joined   int  // "which joined NATO in 2023": the year claimed
	left     int  // "which left the EU in 2020": the year claimed
	first    int  // word range of the claim in the sentence
	end      int
}

type checker struct {
	a           *factcheck.Article
	pass        *lint.Pass
	lastOrg     *kb.Entity
	dateWarned  bool
	euro        *kb.Entity
	eu          *kb.Entity
	orgsCovered map[string]bool
	// shortNames maps the head word of an organisation named "Head of
	// Something" to it ("the Commonwealth" for the Commonwealth of Nations).
	shortNames map[string]*kb.Entity
}

func run(pass *lint.Pass) error {
	a, err := factcheck.Load(pass)
	if err != nil {
		return err
	}
	f := facts.Get(kbFactsOf)
	c := &checker{a: a, pass: pass, euro: f.euro, eu: f.eu, orgsCovered: f.orgsCovered, shortNames: f.shortNames}
	for _, s := range a.Sentences {
		for _, cl := range c.claims(s) {
			c.check(s, cl)
		}
		for _, m := range s.Mentions {
			if o := m.Entity(kb.Organization); o != nil {
				c.lastOrg = o
			}
		}
	}
	return nil
}

// kbFacts is what the rule reads from the KB for every article, worked
// out once per KB rather than per article: the orgsCovered of the default
// KB alone walk its thousands of relations.
type kbFacts struct {
	euro, eu    *kb.Entity
	orgsCovered map[string]bool // organisations whose members the KB lists
	shortNames  map[string]*kb.Entity
}

var facts kb.Derived[*kbFacts]

func kbFactsOf(k *kb.KB) *kbFacts {
	f := &kbFacts{
		euro:        k.Resolve("eurozone"),
		eu:          k.Resolve("org/eu"),
		orgsCovered: map[string]bool{},
		shortNames:  shortNames(k),
	}
	for _, r := range k.Relations() {
		if r.Rel == kb.RelMember {
			f.orgsCovered[r.Object] = true
		}
	}
	return f
}

// orgAt returns the organisation named at word i: a KB organisation, or a
// generic noun ("the bloc") that refers back to the last one named.
func (c *checker) orgAt(s *factcheck.Sentence, i int) (org *kb.Entity, next int) {
	if m, ok := s.MentionAt(i); ok {
		if o := m.Entity(kb.Organization); o != nil {
			return o, m.End
		}
		return nil, i
	}
	if i >= len(s.Words) {
		return nil, i
	}
	if o := c.shortNames[s.Words[i].Fold]; o != nil && s.Words[i].Capitalised() && s.Is(i-1, "the") && !s.Is(i+1, "of") {
		return o, i + 1
	}
	if s.Is(i, "bloc", "alliance", "union", "cartel", "organisation", "organization", "group", "grouping", "club") && c.lastOrg != nil {
		return c.lastOrg, i + 1
	}
	return nil, i
}

// member reports whether a mention can be a member of an organisation.
func member(m entities.Mention) bool {
	return m.Entity(kb.Country, kb.Territory, kb.Organization) != nil
}

// subjectsBefore returns the members named just before word i: "X" or
// "X and Y" or "X, Y and Z".
func subjectsBefore(s *factcheck.Sentence, i int) []entities.Mention {
	m, ok := s.MentionBefore(i)
	if !ok || !member(m) {
		return nil
	}
	out := []entities.Mention{m}
	j := m.First
	for s.Is(j-1, "and", ",") {
		p, ok := s.MentionBefore(j - 1)
		if !ok || !member(p) {
			break
		}
		out = append([]entities.Mention{p}, out...)
		j = p.First
	}
	return out
}

// subjectsAfter returns the members named from word i on: "X and Y".
func subjectsAfter(s *factcheck.Sentence, i int) []entities.Mention {
	var out []entities.Mention
	for {
		if s.Is(i, "the") {
			i++
		}
		m, ok := s.MentionAt(i)
		if !ok || !member(m) {
			return out
		}
		out = append(out, m)
		i = m.End
		if !s.Is(i, "and", ",") {
			return out
		}
		i++
	}
}

// qualifiers change a membership claim: "former" makes it past; the others
// make it something the KB does not record (a prospective member).
var qualifiers = map[string]string{
	"former": "past", "ex": "past", "onetime": "past", "erstwhile": "past",
	"prospective": "skip", "aspiring": "skip", "candidate": "skip", "future": "skip",
	"potential": "skip", "would": "skip", "observer": "skip", "associate": "skip",
	"partner": "skip", "suspended": "skip", "applicant": "skip", "non": "skip",
	"possible": "skip", "new": "skip", "newest": "skip", "likely": "skip",
}

// modifiers reads the words between an article and "member": it returns
// the index after them, whether the claim is past, founding, or to skip.
func modifiers(s *factcheck.Sentence, i, limit int) (next int, past, founding bool) {
	for k := 0; k < limit && i < len(s.Words); k++ {
		w := s.Words[i].Fold
		switch q := qualifiers[w]; {
		case q == "past":
			past = true
		case q == "skip":
			// Read by skipWords over the same words.
		case w == "founding" || w == "founder" || w == "original":
			founding = true
		case w == "-" || w == "full" || w == "fellow" || w == "key" || w == "major" ||
			w == "leading" || w == "longtime" || w == "long" || w == "standing" ||
			w == "important" || w == "core" || w == "small" || w == "big" || w == "large" ||
			w == "smallest" || w == "largest" || w == "biggest" || w == "oil" || w == "rich" ||
			w == "wealthy" || w == "poor" || w == "tiny" || w == "powerful" || w == "veteran" ||
			w == "permanent" || w == "strategic" || w == "influential" || w == "regional":
		default:
			if factcheck.Digits(w) {
				if _, err := strconv.Atoi(w); err == nil {
					break // a number ("one of 27 members")
				}
			}
			if numberWords[w] {
				break
			}
			return i, past, founding
		}
		i++
	}
	return i, past, founding
}

var numberWords = map[string]bool{
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true,
}

// memberNoun matches "member", "member state", "member country", "members"
// at i and returns the index after it.
func memberNoun(s *factcheck.Sentence, i int) (int, bool) {
	if !s.Is(i, "member", "members") {
		return i, false
	}
	i++
	if s.Is(i, "state", "states", "country", "countries", "nation", "nations") {
		i++
	}
	return i, true
}

// orgTail skips a few lower-case words after an organisation's name ("the
// OPEC oil cartel") and reports whether the claim then ends.
func orgTail(s *factcheck.Sentence, i int) (int, bool) {
	for k := 0; k < 3 && i < len(s.Words); k++ {
		if clauseEnd(s, i) {
			return i, true
		}
		w := s.Words[i]
		if !w.IsWord() || w.Capitalised() || w.Fold == "and" || w.Fold == "since" || w.Fold == "until" || w.Fold == "in" {
			return i, false
		}
		i++
	}
	return i, clauseEnd(s, i)
}

func clauseEnd(s *factcheck.Sentence, i int) bool {
	return i >= len(s.Words) || s.Is(i, ",", ".", ";", ":", "—", "–", ")")
}

// ofOrg reads "of [the] ORG [tail]" at i.
func (c *checker) ofOrg(s *factcheck.Sentence, i int) (*kb.Entity, int, bool) {
	if !s.Is(i, "of") {
		return nil, i, false
	}
	i++
	if s.Is(i, "the") {
		i++
	}
	o, j := c.orgAt(s, i)
	if o == nil {
		return nil, i, false
	}
	j, ok := orgTail(s, j)
	return o, j, ok
}

// claims finds the membership claims of one sentence.
func (c *checker) claims(s *factcheck.Sentence) []claim {
	var out []claim
	for i := range s.Words {
		w := s.Words[i].Fold
		switch {
		case w == "," && i+1 < len(s.Words):
			if cl, ok := c.apposition(s, i); ok {
				out = append(out, cl)
			}
		case w == "non" && s.Is(i+1, "-"):
			o, j := c.orgAt(s, i+2)
			if o == nil {
				continue
			}
			if subs := subjectsAfter(s, j); len(subs) > 0 {
				out = append(out, claim{subjects: subs, org: o, negative: true, first: i, end: subs[len(subs)-1].End})
			}
		case w == "is" || w == "are" || w == "remains":
			if cl, ok := c.predicate(s, i); ok {
				out = append(out, cl)
			}
		}
		// "EU members X and Y", "fellow NATO member Turkey".
		if m, ok := s.MentionAt(i); ok && m.Entity(kb.Organization) != nil && (i == 0 || !s.Is(i-1, "non", "-")) {
			if j, ok := memberNoun(s, m.End); ok {
				if subs := subjectsAfter(s, j); len(subs) > 0 && !s.Is(i-1, "former", "ex", "prospective", "would", "future", "candidate") {
					out = append(out, claim{subjects: subs, org: m.Entity(kb.Organization), first: i, end: subs[len(subs)-1].End})
				}
			}
		}
		// "X has used the euro since joining the EU in 2013".
		if cl, ok := c.euroClaim(s, i); ok {
			out = append(out, cl)
		}
	}
	return out
}

// apposition reads the claim after the comma at i: "X, a NATO member",
// "X and Y, both members of OPEC", "X, which joined NATO in 2023", "X,
// which is not in the EU", "X, one of the founding members of the bloc".
func (c *checker) apposition(s *factcheck.Sentence, i int) (claim, bool) {
	subs := subjectsBefore(s, i)
	if len(subs) == 0 {
		return claim{}, false
	}
	cl := claim{subjects: subs, first: subs[0].First}
	j := i + 1
	switch {
	case s.Is(j, "a", "an", "both", "also", "itself", "the"):
		j++
		if s.Is(j, "a", "an") { // "also a member"
			j++
		}
	case s.Seq(j, "one of the"):
		j += 3
	case s.Is(j, "which", "that") && s.Is(j+1, "joined"):
		return c.joinedClause(s, cl, j+2)
	case s.Is(j, "which", "that") && s.Is(j+1, "left", "quit"):
		cl, ok := c.joinedClause(s, cl, j+2)
		cl.left, cl.joined = cl.joined, 0
		return cl, ok
	case s.Is(j, "which", "that") && s.Is(j+1, "is", "was") && s.Is(j+2, "not"):
		return c.negativeClause(s, cl, j+3)
	case s.Is(j, "not"):
		return c.negativeClause(s, cl, j+1)
	case s.Is(j, "which", "that") && s.Is(j+1, "is") && s.Is(j+2, "a", "an", "also"):
		j += 3
		if s.Is(j, "a", "an") {
			j++
		}
	default:
		return claim{}, false
	}
	j, cl.past, cl.founding = modifiers(s, j, 4)
	if c.skipWords(s, i+1, j) {
		return claim{}, false
	}
	// "a NATO member" / "founding EU members" / "a NATO member since 1952".
	if o, k := c.orgAt(s, j); o != nil {
		k2, ok := memberNoun(s, k)
		if !ok {
			return claim{}, false
		}
		if y, ok := sinceYear(s, k2); ok {
			cl.org, cl.joined, cl.end = o, y, k2+2
			return cl, true
		}
		if clauseEnd(s, k2) {
			cl.org, cl.end = o, k2
			return cl, true
		}
		return claim{}, false
	}
	// "a member of the EU".
	if k, ok := memberNoun(s, j); ok {
		if o, k2, ok := c.ofOrg(s, k); ok {
			cl.org, cl.end = o, k2
			return cl, true
		}
	}
	return claim{}, false
}

// sinceYear reads "since 1952" ending a clause at i.
func sinceYear(s *factcheck.Sentence, i int) (int, bool) {
	if !s.Is(i, "since") || !clauseEnd(s, i+2) {
		return 0, false
	}
	y, err := strconv.Atoi(wordAt(s, i+1))
	if err != nil || y < 1800 || y > 2100 {
		return 0, false
	}
	return y, true
}

// skipWords reports whether words [i, j) hold a qualifier that makes the
// claim one the KB does not record.
func (c *checker) skipWords(s *factcheck.Sentence, i, j int) bool {
	for k := i; k < j; k++ {
		if qualifiers[s.Words[k].Fold] == "skip" {
			return true
		}
	}
	return false
}

// joinedClause reads "joined [the] ORG in YEAR" from i.
func (c *checker) joinedClause(s *factcheck.Sentence, cl claim, i int) (claim, bool) {
	if s.Is(i, "the") {
		i++
	}
	o, j := c.orgAt(s, i)
	if o == nil || !s.Is(j, "in") || j+1 >= len(s.Words) {
		return claim{}, false
	}
	y, err := strconv.Atoi(s.Words[j+1].Text)
	if err != nil || y < 1800 || y > 2100 {
		return claim{}, false
	}
	cl.org, cl.joined, cl.end = o, y, j+2
	return cl, true
}

// negativeClause reads "in the EU", "a member of NATO", "part of the EU",
// "an OPEC member" after "not".
func (c *checker) negativeClause(s *factcheck.Sentence, cl claim, i int) (claim, bool) {
	cl.negative = true
	if s.Is(i, "in", "part") {
		if s.Is(i, "part") {
			if !s.Is(i+1, "of") {
				return claim{}, false
			}
			i++
		}
		i++
		if s.Is(i, "the") {
			i++
		}
		o, j := c.orgAt(s, i)
		if o == nil {
			return claim{}, false
		}
		if j, ok := orgTail(s, j); ok {
			cl.org, cl.end = o, j
			return cl, true
		}
		return claim{}, false
	}
	if s.Is(i, "a", "an") {
		i++
	}
	return c.memberPhrase(s, cl, i)
}

// predicate reads "X is a member of O", "X is a NATO member", "X is not in
// the EU" around the verb at i.
func (c *checker) predicate(s *factcheck.Sentence, i int) (claim, bool) {
	subs := subjectsBefore(s, i)
	if len(subs) == 0 {
		return claim{}, false
	}
	cl := claim{subjects: subs, first: subs[0].First}
	j := i + 1
	if s.Is(j, "not") {
		return c.negativeClause(s, cl, j+1)
	}
	if s.Is(j, "also", "still", "now") {
		j++
	}
	if !s.Is(j, "a", "an") {
		return claim{}, false
	}
	j, cl.past, cl.founding = modifiers(s, j+1, 4)
	if c.skipWords(s, i+1, j) {
		return claim{}, false
	}
	return c.memberPhrase(s, cl, j)
}

// memberPhrase completes claim cl with the organisation named at word i,
// as "NATO member" or "member of NATO".
func (c *checker) memberPhrase(s *factcheck.Sentence, cl claim, i int) (claim, bool) {
	if o, j := c.orgAt(s, i); o != nil {
		if k, ok := memberNoun(s, j); ok && clauseEnd(s, k) {
			cl.org, cl.end = o, k
			return cl, true
		}
		return claim{}, false
	}
	if k, ok := memberNoun(s, i); ok {
		if o, k2, ok := c.ofOrg(s, k); ok {
			cl.org, cl.end = o, k2
			return cl, true
		}
	}
	return claim{}, false
}

// euroClaim reads "X has used the euro since …", "X, which uses the euro",
// "X, a nation of four million that has used the euro" with the verb at i.
func (c *checker) euroClaim(s *factcheck.Sentence, i int) (claim, bool) {
	if c.euro == nil || !s.Is(i, "used", "uses", "use") || !s.Seq(i+1, "the euro") {
		return claim{}, false
	}
	j := i
	for s.Is(j-1, "has", "have", "had", "long", "always", "also") {
		j--
	}
	var subject entities.Mention
	if m, ok := s.MentionBefore(j); ok {
		subject = m
	} else if s.Is(j-1, "which", "that") {
		// The relative clause hangs on an apposition to the country:
		// the nearest mention before it must be a country followed by a
		// comma, with no other entity in between.
		m, ok := c.nearestBefore(s, j-1)
		if !ok || !s.Is(m.End, ",") {
			return claim{}, false
		}
		subject = m
	} else {
		return claim{}, false
	}
	if subject.Entity(kb.Country, kb.Territory) == nil {
		return claim{}, false
	}
	cl := claim{subjects: []entities.Mention{subject}, org: c.euro, first: j, end: i + 3}
	// "since joining the EU in 2013" / "since 2013".
	k := i + 3
	if s.Is(k, "since") {
		if y, err := strconv.Atoi(wordAt(s, k+1)); err == nil {
			cl.joined, cl.end = -y, k+2
		} else if s.Is(k+1, "joining") {
			p := k + 2
			if s.Is(p, "the") {
				p++
			}
			if o, q := c.orgAt(s, p); o != nil && s.Is(q, "in") {
				if y, err := strconv.Atoi(wordAt(s, q+1)); err == nil {
					cl.joined, cl.end = -y, q+2
				}
			}
		}
	}
	return cl, true
}

// nearestBefore returns the last mention that ends before word i, within
// a dozen words.
func (c *checker) nearestBefore(s *factcheck.Sentence, i int) (entities.Mention, bool) {
	for _, m := range slices.Backward(s.Mentions) {
		if m.End <= i {
			return m, i-m.End <= 12
		}
	}
	return entities.Mention{}, false
}

func wordAt(s *factcheck.Sentence, i int) string {
	if i < 0 || i >= len(s.Words) {
		return ""
	}
	return s.Words[i].Text
}

// check reports what the KB says against one claim.
func (c *checker) check(s *factcheck.Sentence, cl claim) {
	if s.Hedged(cl.first, cl.end) {
		return
	}
	for _, sub := range cl.subjects {
		x := sub.Entity(kb.Country, kb.Territory, kb.Organization)
		if x == nil || x == cl.org {
			continue
		}
		c.checkOne(s, cl, x)
	}
}

func (c *checker) checkOne(s *factcheck.Sentence, cl claim, x *kb.Entity) {
	a := c.a
	o := cl.org
	rng := a.Range(s, cl.first, cl.end)
	terms := memberships(a.KB, x.ID, o.ID)
	covered := c.orgsCovered[o.ID]
	if !covered {
		return
	}
	src := o.Source
	if len(terms) > 0 {
		src = terms[0].Source
	}
	report := func(sev lint.Severity, msg string, rel *kb.Relation) {
		var ev lint.Evidence
		if rel != nil {
			ev = a.Evidence(describe(rel), rel.Source)
		} else {
			// Without a membership record, the evidence is the member list
			// the KB holds (on the article date, or on its asOf date).
			on := a.Date
			if on.IsZero() || on > a.AsOf {
				on = a.AsOf
			}
			members := a.KB.Members(o.ID, on)
			ev = a.Evidence(fmt.Sprintf("%s in the knowledge base on %s (%d): %s", a.The(o)+" members", on, len(members), a.Names(members, 40)), src)
		}
		c.pass.Report(lint.Finding{Range: rng, Severity: sev, Message: msg, Evidence: []lint.Evidence{ev}})
	}
	if !a.HasDate() {
		// Only facts that never changed can be checked without a date.
		switch {
		case len(terms) == 0 && !cl.negative:
			report(lint.Error, fmt.Sprintf("%s has never been a member of %s (per the KB; source %s)", factcheck.Capitalize(a.The(x)), a.The(o), src), nil)
		case len(terms) > 0 && factcheck.Timeless(terms...) && cl.negative:
			report(lint.Error, fmt.Sprintf("%s is a member of %s", factcheck.Capitalize(a.The(x)), a.The(o)), terms[0])
		case !c.dateWarned:
			c.dateWarned = true
			a.DateUnknown(rng, "membership claims")
		}
		return
	}
	d := a.Date
	if cl.founding {
		// A founding claim is about history, not about the article's date.
		if len(terms) == 0 {
			report(lint.Error, fmt.Sprintf("%s has never been a member of %s, let alone a founding one (founders: %s)", factcheck.Capitalize(a.The(x)), a.The(o), a.Names(founders(a.KB, o), 12)), nil)
		} else if !o.Founded.IsZero() && !sameStart(terms[0], o) {
			report(lint.Error, fmt.Sprintf("%s was not a founding member of %s: %s was founded on %s and %s joined on %s (founders: %s)",
				factcheck.Capitalize(a.The(x)), a.The(o), a.The(o), o.Founded, a.The(x), terms[0].From, a.Names(founders(a.KB, o), 12)), terms[0])
		}
		return
	}
	if cl.left > 0 {
		c.checkLeft(s, cl, x, terms)
		return
	}
	state, rel := a.KB.Membership(x.ID, o.ID, d)
	if rel != nil && (rel.FromYearOnly && rel.From.Year() == d.Year() || rel.ToYearOnly && rel.To.Year() == d.Year()) {
		return // a bound given as a bare year: no precise claim on it
	}
	sev := a.Severity()
	name := factcheck.Capitalize(a.The(x))
	switch {
	case cl.negative:
		if state == kb.Member || state == kb.Suspended {
			report(sev, fmt.Sprintf("%s was a member of %s on %s (since %s; source %s)", name, a.The(o), d, rel.From, rel.Source), rel)
		}
		return
	case cl.past:
		if len(terms) == 0 {
			report(sev, fmt.Sprintf("%s has never been a member of %s (members on %s: %s; source %s)", name, a.The(o), d, a.Names(a.KB.Members(o.ID, d), 12), src), nil)
		}
		return
	}
	switch state {
	case kb.Member, kb.Suspended, kb.Unknown:
	case kb.Former:
		report(sev, fmt.Sprintf("%s was not a member of %s on %s: it left on %s (source %s)", name, a.The(o), d, rel.To, rel.Source), rel)
		return
	case kb.NotYet:
		report(sev, fmt.Sprintf("%s was not yet a member of %s on %s: it joined on %s (source %s)", name, a.The(o), d, rel.From, rel.Source), rel)
		return
	case kb.NotMember:
		report(sev, fmt.Sprintf("%s is not a member of %s (members on %s: %s; source %s)", name, a.The(o), d, a.Names(a.KB.Members(o.ID, d), 12), src), nil)
		return
	}
	first := terms[0]
	switch {
	case cl.joined > 0 && !joinedIn(terms, cl.joined):
		report(lint.Error, fmt.Sprintf("%s did not join %s in %d: it joined on %s (source %s)", name, a.The(o), cl.joined, first.From, first.Source), first)
	case cl.joined < 0 && first.From.Year() > -cl.joined:
		report(lint.Error, fmt.Sprintf("%s has not been a member of %s since %d: it joined on %s (source %s)", name, a.The(o), -cl.joined, first.From, first.Source), first)
	}
}

// checkLeft checks "X, which left ORG in YEAR": a membership of X must
// have ended that year.
func (c *checker) checkLeft(s *factcheck.Sentence, cl claim, x *kb.Entity, terms []*kb.Relation) {
	a := c.a
	if len(terms) == 0 {
		return // never a member: reported as such by no one; the KB may lack it
	}
	var last *kb.Relation
	for _, t := range terms {
		if !t.To.IsZero() && t.To.Year() == cl.left {
			return
		}
		if !t.To.IsZero() && (last == nil || t.To > last.To) {
			last = t
		}
	}
	if a.HasDate() && cl.left > a.Date.Year() {
		return // a future departure is a plan, not a fact
	}
	msg := fmt.Sprintf("%s did not leave %s in %d", factcheck.Capitalize(a.The(x)), a.The(cl.org), cl.left)
	rel := terms[len(terms)-1]
	if last != nil {
		msg += fmt.Sprintf(": it left on %s", last.To)
		rel = last
	} else {
		msg += fmt.Sprintf(": it has been a member since %s", terms[0].From)
	}
	c.pass.Report(lint.Finding{
		Range: a.Range(s, cl.first, cl.end), Severity: lint.Error, Message: msg,
		Evidence: []lint.Evidence{a.Evidence(describe(rel), rel.Source)},
	})
}

// sameStart reports whether membership r began when o was founded.
func sameStart(r *kb.Relation, o *kb.Entity) bool {
	if r.FromYearOnly || o.YearOnly["founded"] {
		return r.From.Year() == o.Founded.Year()
	}
	return r.From == o.Founded
}

func joinedIn(terms []*kb.Relation, year int) bool {
	for _, t := range terms {
		if t.From.Year() == year {
			return true
		}
	}
	return false
}

// memberships returns x's member relations with org, earliest first.
func memberships(k *kb.KB, x, org string) []*kb.Relation {
	subj, _ := k.RelationsOf(x)
	var out []*kb.Relation
	for _, r := range subj {
		if r.Rel == kb.RelMember && r.Object == org {
			out = append(out, r)
		}
	}
	return out
}

// founders lists the members whose membership began at o's founding.
func founders(k *kb.KB, o *kb.Entity) []*kb.Entity {
	_, obj := k.RelationsOf(o.ID)
	var out []*kb.Entity
	seen := map[string]bool{}
	for _, r := range obj {
		if r.Rel == kb.RelMember && sameStart(r, o) && !seen[r.Subject] {
			seen[r.Subject] = true
			if e := k.Entity(r.Subject); e != nil {
				out = append(out, e)
			}
		}
	}
	return out
}

func describe(r *kb.Relation) string {
	return r.Subject + " " + string(r.Rel) + " " + r.Object + r.Period()
}

// shortNames finds organisations that news calls by the head word of their
// name ("the Commonwealth"), when that word names nothing else in the KB.
func shortNames(k *kb.KB) map[string]*kb.Entity {
	out := map[string]*kb.Entity{}
	for _, e := range k.Entities() {
		if e.Type != kb.Organization {
			continue
		}
		words := strings.Fields(e.Name)
		if len(words) < 3 || words[1] != "of" {
			continue
		}
		key := kb.Fold(words[0])
		if _, dup := out[key]; dup || len(k.Lookup(words[0])) > 0 {
			out[key] = nil
			continue
		}
		out[key] = e
	}
	return out
}
