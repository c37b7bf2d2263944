// Package factoffice checks the offices that news text gives people
// ("Iranian President X", "X, the NATO secretary-general", "the president
// of Iran, X", "NASA Administrator X", "He served as Kenya's vice president
// from 2008 to 2013", "X, the Guatemalan leader") against the dated office
// terms of the knowledge base: a holder who had left or not yet taken
// office on the article's date, the wrong office or country, or a person
// who had died.
package factoffice

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/newslint/newslint/kb"
	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules/internal/entities"
	"github.com/newslint/newslint/rules/internal/factcheck"
)

// Rule is the fact-office rule.
var Rule = &lint.Rule{
	Name:     "fact-office",
	Category: lint.Fact,
	Doc: `An office title the knowledge base contradicts on the article's date.

Recognises titles before a name ("Iranian President X", "U.S. Secretary of
State X", "Microsoft chief executive X"), in apposition ("X, Iran's
president", "X, the Guatemalan leader"), "the president of Iran, X" and
claimed terms ("X served as Kenya's vice president from 2008 to 2013"), and
reports an error when the KB shows the person was not holding that office
of that country or organisation on the article's date: they had left, had
not yet taken office, had died, or the office was someone else's while
they held another. A demonym that names the wrong country ("Brazilian
President Javier Milei") is caught the same way. Qualified titles
(former, ex-, then-, the late, outgoing, incoming, -elect, acting,
interim, caretaker, deputy, would-be, "who was") and quoted or
hypothetical claims are not checked as present claims. Articles dated
after the KB's asOf get warnings. Nothing is reported when the KB does
not know the person or the office's holders.`,
	Severity: lint.Error,
	Run:      run,
	Prepare:  factcheck.Prepare,
}

// claim is one office claim: person holds one of offices of one of the
// entities of (any entity when of is empty) on the article date, or during
// [fromYear, toYear] when those are set.
type claim struct {
	person      *kb.Entity
	offices     []*kb.Office
	leader      bool
	of          []*kb.Entity
	ofDemonym   bool
	qualified   string // the qualifier word, when the claim is not a present one
	late        bool   // "the late X"
	fromYear    int
	toYear      int
	first, end  int // word range to report
	titleFirst  int
	personFirst int
}

type checker struct {
	a          *factcheck.Article
	pass       *lint.Pass
	titles     *titleNode
	lastPerson *kb.Entity
	dateWarned bool
}

func run(pass *lint.Pass) error {
	a, err := factcheck.Load(pass)
	if err != nil {
		return err
	}
	c := &checker{a: a, pass: pass, titles: titles(a.KB)}
	for _, s := range a.Sentences {
		for _, cl := range c.claims(s) {
			c.check(s, cl)
		}
		for _, m := range s.Mentions {
			if p := m.Entity(kb.Person); p != nil {
				c.lastPerson = p
			}
		}
	}
	return nil
}

// qualifierWords turn a title into something other than a present claim.
var qualifierWords = map[string]bool{
	"former": true, "ex": true, "then": true, "late": true, "outgoing": true,
	"incoming": true, "elect": true, "acting": true, "interim": true,
	"caretaker": true, "deputy": true, "vice": true, "would": true, "future": true,
	"designate": true, "onetime": true, "erstwhile": true, "previous": true,
	"past": true, "first": true, "next": true, "assistant": true, "associate": true,
	"co": true, "founding": true, "longtime": true, "retired": true, "disgraced": true,
	"ousted": true, "deposed": true, "exiled": true, "jailed": true, "slain": true,
	"assassinated": true, "murdered": true, "impeached": true, "suspended": true,
	"sacked": true, "fired": true, "dismissed": true, "resigned": true, "junior": true,
	"shadow": true, "emeritus": true, "honorary": true, "provisional": true, "transitional": true,
	"candidate": true, "nominee": true, "presumptive": true, "aspiring": true,
	"hopeful": true, "potential": true, "possible": true, "prospective": true,
	"self": true, "proclaimed": true, "styled": true, "fellow": true, "rival": true,
	"opposition": true, "regional": true, "provincial": true, "state": true, "party": true,
	"chief": false, "senior": true, "lifelong": true, "permanent": false, "twice": true, "two": true,
	"who": true, "was": true, "served": true, "become": true, "became": true, "becoming": true,
	"until": true, "when": true, "ousting": true, "succeeded": true, "replaced": true,
	"succeed": true, "replace": true, "replacing": true, "succeeding": true, "predecessor": true,
	"successor": true, "named": true, "appointed": true, "elected": true, "nominated": true,
	"sworn": true,
}

