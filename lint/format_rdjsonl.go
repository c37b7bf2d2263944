package lint

import (
	"encoding/json"
	"io"
	"strings"
)

// reviewdog's Diagnostic, one JSON object per line. Columns are 1-based
// UTF-8 byte counts and the end is exclusive.
type (
	rdDiagnostic struct {
		Message          string              `json:"message"`
		Location         rdLocation          `json:"location"`
		Severity         string              `json:"severity"`
		Source           rdSource            `json:"source"`
		Code             rdCode              `json:"code"`
		Suggestions      []rdSuggestion      `json:"suggestions,omitempty"`
		RelatedLocations []rdRelatedLocation `json:"related_locations,omitempty"`
	}
	rdLocation struct {
		Path  string   `json:"path"`
		Range *rdRange `json:"range,omitempty"`
	}
	rdRange struct {
		Start rdPosition `json:"start"`
		End   rdPosition `json:"end"`
	}
	rdPosition struct {
		Line   int `json:"line"`
		Column int `json:"column"`
	}
	rdSource struct {
		Name string `json:"name"`
		URL  string `json:"url,omitempty"`
	}
	rdCode struct {
		Value string `json:"value"`
		URL   string `json:"url,omitempty"`
	}
	rdSuggestion struct {
		Range rdRange `json:"range"`
		Text  string  `json:"text"`
	}
	rdRelatedLocation struct {
		Message  string     `json:"message,omitempty"`
		Location rdLocation `json:"location"`
	}
)

func rdSeverity(s Severity) string {
	switch s {
	case Error:
		return "ERROR"
	case Warning:
		return "WARNING"
	case Info:
	}
	return "INFO"
}

func rdRangeOf(d *Document, r Range) *rdRange {
	s, e := d.Position(r.Start), d.Position(r.End)
	return &rdRange{
		Start: rdPosition{Line: s.Line, Column: d.ByteColumn(r.Start)},
		End:   rdPosition{Line: e.Line, Column: d.ByteColumn(r.End)},
	}
}

// writeRDJSONL writes reviewdog's rdjsonl: one Diagnostic per finding, with
// the first fix as suggestions and the related places of a contradiction.
// An input error is a diagnostic without a range.
func writeRDJSONL(w io.Writer, results []Result, _ ReportOptions) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	src := rdSource{Name: "newslint", URL: sarifInfoURI}
	for _, r := range results {
		if r.Err != nil {
			if err := enc.Encode(rdDiagnostic{
				Message: "input error: " + errorMessage(r), Location: rdLocation{Path: r.Path},
				Severity: "ERROR", Source: src, Code: rdCode{Value: "input-error"},
			}); err != nil {
				return err
			}
		}
		for _, f := range r.Findings {
			d := rdDiagnostic{
				Message:  strings.TrimSpace(longMessage(&r, &f)),
				Location: rdLocation{Path: r.Path, Range: rdRangeOf(r.Doc, f.Range)},
				Severity: rdSeverity(f.Severity), Source: src, Code: rdCode{Value: f.Rule},
			}
			if len(f.Fixes) > 0 {
				for _, e := range f.Fixes[0].Edits {
					d.Suggestions = append(d.Suggestions, rdSuggestion{Range: *rdRangeOf(r.Doc, Range{e.Start, e.End}), Text: e.Text})
				}
			}
			for _, rel := range f.Related {
				d.RelatedLocations = append(d.RelatedLocations, rdRelatedLocation{
					Message: rel.Message, Location: rdLocation{Path: r.Path, Range: rdRangeOf(r.Doc, rel.Range)},
				})
			}
			if err := enc.Encode(d); err != nil {
				return err
			}
		}
	}
	return nil
}
