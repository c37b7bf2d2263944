package lint

// Category groups rules by the kind of damage they find.
type Category string

// The rule categories.
const (
	Garbled     Category = "garbled"
	Fact        Category = "fact"
	Boilerplate Category = "boilerplate"
	Consistency Category = "consistency"
)

// Severity is how sure a finding is: error means certain.
type Severity int

// Severities, ordered.
const (
	Info Severity = iota
	Warning
	Error
)

func (s Severity) String() string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	default:
		return "info"
	}
}

// ParseSeverity reads "error", "warning" or "info".
func ParseSeverity(s string) (Severity, bool) {
	switch s {
	case "error":
		return Error, true
	case "warning":
		return Warning, true
	case "info":
		return Info, true
	}
	return Info, false
}

// Edit replaces the source bytes [Start, End) with Text.
type Edit struct {
	Start, End int
	Text       string
}

// Fix is a set of edits that repair a finding together.
type Fix struct {
	Message string
	Edits   []Edit
}

// Evidence backs a finding: a knowledge-base fact with its source and
// date, or an explanation of the arithmetic.
type Evidence struct {
	Text   string
	Source string
	AsOf   string
}

// Related is another place that bears on a finding: the earlier mention
// that a later one contradicts.
type Related struct {
	Message string
	Range   Range
}

// Finding is one problem found in a document. Ranges are byte offsets
// into the source; lines and columns are computed only at output.
type Finding struct {
	Rule     string
	Category Category
	Severity Severity
	Message  string
	Range    Range
	Related  []Related
	Evidence []Evidence
	Fixes    []Fix
}
