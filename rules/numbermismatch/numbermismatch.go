// Package numbermismatch flags one quantity stated two ways in an article:
// "32 Kenyans" and later "the 35 Kenyans", "51.9 percent … for leaving"
// and "the 52.9 percent majority for leaving", or a set score that differs
// from the score line ("6-3" as the fifth set, later "the fifth set 6-2").
package numbermismatch

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newslint/newslint/rules/internal/lazyre"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules/internal/consistency"
	"github.com/newslint/newslint/rules/internal/stretch"
)

// Rule is the number-mismatch rule.
var Rule = &lint.Rule{
	Name:     "number-mismatch",
	Category: lint.Consistency,
	Doc: `The same quantity of the same thing given two different values.

A number is keyed by the word that follows it ("32 Kenyans": kenyans; the
dead of an event share one key, so "killing 12 people" and "the 15 victims"
are compared) and,
for units that say nothing by themselves (percent, million, years, people),
by a content word shared by the words around both mentions. Two mentions are
compared only when their keys match, they stand in different sentences, and
their values look like a slip of one digit (383/385, 5.6/6.5, 51.9/52.9):
real changes in a story rarely look like that. Not compared: approximations
("about 400", "nearly 400"), ranges ("between 12 and 15"), and any sentence
that tells of a change ("rose to 15", "up from 12", "the death toll climbed").
Tennis-style score lines ("3-6, 6-4, 6-3") are read set by set and checked
against "the fifth set 6-2".`,
	Severity: lint.Warning,
	Run:      run,
}

var (
	numberRe = regexp.MustCompile(`(?:[$€£]\s?)?\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|(?:[$€£]\s?)?\b\d+(?:\.\d+)?\b`)
	// approx is read just before a number; approxBefore reads it without
	// the expression, which it needs for rare text only (compiled then).
	approx      = lazyre.New(`(?i)\b` + alternation(approxWords) + `\s*$`)
	change      = regexp.MustCompile(`(?i)\b(?:rose|risen|rising|rises|increased?|increasing|climbed|climbing|grew|grown|jumped|fell|fallen|dropped|declined|up from|down from|toll|so far|now|revised|updated|latest|previous|previously|initially|originally|earlier|compared)\b`)
	rangeAfter  = regexp.MustCompile(`^\s*(?:-|–|to|and|or)\s*[$€£]?\d`)
	scoreList   = lazyre.New(`\b\d{1,2}-\d{1,2}(?:\s*\(\d+-\d+\))?(?:,\s*\d{1,2}-\d{1,2}(?:\s*\(\d+-\d+\))?){2,}`)
	scoreRe     = lazyre.New(`\b(\d{1,2})-(\d{1,2})\b`)
	setScore    = lazyre.New(`(?i)\b(first|second|third|fourth|fifth) set,?\s+(\d{1,2}-\d{1,2})\b|\b(\d{1,2}-\d{1,2}) in the (first|second|third|fourth|fifth) set\b`)
	wordAfterRe = regexp.MustCompile(`^(?:\s*(?:million|billion|trillion|thousand|percent|per cent|%))?\s+([\p{L}][\p{L}’'-]*)`)
)

// approxWords make the number after them an approximation ("about",
// "nearly") or part of a range ("between", "from"). Like definiteWords,
// they are lower-case ASCII and start with a letter.
var approxWords = []string{
	"about", "nearly", "almost", "around", "roughly", "approximately", "some", "over", "under", "more than",
	"less than", "fewer than", "at least", "at most", "up to", "as many as", "as few as", "estimated",
	"close to", "or", "and", "between", "from", "to", "of", "no.", "number",
}

// definite is a determiner just before a number that refers back;
// definiteBefore reads it, like approxBefore, without the expression.
var definite = lazyre.New(`(?i)\b` + alternation(definiteWords) + `\s+$`)

var definiteWords = []string{"the", "his", "her", "its", "their", "those", "these", "our"}

