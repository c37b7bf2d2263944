// Command countries generates kb/data/countries.yaml, the countries,
// territories, former states and capitals of the newslint knowledge base,
// from published data sets rather than from hand-typed lists:
//
//   - CLDR 48 (npm cldr-core and cldr-localenames-full): English territory
//     names and their short and variant forms (Türkiye/Turkey,
//     Czechia/Czech Republic);
//   - Debian iso-codes (ISO 3166-1 and the withdrawn codes of ISO 3166-3):
//     official and common names, and former names of renamed countries;
//   - i18n-nationality (npm): demonyms, filtered (see cleanDemonym);
//   - countries-list (npm): capitals and a few common aliases;
//   - overrides.yaml beside this file: the hand-checked corrections and
//     additions that those sets lack, each with its source.
//
// Usage:
//
//	cd $(mktemp -d) && npm install cldr-core@48 cldr-localenames-full@48 i18n-nationality countries-list
//	go run ./kb/gen/countries -npm /tmp/.../node_modules -o kb/data/countries.yaml
//
// See README.md for the licences and the modelling decisions.
package main

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
	"gopkg.in/yaml.v3"
)

//go:embed overrides.yaml
var overridesYAML []byte

// Sources cited in the generated records.
const (
	cldrSource    = "https://www.unicode.org/cldr/charts/48/summary/en.html"
	capitalSource = "https://en.wikipedia.org/wiki/List_of_national_capitals"
	isoSource     = "https://www.iso.org/iso-3166-country-codes.html"
)

func main() {
	npmDir := flag.String("npm", "node_modules", "node_modules directory holding cldr-core, cldr-localenames-full, i18n-nationality and countries-list")
	isoDir := flag.String("iso", "/usr/share/iso-codes/json", "directory of Debian iso-codes JSON (iso_3166-1.json, iso_3166-3.json)")
	out := flag.String("o", "kb/data/countries.yaml", "output file")
	asOf := flag.String("asof", "2025-06-30", "asOf date written into the output")
	flag.Parse()
	if err := run(*npmDir, *isoDir, *out, *asOf); err != nil {
		fmt.Fprintln(os.Stderr, "countries:", err)
		os.Exit(1)
	}
}

// overrides is the shape of overrides.yaml.
type overrides struct {
	UNMembers   []string                   `yaml:"unMembers"`
	Observers   []string                   `yaml:"observers"`
	OtherStates []string                   `yaml:"otherStates"`
	Countries   map[string]countryOverride `yaml:"countries"`
	Renamed     map[string]string          `yaml:"renamed"` // withdrawn ISO 3166-3 alpha-4 → current alpha-2
	Former      []formerState              `yaml:"formerStates"`
	Capitals    map[string][]capitalSpec   `yaml:"capitals"`
	Cities      map[string]cityOverride    `yaml:"cities"`
}

type countryOverride struct {
	Name         string   `yaml:"name"`
	Aliases      []string `yaml:"aliases"`
	DropAliases  []string `yaml:"dropAliases"`
	Demonyms     []string `yaml:"demonyms"`
	DropDemonyms []string `yaml:"dropDemonyms"`
	Founded      string   `yaml:"founded"`
	Note         string   `yaml:"note"`
}

type formerState struct {
	Code      string   `yaml:"code"` // ISO 3166-3 alpha-4
	Name      string   `yaml:"name"`
	Aliases   []string `yaml:"aliases"`
	Demonyms  []string `yaml:"demonyms"`
	Founded   string   `yaml:"founded"`
	Dissolved string   `yaml:"dissolved"`
	Source    string   `yaml:"source"`
}

type capitalSpec struct {
	City     string `yaml:"city"`
	From     string `yaml:"from"`
	To       string `yaml:"to"`
	Role     string `yaml:"role"`
	Disputed bool   `yaml:"disputed"`
	Note     string `yaml:"note"`
	Source   string `yaml:"source"`
}

type cityOverride struct {
	ID        string      `yaml:"id"`
	Name      string      `yaml:"name"`
	Aliases   []string    `yaml:"aliases"`
	Names     []datedName `yaml:"names"`
	NoCountry bool        `yaml:"noCountry"`
	Source    string      `yaml:"source"`
	Note      string      `yaml:"note"`
}

type datedName struct {
	Name   string `yaml:"name"`
	From   string `yaml:"from"`
	To     string `yaml:"to"`
	Source string `yaml:"source"`
}

// entity and relation are the output records.
type entity struct {
	id, typ, name      string
	aliases, demonyms  []string
	names              []datedName
	country            string
	founded, dissolved string
	source, note       string
}

