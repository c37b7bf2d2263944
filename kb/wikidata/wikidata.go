// Package wikidata turns the results of Wikidata SPARQL queries into
// newslint knowledge-base YAML: office holders (P39 "position held", with
// start P580 and end P582) and memberships (P463 "member of").
//
// It works offline on results downloaded in the standard SPARQL 1.1 JSON
// results format (application/sparql-results+json); the queries that
// produce them are in kb/wikidata/queries. Wikidata is a starting point, not
// an authority: the output cites the Wikidata item as its source, and a
// maintainer should check it before it goes into kb/data.
package wikidata

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Results is a SPARQL JSON results document.
type Results struct {
	Head struct {
		Vars []string `json:"vars"`
	} `json:"head"`
	Results struct {
		Bindings []map[string]Term `json:"bindings"`
	} `json:"results"`
}

// Term is one bound value: a URI or a literal.
type Term struct {
	Type     string `json:"type"` // uri, literal, bnode
	Value    string `json:"value"`
	Lang     string `json:"xml:lang,omitempty"`
	Datatype string `json:"datatype,omitempty"`
}

// ParseResults reads a SPARQL JSON results document.
func ParseResults(r io.Reader) (*Results, error) {
	var res Results
	dec := json.NewDecoder(r)
	if err := dec.Decode(&res); err != nil {
		return nil, fmt.Errorf("SPARQL JSON results: %w", err)
	}
	if res.Head.Vars == nil {
		return nil, fmt.Errorf("SPARQL JSON results: no head.vars (is this a results document?)")
	}
	return &res, nil
}

// Target says what a Wikidata position stands for in the KB: office id and
// the entity whose office it is ("president" of "country/ir").
type Target struct {
	Office string
	Of     string
}

// ParseTarget parses "QID=office:entity", as given on the command line.
func ParseTarget(s string) (qid string, t Target, err error) {
	qid, rest, ok := strings.Cut(s, "=")
	office, of, ok2 := strings.Cut(rest, ":")
	if !ok || !ok2 || !isQID(qid) || office == "" || of == "" {
		return "", Target{}, fmt.Errorf("position %q: want QID=office:entity, e.g. Q21707777=president:country/ir", s)
	}
	return qid, Target{Office: office, Of: of}, nil
}

// Person is an office holder found in the results.
type Person struct {
	ID, Name, QID string
	Born, Died    string // YYYY-MM-DD or YYYY
}

// Relation is one imported relation in the KB schema.
type Relation struct {
	Rel, Subject, Office, Object string
	From, To                     string // YYYY-MM-DD, YYYY, or ""
	Acting                       bool
	Source                       string
}

// Doc is the imported data, ready to be written as a KB file.
type Doc struct {
	AsOf      string
	People    []Person
	Relations []Relation
	Skipped   []string // rows that could not be imported, with the reason
}

// ImportOffices converts the results of queries/office-holders.rq. Each
// position QID in the results must be in positions; rows of other
// positions are skipped and reported in Doc.Skipped.
func ImportOffices(res *Results, positions map[string]Target) *Doc {
	doc := &Doc{}
	people := map[string]*Person{}
	seen := map[string]bool{}
	for i, b := range res.Results.Bindings {
		pos := qidOf(b["position"])
		t, ok := positions[pos]
		if !ok {
			doc.Skipped = append(doc.Skipped, fmt.Sprintf("row %d: position %s has no -position mapping", i+1, pos))
			continue
		}
		qid := qidOf(b["person"])
		name := b["personLabel"].Value
		if qid == "" || name == "" || name == qid {
			doc.Skipped = append(doc.Skipped, fmt.Sprintf("row %d: holder without an English label", i+1))
			continue
		}
		p := people[qid]
		if p == nil {
			p = &Person{
				ID: "person/" + Slug(name), Name: name, QID: qid,
				Born: wdDate(b["born"], Term{}), Died: wdDate(b["died"], Term{}),
			}
			people[qid] = p
			doc.People = append(doc.People, *p)
		}
		r := Relation{
			Rel: "office", Subject: p.ID, Office: t.Office, Object: t.Of,
			From:   wdDate(b["start"], b["startPrecision"]),
			To:     wdDate(b["end"], b["endPrecision"]),
			Acting: b["acting"].Value == "true",
			Source: itemURL(qid),
		}
		key := fmt.Sprint(r)
		if seen[key] { // the label service and OPTIONALs can repeat rows
			continue
		}
		seen[key] = true
		doc.Relations = append(doc.Relations, r)
	}
	sortDoc(doc)
	return doc
}