// personAt returns the person named at word i.
func personAt(s *factcheck.Sentence, i int) (entities.Mention, *kb.Entity, bool) {
	m, ok := s.MentionAt(i)
	if !ok {
		return m, nil, false
	}
	p := m.Entity(kb.Person)
	return m, p, p != nil
}

// holderTypes are the kinds of entity an office belongs to.
var holderTypes = []kb.EntityType{kb.Country, kb.Territory, kb.Organization, kb.Company, kb.City}

// ofBefore reads the office's entity just before word i: "Iranian",
// "Iran's", "NASA", "U.S.". It returns the entities, whether they came
// from a demonym, and the index where the phrase starts.
func ofBefore(s *factcheck.Sentence, i int) (of []*kb.Entity, demonym bool, first int) {
	if s.Is(i-1, "s") && s.Is(i-2, "'", "’") {
		if m, ok := s.MentionBefore(i - 2); ok {
			if es := filter(m.Entities); len(es) > 0 {
				return es, false, m.First
			}
		}
		return nil, false, i
	}
	m, ok := s.MentionBefore(i)
	if !ok {
		return nil, false, i
	}
	if es := filter(m.Entities); len(es) > 0 {
		return es, false, m.First
	}
	if es := filter(m.Demonyms); len(es) > 0 {
		return es, true, m.First
	}
	return nil, false, i
}

func filter(es []*kb.Entity) []*kb.Entity {
	var out []*kb.Entity
	for _, e := range es {
		for _, t := range holderTypes {
			if e.Type == t {
				out = append(out, e)
			}
		}
	}
	return out
}

// ofAfter reads "of [the] Iran" at i and returns the entities and the
// index after them.
func ofAfter(s *factcheck.Sentence, i int) (of []*kb.Entity, next int) {
	if !s.Is(i, "of") {
		return nil, i
	}
	i++
	if s.Is(i, "the") {
		i++
	}
	i = skipPlaceDescription(s, i)
	m, ok := s.MentionAt(i)
	if !ok {
		return nil, i
	}
	// "the president of Iran's parliament" is another office.
	if s.Is(m.End, "'", "’") && s.Is(m.End+1, "s") {
		return nil, i
	}
	return filter(m.Entities), m.End
}

// skipPlaceDescription skips "southern port city of" in "the mayor of the
// southern port city of Kaohsiung": a few lower-case words ending in a
// place noun and "of".
func skipPlaceDescription(s *factcheck.Sentence, i int) int {
	for k := i; k < len(s.Words) && k < i+5; k++ {
		w := s.Words[k]
		if !w.IsWord() || w.Capitalised() {
			return i
		}
		if s.Is(k, "city", "town", "province", "state", "region", "capital") && s.Is(k+1, "of") {
			return k + 2
		}
	}
	return i
}

// qualifierBefore scans up to n words before i for a qualifier.
func qualifierBefore(s *factcheck.Sentence, i, n int) (string, bool) {
	for k := i - 1; k >= 0 && k >= i-n; k-- {
		w := s.Words[k].Fold
		if w == "late" && s.Is(k-1, "the") {
			return w, true
		}
		if qualifierWords[w] {
			return w, false
		}
		if w == "," || w == "." || w == ";" || w == "(" {
			break
		}
	}
	return "", false
}