type relation struct {
	subject, object, from, to, role, note, source string
	disputed                                      bool
}

type isoEntry struct {
	Alpha2       string `json:"alpha_2"`
	Alpha4       string `json:"alpha_4"`
	Name         string `json:"name"`
	OfficialName string `json:"official_name"`
	CommonName   string `json:"common_name"`
}

type clEntry struct {
	Name    string   `json:"name"`
	Capital string   `json:"capital"`
	Alias   []string `json:"alias"`
}

func run(npmDir, isoDir, out, asOf string) error {
	var ov overrides
	dec := yaml.NewDecoder(bytes.NewReader(overridesYAML))
	dec.KnownFields(true)
	if err := dec.Decode(&ov); err != nil {
		return fmt.Errorf("overrides.yaml: %w", err)
	}

	var cldr struct {
		Main map[string]struct {
			LocaleDisplayNames struct {
				Territories map[string]string `json:"territories"`
			} `json:"localeDisplayNames"`
		} `json:"main"`
	}
	if err := readJSON(filepath.Join(npmDir, "cldr-localenames-full", "main", "en", "territories.json"), &cldr); err != nil {
		return err
	}
	cldrNames := cldr.Main["en"].LocaleDisplayNames.Territories
	var cldrVersion struct {
		Version string `json:"version"`
	}
	if err := readJSON(filepath.Join(npmDir, "cldr-core", "package.json"), &cldrVersion); err != nil {
		return err
	}
	if !strings.HasPrefix(cldrVersion.Version, "48.") {
		return fmt.Errorf("cldr-core is version %s, want 48.x", cldrVersion.Version)
	}
	var iso1 struct {
		Entries []isoEntry `json:"3166-1"`
	}
	if err := readJSON(filepath.Join(isoDir, "iso_3166-1.json"), &iso1); err != nil {
		return err
	}
	var iso3 struct {
		Entries []isoEntry `json:"3166-3"`
	}
	if err := readJSON(filepath.Join(isoDir, "iso_3166-3.json"), &iso3); err != nil {
		return err
	}
	var nat struct {
		Nationalities map[string]string `json:"nationalities"`
	}
	if err := readJSON(filepath.Join(npmDir, "i18n-nationality", "langs", "en.json"), &nat); err != nil {
		return err
	}
	var cl map[string]clEntry
	if err := readJSON(filepath.Join(npmDir, "countries-list", "countries.min.json"), &cl); err != nil {
		return err
	}

	// Which codes are states (type country) and which are territories.
	states := map[string]bool{}
	for _, c := range append(append(append([]string{}, ov.UNMembers...), ov.Observers...), ov.OtherStates...) {
		states[c] = true
	}
	if len(ov.UNMembers) != 193 {
		return fmt.Errorf("overrides.yaml lists %d UN members, want 193", len(ov.UNMembers))
	}
	isoByCode := map[string]isoEntry{}
	codes := []string{}
	for _, e := range iso1.Entries {
		isoByCode[e.Alpha2] = e
		codes = append(codes, e.Alpha2)
	}
	for _, c := range ov.OtherStates {
		if _, ok := isoByCode[c]; !ok {
			codes = append(codes, c) // Kosovo (XK) has no ISO 3166-1 code
		}
	}
	for c := range states {
		if _, ok := cldrNames[c]; !ok {
			return fmt.Errorf("state %s has no CLDR name", c)
		}
	}
	// States first, then territories, each by code: the order decides which
	// country keeps the plain city slug when two capitals share a name.
	sort.Slice(codes, func(i, j int) bool {
		if states[codes[i]] != states[codes[j]] {
			return states[codes[i]]
		}
		return codes[i] < codes[j]
	})

	// Former names of renamed countries, from ISO 3166-3.
	formerNames := map[string][]string{}
	iso3ByCode := map[string]isoEntry{}
	for _, e := range iso3.Entries {
		iso3ByCode[e.Alpha4] = e
	}
	for a4, cur := range ov.Renamed {
		e, ok := iso3ByCode[a4]
		if !ok {
			return fmt.Errorf("renamed: %s is not in ISO 3166-3", a4)
		}
		formerNames[cur] = append(formerNames[cur], beforeComma(e.Name))
	}

	var entities []*entity
	var relations []relation
	countryDemonyms := map[string]bool{} // folded demonyms of states
	g := &gen{ov: ov, cities: map[string]*entity{}, cityOwner: map[string]string{}}

	for pass := range 2 { // states, then territories (whose demonyms must not shadow states')
		for _, code := range codes {
			if states[code] != (pass == 0) {
				continue
			}
			iso := isoByCode[code]
			o := ov.Countries[code]
			typ, id := "territory", "territory/"+strings.ToLower(code)
			if states[code] {
				typ, id = "country", "country/"+strings.ToLower(code)
			}
			// Names: every form the sources know, cleaned; the canonical
			// name is the override, or the cleaned CLDR name.
			var forms []string
			cldrName := cldrNames[code]
			forms = append(forms, cleanName(cldrName)...)
			for _, alt := range []string{"-alt-short", "-alt-variant"} {
				if v, ok := cldrNames[code+alt]; ok {
					forms = append(forms, cleanName(v)...)
				}
			}
			for _, v := range []string{iso.CommonName, iso.Name, iso.OfficialName} {
				if v != "" && !strings.Contains(v, ",") {
					forms = append(forms, cleanName(strings.TrimPrefix(v, "the "))...)
				}
			}
			if c, ok := cl[code]; ok {
				forms = append(forms, cleanName(c.Name)...)
				for _, a := range c.Alias {
					forms = append(forms, cleanName(a)...)
				}
			}
			forms = append(forms, formerNames[code]...)
			forms = append(forms, o.Aliases...)
			name := o.Name
			if name == "" {
				name = cleanName(cldrName)[0]
			}
			if name == "" {
				return fmt.Errorf("%s: no name", code)
			}
			e := &entity{id: id, typ: typ, name: name, source: cldrSource, founded: o.Founded, note: o.Note}
			e.aliases = dedupe(forms, append([]string{name}, o.DropAliases...))

			var dems []string
			for _, d := range cleanDemonym(nat.Nationalities[code], forms, name) {
				if typ == "territory" && countryDemonyms[fold(d)] {
					continue // "French" for French Guiana would shadow France
				}
				dems = append(dems, d)
			}
			dems = append(dems, o.Demonyms...)
			e.demonyms = dedupe(dems, o.DropDemonyms)
			if typ == "country" {
				for _, d := range e.demonyms {
					countryDemonyms[fold(d)] = true
				}
			}
			entities = append(entities, e)

			// Capitals: an override list replaces countries-list's single
			// capital.
			specs, ok := ov.Capitals[code]
			if !ok {
				if c := cl[code].Capital; c != "" {
					specs = []capitalSpec{{City: c}}
				}
			}
			for _, s := range specs {
				city := g.city(s.City, id)
				src := s.Source
				if src == "" {
					src = capitalSource
				}
				relations = append(relations, relation{
					subject: city.id, object: id, from: s.From, to: s.To,
					role: s.Role, disputed: s.Disputed, note: s.Note, source: src,
				})
			}
		}
	}

	for _, f := range ov.Former {
		iso, ok := iso3ByCode[f.Code]
		if !ok {
			return fmt.Errorf("formerStates: %s is not in ISO 3166-3", f.Code)
		}
		id := "country/" + strings.ToLower(f.Code)
		// ISO 3166-3's names of former states are inverted and clipped
		// ("Yemen, Democratic, ..."), so only the curated names are used.
		_ = iso
		entities = append(entities, &entity{
			id: id, typ: "country", name: f.Name,
			aliases:  dedupe(f.Aliases, []string{f.Name}),
			demonyms: f.Demonyms, founded: f.Founded, dissolved: f.Dissolved,
			source: f.Source,
		})
		for _, s := range ov.Capitals[f.Code] {
			city := g.city(s.City, "")
			src := s.Source
			if src == "" {
				src = f.Source
			}
			relations = append(relations, relation{
				subject: city.id, object: id, from: s.From, to: s.To,
				role: s.Role, disputed: s.Disputed, note: s.Note, source: src,
			})
		}
	}
	for name := range ov.Cities {
		if _, used := g.cities[name]; !used {
			return fmt.Errorf("cities: override for %q, which is no capital", name)
		}
	}

	var buf bytes.Buffer
	write(&buf, asOf, cldrVersion.Version, entities, g.cityList, relations)
	return os.WriteFile(out, buf.Bytes(), 0o644) //nolint:gosec // a source file of the repository, meant to be readable
}

