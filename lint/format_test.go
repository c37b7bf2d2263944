package lint

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files of the format tests")

// rangeOf finds the nth (0-based) occurrence of s in the document's source.
// Only tests search the text: rules never do.
func rangeOf(d *Document, s string, nth int) (Range, bool) {
	off := 0
	for i := 0; ; i++ {
		j := bytes.Index(d.Source[off:], []byte(s))
		if j < 0 {
			return Range{}, false
		}
		if i == nth {
			return Range{off + j, off + j + len(s)}, true
		}
		off += j + len(s)
	}
}

// Fake rules with every feature a format must carry: fixes, related
// places, evidence, multi-line ranges and awkward characters.
var (
	fakeDoubled = &Rule{
		Name: "fake-doubled", Category: Garbled, Severity: Error,
		Doc: "Doubled full stops.\n\nA full stop is repeated where text was cut.",
		Run: func(p *Pass) error {
			for i := 0; ; i++ {
				r, ok := rangeOf(p.Doc, "..", i)
				if !ok {
					return nil
				}
				p.Report(Finding{
					Range: r, Severity: Error, Message: "doubled punctuation “..”",
					Fixes: []Fix{{Message: "Replace with “.”", Edits: []Edit{{Start: r.Start, End: r.End, Text: "."}}}},
				})
			}
		},
	}
	fakeContradiction = &Rule{
		Name: "fake-contradiction", Category: Consistency, Severity: Warning,
		Doc: "A name given two ways.\n\nThe later mention contradicts the earlier one.",
		Run: func(p *Pass) error {
			for _, name := range []string{"Raisi", "NATO"} {
				first, ok1 := rangeOf(p.Doc, name, 0)
				second, ok2 := rangeOf(p.Doc, name, 1)
				if ok1 && ok2 {
					p.Report(Finding{
						Range: second, Severity: Warning,
						Message:  fmt.Sprintf("“%s” again: 100%% sure, see [first], a:b", name),
						Related:  []Related{{Message: "first mention, here", Range: first}},
						Evidence: []Evidence{{Text: "knowledge base: 2022-07-18", Source: "https://example.org/kb?a=1&b=2", AsOf: "2025-06-30"}},
					})
				}
			}
			return nil
		},
	}
	fakeNote = &Rule{
		Name: "fake-note", Category: Boilerplate, Severity: Info,
		Doc: "Odd spans.",
		Run: func(p *Pass) error {
			if r, ok := rangeOf(p.Doc, "<“nothing” & ‘all’>", 0); ok {
				p.Reportf(r, `markup <“nothing” & ‘all’> "quoted"`+"\nsecond line")
			}
			if r, ok := rangeOf(p.Doc, "first.\nThe visit", 0); ok {
				p.Reportf(r, "a span over two lines")
			}
			if r, ok := rangeOf(p.Doc, "🎉", 0); ok {
				p.Reportf(Range{r.End, r.End}, "an empty range after an emoji")
			}
			return nil
		},
	}
	fakeRules = []*Rule{fakeContradiction, fakeDoubled, fakeNote}
)

// lintFixtures lints the format fixtures with the fake rules, plus one
// input error.
func lintFixtures(t *testing.T) []Result {
	t.Helper()
	var ins []Input
	for _, n := range []string{"article.md", "crlf.txt", "missing.txt"} {
		ins = append(ins, Input{Path: "testdata/format/" + n})
	}
	return Lint(ins, &Config{Rules: fakeRules, Workers: 1})
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	p := filepath.Join("testdata", "format", name)
	if *update {
		require.NoError(t, os.WriteFile(p, got, 0o600))
		return
	}
	want, err := os.ReadFile(p)
	require.NoError(t, err, "run go test ./lint -run TestFormatGolden -update")
	assert.Equal(t, string(want), string(got), "golden %s (go test ./lint -update)", name)
}