// claims finds the office claims of one sentence.
func (c *checker) claims(s *factcheck.Sentence) []claim {
	var out []claim
	for i := 0; i < len(s.Words); i++ {
		t, ok := c.titles.match(s.Words, i)
		if !ok {
			continue
		}
		if cl, ok := c.prenominal(s, t); ok {
			out = append(out, cl)
		} else if cl, ok := c.apposition(s, t); ok {
			out = append(out, cl)
		} else if cl, ok := c.term(s, t); ok {
			out = append(out, cl)
		}
		i = t.end - 1
	}
	return out
}

// afterTitle skips "-elect" style suffixes; it returns the qualifier met.
func afterTitle(s *factcheck.Sentence, i int) (next int, qualifier string) {
	if s.Is(i, "-") && s.Is(i+1, "elect", "designate") {
		return i + 2, s.Words[i+1].Fold
	}
	if s.Is(i, "emeritus") {
		return i + 1, "emeritus"
	}
	return i, ""
}

// prenominal reads "[E] TITLE [of E] [,] PERSON".
func (c *checker) prenominal(s *factcheck.Sentence, t title) (claim, bool) {
	j, suffix := afterTitle(s, t.end)
	of, demonym, start := ofBefore(s, t.first)
	if of == nil {
		var after []*kb.Entity
		after, j = ofAfter(s, j)
		of = after
		if of == nil && s.Is(j, "of") {
			return claim{}, false // an entity the KB does not know
		}
	}
	if s.Is(j, ",") && (s.Is(start-1, "the") || of != nil) {
		j++
	}
	m, p, ok := personAt(s, j)
	if !ok {
		return claim{}, false
	}
	// "President Biden's wife" still calls him president; fine. But a
	// title run on into another name ("Prime Minister Modi Government") is
	// left alone by the matcher already.
	cl := claim{
		person: p, offices: t.offices, leader: t.leader, of: of, ofDemonym: demonym,
		first: start, end: m.End, titleFirst: t.first, personFirst: m.First,
	}
	q, late := qualifierBefore(s, start, 3)
	if suffix != "" {
		q = suffix
	}
	cl.qualified, cl.late = q, late
	if s.Is(start-1, "-") && start >= 2 && s.Is(start-2, "then", "ex") {
		cl.qualified = s.Words[start-2].Fold
	}
	return cl, true
}

// apposition reads "PERSON, [the] [E] TITLE [of E]" and "PERSON, who
// served as TITLE".
func (c *checker) apposition(s *factcheck.Sentence, t title) (claim, bool) {
	j, suffix := afterTitle(s, t.end)
	if s.Is(j, "'", "’") { // "the president's adviser"
		return claim{}, false
	}
	of, demonym, start := ofBefore(s, t.first)
	if of == nil {
		var after []*kb.Entity
		after, j = ofAfter(s, j)
		of = after
		if s.Is(j, "of") {
			return claim{}, false
		}
	}
	if of == nil && !t.leader {
		// "X, the president" names no office holder we can check.
		return claim{}, false
	}
	if s.Is(j, "'", "’") || s.Is(j, "of") {
		return claim{}, false
	}
	// Walk back over "the", ages ("40-year-old") and a few adjectives to
	// the comma after the person.
	k := start - 1
	q := suffix
	late := false
	for steps := 0; k >= 0 && steps < 8; steps++ {
		w := s.Words[k]
		if w.Fold == "," {
			break
		}
		if w.Fold == "late" && s.Is(k-1, "the") {
			late = true
		}
		switch {
		case qualifierWords[w.Fold]:
			if q == "" {
				q = w.Fold
			}
		case !w.IsWord() && w.Fold != "-":
			return claim{}, false
		case stopWords[w.Fold]:
			return claim{}, false
		case w.Capitalised() && !isNumber(w.Fold):
			return claim{}, false
		}
		k--
	}
	if k < 1 || !s.Is(k, ",") {
		return claim{}, false
	}
	m, ok := s.MentionBefore(k)
	if !ok {
		return claim{}, false
	}
	p := m.Entity(kb.Person)
	if p == nil {
		return claim{}, false
	}
	return claim{
		person: p, offices: t.offices, leader: t.leader, of: of, ofDemonym: demonym,
		qualified: q, late: late, first: m.First, end: j, titleFirst: t.first, personFirst: m.First,
	}, true
}