// gen holds the capital cities made so far.
type gen struct {
	ov        overrides
	cities    map[string]*entity // by source name
	cityOwner map[string]string  // city id → country id that took the slug
	cityList  []*entity
}

// city returns the city entity for a capital's name, making it on first
// use. A city named like an existing one in another country gets the
// country code appended to its slug (Kingston, Norfolk Island).
func (g *gen) city(name, country string) *entity {
	if c, ok := g.cities[name]; ok {
		return c
	}
	o := g.ov.Cities[name]
	canonical := name
	if o.Name != "" {
		canonical = o.Name
	}
	id := o.ID
	if id == "" {
		id = "city/" + slug(canonical)
		if owner, taken := g.cityOwner[id]; taken && owner != country {
			id += "-" + strings.TrimPrefix(strings.TrimPrefix(country, "country/"), "territory/")
		}
	}
	g.cityOwner[id] = country
	src := o.Source
	if src == "" {
		src = capitalSource
	}
	c := &entity{id: id, typ: "city", name: canonical, names: o.Names, source: src, note: o.Note}
	aliases := o.Aliases
	if canonical != name {
		aliases = append([]string{name}, aliases...)
	}
	c.aliases = dedupe(aliases, []string{canonical})
	if !o.NoCountry {
		c.country = country
	}
	g.cities[name] = c
	g.cityList = append(g.cityList, c)
	return c
}