func TestFormatGolden(t *testing.T) {
	results := lintFixtures(t)
	require.Len(t, results, 3)
	require.Error(t, results[2].Err)
	require.Len(t, results[0].Findings, 5)
	for _, format := range Formats() {
		t.Run(format, func(t *testing.T) {
			var out, summary bytes.Buffer
			opts := ReportOptions{Rules: fakeRules}
			if format == "github" {
				opts.Summary = &summary
			}
			if format == "sarif" {
				wd, err := os.Getwd()
				require.NoError(t, err)
				opts.BaseDir = wd
			}
			require.NoError(t, WriteReport(&out, format, results, opts))
			got := out.Bytes()
			if format == "sarif" { // the base URI is the machine's folder
				wd, _ := os.Getwd()
				got = bytes.ReplaceAll(got, []byte(dirURI(wd)), []byte("file:///SRCROOT/"))
			}
			golden(t, "out."+format, got)
			if format == "github" {
				golden(t, "out.github-summary.md", summary.Bytes())
			}
		})
	}
}

// unescapeGitHub reverses the documented escaping of workflow commands
// (what the runner does): %0D, %0A, %3A, %2C and finally %25.
func unescapeGitHub(s string) string {
	return strings.NewReplacer("%0D", "\r", "%0A", "\n", "%3A", ":", "%2C", ",", "%25", "%").Replace(s)
}

var annotationRe = regexp.MustCompile(`^::(error|warning|notice) ([^:]*)::(.*)$`)

// parseAnnotation splits a workflow command the way the runner does:
// properties split at "," and "=", then unescaped.
func parseAnnotation(t *testing.T, line string) (level string, props map[string]string, msg string) {
	t.Helper()
	m := annotationRe.FindStringSubmatch(line)
	require.NotNil(t, m, "not a workflow command: %q", line)
	props = map[string]string{}
	for kv := range strings.SplitSeq(m[2], ",") {
		k, v, ok := strings.Cut(kv, "=")
		require.True(t, ok, kv)
		props[k] = unescapeGitHub(v)
	}
	return m[1], props, unescapeGitHub(m[3])
}

func TestGitHubEscapingRoundTrip(t *testing.T) {
	path := "news/100% “sure”: a,b\nc.md"
	src := "Intro.\n\nThe talks in Ankara.. ended.\n"
	doc, err := Parse(path, []byte(src), FormatMarkdown)
	require.NoError(t, err)
	msg := "50% of “them”: a, b\r\nnext line, 100%25 literal"
	r, _ := rangeOf(doc, "..", 0)
	res := []Result{{Path: path, Doc: doc, Findings: []Finding{{Rule: "x-y", Severity: Warning, Message: msg, Range: r}}}}
	var out bytes.Buffer
	require.NoError(t, WriteReport(&out, "github", res, ReportOptions{}))
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	require.Len(t, lines, 1, "one command, newlines escaped: %q", out.String())
	level, props, got := parseAnnotation(t, lines[0])
	assert.Equal(t, "warning", level)
	assert.Equal(t, msg, got)
	assert.Equal(t, path, props["file"])
	assert.Equal(t, "3", props["line"])
	assert.Equal(t, "20", props["col"])
	assert.Equal(t, "22", props["endColumn"])
	assert.Equal(t, "x-y", props["title"])
}

