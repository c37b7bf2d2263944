// Package fusedwords flags words and sentences run together across a lost
// space: "predictedCongress", "CapitalTerritory", "ministry.The",
// "agency.comBERLIN". Camel-case brand names, abbreviations, domain names,
// decimals, times and initials are left alone.
package fusedwords

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules/internal/garbled"
)

// Rule is the fused-words rule.
var Rule = &lint.Rule{
	Name:     "fused-words",
	Category: lint.Garbled,
	Doc: `Words or sentences run together where a space was lost.

Reported: a sentence end glued to the next sentence ("the ministry.The
talks", "in 2019.The", "he said.”The", "the Golden Boot,Which"), a domain glued to a dateline
("agency.comBERLIN"), a lower-case word glued to a capitalised one
("predictedCongress") and two capitalised words of four letters or more
glued together ("CapitalTerritory"). Not reported: abbreviations and
initials ("U.S.", "e.g.", "Ph.D.", "J.R.R."), domain names ("example.com",
"Amazon.com"), decimals and times ("3.5", "3:22 p.m."), and camel-case
names, which start with a short prefix ("iPhone", "eBay", "McDonald",
"MacBook", "JPMorgan", "PayPal", "YouTube") or are well-known brands. The
fix inserts the missing space.`,
	Severity: lint.Warning,
	Run:      run,
	Prepare:  func() { patterns() },
}

// fusedPatterns are the rule's expressions, compiled on first use (or by
// Prepare, off the critical path): their Unicode classes cost ~2 ms to
// compile, which package initialisation would add to every run.
type fusedPatterns struct {
	sentenceJoin   *regexp.Regexp
	quoteJoin      *regexp.Regexp
	domainDateline *regexp.Regexp
	lowerUpper     *regexp.Regexp
	upperUpper     *regexp.Regexp
}

var patterns = sync.OnceValue(func() *fusedPatterns {
	return &fusedPatterns{
		// sentenceJoin: a word of two or more lower-case letters, a sentence
		// mark or comma, then a capitalised word. One lower-case letter before
		// the mark is an abbreviation or initial ("Ph.D", "St.Louis" is rare
		// and "Mr.Smith" has two); "e.g.The" is left to readers.
		sentenceJoin: regexp.MustCompile(`[\p{Ll}\d]{2,}([.?,;])(\p{Lu}\p{Ll}+)`),
		// quoteJoin: a sentence end inside a closing quotation mark or
		// bracket, then a capitalised word ("said.”The"), or a sentence end
		// then an opening quotation ("said.“We"). The group is where the
		// space belongs. Straight quotes are left out: whether one opens or
		// closes, and so where the space goes, is unsure.
		quoteJoin: regexp.MustCompile(`\p{Ll}{2,}[.?!](?:[”)](\p{Lu}\p{Ll}+)|(“\p{Lu}\p{Ll}*))`),
		// domainDateline: a top-level domain followed by an upper-case
		// dateline.
		domainDateline: regexp.MustCompile(`\.(com|org|net|gov|edu|co\.uk|int|info|io)(\p{Lu}{3,})\b`),
		// lowerUpper: three or more lower-case letters then a capitalised
		// word, inside one word.
		lowerUpper: regexp.MustCompile(`\b(\p{Ll}{3,})(\p{Lu}\p{Ll}{2,})\b`),
		// upperUpper: two capitalised words of four or more letters each.
		upperUpper: regexp.MustCompile(`\b(\p{Lu}\p{Ll}{3,})(\p{Lu}\p{Ll}{3,})\b`),
	}
})

