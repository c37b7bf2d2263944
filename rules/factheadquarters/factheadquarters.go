// Package factheadquarters checks where news text places the headquarters
// of companies and organisations ("the Nairobi-based carrier", "the
// company's New York headquarters", "Addis Ababa, seat of the Arab
// League") against the dated headquarters of the knowledge base.
package factheadquarters

import (
	"fmt"

	"github.com/newslint/newslint/kb"
	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules/internal/entities"
	"github.com/newslint/newslint/rules/internal/factcheck"
)

// Rule is the fact-headquarters rule.
var Rule = &lint.Rule{
	Name:     "fact-headquarters",
	Category: lint.Fact,
	Doc: `A headquarters city the knowledge base contradicts.

Recognises "the CITY-based carrier" (the company or organisation named in
apposition, or the last one named before), "ORG's CITY headquarters", "the
company's CITY headquarters", "ORG's headquarters in CITY", "ORG, based in
CITY" and "CITY, the seat of ORG", and reports an error when the KB puts
the headquarters elsewhere on the article's date. "-based" with a city of
the same country is only a warning, since news often names the nearest big
city. Cities the KB does not know, offices that are not headquarters and
quoted or hypothetical claims are left alone.`,
	Severity: lint.Error,
	Run:      run,
	Prepare:  factcheck.Prepare,
}

var orgTypes = []kb.EntityType{kb.Company, kb.Organization}

// genericNouns stand for a company or organisation named before.
var genericNouns = map[string]bool{
	"company": true, "firm": true, "carrier": true, "airline": true, "group": true,
	"bank": true, "lender": true, "insurer": true, "automaker": true, "carmaker": true,
	"manufacturer": true, "maker": true, "giant": true, "conglomerate": true, "retailer": true,
	"startup": true, "organisation": true, "organization": true, "alliance": true, "bloc": true,
	"agency": true, "body": true, "platform": true, "network": true, "broadcaster": true,
	"publisher": true, "producer": true, "operator": true, "developer": true, "business": true,
}

// orgNouns name organisations rather than companies.
var orgNouns = map[string]bool{
	"organisation": true, "organization": true, "alliance": true, "bloc": true,
	"agency": true, "body": true,
}

// typesFor returns the kind of entity a generic noun refers back to.
func typesFor(noun string) []kb.EntityType {
	if orgNouns[noun] {
		return []kb.EntityType{kb.Organization}
	}
	if noun == "group" || noun == "network" {
		return orgTypes
	}
	return []kb.EntityType{kb.Company}
}

type claim struct {
	org        *kb.Entity
	city       *kb.Entity
	based      bool // "-based" / "based in": looser than "headquarters"
	first, end int
}

func run(pass *lint.Pass) error {
	a, err := factcheck.Load(pass)
	if err != nil {
		return err
	}
	for _, s := range a.Sentences {
		for _, cl := range claims(a, s) {
			if cl.org == nil || cl.city == nil || s.Hedged(cl.first, cl.end) {
				continue
			}
			check(pass, a, s, cl)
		}
	}
	return nil
}

func cityAt(s *factcheck.Sentence, i int) (entities.Mention, *kb.Entity) {
	m, ok := s.MentionAt(i)
	if !ok {
		return m, nil
	}
	return m, m.Entity(kb.City)
}

// possessorBefore resolves "ORG's" or "the company's" ending at word i
// (the "s" of the possessive is at i-1).
func possessorBefore(a *factcheck.Article, s *factcheck.Sentence, i int) (org *kb.Entity, first int) {
	if !s.Is(i-1, "s") || !s.Is(i-2, "'", "’") {
		return nil, i
	}
	if m, ok := s.MentionBefore(i - 2); ok {
		return m.Entity(orgTypes...), m.First
	}
	if i >= 4 && genericNouns[s.Words[i-3].Fold] && s.Is(i-4, "the") {
		return a.LastOf(s, i-4, false, typesFor(s.Words[i-3].Fold)...), i - 4
	}
	return nil, i
}

