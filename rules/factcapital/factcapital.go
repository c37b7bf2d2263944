// Package factcapital checks what news text says a country's capital is
// ("Sydney, the Australian capital", "In Sydney, the country's capital and
// largest city", "Istanbul, Turkey's capital", "the capital of Kenya,
// Nairobi") against the dated capitals of the knowledge base.
package factcapital

import (
	"fmt"
	"slices"
	"strings"

	"github.com/newslint/newslint/kb"
	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules/internal/factcheck"
)

// Rule is the fact-capital rule.
var Rule = &lint.Rule{
	Name:     "fact-capital",
	Category: lint.Fact,
	Doc: `A city called a country's capital when the knowledge base says it is not.

Recognises "CITY, the DEMONYM capital", "CITY, COUNTRY's capital", "CITY,
the capital of COUNTRY", "CITY, the country's capital" (the country named
last before, or the city's own), "the DEMONYM capital, CITY" and "COUNTRY's
capital, CITY". Any capital the KB records for the date counts (official,
administrative, legislative or disputed), so "La Paz, Bolivia's capital"
passes. A city the KB does not know is compared by name and reported as a
warning. Words that make it another kind of capital ("the financial
capital", "the capital region") and quoted or hypothetical claims are left
alone. Without an article date only capitals that never moved are checked.`,
	Severity: lint.Error,
	Run:      run,
	Prepare:  factcheck.Prepare,
}

// claim is "city is the capital of country" at words [first, end).
type claim struct {
	city       *kb.Entity // nil when the KB does not know the city
	cityName   string
	country    *kb.Entity
	first, end int
}

func run(pass *lint.Pass) error {
	a, err := factcheck.Load(pass)
	if err != nil {
		return err
	}
	warned := false
	for _, s := range a.Sentences {
		for _, cl := range claims(a, s) {
			if s.Hedged(cl.first, cl.end) {
				continue
			}
			if !a.HasDate() && !timeless(a.KB, cl.country.ID) {
				if !warned {
					warned = true
					a.DateUnknown(a.Range(s, cl.first, cl.end), "capital claims")
				}
				continue
			}
			check(pass, a, s, cl)
		}
	}
	return nil
}

// timeless reports whether the KB's capitals of country never changed.
func timeless(k *kb.KB, country string) bool {
	_, obj := k.RelationsOf(country)
	n := 0
	for _, r := range obj {
		if r.Rel == kb.RelCapital {
			n++
			if !r.From.IsZero() || !r.To.IsZero() {
				return false
			}
		}
	}
	return n > 0
}

// notCapital are words after "capital" that make it something else: the
// Australian Capital Territory, the capital region, capital markets.
var notCapital = map[string]bool{
	"territory": true, "region": true, "district": true, "markets": true, "market": true,
	"gains": true, "punishment": true, "flight": true, "controls": true, "spending": true,
	"investment": true, "expenditure": true, "area": true, "province": true, "'": true, "’": true,
}

// capitalAt reads "capital" at i, as a noun naming the seat of
// government, and returns the index after "capital [city]".
func capitalAt(s *factcheck.Sentence, i int) (int, bool) {
	if !s.Is(i, "capital") || s.Words[i].Text == "Capital" && s.Is(i+1, "territory", "district", "region") {
		return i, false
	}
	if notCapital[wordFold(s, i+1)] {
		return i, false
	}
	if s.Is(i+1, "city") {
		return i + 2, true
	}
	return i + 1, true
}

func wordFold(s *factcheck.Sentence, i int) string {
	if i < 0 || i >= len(s.Words) {
		return ""
	}
	return s.Words[i].Fold
}

// countryBefore reads the country just before word i: "Australian",
// "Turkey's", "the country's"; ok is false when there is none.
func countryBefore(s *factcheck.Sentence, i int) (country *kb.Entity, first int, ok bool) {
	if s.Is(i-1, "s") && s.Is(i-2, "'", "’") {
		if s.Is(i-3, "country", "nation") && s.Is(i-4, "the") {
			return nil, i - 4, true // resolved by the caller
		}
		if m, ok := s.MentionBefore(i - 2); ok {
			if e := m.Entity(kb.Country, kb.Territory); e != nil {
				return e, m.First, true
			}
		}
		return nil, i, false
	}
	if m, ok := s.MentionBefore(i); ok && len(m.Demonyms) == 1 && len(m.Entities) == 0 {
		if e := m.DemonymOf(kb.Country, kb.Territory); e != nil {
			return e, m.First, true
		}
	}
	return nil, i, false
}

// cityBefore returns the city that ends just before word i: a KB city, or
// one to three capitalised words the KB does not know ("Sydney").
func cityBefore(s *factcheck.Sentence, i int) (city *kb.Entity, name string, first int, ok bool) {
	if m, ok := s.MentionBefore(i); ok {
		if c := m.Entity(kb.City); c != nil {
			return c, "", m.First, true
		}
		return nil, "", i, false
	}
	k := i
	for k > 0 && i-k < 3 && s.Words[k-1].IsWord() && s.Words[k-1].Capitalised() && !s.Is(k-1, "in", "at", "from", "to", "the", "on", "of", "for", "and", "but") {
		if _, ok := s.MentionBefore(k); ok {
			return nil, "", i, false
		}
		k--
	}
	if k == i || k > 0 && !s.Is(k-1, "in", "to", "from", "at", "of") {
		return nil, "", i, false
	}
	var parts []string
	for _, w := range s.Words[k:i] {
		parts = append(parts, w.Text)
	}
	return nil, strings.Join(parts, " "), k, true
}