// stopWords end the stretch between a name and an appositive title: "X,
// who met the Iranian president" is not an apposition.
var stopWords = map[string]bool{
	"who": true, "which": true, "that": true, "whose": true, "whom": true, "to": true,
	"by": true, "with": true, "for": true, "at": true, "in": true, "on": true, "and": true,
	"or": true, "but": true, "as": true, "his": true, "her": true, "their": true, "its": true,
	"a": true, "an": true, "met": true, "said": true, "says": true, "told": true, "than": true,
	"from": true, "about": true, "after": true, "before": true, "like": true, "against": true,
	"under": true, "over": true, "between": true, "while": true, "says'": true, "ally": true,
	"wife": true, "husband": true, "son": true, "daughter": true, "father": true, "mother": true,
	"brother": true, "sister": true, "widow": true, "adviser": true, "advisor": true, "aide": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "critic": true, "opponent": true,
	"is": true, "was": true, "are": true, "were": true, "be": true, "has": true, "had": true,
}

func isNumber(s string) bool {
	if !factcheck.Digits(s) {
		return false
	}
	_, err := strconv.Atoi(s) // fails on overflow
	return err == nil
}

// term reads "PERSON|he|she served as [E's] TITLE [of E] from YEAR to
// YEAR".
func (c *checker) term(s *factcheck.Sentence, t title) (claim, bool) {
	of, demonym, start := ofBefore(s, t.first)
	j := t.end
	if of == nil {
		of, j = ofAfter(s, j)
	}
	if of == nil || !s.Is(j, "from", "between") {
		return claim{}, false
	}
	y1, err1 := strconv.Atoi(wordAt(s, j+1))
	y2, err2 := strconv.Atoi(wordAt(s, j+3))
	if err1 != nil || err2 != nil || !s.Is(j+2, "to", "until", "and", "-", "–") || y1 < 1900 || y2 < y1 || y2 > 2100 {
		return claim{}, false
	}
	k := start - 1
	if s.Is(k, "the") {
		k--
	}
	if !s.Is(k, "as") || !s.Is(k-1, "served", "was", "worked") {
		return claim{}, false
	}
	k -= 2
	if s.Is(k, "previously", "also", "once", "later", "earlier") {
		k--
	}
	var p *kb.Entity
	first := k
	if m, ok := s.MentionBefore(k + 1); ok && m.Entity(kb.Person) != nil {
		p, first = m.Entity(kb.Person), m.First
	} else if s.Is(k, "he", "she") {
		p = c.lastPerson
	}
	if p == nil {
		return claim{}, false
	}
	return claim{
		person: p, offices: t.offices, leader: t.leader, of: of, ofDemonym: demonym,
		fromYear: y1, toYear: y2, first: first, end: j + 4, titleFirst: t.first, personFirst: first,
	}, true
}

func wordAt(s *factcheck.Sentence, i int) string {
	if i < 0 || i >= len(s.Words) {
		return ""
	}
	return s.Words[i].Text
}

// officesOf returns the offices of the claim that entity e has holders
// for in the KB (the KB covers them), generic "leader" meaning any head of
// state or government.
func (c *checker) officesOf(cl claim, e *kb.Entity) []string {
	var out []string
	if cl.leader {
		for _, o := range c.a.KB.OfficeList() {
			if o.Head != kb.HeadNone && len(c.a.KB.HoldersEver(o.ID, e.ID)) > 0 {
				out = append(out, o.ID)
			}
		}
		return out
	}
	for _, o := range cl.offices {
		if len(c.a.KB.HoldersEver(o.ID, e.ID)) > 0 {
			out = append(out, o.ID)
		}
	}
	return out
}

func (c *checker) check(s *factcheck.Sentence, cl claim) {
	if s.Hedged(cl.first, cl.end) {
		return
	}
	a := c.a
	if !a.HasDate() {
		if !c.dateWarned {
			c.dateWarned = true
			a.DateUnknown(a.Range(s, cl.first, cl.end), "office claims")
		}
		return
	}
	if cl.fromYear > 0 {
		c.checkTerm(s, cl)
		return
	}
	if cl.late {
		c.checkLate(s, cl)
		return
	}
	if cl.qualified != "" || pastContext(s, cl) || c.narratedYear(s, cl) {
		return
	}
	if len(cl.of) == 0 {
		c.checkBare(s, cl)
		return
	}
	c.checkPresent(s, cl)
}