func claims(a *factcheck.Article, s *factcheck.Sentence) []claim {
	var out []claim
	for i := 0; i < len(s.Words); i++ {
		// "the Nairobi-based carrier".
		if m, city := cityAt(s, i); city != nil && s.Is(m.End, "-") && s.Is(m.End+1, "based") {
			cl := claim{city: city, based: true, first: m.First, end: m.End + 2}
			j := m.End + 2
			if o, ok := s.MentionAt(j); ok && o.Entity(orgTypes...) != nil {
				cl.org, cl.end = o.Entity(orgTypes...), o.End // "the Paris-based OECD"
			} else if j < len(s.Words) && genericNouns[s.Words[j].Fold] {
				cl.end = j + 1
				if o, ok := s.MentionAt(j + 1); ok && o.Entity(orgTypes...) != nil {
					cl.org = o.Entity(orgTypes...) // "the Nairobi-based carrier Kenya Airways"
				} else if o, ok := s.MentionAt(j + 2); ok && s.Is(j+1, ",") && o.Entity(orgTypes...) != nil {
					cl.org = o.Entity(orgTypes...) // "the Brussels-based alliance, NATO"
				} else if s.Is(m.First-1, "the") && s.Is(m.First-2, ",") {
					if o, ok := s.MentionBefore(m.First - 2); ok {
						cl.org = o.Entity(orgTypes...) // "Kenya Airways, the Nairobi-based carrier"
					}
				} else if s.Is(m.First-1, "the") {
					cl.org = a.LastOf(s, m.First, false, typesFor(s.Words[j].Fold)...)
				}
			}
			out = append(out, cl)
			i = m.End + 1
			continue
		}
		// "ORG's CITY headquarters", "the company's CITY headquarters".
		if s.Is(i, "headquarters", "hq") || s.Seq(i, "head office") {
			if m, ok := s.MentionBefore(i); ok && m.Entity(kb.City) != nil {
				if org, first := possessorBefore(a, s, m.First); org != nil {
					out = append(out, claim{org: org, city: m.Entity(kb.City), first: first, end: i + 1})
				}
				continue
			}
			// "ORG's headquarters in CITY", "ORG headquarters in CITY".
			var org *kb.Entity
			first := i
			if o, f := possessorBefore(a, s, i); o != nil {
				org, first = o, f
			} else if m, ok := s.MentionBefore(i); ok && m.Entity(orgTypes...) != nil {
				org, first = m.Entity(orgTypes...), m.First
			}
			if org != nil && s.Is(i+1, "in") {
				if m, city := cityAt(s, i+2); city != nil {
					out = append(out, claim{org: org, city: city, first: first, end: m.End})
				}
			}
			continue
		}
		// "ORG, based in CITY" / "ORG, headquartered in CITY".
		if s.Is(i, "based", "headquartered") && s.Is(i+1, "in") && s.Is(i-1, ",") {
			if o, ok := s.MentionBefore(i - 1); ok && o.Entity(orgTypes...) != nil {
				if m, city := cityAt(s, i+2); city != nil {
					out = append(out, claim{org: o.Entity(orgTypes...), city: city, based: s.Is(i, "based"), first: o.First, end: m.End})
				}
			}
			continue
		}
		// "CITY, [the] seat of [the] ORG".
		if s.Is(i, "seat") && s.Is(i+1, "of") {
			k := i - 1
			if s.Is(k, "the") {
				k--
			}
			if !s.Is(k, ",") {
				continue
			}
			m, ok := s.MentionBefore(k)
			if !ok || m.Entity(kb.City) == nil {
				continue
			}
			j := i + 2
			if s.Is(j, "the") {
				j++
			}
			if o, ok := s.MentionAt(j); ok && o.Entity(orgTypes...) != nil && !s.Is(o.End, "'", "’") {
				out = append(out, claim{org: o.Entity(orgTypes...), city: m.Entity(kb.City), first: m.First, end: o.End})
			}
		}
	}
	return out
}

func check(pass *lint.Pass, a *factcheck.Article, s *factcheck.Sentence, cl claim) {
	d := a.Date
	var hq *kb.Entity
	var rel *kb.Relation
	if a.HasDate() {
		var ok bool
		if hq, rel, ok = a.KB.Headquarters(cl.org.ID, d); !ok {
			return
		}
	} else {
		_, obj := a.KB.RelationsOf(cl.org.ID)
		var hqs []*kb.Relation
		for _, r := range obj {
			if r.Rel == kb.RelHeadquarters {
				hqs = append(hqs, r)
			}
		}
		if len(hqs) != 1 || !factcheck.Timeless(hqs[0]) {
			return // moved at some time: needs the date
		}
		rel, hq = hqs[0], a.KB.Entity(hqs[0].Subject)
	}
	if hq == nil || hq == cl.city {
		return
	}
	sev := a.Severity()
	if cl.based && hq.Country != "" && hq.Country == cl.city.Country {
		sev = lint.Warning // "the Seattle-based company" for a suburb
	}
	when := ""
	if a.HasDate() {
		when = " on " + d.String()
	}
	msg := fmt.Sprintf("%s was not headquartered in %s%s: its headquarters were in %s", factcheck.Capitalize(a.The(cl.org)), a.Name(cl.city), when, a.Name(hq))
	pass.Report(lint.Finding{
		Range: a.Range(s, cl.first, cl.end), Severity: sev, Message: msg,
		Evidence: []lint.Evidence{a.Evidence(fmt.Sprintf("%s: headquarters of %s", hq.Name, cl.org.Name), rel.Source)},
	})
}