// brands are camel-case names whose halves are ordinary words and so look
// exactly like two fused words. The list is short on purpose: a brand
// missing from it is reported at warning, and names with a short or
// name-like first half are not reported at all.
var brands = map[string]bool{
	"BlackRock": true, "BlackBerry": true, "PlayStation": true, "SoundCloud": true,
	"DreamWorks": true, "WhatsApp": true, "LinkedIn": true, "HarperCollins": true,
	"ExxonMobil": true, "WikiLeaks": true, "SolarWinds": true, "CrowdStrike": true,
	"MasterCard": true, "SunTrust": true, "FirstEnergy": true, "CenturyLink": true,
	"SmithKline": true, "GlaxoSmithKline": true, "AstraZeneca": true, "WeWork": true,
	"PowerPoint": true, "SharePoint": true, "QuickBooks": true, "TurboTax": true,
	"FaceTime": true, "AirPods": true, "HealthCare": true, "MoneyGram": true,
	"StarKist": true, "SeaWorld": true, "BuzzFeed": true, "PepsiCo": true,
	"CinemaScope": true, "TechCrunch": true, "ThinkPad": true, "WordPress": true,
	"DuckDuckGo": true, "GoFundMe": true, "OnlyFans": true, "StubHub": true,
	"ZoomInfo": true, "CityLink": true, "FreightLiner": true, "JetBlue": true,
	"EasyJet": true, "RyanAir": true, "AccuWeather": true, "MarketWatch": true,
	"NorthStar": true, "SpaceShip": true, "StarLink": true, "MetroCard": true,
	"PricewaterhouseCoopers": true, "SmartPhone": true, "UnitedHealth": true,
	"BankAmerica": true, "FirstGroup": true, "EastEnders": true, "CityFibre": true, "NationsBank": true, "CityCenter": true, "PowerBall": true,
}

// nameWords are the common words of institution and place names. Two
// capitalised words fused without a space are reported only when one half
// is such a word ("CapitalTerritory", "SupremeCourt"): camel-case personal
// names ("GebreMariam") and brands are made of other words.
var nameWords = func() map[string]bool {
	m := map[string]bool{}
	for w := range strings.FieldsSeq(`Capital Territory National International United
		Party Council Government Ministry Minister President Union Federal State States
		City County Republic Court House Senate Congress Bank Police Army Force Navy
		Airlines Airport Company University College School Street Road Avenue Park
		Station Hospital Centre Center Department Committee Commission Agency Office
		Assembly Parliament Region Province District North South East West Northern
		Southern Eastern Western Central General Secretary Prime Foreign Affairs Health
		World Cup Open League Club Group Authority Association Institute Foundation
		Museum Square Bridge River Island Islands Mountain Valley Lake Ocean Coast
		Port Harbor Harbour Supreme High Great Grand Royal Democratic Republican Labour
		Labor Liberal Conservative Socialist Communist People Peoples Public Social
		Security Defense Defence Justice Trade Finance Treasury Energy Water Kingdom
		Emirates Nations Organization Organisation Council Summit Festival Stadium
		Olympic Olympics Games Championship Final Service Services Administration
		Reserve Federation Coalition Alliance Front Movement Church Cathedral Palace
		Minister Ministers Governor Mayor Chancellor Premier Tribunal Prosecutor`) {
		m[w] = true
	}
	return m
}()