// pastWords before a title set the claim in the past: "under President
// X", "when Prime Minister X visited".
var pastWords = map[string]bool{
	"under": true, "when": true, "while": true, "during": true, "whilst": true,
	"after": true, "before": true, "since": true, "ago": true, "had": true,
}

// pastContext reports whether the words around a claim place it in the
// past: "under President X", "Iran's president at the time", "X, who died
// in May".
func pastContext(s *factcheck.Sentence, cl claim) bool {
	for k := cl.first - 1; k >= 0 && k >= cl.first-3; k-- {
		if pastWords[s.Words[k].Fold] {
			return true
		}
	}
	e := cl.end
	if s.Is(e, ",") {
		e++
	}
	switch {
	case s.Seq(e, "at the time"), s.Is(e, "then", "until", "till", "from", "between"):
		return true
	case s.Is(e, "in") && isNumber(wordAt(s, e+1)):
		return true
	}
	for k := e; k < len(s.Words) && k < e+6; k++ {
		if s.Is(k, "died", "killed", "assassinated", "ousted", "resigned", "deposed", "previously") {
			return true
		}
	}
	return false
}

// narratedYear reports whether the sentence names a year other than the
// article's in which the person held the office claimed: "In 2018,
// President X withdrew from the deal" uses the title of that time.
func (c *checker) narratedYear(s *factcheck.Sentence, cl claim) bool {
	for _, w := range s.Words {
		if len(w.Text) != 4 || !factcheck.Digits(w.Text) {
			continue
		}
		y, err := strconv.Atoi(w.Text)
		if err != nil || y < 1900 || y > 2100 || y == c.a.Date.Year() {
			continue
		}
		for _, r := range c.a.KB.Terms(cl.person.ID) {
			if r.From.Year() <= y && (r.To.IsZero() || r.To.Year() >= y) {
				return true
			}
		}
	}
	return false
}

// minGapDays is the shortest gap between two terms of one person that is
// reported: shorter ones are handovers the data may date loosely.
const minGapDays = 30

// around returns the term that ended last before d and the one that
// begins first after it (nil when none).
func around(terms []*kb.Relation, d kb.Date) (prev, next *kb.Relation) {
	for _, r := range terms {
		if !r.To.IsZero() && r.To < d && (prev == nil || r.To > prev.To) {
			prev = r
		}
		if !r.From.IsZero() && r.From > d && (next == nil || r.From < next.From) {
			next = r
		}
	}
	return prev, next
}

// imprecise reports whether a term bound given only as a year falls in
// the year of d, where the KB cannot tell before from after.
func imprecise(terms []*kb.Relation, d kb.Date) bool {
	for _, r := range terms {
		if r.FromYearOnly && r.From.Year() == d.Year() || r.ToYearOnly && r.To.Year() == d.Year() {
			return true
		}
	}
	return false
}

// holds reports whether rels contains a term of person.
func holds(rels []*kb.Relation, person string) bool {
	for _, r := range rels {
		if r.Subject == person {
			return true
		}
	}
	return false
}

