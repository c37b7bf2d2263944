// Package agemismatch flags ages that disagree within an article: "Ruto,
// 55" and later "the 57-year-old president-elect", or an age that does not
// follow from a birth date the article gives ("born 21 February 1924" and
// "the 94-year-old" in November 2017).
package agemismatch

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/newslint/newslint/rules/internal/lazyre"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules/internal/consistency"
	"github.com/newslint/newslint/rules/internal/stretch"
)

// Rule is the age-mismatch rule.
var Rule = &lint.Rule{
	Name:     "age-mismatch",
	Category: lint.Consistency,
	Doc: `Ages that disagree with each other or with a stated birth date.

Ages are read from appositives ("Ruto, 55,") and from "NN-year-old". Two
ages given to the same name that differ are reported. A "the NN-year-old"
with no name is compared with the ages given to names in the article: it is
reported when it matches none of them and is within two years of exactly one
(the person it most likely means). A birth date ("born on Feb. 21, 1924")
gives the age at the article date; an age in the same sentence, or given to
the name the birth date belongs to, that differs from it is reported with
the arithmetic. When the knowledge base loads, an age given to a name that
the article also writes in full ("Luiz Inácio Lula da Silva" … "Lula, 75")
is compared with the person's birth date there. Ages told of the past ("was
45 when") are not compared with a birth date.`,
	Severity: lint.Warning,
	Run:      run,
}

var (
	// appositive, bornRe and nameBeforeRe are compiled on first use: many
	// articles give no age in an appositive and no birth date.
	appositive = lazyre.New(`(?:\b(\p{Lu}[\p{L}’'.-]*)\s+)?\b(\p{Lu}[\p{L}’'-]+),\s+(?:aged\s+)?(\d{1,3})(?:,|\s+(?:who|and|said|has|is|was)\b)`)
	yearOld    = regexp.MustCompile(`\b(\d{1,3})-year-old\b`)
	bornRe     = lazyre.New(`\b[Bb]orn\s+(?:on\s+)?`)
	pastAge    = regexp.MustCompile(`\b(?:was|were|had been|then|at the time|when)\b`)
)

// The three patterns run over every block; most blocks cannot match them,
// and a byte test that every match needs rules those out first.

