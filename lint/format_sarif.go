package lint

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"
	"unicode"
)

// sarifMaxResults is GitHub code scanning's limit of results per run.
const sarifMaxResults = 25000

// The SARIF 2.1.0 log, with what GitHub code scanning requires and uses.
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool                sarifTool                 `json:"tool"`
		Invocations         []sarifInvocation         `json:"invocations"`
		OriginalURIBaseIDs  map[string]sarifArtifactL `json:"originalUriBaseIds,omitempty"`
		Results             []sarifResult             `json:"results"`
		ColumnKind          string                    `json:"columnKind"`
		AutomationDetailsID *sarifAutomation          `json:"automationDetails,omitempty"`
	}
	sarifAutomation struct {
		ID string `json:"id"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		Version        string      `json:"version"`
		SemanticVer    string      `json:"semanticVersion"`
		InformationURI string      `json:"informationUri"`
		Rules          []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID                   string            `json:"id"`
		Name                 string            `json:"name,omitempty"`
		ShortDescription     sarifText         `json:"shortDescription"`
		FullDescription      sarifText         `json:"fullDescription"`
		Help                 sarifMultiText    `json:"help"`
		DefaultConfiguration sarifRuleConfig   `json:"defaultConfiguration"`
		Properties           sarifRuleProperty `json:"properties"`
	}
	sarifRuleConfig struct {
		Level string `json:"level"`
	}
	sarifRuleProperty struct {
		Precision string   `json:"precision"`
		Tags      []string `json:"tags"`
	}
	sarifText struct {
		Text string `json:"text"`
	}
	sarifMultiText struct {
		Text     string `json:"text"`
		Markdown string `json:"markdown,omitempty"`
	}
	sarifInvocation struct {
		ExecutionSuccessful        bool                `json:"executionSuccessful"`
		ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
	}
	sarifNotification struct {
		Level     string          `json:"level"`
		Message   sarifText       `json:"message"`
		Locations []sarifLocation `json:"locations,omitempty"`
	}
	sarifResult struct {
		RuleID              string            `json:"ruleId"`
		RuleIndex           int               `json:"ruleIndex"`
		Level               string            `json:"level"`
		Message             sarifText         `json:"message"`
		Locations           []sarifLocation   `json:"locations"`
		RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
		PartialFingerprints map[string]string `json:"partialFingerprints"`
	}
	sarifLocation struct {
		ID               *int                  `json:"id,omitempty"`
		PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
		Message          *sarifText            `json:"message,omitempty"`
	}
	sarifPhysicalLocation struct {
		ArtifactLocation sarifArtifactL `json:"artifactLocation"`
		Region           *sarifRegion   `json:"region,omitempty"`
	}
	sarifArtifactL struct {
		URI       string `json:"uri"`
		URIBaseID string `json:"uriBaseId,omitempty"`
	}
	sarifRegion struct {
		StartLine   int        `json:"startLine"`
		StartColumn int        `json:"startColumn"`
		EndLine     int        `json:"endLine"`
		EndColumn   int        `json:"endColumn"`
		Snippet     *sarifText `json:"snippet,omitempty"`
	}
)

const (
	sarifSchema  = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	sarifInfoURI = "https://github.com/newslint/newslint"
	srcRoot      = "%SRCROOT%"
)

func sarifLevel(s Severity) string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	case Info:
	}
	return "note"
}

func sarifPrecision(s Severity) string {
	switch s {
	case Error:
		return "very-high"
	case Warning:
		return "high"
	case Info:
	}
	return "medium"
}

// writeSARIF writes a SARIF 2.1.0 log for GitHub code scanning: one run,
// the rules that ran with their documentation, and one result per finding
// with a stable partial fingerprint and the related places of a
// contradiction. Paths are made relative to opts.BaseDir and resolved
// against %SRCROOT%.
func writeSARIF(w io.Writer, results []Result, opts ReportOptions) error {
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name: "newslint", Version: Version, SemanticVer: Version, InformationURI: sarifInfoURI,
			Rules: []sarifRule{},
		}},
		Results:    []sarifResult{},
		ColumnKind: "unicodeCodePoints",
	}
	if opts.BaseDir != "" {
		run.OriginalURIBaseIDs = map[string]sarifArtifactL{srcRoot: {URI: dirURI(opts.BaseDir)}}
	}
	index := map[string]int{}
	addRule := func(r *Rule) {
		if _, ok := index[r.Name]; ok {
			return
		}
		index[r.Name] = len(run.Tool.Driver.Rules)
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRuleOf(r))
	}
	for _, r := range opts.Rules {
		addRule(r)
	}
	inv := sarifInvocation{ExecutionSuccessful: true}
	truncated := 0
	for _, r := range results {
		loc := sarifArtifactL{URI: uriOf(opts.BaseDir, r.Path)}
		if opts.BaseDir != "" && !strings.HasPrefix(loc.URI, "file:") {
			loc.URIBaseID = srcRoot
		}
		if r.Err != nil {
			inv.ExecutionSuccessful = false
			inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarifNotification{
				Level: "error", Message: sarifText{errorMessage(r)},
				Locations: []sarifLocation{{PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: loc}}},
			})
		}
		seen := map[string]int{}
		for _, f := range r.Findings {
			if len(run.Results) >= sarifMaxResults {
				truncated++
				continue
			}
			if _, ok := index[f.Rule]; !ok {
				addRule(&Rule{Name: f.Rule, Category: f.Category, Severity: f.Severity, Doc: f.Rule})
			}
			res := sarifResult{
				RuleID: f.Rule, RuleIndex: index[f.Rule], Level: sarifLevel(f.Severity),
				Message: sarifText{sarifMessage(&f)},
				Locations: []sarifLocation{{PhysicalLocation: sarifPhysicalLocation{
					ArtifactLocation: loc, Region: sarifRegionOf(r.Doc, f.Range),
				}}},
				PartialFingerprints: map[string]string{"primaryLocationLineHash": lineHash(r.Doc, &f, seen)},
			}
			for i, rel := range f.Related {
				id := i + 1
				res.RelatedLocations = append(res.RelatedLocations, sarifLocation{
					ID: &id,
					PhysicalLocation: sarifPhysicalLocation{
						ArtifactLocation: loc, Region: sarifRegionOf(r.Doc, rel.Range),
					},
					Message: &sarifText{nonEmpty(rel.Message, "related place")},
				})
			}
			run.Results = append(run.Results, res)
		}
	}
	if truncated > 0 {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarifNotification{
			Level: "warning", Message: sarifText{fmt.Sprintf("%d results left out: GitHub accepts at most %d per run", truncated, sarifMaxResults)},
		})
	}
	run.Invocations = []sarifInvocation{inv}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(sarifLog{Schema: sarifSchema, Version: "2.1.0", Runs: []sarifRun{run}})
}

func nonEmpty(s, def string) string {
	if strings.TrimSpace(s) == "" {
		return def
	}
	return s
}

// sarifRuleOf describes a rule from its Doc: the first line is the short
// description, the whole Doc the full description and the help.
func sarifRuleOf(r *Rule) sarifRule {
	short := nonEmpty(r.Summary(), r.Name)
	full := nonEmpty(strings.TrimSpace(r.Doc), short)
	return sarifRule{
		ID: r.Name, Name: sarifRuleName(r.Name),
		ShortDescription:     sarifText{short},
		FullDescription:      sarifText{full},
		Help:                 sarifMultiText{Text: full, Markdown: "**" + r.Name + "** (" + string(r.Category) + ")\n\n" + full},
		DefaultConfiguration: sarifRuleConfig{Level: sarifLevel(r.Severity)},
		Properties:           sarifRuleProperty{Precision: sarifPrecision(r.Severity), Tags: []string{"newslint", string(r.Category)}},
	}
}

// sarifRuleName is the rule's name in PascalCase ("doubled-punctuation"
// becomes "DoubledPunctuation"), as SARIF's reportingDescriptor.name asks;
// "" for a one-word id, since a name must differ from the id (SARIF1001).
func sarifRuleName(id string) string {
	if !strings.Contains(id, "-") {
		return ""
	}
	var b strings.Builder
	for part := range strings.SplitSeq(id, "-") {
		for i, c := range part {
			if i == 0 {
				c = unicode.ToUpper(c)
			}
			b.WriteRune(c)
		}
	}
	return b.String()
}

// sarifMessage is the finding's message, with its evidence; a
// contradiction names the related places as SARIF embedded links.
func sarifMessage(f *Finding) string {
	var b strings.Builder
	b.WriteString(sarifEscapeLinks(f.Message))
	if !strings.HasSuffix(f.Message, ".") {
		b.WriteString(".")
	}
	for i, rel := range f.Related {
		fmt.Fprintf(&b, " See [%s](%d).", sarifEscapeLinks(nonEmpty(rel.Message, "related place")), i+1)
	}
	for _, e := range f.Evidence {
		b.WriteString(" Evidence: " + sarifEscapeLinks(e.Text))
		if e.Source != "" {
			b.WriteString(" (" + sarifEscapeLinks(e.Source) + ")")
		}
		if !strings.HasSuffix(e.Text, ".") {
			b.WriteString(".")
		}
	}
	return b.String()
}

// sarifEscapeLinks escapes the brackets that SARIF messages read as
// embedded links.
var sarifEscapeLinks = strings.NewReplacer(`\`, `\\`, "[", `\[`, "]", `\]`).Replace

func sarifRegionOf(d *Document, rg Range) *sarifRegion {
	s, e := d.Position(rg.Start), d.Position(rg.End)
	reg := &sarifRegion{StartLine: s.Line, StartColumn: s.Column, EndLine: e.Line, EndColumn: e.Column}
	if rg.End > rg.Start {
		reg.Snippet = &sarifText{string(d.Source[rg.Start:rg.End])}
	}
	return reg
}

// lineHash is a fingerprint that survives edits elsewhere in the file: a
// hash of the rule and the finding's line with whitespace removed, and the
// number of earlier findings with the same hash ("hash:n", as GitHub's own
// fingerprints are written).
func lineHash(d *Document, f *Finding, seen map[string]int) string {
	line := d.LineText(d.Position(f.Range.Start).Line)
	line = strings.Join(strings.Fields(line), "")
	sum := sha256.Sum256([]byte(f.Rule + "\x00" + line + "\x00" + string(d.Source[f.Range.Start:f.Range.End])))
	h := hex.EncodeToString(sum[:8])
	seen[h]++
	return fmt.Sprintf("%s:%d", h, seen[h])
}

// uriOf is the artifact URI of a path: relative to base (with forward
// slashes, percent-encoded) when it lies inside it, otherwise a file URI.
func uriOf(base, p string) string {
	rel, inside := relPath(base, p)
	if base != "" && !inside {
		abs, err := filepath.Abs(p)
		if err == nil {
			return (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
		}
	}
	segs := strings.Split(rel, "/")
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	return strings.Join(segs, "/")
}

func dirURI(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		abs = dir
	}
	u := (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
	if !strings.HasSuffix(u, "/") {
		u += "/"
	}
	return u
}