// checkPresent checks "Iranian President X" on the article date.
func (c *checker) checkPresent(s *factcheck.Sentence, cl claim) {
	a, d, p := c.a, c.a.Date, cl.person
	type candidate struct {
		of      *kb.Entity
		office  string
		holders []*kb.Relation
	}
	var cands []candidate
	for _, e := range cl.of {
		for _, o := range c.officesOf(cl, e) {
			hs := a.KB.Holders(o, e.ID, d)
			if holds(hs, p.ID) {
				return // true
			}
			// A handover shortly before or after the date: a day's
			// difference between the article and the swearing-in is not
			// worth an error.
			if holds(a.KB.Holders(o, e.ID, d.AddDays(-2)), p.ID) || holds(a.KB.Holders(o, e.ID, d.AddDays(2)), p.ID) {
				return
			}
			cands = append(cands, candidate{e, o, hs})
		}
	}
	if len(cands) == 0 {
		c.otherCountry(s, cl)
		return
	}
	best := cands[0]
	for _, k := range cands {
		if len(k.holders) > 0 && len(best.holders) == 0 {
			best = k
		}
	}
	office := c.officeName(best.office, cl)
	ofName := a.The(best.of)
	what := fmt.Sprintf("%s was not %s of %s on %s", p.Name, office, ofName, d)
	var reason string
	var evs []lint.Evidence
	terms := termsOf(a.KB, p.ID, best.office, best.of.ID)
	switch {
	case !p.Died.IsZero() && p.Died < d:
		reason = fmt.Sprintf("%s died on %s", pronoun(p), p.Died)
		evs = append(evs, a.Evidence(fmt.Sprintf("%s died %s", p.Name, p.Died), p.Source))
	case len(terms) > 0 && imprecise(terms, d):
		return // a bound given as a bare year: no precise claim on it
	case len(terms) > 0:
		prev, next := around(terms, d)
		switch {
		case prev != nil && next != nil && next.From.Time().Sub(prev.To.Time()).Hours() < 24*minGapDays:
			return // a short gap between terms: more likely the data's than the article's
		case prev != nil:
			reason = fmt.Sprintf("%s term ended on %s", possessive(p), prev.To)
			if next != nil {
				reason += fmt.Sprintf(" (the next began on %s)", next.From)
			}
			evs = append(evs, a.Evidence(describeTerm(a, prev), prev.Source))
		case next != nil:
			reason = fmt.Sprintf("%s took office only on %s", pronoun(p), next.From)
			evs = append(evs, a.Evidence(describeTerm(a, next), next.Source))
		default:
			return
		}
	default:
		if len(best.holders) == 0 {
			return
		}
		if c.sharedOffice(best.office) {
			return
		}
		held := a.KB.Offices(p.ID, d)
		if len(held) == 0 && cl.leader {
			// "leader" also names party and movement leaders, which the
			// KB does not record: only a head of another country is sure.
			return
		}
		if len(held) > 0 {
			reason = fmt.Sprintf("%s was %s", pronoun(p), describeHeld(a, held))
			for _, r := range held {
				evs = append(evs, a.Evidence(describeTerm(a, r), r.Source))
			}
		} else {
			reason = "the KB records no such term for " + p.Name
		}
	}
	msg := what + ": " + reason
	if len(best.holders) > 0 {
		msg += fmt.Sprintf("; %s of %s on that date: %s", office, ofName, holderNames(a, best.holders))
		for _, r := range best.holders {
			evs = append(evs, a.Evidence(describeTerm(a, r), r.Source))
		}
	}
	sev := a.Severity()
	if cl.ofDemonym && len(cl.of) > 1 {
		sev = lint.Warning // an ambiguous demonym ("Dominican")
	}
	c.pass.Report(lint.Finding{Range: a.Range(s, cl.first, cl.end), Severity: sev, Message: msg, Evidence: evs})
}

// otherCountry reports a title whose country the KB has no holders for,
// when the person held that very office of another country on the date
// ("Dutch President Emmanuel Macron"). The KB cannot name the rightful
// holder, so this is a warning.
func (c *checker) otherCountry(s *factcheck.Sentence, cl claim) {
	a, d, p := c.a, c.a.Date, cl.person
	if cl.leader {
		return
	}
	for _, r := range a.KB.Offices(p.ID, d) {
		for _, o := range cl.offices {
			if r.Office != o.ID {
				continue
			}
			for _, e := range cl.of {
				if e.ID == r.Object {
					return
				}
			}
			held := a.KB.Entity(r.Object)
			c.pass.Report(lint.Finding{
				Range: a.Range(s, cl.first, cl.end), Severity: lint.Warning,
				Message:  fmt.Sprintf("%s was %s of %s on %s, not of %s", p.Name, c.officeName(o.ID, cl), a.The(held), d, a.The(cl.of[0])),
				Evidence: []lint.Evidence{a.Evidence(describeTerm(a, r), r.Source)},
			})
			return
		}
	}
}