// namePrefixes start surnames and names written in camel case.
var namePrefixes = []string{"Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "Du", "Fitz", "O"}

func run(pass *lint.Pass) error {
	for _, b := range pass.Doc.Blocks {
		for _, f := range garbled.BlockFields(pass.Doc, b) {
			// Every pattern lies inside one white-space free token:
			// test only those that may hold one.
			if mayBeFused(f.Raw) {
				checkToken(pass, b, f.Start, f.End)
			}
		}
	}
	return nil
}

// mayBeFused reports whether tok has a lower-case letter or an ASCII
// digit somewhere before an upper-case letter, as every pattern's match
// has (\p{Ll} or \d, then \p{Lu}). Abbreviations ("U.S.") and
// capitalised acronyms ("JPMorgan") have not, and skip the expressions.
func mayBeFused(tok string) bool {
	lowerSeen := false
	for _, r := range tok {
		if r < utf8.RuneSelf {
			switch {
			case 'a' <= r && r <= 'z' || '0' <= r && r <= '9':
				lowerSeen = true
			case 'A' <= r && r <= 'Z' && lowerSeen:
				return true
			}
			continue
		}
		switch {
		case unicode.IsLower(r):
			lowerSeen = true
		case unicode.IsUpper(r) && lowerSeen:
			return true
		}
	}
	return false
}

// matches runs re on text[s:e] and returns submatch indices into text.
func matches(re *regexp.Regexp, text string, s, e int) [][]int {
	ms := re.FindAllStringSubmatchIndex(text[s:e], -1)
	for _, m := range ms {
		for k := range m {
			if m[k] >= 0 {
				m[k] += s
			}
		}
	}
	return ms
}

// checkToken looks for fused words in the token b.Text[s:e].
func checkToken(pass *lint.Pass, b *lint.Block, s, e int) {
	p := patterns()
	text := b.Text
	for _, m := range matches(p.sentenceJoin, text, s, e) {
		mark, word := text[m[2]:m[3]], text[m[4]:m[5]]
		if mark != "." && mark != "?" && len(word) < 3 {
			continue
		}
		if isDomainOrCode(text, m[0], m[1]) {
			continue
		}
		start := wordStart(text, m[0])
		report(pass, b, start, m[1], m[3], "“"+text[start:m[1]]+"”: no space after the “"+mark+"”, so two sentences or clauses run together")
	}
	for _, m := range matches(p.quoteJoin, text, s, e) {
		start, at := wordStart(text, m[0]), m[2]
		if at < 0 {
			at = m[4]
		}
		report(pass, b, start, m[1], at, "“"+text[start:m[1]]+"”: no space between two sentences and the quotation mark between them")
	}
	for _, m := range matches(p.domainDateline, text, s, e) {
		report(pass, b, m[0], m[1], m[4], "“"+text[m[0]:m[1]]+"”: a web address runs into the dateline “"+text[m[4]:m[5]]+"”")
	}
	for _, m := range matches(p.lowerUpper, text, s, e) {
		if isDomainOrCode(text, m[0], m[1]) {
			continue // a handle, hashtag or address: "@cityNews"
		}
		report(pass, b, m[0], m[1], m[4], "“"+text[m[0]:m[1]]+"”: two words run together where a space was lost")
	}
	for _, m := range matches(p.upperUpper, text, s, e) {
		whole, first, second := text[m[0]:m[1]], text[m[2]:m[3]], text[m[4]:m[5]]
		if brands[whole] || hasNamePrefix(first) || !nameWords[first] && !nameWords[second] {
			continue
		}
		report(pass, b, m[0], m[1], m[4], "“"+whole+"”: two words run together where a space was lost")
	}
}

// report records a fused pair at [start, end) of the block text with a fix
// inserting a space at the text offset at.
func report(pass *lint.Pass, b *lint.Block, start, end, at int, msg string) {
	ins := b.Span(at, at)
	pass.Report(lint.Finding{
		Range:    b.Span(start, end),
		Severity: lint.Warning,
		Message:  "fused words " + msg,
		Fixes: []lint.Fix{{
			Message: "Insert a space",
			Edits:   []lint.Edit{{Start: ins.Start, End: ins.Start, Text: " "}},
		}},
	})
}

// isDomainOrCode reports whether the match sits in a longer token that is
// a web address, an e-mail address or a dotted identifier ("www.Example",
// "user@Mail.com", "System.Console").
func isDomainOrCode(text string, start, end int) bool {
	s := start
	for s > 0 && !isSpace(text[s-1]) {
		s--
	}
	e := end
	for e < len(text) && !isSpace(text[e]) {
		e++
	}
	tok := strings.TrimRight(text[s:e], ".,;:!?)\"”’")
	low := strings.ToLower(tok)
	if strings.Contains(low, "://") || strings.HasPrefix(low, "www.") || strings.ContainsAny(low, "@#/\\_") {
		return true
	}
	// A further dot inside the rest of the token ("Foo.Bar.com") makes a
	// host or code name, not two sentences.
	rest := strings.TrimRight(text[end:e], ".,;:!?)\"”’")
	return strings.Contains(rest, ".")
}

// wordStart moves off back to the start of its white-space separated word.
func wordStart(text string, off int) int {
	for off > 0 && !isSpace(text[off-1]) {
		off--
	}
	return off
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

func hasNamePrefix(first string) bool {
	for _, p := range namePrefixes {
		if first == p || strings.HasPrefix(first, p) && len(first) <= len(p)+1 {
			return true
		}
	}
	return false
}