func TestGitHubLimits(t *testing.T) {
	src := strings.Repeat("A line of prose.\n", 40)
	doc, err := Parse("many.txt", []byte(src), FormatText)
	require.NoError(t, err)
	var fs []Finding
	for i := range 40 {
		sev := []Severity{Info, Warning, Error}[i%3]
		if i >= 30 {
			sev = Error
		}
		fs = append(fs, Finding{Rule: "r", Severity: sev, Message: fmt.Sprint("finding ", i), Range: Range{i * 17, i*17 + 1}})
	}
	// 20 errors, 10 warnings, 10 notices.
	var out, summary bytes.Buffer
	require.NoError(t, WriteReport(&out, "github", []Result{{Path: "many.txt", Doc: doc, Findings: fs}}, ReportOptions{Summary: &summary}))
	count := map[string]int{}
	var lines []string
	for l := range strings.SplitSeq(strings.TrimSuffix(out.String(), "\n"), "\n") {
		level, _, _ := parseAnnotation(t, l)
		count[level]++
		lines = append(lines, l)
	}
	assert.Equal(t, map[string]int{"error": 10, "warning": 10, "notice": 10}, count)
	// Errors first, in position order: the first ten errors are lines 3, 6 … 30.
	assert.Contains(t, lines[0], "line=3,")
	assert.Contains(t, lines[9], "line=30,")
	last := lines[len(lines)-1]
	assert.Contains(t, last, "::notice title=newslint::newslint: 11 of 40 findings are not annotated")
	assert.Contains(t, last, "10 errors, 0 warnings, 1 notices left out")
	// The summary holds all 40.
	rows := regexp.MustCompile(`(?m)^\| (error|warning|info) \|`).FindAllString(summary.String(), -1)
	assert.Len(t, rows, 40)
}