// bareRecencyDays bounds how long after leaving office a bare title
// ("President X") is reported: older ones are historical references.
const bareRecencyDays = 8 * 365

// checkBare checks "Foreign Minister X" with no country: only a holder
// who had left every such office, or not yet taken one, is reported.
func (c *checker) checkBare(s *factcheck.Sentence, cl claim) {
	a, d, p := c.a, c.a.Date, cl.person
	if cl.leader {
		return
	}
	for _, o := range cl.offices {
		if o.ID == "monarch" || o.ID == "pope" {
			// "Queen Elizabeth", "Pope Benedict": the title stays with the
			// name after the reign.
			return
		}
	}
	var terms []*kb.Relation
	for _, r := range a.KB.Terms(p.ID) {
		for _, o := range cl.offices {
			if r.Office == o.ID {
				terms = append(terms, r)
			}
		}
	}
	if len(terms) == 0 {
		return
	}
	for _, r := range terms {
		if r.ActiveAt(d) || r.ActiveAt(d.AddDays(-2)) || r.ActiveAt(d.AddDays(2)) {
			return
		}
	}
	if imprecise(terms, d) {
		return
	}
	prev, next := around(terms, d)
	var reason string
	var rel *kb.Relation
	switch {
	case prev != nil && next != nil && next.From.Time().Sub(prev.To.Time()).Hours() < 24*minGapDays:
		return
	case !p.Died.IsZero() && p.Died < d && p.Died >= d.AddDays(-bareRecencyDays) && prev != nil:
		reason = fmt.Sprintf("%s died on %s", pronoun(p), p.Died)
		rel = prev
	case !p.Died.IsZero() && p.Died < d:
		return
	case prev != nil:
		if prev.To < d.AddDays(-bareRecencyDays) {
			// "President Kennedy" long after: a historical reference.
			return
		}
		reason = fmt.Sprintf("%s left office on %s", pronoun(p), prev.To)
		rel = prev
	case next != nil:
		reason = fmt.Sprintf("%s took office only on %s", pronoun(p), next.From)
		rel = next
	default:
		return
	}
	of := a.KB.Entity(rel.Object)
	office := c.officeName(rel.Office, cl)
	msg := fmt.Sprintf("%s was not %s of %s on %s: %s", p.Name, office, a.The(of), d, reason)
	evs := []lint.Evidence{a.Evidence(describeTerm(a, rel), rel.Source)}
	if hs := a.KB.Holders(rel.Office, rel.Object, d); len(hs) > 0 {
		msg += fmt.Sprintf("; %s of %s on that date: %s", office, a.The(of), holderNames(a, hs))
		for _, r := range hs {
			evs = append(evs, a.Evidence(describeTerm(a, r), r.Source))
		}
	}
	c.pass.Report(lint.Finding{Range: a.Range(s, cl.first, cl.end), Severity: a.Severity(), Message: msg, Evidence: evs})
}

// checkLate checks "the late X": X had died by the article date.
func (c *checker) checkLate(s *factcheck.Sentence, cl claim) {
	a, d, p := c.a, c.a.Date, cl.person
	if p.Died.IsZero() || p.Died <= d {
		return // the KB may not know of a death; only a later one is certain
	}
	c.pass.Report(lint.Finding{
		Range: a.Range(s, cl.first, cl.end), Severity: a.Severity(),
		Message:  fmt.Sprintf("%s was alive on %s: %s died on %s", p.Name, d, pronoun(p), p.Died),
		Evidence: []lint.Evidence{a.Evidence(fmt.Sprintf("%s died %s", p.Name, p.Died), p.Source)},
	})
}