// ImportMemberships converts the results of queries/memberships.rq. Each
// organization QID must be in orgs (QID → org id); members are identified
// by their ISO 3166-1 code as country/<code>.
func ImportMemberships(res *Results, orgs map[string]string) *Doc {
	doc := &Doc{}
	seen := map[string]bool{}
	for i, b := range res.Results.Bindings {
		oq := qidOf(b["org"])
		org, ok := orgs[oq]
		if !ok {
			doc.Skipped = append(doc.Skipped, fmt.Sprintf("row %d: organization %s has no -org mapping", i+1, oq))
			continue
		}
		iso := strings.ToLower(b["iso"].Value)
		if len(iso) != 2 {
			doc.Skipped = append(doc.Skipped, fmt.Sprintf("row %d: member %s has no ISO 3166-1 code", i+1, b["memberLabel"].Value))
			continue
		}
		r := Relation{
			Rel: "member", Subject: "country/" + iso, Object: org,
			From:   wdDate(b["start"], b["startPrecision"]),
			To:     wdDate(b["end"], b["endPrecision"]),
			Source: itemURL(qidOf(b["member"])),
		}
		key := fmt.Sprint(r)
		if seen[key] {
			continue
		}
		seen[key] = true
		doc.Relations = append(doc.Relations, r)
	}
	sortDoc(doc)
	return doc
}

func sortDoc(doc *Doc) {
	sort.SliceStable(doc.People, func(i, j int) bool { return doc.People[i].ID < doc.People[j].ID })
	sort.SliceStable(doc.Relations, func(i, j int) bool {
		a, b := doc.Relations[i], doc.Relations[j]
		if a.Object != b.Object {
			return a.Object < b.Object
		}
		if a.Office != b.Office {
			return a.Office < b.Office
		}
		if a.From != b.From {
			return a.From < b.From
		}
		return a.Subject < b.Subject
	})
}

// wdDate converts a Wikidata xsd:dateTime ("2021-08-03T00:00:00Z") to the
// KB's YYYY-MM-DD, or to a bare YYYY when the precision (9 = year, 10 =
// month) says the day is not known: Wikidata stores such dates as January
// 1, which must not be read as a real day. Dates before year 1 and
// unparsable values give "".
func wdDate(v, precision Term) string {
	s := v.Value
	if len(s) < 10 || s[0] == '-' {
		return ""
	}
	s = strings.TrimPrefix(s, "+")
	day := s[:10]
	if p, err := strconv.Atoi(precision.Value); err == nil && p < 11 {
		return day[:4]
	}
	return day
}

func qidOf(t Term) string {
	i := strings.LastIndex(t.Value, "/")
	if i < 0 {
		return t.Value
	}
	return t.Value[i+1:]
}

func isQID(s string) bool {
	if len(s) < 2 || s[0] != 'Q' {
		return false
	}
	_, err := strconv.Atoi(s[1:])
	return err == nil
}

func itemURL(qid string) string { return "https://www.wikidata.org/wiki/" + qid }

// Slug makes the id part of a person: ASCII lower-case words joined by "-",
// diacritics dropped ("Recep Tayyip Erdoğan" → "recep-tayyip-erdogan").
func Slug(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	if r, _, err := transform.String(t, s); err == nil {
		s = r
	}
	s = strings.ToLower(s)
	var b strings.Builder
	dash := false
	for _, r := range s {
		switch r {
		case 'ı':
			r = 'i'
		case '\'', '’':
			continue // "Sa'ar" → "saar"
		}
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}

// WriteYAML writes doc as a KB file (see kb/data). People get type person
// with their Wikidata item as source; relations are one flow mapping each.
func (doc *Doc) WriteYAML(w io.Writer) error {
	var b strings.Builder
	b.WriteString("# Imported from Wikidata by newslint kb import-wikidata; check before use.\n")
	if doc.AsOf != "" {
		fmt.Fprintf(&b, "asOf: %s\n", doc.AsOf)
	}
	if len(doc.People) > 0 {
		b.WriteString("entities:\n")
		for _, p := range doc.People {
			fmt.Fprintf(&b, "  - {id: %s, type: person, name: %s", p.ID, quote(p.Name))
			if p.Born != "" {
				fmt.Fprintf(&b, ", born: %s", p.Born)
			}
			if p.Died != "" {
				fmt.Fprintf(&b, ", died: %s", p.Died)
			}
			fmt.Fprintf(&b, ", source: %s}\n", itemURL(p.QID))
		}
	}
	if len(doc.Relations) > 0 {
		b.WriteString("relations:\n")
		for _, r := range doc.Relations {
			fmt.Fprintf(&b, "  - {rel: %s, subject: %s", r.Rel, r.Subject)
			if r.Office != "" {
				fmt.Fprintf(&b, ", office: %s", r.Office)
			}
			fmt.Fprintf(&b, ", object: %s", r.Object)
			if r.From != "" {
				fmt.Fprintf(&b, ", from: %s", r.From)
			}
			if r.To != "" {
				fmt.Fprintf(&b, ", to: %s", r.To)
			}
			if r.Acting {
				b.WriteString(", acting: true")
			}
			fmt.Fprintf(&b, ", source: %s}\n", r.Source)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// quote writes a name as a YAML double-quoted scalar (JSON string syntax is
// valid YAML), so that names with commas or colons stay one value.
func quote(s string) string {
	q, _ := json.Marshal(s)
	return string(q)
}