// approxBefore reports whether approx matches before, the text just before
// a number. The expression would try every start in before; the words can
// only end where the trailing white space begins, so comparing them there
// is enough.
func approxBefore(before string) bool {
	if foldsToASCII(before) {
		return approx().MatchString(before)
	}
	return endsWithWord(strings.TrimRight(before, spaceChars), approxWords)
}

// definiteBefore reports whether definite matches before: a determiner,
// then at least one white space character.
func definiteBefore(before string) bool {
	if foldsToASCII(before) {
		return definite().MatchString(before)
	}
	trimmed := strings.TrimRight(before, spaceChars)
	return len(trimmed) < len(before) && endsWithWord(trimmed, definiteWords)
}

// spaceChars are the characters of \s.
const spaceChars = " \t\n\f\r"

// foldsToASCII reports whether s has ſ or the Kelvin sign, the only runes
// that a case-insensitive expression matches to an ASCII letter (s, k)
// without being ASCII themselves. A byte-wise comparison cannot see them.
func foldsToASCII(s string) bool {
	return strings.Contains(s, "ſ") || strings.Contains(s, "\u212A")
}

// alternation returns a group matching any of words literally.
func alternation(words []string) string {
	quoted := make([]string, len(words))
	for i, w := range words {
		quoted[i] = regexp.QuoteMeta(w)
	}
	return `(?:` + strings.Join(quoted, "|") + `)`
}

// endsWithWord reports whether s ends with one of words in any ASCII case,
// at a word boundary (\b): the word is the whole of s or the byte before it
// is not an ASCII letter, digit or underscore.
func endsWithWord(s string, words []string) bool {
	for _, w := range words {
		if len(w) > len(s) {
			continue
		}
		start := len(s) - len(w)
		if strings.EqualFold(s[start:], w) && (start == 0 || !isWordByte(s[start-1])) {
			return true
		}
	}
	return false
}

// isWordByte reports whether c is an ASCII word character (\w); a byte of
// a multi-byte rune never is, as no such rune is a word character for \b.
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// measures are units of measure and counts of events, which a story uses
// for many different things ("a 30-yard run", "39 yards"; "16 times").
var measures = map[string]bool{
	"yards": true, "yard": true, "feet": true, "foot": true, "miles": true, "mile": true, "metres": true,
	"meters": true, "kilometres": true, "kilometers": true, "inches": true, "pounds": true, "tons": true,
	"times": true, "days": true, "hours": true, "minutes": true, "seconds": true, "weeks": true, "months": true,
	"years": true, "block": true, "shares": true, "points": true, "games": true, "runs": true, "goals": true,
}

// roundPair reports whether two values differ only in a digit followed by
// zeros (400/500, 10,000,000/30,000,000): round figures of different things.
func roundPair(a, b string) bool {
	for i := range len(a) {
		if a[i] != b[i] {
			rest := a[i+1:]
			return strings.Contains(rest, "0") && strings.Trim(rest, "0.,") == "" && strings.Trim(b[i+1:], "0.,") == ""
		}
	}
	return false
}

// vague are words after a number that do not say what is counted by
// themselves; mentions keyed by them need a shared word around both.
var vague = map[string]bool{
	"percent": true, "per": true, "%": true, "million": true, "billion": true, "trillion": true,
	"thousand": true, "years": true, "year": true, "people": true, "times": true, "days": true,
	"months": true, "weeks": true, "hours": true, "minutes": true, "points": true, "of": true,
	"in": true, "to": true, "and": true, "the": true, "a": true, "for": true, "on": true, "at": true,
}

// mention is one number in the article.
type mention struct {
	block *lint.Block
	pos   lint.Range
	value string // digits as written, without currency or separators
	key   string
	unit  string // million/billion/percent, part of the key
	near  map[string]bool
	sent  lint.Range
	// definite says a determiner points back to a quantity already told:
	// "the 35 Kenyans", "her 385 votes".
	definite bool
}