// checkTerm checks "X served as Kenya's vice president from 2008 to 2013":
// the KB must show X in another office of the same country over that
// period and not in this one.
func (c *checker) checkTerm(s *factcheck.Sentence, cl claim) {
	a, p := c.a, cl.person
	from := kb.NewDate(cl.fromYear, 1, 1)
	to := kb.NewDate(cl.toYear, 12, 31)
	overlaps := func(r *kb.Relation) bool {
		return (r.To.IsZero() || r.To >= from) && (r.From.IsZero() || r.From <= to)
	}
	for _, e := range cl.of {
		offices := c.officesOf(cl, e)
		if len(offices) == 0 && !cl.leader {
			// The KB knows no holder of this office: it cannot say.
			continue
		}
		var other []*kb.Relation
		for _, r := range a.KB.Terms(p.ID) {
			if !overlaps(r) {
				continue
			}
			for _, o := range offices {
				if r.Office == o && r.Object == e.ID {
					return // true
				}
			}
			if r.Object == e.ID {
				other = append(other, r)
			}
		}
		if len(other) == 0 {
			continue
		}
		office := c.officeName(firstOr(offices, cl), cl)
		msg := fmt.Sprintf("%s was not %s of %s from %d to %d: %s was %s", p.Name, office, a.The(e), cl.fromYear, cl.toYear, pronoun(p), describeHeld(a, other))
		var evs []lint.Evidence
		for _, r := range other {
			evs = append(evs, a.Evidence(describeTerm(a, r), r.Source))
		}
		c.pass.Report(lint.Finding{Range: a.Range(s, cl.first, cl.end), Severity: lint.Error, Message: msg, Evidence: evs})
		return
	}
}

func firstOr(offices []string, cl claim) string {
	if len(offices) > 0 {
		return offices[0]
	}
	if len(cl.offices) > 0 {
		return cl.offices[0].ID
	}
	return "leader"
}

// sharedOffice reports whether an office may have several holders at once,
// so that another holder does not exclude this person.
func (c *checker) sharedOffice(id string) bool {
	o := c.a.KB.Office(id)
	return o != nil && o.Shared
}

// officeName is the office as a message names it: its first title.
func (c *checker) officeName(id string, cl claim) string {
	if cl.leader {
		return "leader"
	}
	if o := c.a.KB.Office(id); o != nil && len(o.Titles) > 0 {
		return o.Titles[0]
	}
	if cl.leader {
		return "leader"
	}
	return strings.ReplaceAll(id, "-", " ")
}

// termsOf returns person's terms of office of entity, by start.
func termsOf(k *kb.KB, person, office, of string) []*kb.Relation {
	var out []*kb.Relation
	for _, r := range k.Terms(person) {
		if r.Office == office && r.Object == of {
			out = append(out, r)
		}
	}
	return out
}

func holderNames(a *factcheck.Article, rs []*kb.Relation) string {
	var names []string
	for _, r := range rs {
		n := r.Subject
		if e := a.KB.Entity(r.Subject); e != nil {
			n = e.Name
		}
		if r.Acting {
			n += " (acting)"
		}
		names = append(names, n)
	}
	return strings.Join(names, ", ")
}

func describeHeld(a *factcheck.Article, rs []*kb.Relation) string {
	var parts []string
	for _, r := range rs {
		title := r.Office
		if o := a.KB.Office(r.Office); o != nil && len(o.Titles) > 0 {
			title = o.Titles[0]
		}
		parts = append(parts, fmt.Sprintf("%s of %s", title, a.The(a.KB.Entity(r.Object))))
	}
	return strings.Join(parts, " and ")
}

func describeTerm(a *factcheck.Article, r *kb.Relation) string {
	name := r.Subject
	if e := a.KB.Entity(r.Subject); e != nil {
		name = e.Name
	}
	return fmt.Sprintf("%s: %s of %s", name, r.Office, r.Object) + r.Period()
}

// pronoun names the person again in full: the KB records no gender, and
// which part of a name is the surname varies (Yoon Suk Yeol, Abiy Ahmed).
func pronoun(p *kb.Entity) string { return p.Name }

func possessive(p *kb.Entity) string {
	if strings.HasSuffix(p.Name, "s") {
		return p.Name + "’"
	}
	return p.Name + "’s"
}
