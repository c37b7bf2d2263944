package lint

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// writeCheckstyle writes Checkstyle XML, which Jenkins and many CI
// dashboards read:
//
//	<checkstyle version="4.3"><file name="P"><error line="L" column="C"
//	severity="error|warning|info" message="M" source="RULE"/></file></checkstyle>
//
// Attribute values are XML-escaped (line breaks too, so that they survive
// attribute normalisation); an input error is an error of source
// "newslint.input-error" at line 1.
func writeCheckstyle(w io.Writer, results []Result, _ ReportOptions) error {
	var b strings.Builder
	b.WriteString(xml.Header)
	b.WriteString(`<checkstyle version="4.3">` + "\n")
	for _, r := range results {
		if r.Err == nil && len(r.Findings) == 0 {
			continue
		}
		fmt.Fprintf(&b, "  <file name=\"%s\">\n", xmlAttr(r.Path))
		for _, f := range r.Findings {
			p := r.Doc.Position(f.Range.Start)
			fmt.Fprintf(&b, "    <error line=\"%d\" column=\"%d\" severity=\"%s\" message=\"%s\" source=\"%s\"/>\n",
				p.Line, p.Column, f.Severity, xmlAttr(longMessage(&r, &f)), xmlAttr(f.Rule))
		}
		if r.Err != nil {
			fmt.Fprintf(&b, "    <error line=\"1\" column=\"1\" severity=\"error\" message=\"%s\" source=\"newslint.input-error\"/>\n", xmlAttr(errorMessage(r)))
		}
		b.WriteString("  </file>\n")
	}
	b.WriteString("</checkstyle>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// xmlAttr escapes s for a double-quoted attribute value. EscapeText also
// encodes tab, CR and LF as character references and replaces characters
// that XML cannot hold with U+FFFD.
func xmlAttr(s string) string {
	var buf bytes.Buffer
	_ = xml.EscapeText(&buf, []byte(s)) // writes to a buffer: cannot fail
	return buf.String()
}