func run(pass *lint.Pass) error {
	doc := pass.Doc
	var ms []mention
	var cc changeCache
	for _, b := range doc.Blocks {
		for _, loc := range numberMatches(b.Text) {
			if m, ok := read(doc, b, loc, &cc); ok {
				ms = append(ms, m)
			}
		}
	}
	for i, a := range ms {
		for j := range i {
			o := ms[j]
			if !a.definite || o.key != a.key || o.unit != a.unit || o.value == a.value || (o.block == a.block && o.sent == a.sent) {
				continue
			}
			if !digitSlip(o.value, a.value) || len(a.value) < 2 || roundPair(o.value, a.value) {
				continue
			}
			if vague[a.key] && !shareWord(o.near, a.near) {
				continue
			}
			pass.Report(lint.Finding{
				Range:    a.block.Span(a.pos.Start, a.pos.End),
				Severity: lint.Warning,
				Message: fmt.Sprintf("“%s” here, but “%s” earlier for the same %s",
					a.block.Text[a.pos.Start:a.pos.End], o.block.Text[o.pos.Start:o.pos.End], describe(a)),
				Evidence: []lint.Evidence{{Text: fmt.Sprintf("%s vs %s: the values differ by one digit, as a slip does", o.value, a.value)}},
				Related:  []lint.Related{{Message: "the same quantity stated earlier", Range: o.block.Span(o.pos.Start, o.pos.End)}},
			})
			break
		}
	}
	checkSets(pass)
	return nil
}

// numberMatches returns numberRe.FindAllStringIndex(s, -1), read by a scan
// of the digits instead of the expression, which costs a call per number.
// A number starts at a run of digits at a word boundary, maybe after a
// currency sign and one white space character. The expression first tries
// 1 to 3 digits and groups of a comma and three digits, as many groups as
// it can and then fewer, and then any digits; each is followed by a
// fraction if one is there and must end at a word boundary.
func numberMatches(s string) [][]int {
	var out [][]int
	prevEnd := 0 // where the expression would resume
	for i := 0; i < len(s); {
		if !isDigit(s[i]) {
			i++
			continue
		}
		run := digitsEnd(s, i)
		if i > 0 && isWordByte(s[i-1]) {
			i = run // no word boundary before the digits, nor inside them
			continue
		}
		end, ok := numberEnd(s, i, run)
		if !ok {
			i = run
			continue
		}
		out = append(out, []int{currencyStart(s, i, prevEnd), end})
		i, prevEnd = end, end
	}
	return out
}

// numberEnd returns the end of the number whose digits start at s[p] and
// run to run, or false when neither alternative of numberRe ends at a word
// boundary.
func numberEnd(s string, p, run int) (int, bool) {
	if run-p <= 3 {
		// \d{1,3}(?:,\d{3})+: the groups that follow, most first.
		var groups []int
		for e := run; e+4 <= len(s) && s[e] == ',' && isDigit(s[e+1]) && isDigit(s[e+2]) && isDigit(s[e+3]); e += 4 {
			groups = append(groups, e+4)
		}
		for _, e := range slices.Backward(groups) {
			if end, ok := fractionEnd(s, e); ok {
				return end, true
			}
		}
	}
	// \d+: all the digits; fewer would leave a digit after them.
	return fractionEnd(s, run)
}

// fractionEnd returns the end of (?:\.\d+)?\b after the digits ending at e:
// with the fraction's digits when a word boundary follows them, else
// without a fraction when one follows e.
func fractionEnd(s string, e int) (int, bool) {
	if e+1 < len(s) && s[e] == '.' && isDigit(s[e+1]) {
		if f := digitsEnd(s, e+1); f == len(s) || !isWordByte(s[f]) {
			return f, true
		}
	}
	return e, e == len(s) || !isWordByte(s[e])
}