var parenRE = regexp.MustCompile(`\s*\(([^)]*)\)`)

// cleanName turns a source name into news-style names: CLDR writes "&" and
// "St." where news copy writes "and" and "Saint", and puts a second name in
// parentheses ("Myanmar (Burma)"), which becomes a name of its own.
// CLDR's "Congo - Kinshasa" style is kept as an alias (it is how the
// two Congos are told apart). The first result is the main form.
func cleanName(s string) []string {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	var out []string
	main := s
	if m := parenRE.FindStringSubmatch(s); m != nil {
		main = strings.TrimSpace(parenRE.ReplaceAllString(s, ""))
		inner := m[1]
		if !strings.Contains(inner, " part") && !strings.EqualFold(inner, "Republic") && !strings.EqualFold(inner, "DRC") {
			out = append(out, inner)
		}
	}
	variants := []string{main}
	if strings.Contains(main, "&") {
		variants = append([]string{strings.ReplaceAll(main, "&", "and")}, variants...)
	}
	if strings.HasPrefix(main, "St. ") {
		variants = append([]string{"Saint " + strings.TrimPrefix(variants[0], "St. ")}, variants...)
	}
	return append(variants, out...)
}

// cleanDemonym makes demonyms of an i18n-nationality entry. That data set
// is a list of one string per ISO code, and not all of them are demonyms:
// for many territories it holds the territory's name ("Bermuda", "Cayman
// Islands"), some are plurals ("Antiguans", "Batswana"), some carry a
// parenthesised disambiguation ("Congolese (Republic of the Congo)", "French
// (French Guiana)"), two forms are joined by " - " or " or " ("Bosnian -
// Herzegovinian", "Trinidadian or Tobagonian"), and some are plainly wrong
// (Wallis and Futuna: "Welsh"). So: parentheses are stripped, joined forms
// split, and any form that is one of the entity's names or contains a comma
// is dropped; outright errors are dropped by dropDemonyms in overrides.yaml.
func cleanDemonym(s string, names []string, name string) []string {
	if s == "" {
		return nil
	}
	s = strings.TrimSpace(parenRE.ReplaceAllString(s, ""))
	if strings.Contains(s, ",") {
		return nil
	}
	isName := map[string]bool{fold(name): true}
	for _, n := range names {
		isName[fold(n)] = true
	}
	var out []string
	for _, part := range regexp.MustCompile(` - | or `).Split(s, -1) {
		part = strings.TrimSpace(part)
		if part == "" || isName[fold(part)] || strings.HasSuffix(part, "Island") || strings.HasSuffix(part, "Islands") {
			continue
		}
		out = append(out, part)
	}
	return out
}

// dedupe returns forms without duplicates (compared folded) and without
// the forms in drop, keeping the first spelling seen.
func dedupe(forms, drop []string) []string {
	seen := map[string]bool{}
	for _, d := range drop {
		seen[fold(d)] = true
	}
	var out []string
	for _, f := range forms {
		f = strings.TrimSpace(f)
		k := fold(f)
		if f == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, f)
	}
	return out
}

// fold compares names as the kb package does (case and diacritics ignored).
func fold(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	r, _, err := transform.String(t, s)
	if err != nil {
		r = s
	}
	r = strings.NewReplacer("’", "'", "‘", "'").Replace(r)
	return strings.ToLower(strings.Join(strings.Fields(r), " "))
}

// slug makes the id part of a city: ASCII lower case words joined by "-".
func slug(s string) string {
	s = fold(s)
	var b strings.Builder
	dash := false
	for _, r := range s {
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

// beforeComma turns ISO's inverted "Zaire, Republic of" into "Zaire".
func beforeComma(s string) string {
	before, _, _ := strings.Cut(s, ",")
	return strings.TrimSpace(before)
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("%w (install the npm packages, see README.md)", err)
		}
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