func TestSARIFShape(t *testing.T) {
	results := lintFixtures(t)
	var out bytes.Buffer
	wd, _ := os.Getwd()
	require.NoError(t, WriteReport(&out, "sarif", results, ReportOptions{Rules: fakeRules, BaseDir: wd}))
	var log struct {
		Schema  string `json:"$schema"`
		Version string `json:"version"`
		Runs    []struct {
			ColumnKind string `json:"columnKind"`
			Tool       struct {
				Driver struct {
					Name  string `json:"name"`
					Rules []struct {
						ID               string            `json:"id"`
						ShortDescription map[string]string `json:"shortDescription"`
						FullDescription  map[string]string `json:"fullDescription"`
						Help             map[string]string `json:"help"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID    string `json:"ruleId"`
				RuleIndex int    `json:"ruleIndex"`
				Level     string `json:"level"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
						Region struct {
							StartLine, StartColumn, EndLine, EndColumn int
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
				RelatedLocations    []json.RawMessage `json:"relatedLocations"`
				PartialFingerprints map[string]string `json:"partialFingerprints"`
			} `json:"results"`
		} `json:"runs"`
	}
	require.NoError(t, json.Unmarshal(out.Bytes(), &log))
	assert.Equal(t, "2.1.0", log.Version)
	assert.NotEmpty(t, log.Schema)
	require.Len(t, log.Runs, 1)
	run := log.Runs[0]
	assert.Equal(t, "unicodeCodePoints", run.ColumnKind)
	assert.Equal(t, "newslint", run.Tool.Driver.Name)
	for _, r := range run.Tool.Driver.Rules {
		assert.NotEmpty(t, r.ShortDescription["text"], r.ID)
		assert.NotEmpty(t, r.FullDescription["text"], r.ID)
		assert.NotEmpty(t, r.Help["text"], r.ID)
	}
	fps := map[string]bool{}
	related := 0
	for _, r := range run.Results {
		assert.Equal(t, run.Tool.Driver.Rules[r.RuleIndex].ID, r.RuleID)
		fp := r.PartialFingerprints["primaryLocationLineHash"]
		assert.Regexp(t, `^[0-9a-f]{16}:\d+$`, fp)
		assert.False(t, fps[fp], "fingerprints are unique")
		fps[fp] = true
		assert.Equal(t, "testdata/format/", r.Locations[0].PhysicalLocation.ArtifactLocation.URI[:16])
		related += len(r.RelatedLocations)
	}
	assert.Equal(t, 2, related, "both contradictions carry their first mention")

	// Fingerprints are stable when lines are added above the finding.
	edited := append([]byte("An added paragraph.\n\n"), mustRead(t, "testdata/format/crlf.txt")...)
	res := Lint([]Input{{Path: "testdata/format/crlf.txt"}, {Path: "testdata/format/crlf.txt", Data: edited}}, &Config{Rules: fakeRules})
	var a, b bytes.Buffer
	require.NoError(t, WriteReport(&a, "sarif", res[:1], ReportOptions{Rules: fakeRules}))
	require.NoError(t, WriteReport(&b, "sarif", res[1:], ReportOptions{Rules: fakeRules}))
	fpRe := regexp.MustCompile(`"primaryLocationLineHash": "([^"]+)"`)
	assert.Equal(t, fpRe.FindAllString(a.String(), -1), fpRe.FindAllString(b.String(), -1))
	assert.NotEqual(t, a.String(), b.String(), "the lines moved")
}

func mustRead(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	require.NoError(t, err)
	return b
}

func TestRDJSONLByteColumns(t *testing.T) {
	results := lintFixtures(t)
	var out bytes.Buffer
	require.NoError(t, WriteReport(&out, "rdjsonl", results, ReportOptions{}))
	n := 0
	for line := range strings.SplitSeq(strings.TrimSuffix(out.String(), "\n"), "\n") {
		var d rdDiagnostic
		require.NoError(t, json.Unmarshal([]byte(line), &d), line)
		if d.Location.Range == nil {
			assert.Equal(t, "input-error", d.Code.Value)
			continue
		}
		n++
		src := mustRead(t, d.Location.Path)
		lines := bytes.SplitAfter(src, []byte("\n"))
		s, e := d.Location.Range.Start, d.Location.Range.End
		// Byte columns: the excerpt is the bytes between the columns.
		var excerpt []byte
		if s.Line == e.Line {
			excerpt = lines[s.Line-1][s.Column-1 : e.Column-1]
		} else {
			excerpt = append(append([]byte{}, lines[s.Line-1][s.Column-1:]...), lines[e.Line-1][:e.Column-1]...)
		}
		assert.True(t, utf8.Valid(excerpt), "columns cut a character: %q", excerpt)
		for _, sg := range d.Suggestions {
			assert.Equal(t, "..", string(lines[sg.Range.Start.Line-1][sg.Range.Start.Column-1:sg.Range.End.Column-1]))
		}
	}
	assert.Equal(t, 8, n)
}

func TestCheckstyleIsXML(t *testing.T) {
	results := lintFixtures(t)
	var out bytes.Buffer
	require.NoError(t, WriteReport(&out, "checkstyle", results, ReportOptions{}))
	var cs struct {
		Version string `xml:"version,attr"`
		Files   []struct {
			Name   string `xml:"name,attr"`
			Errors []struct {
				Line     int    `xml:"line,attr"`
				Column   int    `xml:"column,attr"`
				Severity string `xml:"severity,attr"`
				Message  string `xml:"message,attr"`
				Source   string `xml:"source,attr"`
			} `xml:"error"`
		} `xml:"file"`
	}
	require.NoError(t, xml.Unmarshal(out.Bytes(), &cs))
	assert.Equal(t, "4.3", cs.Version)
	require.Len(t, cs.Files, 3)
	var msgs []string
	for _, e := range cs.Files[0].Errors {
		msgs = append(msgs, e.Message)
	}
	assert.Contains(t, msgs, `markup <“nothing” & ‘all’> "quoted"`+"\nsecond line", "escaped and unescaped back, line break kept")
}

func TestLineFormat(t *testing.T) {
	results := lintFixtures(t)
	var out bytes.Buffer
	require.NoError(t, WriteReport(&out, "line", results, ReportOptions{}))
	re := regexp.MustCompile(`^(.+):(\d+):(\d+): (error|warning|info): (.+) \[([a-z-]+)\]$`)
	for l := range strings.SplitSeq(strings.TrimSuffix(out.String(), "\n"), "\n") {
		if strings.Contains(l, "missing.txt") {
			assert.Equal(t, "testdata/format/missing.txt: error: no such file or directory", l)
			continue
		}
		m := re.FindStringSubmatch(l)
		require.NotNil(t, m, l)
		_, err := strconv.Atoi(m[2])
		require.NoError(t, err)
	}
}
