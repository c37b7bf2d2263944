package lint

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
)

// GitHub shows at most this many annotations of each level per step (and
// 50 per job); the rest are dropped silently, so the format chooses.
const githubPerLevel = 10

// writeGitHub writes GitHub Actions workflow commands, one per finding:
//
//	::error file=P,line=L,endLine=L2,col=C,endColumn=C2,title=T::MESSAGE
//
// Findings are ranked by severity, then by position, and at most ten of
// each level are written; when some are left out, a ::notice:: says how
// many (it takes one of the ten notice places). Paths are made relative to
// opts.BaseDir (the workspace) when inside it. The full list goes to
// opts.Summary as a Markdown table when it is set ($GITHUB_STEP_SUMMARY).
func writeGitHub(w io.Writer, results []Result, opts ReportOptions) error {
	type item struct {
		r     *Result
		f     *Finding
		order int
	}
	var items []item
	var b strings.Builder
	for i := range results {
		r := &results[i]
		if r.Err != nil {
			fmt.Fprintf(&b, "::error file=%s,title=%s::%s\n", ghProperty(ghPath(opts.BaseDir, r.Path)), ghProperty("newslint: "+errorLabel(*r)), ghMessage(errorMessage(*r)))
		}
		for j := range r.Findings {
			items = append(items, item{r, &r.Findings[j], len(items)})
		}
	}
	slices.SortStableFunc(items, func(a, b item) int {
		return cmp.Or(cmp.Compare(b.f.Severity, a.f.Severity), cmp.Compare(a.order, b.order))
	})
	counts := map[Severity]int{}
	for _, it := range items {
		counts[it.f.Severity]++
	}
	limit := map[Severity]int{Error: githubPerLevel, Warning: githubPerLevel, Info: githubPerLevel}
	if counts[Error] > githubPerLevel || counts[Warning] > githubPerLevel || counts[Info] > githubPerLevel {
		limit[Info] = githubPerLevel - 1 // the place of the notice below
	}
	written := map[Severity]int{}
	for _, it := range items {
		s := it.f.Severity
		if written[s] >= limit[s] {
			continue
		}
		written[s]++
		b.WriteString(githubAnnotation(it.r, it.f, opts.BaseDir))
	}
	if left := len(items) - written[Error] - written[Warning] - written[Info]; left > 0 {
		msg := fmt.Sprintf("newslint: %d of %d findings are not annotated (GitHub shows %d per level and step): %d errors, %d warnings, %d notices left out.",
			left, len(items), githubPerLevel, counts[Error]-written[Error], counts[Warning]-written[Warning], counts[Info]-written[Info])
		if opts.Summary != nil {
			msg += " The job summary lists them all."
		} else {
			msg += " Run with --format text to see them all."
		}
		fmt.Fprintf(&b, "::notice title=%s::%s\n", ghProperty("newslint"), ghMessage(msg))
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	if opts.Summary != nil {
		return writeSummary(opts.Summary, results, opts.BaseDir)
	}
	return nil
}

// githubLevel maps a severity onto a workflow command.
func githubLevel(s Severity) string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	case Info:
	}
	return "notice"
}

// ghPath is the path GitHub resolves against the workspace: relative to
// base when the file lies inside it.
func ghPath(base, p string) string {
	if rel, ok := relPath(base, p); ok {
		return rel
	}
	return p
}

func githubAnnotation(r *Result, f *Finding, base string) string {
	start, end := r.Doc.Position(f.Range.Start), r.Doc.Position(f.Range.End)
	props := []string{"file=" + ghProperty(ghPath(base, r.Path)), fmt.Sprintf("line=%d", start.Line), fmt.Sprintf("endLine=%d", end.Line)}
	if start.Line == end.Line {
		props = append(props, fmt.Sprintf("col=%d", start.Column), fmt.Sprintf("endColumn=%d", end.Column))
	}
	props = append(props, "title="+ghProperty(f.Rule))
	return fmt.Sprintf("::%s %s::%s\n", githubLevel(f.Severity), strings.Join(props, ","), ghMessage(longMessage(r, f)))
}

// longMessage is the message with its evidence and related places on the
// lines below it.
func longMessage(r *Result, f *Finding) string {
	var b strings.Builder
	b.WriteString(f.Message)
	for _, rel := range f.Related {
		p := r.Doc.Position(rel.Range.Start)
		fmt.Fprintf(&b, "\nrelated: %s (line %d, column %d)", rel.Message, p.Line, p.Column)
	}
	for _, e := range f.Evidence {
		b.WriteString("\nevidence: " + e.Text)
		if e.Source != "" {
			b.WriteString(" (" + e.Source + ")")
		}
	}
	return b.String()
}

var (
	ghMessageEscaper  = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	ghPropertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

// ghMessage escapes a workflow command's message: % first, then CR, LF.
func ghMessage(s string) string { return ghMessageEscaper.Replace(s) }

// ghProperty escapes a workflow command's property value: as a message,
// plus ":" and ",".
func ghProperty(s string) string { return ghPropertyEscaper.Replace(s) }

var mdCell = strings.NewReplacer("|", `\|`, "\r\n", "<br>", "\n", "<br>", "\r", "<br>", "<", "&lt;", ">", "&gt;", "&", "&amp;", "`", "\\`")

// writeSummary writes every finding as a Markdown table, for the job
// summary page.
func writeSummary(w io.Writer, results []Result, base string) error {
	var b strings.Builder
	n, files := 0, 0
	for _, r := range results {
		n += len(r.Findings)
		if r.Doc != nil {
			files++
		}
	}
	b.WriteString("## newslint\n\n")
	fmt.Fprintf(&b, "%d findings in %d files.\n\n", n, files)
	if n > 0 {
		b.WriteString("| Severity | File | Line | Column | Rule | Message |\n| --- | --- | ---: | ---: | --- | --- |\n")
		for _, r := range results {
			for _, f := range r.Findings {
				p := r.Doc.Position(f.Range.Start)
				fmt.Fprintf(&b, "| %s | %s | %d | %d | `%s` | %s |\n", f.Severity, mdCell.Replace(ghPath(base, r.Path)), p.Line, p.Column, f.Rule, mdCell.Replace(longMessage(&r, &f)))
			}
		}
		b.WriteString("\n")
	}
	var errs []Result
	for _, r := range results {
		if r.Err != nil {
			errs = append(errs, r)
		}
	}
	if len(errs) > 0 {
		b.WriteString("Files that could not be linted:\n\n")
		for _, r := range errs {
			fmt.Fprintf(&b, "- %s: %s\n", mdCell.Replace(ghPath(base, r.Path)), mdCell.Replace(errorMessage(r)))
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}
