package lint

import (
	"encoding/json"
	"io"
	"strings"
)

// The JSON report: the stable contract of ../shared/FORMATS.md. Fields may
// be added, never renamed or removed.
type (
	jsonReport struct {
		Version int         `json:"version"`
		Tool    jsonTool    `json:"tool"`
		Files   []jsonFile  `json:"files"`
		Errors  []jsonError `json:"errors"`
	}
	jsonTool struct {
		Name    string `json:"name"`
		Version string `json:"version"`
	}
	jsonFile struct {
		Path       string        `json:"path"`
		Date       string        `json:"date,omitempty"`
		DateSource string        `json:"dateSource,omitempty"`
		Findings   []jsonFinding `json:"findings"`
	}
	jsonSpan struct {
		Line      int `json:"line"`
		Column    int `json:"column"`
		EndLine   int `json:"endLine"`
		EndColumn int `json:"endColumn"`
		Offset    int `json:"offset"`
		EndOffset int `json:"endOffset"`
	}
	jsonFinding struct {
		Rule     string `json:"rule"`
		Category string `json:"category"`
		Severity string `json:"severity"`
		Message  string `json:"message"`
		jsonSpan
		Excerpt  string         `json:"excerpt"`
		Evidence []jsonEvidence `json:"evidence,omitempty"`
		Related  []jsonRelated  `json:"related,omitempty"`
		Fixes    []jsonFix      `json:"fixes,omitempty"`
	}
	jsonEvidence struct {
		Text   string `json:"text"`
		Source string `json:"source,omitempty"`
		AsOf   string `json:"asOf,omitempty"`
	}
	jsonRelated struct {
		Message string `json:"message"`
		jsonSpan
	}
	jsonFix struct {
		Message string     `json:"message"`
		Edits   []jsonEdit `json:"edits"`
	}
	jsonEdit struct {
		Offset    int    `json:"offset"`
		EndOffset int    `json:"endOffset"`
		Text      string `json:"text"`
	}
	jsonError struct {
		Path    string `json:"path"`
		Message string `json:"message"`
	}
)

func spanOf(d *Document, r Range) jsonSpan {
	s, e := d.Position(r.Start), d.Position(r.End)
	return jsonSpan{Line: s.Line, Column: s.Column, EndLine: e.Line, EndColumn: e.Column, Offset: r.Start, EndOffset: r.End}
}

func writeJSON(w io.Writer, results []Result, _ ReportOptions) error {
	rep := jsonReport{Version: 1, Tool: jsonTool{Name: "newslint", Version: Version}, Files: []jsonFile{}, Errors: []jsonError{}}
	for _, r := range results {
		if r.Err != nil && r.Doc == nil {
			rep.Errors = append(rep.Errors, jsonError{Path: r.Path, Message: strings.TrimPrefix(r.Err.Error(), r.Path+": ")})
			continue
		}
		jf := jsonFile{Path: r.Path, Findings: []jsonFinding{}}
		if r.Doc.Meta.HasDate() {
			jf.Date = r.Doc.Meta.Date.Format("2006-01-02")
			jf.DateSource = r.Doc.Meta.DateSource
		}
		for _, f := range r.Findings {
			jfd := jsonFinding{
				Rule: f.Rule, Category: string(f.Category), Severity: f.Severity.String(), Message: f.Message,
				jsonSpan: spanOf(r.Doc, f.Range),
				Excerpt:  string(r.Doc.Source[f.Range.Start:f.Range.End]),
			}
			for _, e := range f.Evidence {
				jfd.Evidence = append(jfd.Evidence, jsonEvidence(e))
			}
			for _, rel := range f.Related {
				jfd.Related = append(jfd.Related, jsonRelated{Message: rel.Message, jsonSpan: spanOf(r.Doc, rel.Range)})
			}
			for _, fx := range f.Fixes {
				jx := jsonFix{Message: fx.Message, Edits: []jsonEdit{}}
				for _, e := range fx.Edits {
					jx.Edits = append(jx.Edits, jsonEdit{Offset: e.Start, EndOffset: e.End, Text: e.Text})
				}
				jfd.Fixes = append(jfd.Fixes, jx)
			}
			jf.Findings = append(jf.Findings, jfd)
		}
		rep.Files = append(rep.Files, jf)
		if r.Err != nil {
			rep.Errors = append(rep.Errors, jsonError{Path: r.Path, Message: r.Err.Error()})
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(rep)
}