// findAppositives returns the appositive matches of s. Every match has a
// comma, white space (\s) and a digit, maybe with "aged" and white space
// between them. Around each such comma, the expression runs over the
// field (see stretch.FieldsBefore) ending in it ("Ruto,"), the one before
// it ("William") and the three after it ("aged 55 who").
func findAppositives(s string) [][]int {
	find := func(win string, n int) [][]int { return appositive().FindAllStringSubmatchIndex(win, n) }
	w := stretch.NewWindows(s, find, func(string) bool { return true })
	for i := strings.IndexByte(s, ','); i >= 0; {
		if ageFollows(s[i+1:]) {
			w.Add(stretch.FieldsBefore(s, i, 1, stretch.All), stretch.FieldsAfter(s, i, 3, stretch.All))
		}
		next := strings.IndexByte(s[i+1:], ',')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return w.Matches()
}

// ageFollows reports whether s, the text after a comma, starts with white
// space and a digit, or with white space, "aged", white space and a digit.
func ageFollows(s string) bool {
	j := 0
	for j < len(s) && isSpace(s[j]) {
		j++
	}
	if j == 0 || j == len(s) {
		return false
	}
	if isDigit(s[j]) {
		return true
	}
	if !strings.HasPrefix(s[j:], "aged") {
		return false
	}
	k := j + len("aged")
	for k < len(s) && isSpace(s[k]) {
		k++
	}
	return k > j+len("aged") && k < len(s) && isDigit(s[k])
}

// findYearOld returns the "NN-year-old" matches of s.
func findYearOld(s string) [][]int {
	if !strings.Contains(s, "-year-old") {
		return nil
	}
	return yearOld.FindAllStringSubmatchIndex(s, -1)
}

// findBorn returns the "born" matches of s.
func findBorn(s string) [][]int {
	if !hasBorn(s) {
		return nil
	}
	return bornRe().FindAllStringIndex(s, -1)
}

// hasBorn reports whether s has "born" or "Born" at the start of a word
// and before white space, as every match of bornRe does.
func hasBorn(s string) bool {
	for i := strings.Index(s, "orn"); i >= 0; {
		b := i - 1 // the b of born
		if b >= 0 && (s[b] == 'b' || s[b] == 'B') && (b == 0 || !isWordByte(s[b-1])) &&
			i+len("orn") < len(s) && isSpace(s[i+len("orn")]) {
			return true
		}
		next := strings.Index(s[i+1:], "orn")
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}

// isWordByte reports whether c is an ASCII word character (\w); a byte of
// a multi-byte rune never is, as no such rune is a word character for \b.
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// isSpace is the \s of a regular expression.
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// age is one age stated in the article.
type age struct {
	block *lint.Block
	pos   lint.Range // the age phrase in the block text
	years int
	name  string // the person it is given to, when written
	first string // the word before the name: a first name or a title
}

// birth is a birth date stated in the article.
type birth struct {
	block *lint.Block
	pos   lint.Range
	date  time.Time
	name  string
}

func run(pass *lint.Pass) error {
	doc := pass.Doc
	var ages []age
	var births []birth
	dates := consistency.Dates(doc)
	for _, b := range doc.Blocks {
		for _, m := range findAppositives(b.Text) {
			n, _ := strconv.Atoi(b.Text[m[6]:m[7]])
			nm := b.Text[m[4]:m[5]]
			if n < 1 || n > 120 || notAName(nm) {
				continue
			}
			a := age{block: b, pos: lint.Range{Start: m[4], End: m[7]}, years: n, name: nm}
			if m[2] >= 0 {
				a.first = b.Text[m[2]:m[3]]
			}
			ages = append(ages, a)
		}
		for _, m := range findYearOld(b.Text) {
			n, _ := strconv.Atoi(b.Text[m[2]:m[3]])
			if n < 1 || n > 120 {
				continue
			}
			a := age{block: b, pos: lint.Range{Start: m[0], End: m[1]}, years: n}
			if nm := nameAfter(b.Text[m[1]:]); nm != "" {
				a.name = nm
			}
			ages = append(ages, a)
		}
		for _, m := range findBorn(b.Text) {
			for _, d := range dates {
				if d.Block != b || d.DatePos.Start != m[1] || d.Year == 0 {
					continue
				}
				t, _, ok := d.Resolve(doc.Meta.Date)
				if !ok {
					continue
				}
				births = append(births, birth{block: b, pos: lint.Range{Start: m[0], End: d.Pos.End}, date: t, name: nameBefore(b.Text[max(0, m[0]-60):m[0]])})
			}
		}
	}
	reported := map[int]bool{}
	if doc.Meta.HasDate() {
		for _, bd := range births {
			want := yearsBetween(bd.date, doc.Meta.Date)
			sent := consistency.SentenceRange(doc, bd.block, bd.pos.Start)
			for i, a := range ages {
				same := a.block == bd.block && a.pos.Start >= sent.Start && a.pos.Start < sent.End
				if !same && (bd.name == "" || a.name != bd.name) || a.years == want || reported[i] {
					continue
				}
				if pastAge.MatchString(a.block.Text[max(0, a.pos.Start-25):a.pos.Start]) {
					continue
				}
				reported[i] = true
				pass.Report(lint.Finding{
					Range:    a.block.Span(a.pos.Start, a.pos.End),
					Severity: lint.Warning,
					Message:  fmt.Sprintf("age %d does not follow from the birth date: born %s, the person was %d on the article date", a.years, bd.date.Format("2 January 2006"), want),
					Evidence: []lint.Evidence{{Text: fmt.Sprintf("born %s; article dated %s; %d full years between them",
						bd.date.Format("2006-01-02"), doc.Meta.Date.Format("2006-01-02"), want)}},
					Related: []lint.Related{{Message: "the birth date", Range: bd.block.Span(bd.pos.Start, bd.pos.End)}},
				})
			}
		}
	}
	checkKB(pass, ages, reported)
	for i, a := range ages {
		if reported[i] {
			continue
		}
		if other, ok := contradicts(ages, i); ok {
			o := ages[other]
			who := o.name
			pass.Report(lint.Finding{
				Range:    a.block.Span(a.pos.Start, a.pos.End),
				Severity: lint.Warning,
				Message:  fmt.Sprintf("age %d here, but %s is given as %d earlier", a.years, who, o.years),
				Evidence: []lint.Evidence{{Text: fmt.Sprintf("%s, %d; here %d: a difference of %d years", who, o.years, a.years, abs(a.years-o.years))}},
				Related:  []lint.Related{{Message: fmt.Sprintf("%s given as %d", who, o.years), Range: o.block.Span(o.pos.Start, o.pos.End)}},
			})
		}
	}
	return nil
}

// maxSlip is the largest gap between two ages of one name taken for a
// slip: "Darlene Kowalski, 8" and "Mrs. Kowalski, 42" are two people.
const maxSlip = 10

// contradicts finds an earlier age that age i disagrees with: the same name
// with another age, or, for an unnamed "the NN-year-old", the one named age
// within two years when none matches.
func contradicts(ages []age, i int) (int, bool) {
	a := ages[i]
	if a.name != "" {
		for j := range i {
			o := ages[j]
			if o.name == a.name && o.years != a.years && abs(o.years-a.years) <= maxSlip &&
				(o.first == "" || a.first == "" || o.first == a.first) {
				return j, true
			}
		}
		return 0, false
	}
	near, found := -1, 0
	for j, o := range ages {
		if j == i || o.name == "" {
			continue
		}
		if o.years == a.years {
			return 0, false
		}
		if abs(o.years-a.years) <= 2 {
			near, found = j, found+1
		}
	}
	if found == 1 && near < i {
		return near, true
	}
	return 0, false
}

// yearsBetween is the age on day t of someone born on day b.
func yearsBetween(b, t time.Time) int {
	y := t.Year() - b.Year()
	if t.Month() < b.Month() || t.Month() == b.Month() && t.Day() < b.Day() {
		y--
	}
	return y
}

var nameAfterRe = regexp.MustCompile(`^\s+(\p{Lu}[\p{L}’'-]+)(?:\s+(\p{Lu}[\p{L}’'-]+))?`)

// nameAfter reads "57-year-old Ruto" or "57-year-old William Ruto": the
// last capitalised word right after the age.
func nameAfter(s string) string {
	m := nameAfterRe.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	if m[2] != "" {
		return m[2]
	}
	return m[1]
}

var nameBeforeRe = lazyre.New(`(\p{Lu}[\p{L}’'-]+)(?:,\s*(?:who\s+was\s+)?|\s+was\s+|\s+\()$`)

// nameBefore reads "Mugabe, " or "Mugabe was " before "born".
func nameBefore(s string) string {
	m := nameBeforeRe().FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	return m[1]
}

// notAName rejects capitalised words before ", 55," that are not people.
func notAName(w string) bool {
	if _, ok := lint.MonthByName(w); ok {
		return true
	}
	if _, ok := consistency.WeekdayByName(w); ok {
		return true
	}
	switch w {
	case "No", "Number", "Page", "Article", "Section", "Chapter", "Room", "Route", "Highway", "Interstate", "Flight", "Jr", "Sr":
		return true
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