// currencyStart returns where the number with digits at s[p] starts: at
// the currency sign before them, with or without one white space
// character between, when there is one at or after lo.
func currencyStart(s string, p, lo int) int {
	q := p
	if q > lo && stretch.IsSpace(s[q-1]) {
		q--
	}
	for _, c := range []string{"$", "€", "£"} {
		if q-len(c) >= lo && strings.HasSuffix(s[:q], c) {
			return q - len(c)
		}
	}
	return p
}

// digitsEnd returns the end of the run of digits that starts at s[i].
func digitsEnd(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

// digitDashDigit reports whether s has a digit, a hyphen and a digit in a
// row, as every match of scoreList and setScore does.
func digitDashDigit(s string) bool {
	for i := strings.IndexByte(s, '-'); i >= 0; {
		if i > 0 && i+1 < len(s) && isDigit(s[i-1]) && isDigit(s[i+1]) {
			return true
		}
		next := strings.IndexByte(s[i+1:], '-')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}

// hasScoreList reports whether s has ", 6-4" (white space optional) twice,
// as every match of scoreList does.
func hasScoreList(s string) bool {
	n := 0
	for i := strings.IndexByte(s, ','); i >= 0; {
		j := i + 1
		for j < len(s) && stretch.IsSpace(s[j]) {
			j++
		}
		if k := digitsEnd(s, j); k > j && k-j <= 2 && k+1 < len(s) && s[k] == '-' && isDigit(s[k+1]) {
			n++
			if n == 2 {
				return true
			}
		}
		next := strings.IndexByte(s[i+1:], ',')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func describe(m mention) string {
	if m.unit != "" && m.key != m.unit {
		return m.unit + " " + m.key
	}
	return m.key
}

// changeCache remembers whether the last sentence asked about is about a
// change: the numbers of a sentence come one after the other.
type changeCache struct {
	block *lint.Block
	sent  lint.Range
	ok    bool // block is set
	v     bool
}

// about reports whether sentence sr of block b matches change.
func (c *changeCache) about(b *lint.Block, sr lint.Range) bool {
	if !c.ok || c.block != b || c.sent != sr {
		c.block, c.sent, c.ok = b, sr, true
		c.v = mayChange(b.Text[sr.Start:sr.End]) && change.MatchString(b.Text[sr.Start:sr.End])
	}
	return c.v
}

// changeWords are literals of which every match of change has one, in
// lower case ("increased?" gives "increase"; "previous" stands for
// "previously").
var changeWords = []string{
	"rose", "risen", "rising", "rises", "increase", "increasing", "climbed", "climbing", "grew", "grown", "jumped",
	"fell", "fallen", "dropped", "declined", "up from", "down from", "toll", "so far", "now", "revised",
	"updated", "latest", "previous", "initially", "originally", "earlier", "compared",
}

// mayChange reports whether s can match change: whether a word of s (at
// a word boundary, \b) starts with one of changeWords in any ASCII case.
// Only ſ and the Kelvin sign match an ASCII letter case-insensitively
// without being ASCII; with them, it says yes.
func mayChange(s string) bool {
	if foldsToASCII(s) {
		return true
	}
	for p := range len(s) {
		if p > 0 && isWordByte(s[p-1]) {
			continue
		}
		c := s[p] | 0x20 // lower case, for a letter
		if c < 'a' || c > 'z' {
			continue
		}
		for _, w := range changeByInitial[c-'a'] {
			if len(s)-p >= len(w) && strings.EqualFold(s[p:p+len(w)], w) {
				return true
			}
		}
	}
	return false
}

// changeByInitial holds changeWords by their first letter.
var changeByInitial = func() (by [26][]string) {
	for _, w := range changeWords {
		by[w[0]-'a'] = append(by[w[0]-'a'], w)
	}
	return by
}()

// read builds a mention for the number at loc, or false when it is a year,
// an approximation, part of a range or in a sentence about change.
func read(doc *lint.Document, b *lint.Block, loc []int, cc *changeCache) (mention, bool) {
	raw := b.Text[loc[0]:loc[1]]
	value := strings.TrimLeft(strings.ReplaceAll(raw, ",", ""), "$€£ ")
	// Only the few words before the number matter; a bounded tail keeps
	// the end-anchored patterns linear.
	before, after := tail(b.Text[:loc[0]], 40), b.Text[loc[1]:min(len(b.Text), loc[1]+60)]
	if len(value) == 4 && (strings.HasPrefix(value, "19") || strings.HasPrefix(value, "20")) && raw[0] >= '0' && raw[0] <= '9' {
		return mention{}, false // a year
	}
	if strings.HasSuffix(before, "-") || strings.HasPrefix(after, "-") || strings.HasPrefix(after, ":") ||
		strings.HasSuffix(before, ":") || strings.HasSuffix(before, ".") || approxBefore(before) || rangeAfter.MatchString(after) {
		return mention{}, false
	}
	mi := wordAfterRe.FindStringSubmatchIndex(after)
	if mi == nil {
		return mention{}, false
	}
	m := []string{after[mi[0]:mi[1]], after[mi[2]:mi[3]]}
	unit := ""
	if u := strings.Fields(strings.TrimSpace(m[0])); len(u) > 1 {
		unit = strings.ToLower(u[0])
	}
	if raw[0] < '0' || raw[0] > '9' {
		unit = raw[:1] + unit // currency
	}
	key := strings.ToLower(m[1])
	if unit != "" {
		key = unit
	}
	key = casualtyKey(key, before, after)
	if utf8.RuneCountInString(key) < 3 || consistency.IsStopword(key) && !vague[key] || measures[key] {
		return mention{}, false
	}
	// The sentence test comes after the cheap ones above: most numbers
	// fail those, and it reads the whole sentence.
	sr := consistency.SentenceRange(doc, b, loc[0])
	if cc.about(b, sr) {
		return mention{}, false
	}
	var near map[string]bool
	if vague[key] {
		near = nearWords(b.Text, sr, loc, key, unit)
	}
	// The span is the number with its unit ("$5.6 million", "52.9 percent")
	// or with the noun it counts ("32 Kenyans").
	end := loc[1] + mi[1]
	if unit != "" && raw[0] >= '0' && raw[0] <= '9' || len(unit) > 1 {
		end = loc[1] + len(strings.TrimRight(after[:mi[2]], " "))
	}
	return mention{
		block: b, pos: lint.Range{Start: loc[0], End: end}, value: value, key: key, unit: unit, near: near, sent: sr,
		definite: definiteBefore(before),
	}, true
}

// nearWords returns the stems of the content words around the number at
// loc, within its sentence sr: what tells two mentions keyed by a vague
// unit ("percent") apart. Mentions with other keys never need them.
func nearWords(text string, sr lint.Range, loc []int, key, unit string) map[string]bool {
	winStart := max(sr.Start, loc[0]-60)
	winEnd := min(sr.End, loc[1]+60)
	near := map[string]bool{}
	for _, w := range consistency.Words(text[winStart:winEnd]) {
		word := text[winStart+w.Start : winStart+w.End]
		low := strings.ToLower(word)
		if len(word) < 4 || consistency.IsStopword(word) || low == key || low == unit || word[0] >= '0' && word[0] <= '9' {
			continue
		}
		near[stem4(low)] = true
	}
	return near
}

// tail returns at most n bytes from the end of s, cut at a rune start.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}

func stem4(w string) string {
	r := []rune(consistency.Fold(w))
	if len(r) > 4 {
		r = r[:4]
	}
	return string(r)
}

func shareWord(a, b map[string]bool) bool {
	for w := range a {
		if b[w] {
			return true
		}
	}
	return false
}

// digitSlip reports whether two values of the same length differ in one
// digit or in two neighbouring digits swapped (383/385, 5.6/6.5).
func digitSlip(a, b string) bool {
	if len(a) != len(b) || strings.IndexByte(a, '.') != strings.IndexByte(b, '.') {
		return false
	}
	var diff []int
	for i := range len(a) {
		if a[i] != b[i] {
			diff = append(diff, i)
		}
	}
	switch len(diff) {
	case 1:
		return true
	case 2:
		i, j := diff[0], diff[1]
		return a[i] == b[j] && a[j] == b[i]
	}
	return false
}

var setOrdinal = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}

// checkSets reads score lines ("3-6, 3-6, 6-4, 6-4, 6-3") and compares
// them with later "the fifth set 6-2" / "6-2 in the fifth set".
func checkSets(pass *lint.Pass) {
	type setAt struct {
		score string
		block *lint.Block
		pos   lint.Range
	}
	sets := map[int]setAt{}
	for _, b := range pass.Doc.Blocks {
		if !digitDashDigit(b.Text) {
			continue // every score has one
		}
		// Only the first score line is read; a set score is compared with
		// it, so none is read before it.
		if len(sets) == 0 && hasScoreList(b.Text) {
			for _, m := range scoreList().FindAllStringIndex(b.Text, -1) {
				if len(sets) > 0 {
					break // a second score line is another match
				}
				for i, s := range scoreRe().FindAllStringIndex(b.Text[m[0]:m[1]], -1) {
					text := b.Text[m[0]+s[0] : m[0]+s[1]]
					if i > 0 && strings.HasSuffix(strings.TrimSpace(b.Text[m[0]:m[0]+s[0]]), "(") {
						continue
					}
					sets[len(sets)+1] = setAt{score: text, block: b, pos: lint.Range{Start: m[0] + s[0], End: m[0] + s[1]}}
				}
			}
		}
		if len(sets) == 0 {
			continue
		}
		for _, m := range setScore().FindAllStringSubmatchIndex(b.Text, -1) {
			var ord, score string
			if m[2] >= 0 {
				ord, score = b.Text[m[2]:m[3]], b.Text[m[4]:m[5]]
			} else {
				score, ord = b.Text[m[6]:m[7]], b.Text[m[8]:m[9]]
			}
			n := setOrdinal[strings.ToLower(ord)]
			prev, ok := sets[n]
			if !ok || prev.score == score || prev.block == b && prev.pos.Start >= m[0] {
				continue
			}
			pass.Report(lint.Finding{
				Range:    b.Span(m[0], m[1]),
				Severity: lint.Warning,
				Message:  fmt.Sprintf("the %s set is given as %s here, but the score line gives %s", strings.ToLower(ord), score, prev.score),
				Evidence: []lint.Evidence{{Text: fmt.Sprintf("set %d of the score line is %s", n, prev.score)}},
				Related:  []lint.Related{{Message: fmt.Sprintf("set %d in the score line", n), Range: prev.block.Span(prev.pos.Start, prev.pos.End)}},
			})
		}
	}
}

// casualtyWords name the dead of an event; "12 people died" and "the 15
// victims" count the same thing.
var casualtyWords = map[string]bool{
	"victims": true, "dead": true, "deaths": true, "fatalities": true, "bodies": true,
}

// peopleKilled reads "people … killed/died/dead" right after a number.
var peopleKilled = regexp.MustCompile(`^\s*(?:people|persons|civilians|passengers)\s+(?:\w+\s+){0,2}?(?:were\s+|have\s+been\s+|had\s+been\s+)?(?:killed|died|dead)\b`)

// killedBefore reads "killed 12 people", "killing 12 civilians".
var killedBefore = lazyre.New(`\b(?:killed|killing|kills|kill)\s+$`)

// casualtyKey keys the dead of an event alike, whichever noun counts them.
func casualtyKey(key, before, after string) string {
	people := key == "people" || key == "persons" || key == "civilians" || key == "passengers"
	if casualtyWords[key] || peopleKilled.MatchString(after) || people && killedBefore().MatchString(before) {
		return "casualties"
	}
	return key
}