// claims finds the capital claims of one sentence.
func claims(a *factcheck.Article, s *factcheck.Sentence) []claim {
	var out []claim
	for i := range s.Words {
		end, ok := capitalAt(s, i)
		if !ok {
			continue
		}
		// "CITY, [the] DEMONYM capital" / "CITY, COUNTRY's capital" /
		// "CITY, the country's capital".
		country, start, ok := countryBefore(s, i)
		if ok {
			k := start
			if s.Is(k-1, "the") {
				k--
			}
			if s.Is(k-1, ",") {
				if city, name, first, ok := cityBefore(s, k-1); ok {
					if country == nil {
						country = contextCountry(a, s, first, city)
					}
					if country != nil && city != country {
						out = append(out, claim{city: city, cityName: name, country: country, first: first, end: end})
					}
				}
				continue
			}
			// "the Australian capital, Canberra" / "Turkey's capital Ankara".
			j := end
			if s.Is(j, ",") {
				j++
			}
			if m, ok := s.MentionAt(j); ok && country != nil {
				if city := m.Entity(kb.City); city != nil {
					out = append(out, claim{city: city, country: country, first: start, end: m.End})
				}
			}
			continue
		}
		// "CITY, the capital of COUNTRY" / "the capital of COUNTRY, CITY".
		if !s.Is(i-1, "the") || !s.Is(end, "of") {
			continue
		}
		m, ok := s.MentionAt(end + 1)
		if !ok || m.Entity(kb.Country, kb.Territory) == nil || s.Is(m.End, "'", "’") {
			continue
		}
		country = m.Entity(kb.Country, kb.Territory)
		if s.Is(i-2, ",") {
			if city, name, first, ok := cityBefore(s, i-2); ok {
				out = append(out, claim{city: city, cityName: name, country: country, first: first, end: m.End})
			}
			continue
		}
		if s.Is(m.End, ",") {
			if c, ok := s.MentionAt(m.End + 1); ok && c.Entity(kb.City) != nil {
				out = append(out, claim{city: c.Entity(kb.City), country: country, first: i - 1, end: c.End})
			}
		}
	}
	return out
}

// contextCountry resolves "the country's": the known city's own country,
// else the country named last before.
func contextCountry(a *factcheck.Article, s *factcheck.Sentence, i int, city *kb.Entity) *kb.Entity {
	if city != nil && city.Country != "" {
		return a.KB.Entity(city.Country)
	}
	return a.LastOf(s, i, true, kb.Country)
}

// check reports a claim the KB contradicts.
func check(pass *lint.Pass, a *factcheck.Article, s *factcheck.Sentence, cl claim) {
	d := a.Date
	var caps []*kb.Relation
	if a.HasDate() {
		caps = a.KB.Capitals(cl.country.ID, d)
	} else {
		_, obj := a.KB.RelationsOf(cl.country.ID)
		for _, r := range obj {
			if r.Rel == kb.RelCapital {
				caps = append(caps, r)
			}
		}
	}
	if len(caps) == 0 {
		return
	}
	var names []string
	var evs []lint.Evidence
	for _, r := range caps {
		c := a.KB.Entity(r.Subject)
		if c == nil {
			continue
		}
		if c == cl.city || cl.city == nil && isNameOf(cl.cityName, c) {
			return
		}
		names = append(names, a.Name(c))
		evs = append(evs, a.Evidence(fmt.Sprintf("%s: capital of %s", c.Name, cl.country.Name), r.Source))
	}
	cityName := cl.cityName
	sev := a.Severity()
	if cl.city != nil {
		cityName = a.Name(cl.city)
	} else {
		sev = lint.Warning // a name the KB does not know: perhaps a spelling it lacks
	}
	when := ""
	if a.HasDate() {
		when = " on " + d.String()
	}
	var msg strings.Builder
	fmt.Fprintf(&msg, "%s was not the capital of %s%s: the capital was %s", cityName, a.The(cl.country), when, strings.Join(names, ", "))
	if cl.city != nil {
		for _, r := range a.KB.CapitalOf(cl.city.ID) {
			if r.Object == cl.country.ID && !r.To.IsZero() && r.To < d {
				fmt.Fprintf(&msg, " (%s was the capital until %s)", cityName, r.To)
			}
		}
	}
	pass.Report(lint.Finding{Range: a.Range(s, cl.first, cl.end), Severity: sev, Message: msg.String(), Evidence: evs})
}

// isNameOf reports whether name is one of e's names, or the last words of
// one ("Delhi" for New Delhi), as news shortens them.
func isNameOf(name string, e *kb.Entity) bool {
	f := kb.Fold(name)
	same := func(n string) bool {
		g := kb.Fold(n)
		return f == g || strings.HasSuffix(g, " "+f)
	}
	if same(e.Name) {
		return true
	}
	if slices.ContainsFunc(e.Aliases, same) {
		return true
	}
	for _, x := range e.Names {
		if same(x.Name) {
			return true
		}
	}
	return false
}
