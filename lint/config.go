package lint

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// ConfigFileName is the configuration file looked for in the current
// directory and its parents.
const ConfigFileName = ".newslint.yaml"

// FileConfig is a parsed .newslint.yaml. Relative paths in it (include and
// exclude globs, kb and boilerplate_patterns files) are relative to Dir,
// the folder holding the file.
type FileConfig struct {
	Path string
	Dir  string
	// Rules is the rule list as written (["all", "-lead-restated"]); nil
	// when the file does not set it.
	Rules    []string
	Severity map[string]Severity
	// Off lists rules switched off through severity: off.
	Off     []string
	Options map[string]map[string]any
	Include []string
	Exclude []string
	// Date is the date assumed for articles that give none; DateFromMtime
	// uses the file's modification time instead (date: mtime).
	Date          time.Time
	DateFromMtime bool
	// KB and BoilerplatePatterns are extra data files, as absolute paths.
	KB                  []string
	BoilerplatePatterns []string
	// FixRules lists the rules whose fixes --fix applies ("default" is the
	// certain set); nil when not set.
	FixRules  []string
	FailLevel *Severity
}

// ConfigError is an error in a configuration file, with its line.
type ConfigError struct {
	Path string
	Line int
	Msg  string
}

func (e *ConfigError) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("%s: %s", e.Path, e.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
}

// FindConfig looks for .newslint.yaml in dir and its parents and returns
// its path, or "" when there is none.
func FindConfig(dir string) string {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(dir, ConfigFileName)
		if info, err := os.Stat(p); err == nil && !info.IsDir() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// configKeys are the top-level keys, with what each holds (for errors).
var configKeys = []string{"rules", "severity", "options", "include", "exclude", "date", "kb", "boilerplate_patterns", "fix_rules", "fail_level"}

// LoadConfig reads and validates a configuration file. known says whether a
// rule name exists. Unknown keys, unknown rule names and bad values are
// errors naming the file and line; all of them are returned together.
func LoadConfig(path string, known func(string) bool) (*FileConfig, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &ConfigError{Path: path, Msg: describeOSError(err)}
	}
	return ParseConfig(path, data, known)
}

// ParseConfig is LoadConfig on data already read.
func ParseConfig(path string, data []byte, known func(string) bool) (*FileConfig, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	c := &FileConfig{Path: path, Dir: filepath.Dir(abs)}
	var errs []error
	bad := func(n *yaml.Node, format string, args ...any) {
		line := 0
		if n != nil {
			line = n.Line
		}
		errs = append(errs, &ConfigError{Path: path, Line: line, Msg: fmt.Sprintf(format, args...)})
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		if te, ok := errors.AsType[*yaml.TypeError](err); ok {
			return nil, &ConfigError{Path: path, Msg: strings.Join(te.Errors, "; ")}
		}
		// yaml.v3 syntax errors read "yaml: line N: …".
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			line, _ := strconv.Atoi(m[1]) // the pattern holds digits only
			return nil, &ConfigError{Path: path, Line: line, Msg: strings.TrimSpace(msg[len(m[0]):])}
		}
		return nil, &ConfigError{Path: path, Msg: msg}
	}
	if len(root.Content) == 0 || len(bytes.TrimSpace(data)) == 0 {
		return c, nil // an empty file: all defaults
	}
	top := root.Content[0]
	if top.Kind != yaml.MappingNode {
		bad(top, "want a mapping of settings (rules:, severity:, …)")
		return nil, errors.Join(errs...)
	}
	ruleName := func(n *yaml.Node) (string, bool) {
		if n.Kind != yaml.ScalarNode || n.Value == "" {
			bad(n, "want a rule name")
			return "", false
		}
		if !known(n.Value) {
			bad(n, "unknown rule %q (see 'newslint rules')", n.Value)
			return "", false
		}
		return n.Value, true
	}
	strList := func(key string, n *yaml.Node) []string {
		if n.Kind == yaml.ScalarNode && n.Tag != "!!null" {
			return []string{n.Value}
		}
		if n.Kind != yaml.SequenceNode {
			bad(n, "%s: want a list of strings", key)
			return nil
		}
		var out []string
		for _, e := range n.Content {
			if e.Kind != yaml.ScalarNode || e.Value == "" {
				bad(e, "%s: want a non-empty string", key)
				continue
			}
			out = append(out, e.Value)
		}
		return out
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(top.Content); i += 2 {
		k, v := top.Content[i], top.Content[i+1]
		if !slices.Contains(configKeys, k.Value) {
			bad(k, "unknown key %q (known: %s)", k.Value, strings.Join(configKeys, ", "))
			continue
		}
		if seen[k.Value] {
			bad(k, "key %q set twice", k.Value)
			continue
		}
		seen[k.Value] = true
		switch k.Value {
		case "rules":
			c.Rules = []string{}
			for _, s := range strList("rules", v) {
				n := strings.TrimPrefix(s, "-")
				if n != "all" && !known(n) {
					bad(lineOf(v, s), "unknown rule %q (see 'newslint rules')", n)
					continue
				}
				c.Rules = append(c.Rules, s)
			}
		case "severity":
			if v.Kind != yaml.MappingNode {
				bad(v, "severity: want a mapping of rule: error|warning|info|off")
				continue
			}
			c.Severity = map[string]Severity{}
			for j := 0; j+1 < len(v.Content); j += 2 {
				rn, sv := v.Content[j], v.Content[j+1]
				name, ok := ruleName(rn)
				if !ok {
					continue
				}
				if sv.Value == "off" {
					c.Off = append(c.Off, name)
					continue
				}
				s, ok := ParseSeverity(sv.Value)
				if !ok || sv.Kind != yaml.ScalarNode {
					bad(sv, "severity of %s: want error, warning, info or off, not %q", name, sv.Value)
					continue
				}
				c.Severity[name] = s
			}
		case "options":
			if v.Kind != yaml.MappingNode {
				bad(v, "options: want a mapping of rule: {option: value}")
				continue
			}
			c.Options = map[string]map[string]any{}
			for j := 0; j+1 < len(v.Content); j += 2 {
				rn, ov := v.Content[j], v.Content[j+1]
				name, ok := ruleName(rn)
				if !ok {
					continue
				}
				if ov.Kind != yaml.MappingNode {
					bad(ov, "options of %s: want a mapping of option: value", name)
					continue
				}
				var m map[string]any
				if err := ov.Decode(&m); err != nil {
					bad(ov, "options of %s: %v", name, err)
					continue
				}
				c.Options[name] = m
			}
		case "include", "exclude":
			globs := strList(k.Value, v)
			for _, g := range globs {
				if _, err := globRegexp(g); err != nil {
					bad(lineOf(v, g), "%s: bad glob %q: %v", k.Value, g, err)
				}
			}
			if k.Value == "include" {
				c.Include = globs
			} else {
				c.Exclude = globs
			}
		case "date":
			switch {
			case v.Kind != yaml.ScalarNode:
				bad(v, "date: want YYYY-MM-DD or mtime")
			case v.Value == "mtime":
				c.DateFromMtime = true
			default:
				t, err := time.Parse("2006-01-02", v.Value)
				if err != nil {
					bad(v, "date: want YYYY-MM-DD or mtime, not %q", v.Value)
					continue
				}
				c.Date = t
			}
		case "kb", "boilerplate_patterns":
			var files []string
			for _, f := range strList(k.Value, v) {
				p := f
				if !filepath.IsAbs(p) {
					p = filepath.Join(c.Dir, p)
				}
				if info, err := os.Stat(p); err != nil || info.IsDir() {
					msg := "not a file"
					if err != nil {
						msg = describeOSError(err)
					}
					bad(lineOf(v, f), "%s: %s: %s", k.Value, f, msg)
					continue
				}
				files = append(files, p)
			}
			if k.Value == "kb" {
				c.KB = files
			} else {
				c.BoilerplatePatterns = files
			}
		case "fix_rules":
			c.FixRules = []string{}
			for _, s := range strList("fix_rules", v) {
				if s != "default" && s != "all" && !known(s) {
					bad(lineOf(v, s), "fix_rules: unknown rule %q", s)
					continue
				}
				c.FixRules = append(c.FixRules, s)
			}
		case "fail_level":
			s, ok := ParseSeverity(v.Value)
			if !ok || v.Kind != yaml.ScalarNode {
				bad(v, "fail_level: want error, warning or info, not %q", v.Value)
				continue
			}
			c.FailLevel = &s
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return c, nil
}

var yamlLine = regexp.MustCompile(`^line (\d+):`)

// lineOf finds the list element holding s, for its line.
func lineOf(list *yaml.Node, s string) *yaml.Node {
	for _, e := range list.Content {
		if e.Value == s {
			return e
		}
	}
	return list
}

// SelectRules resolves a rule list as the rules setting and --rules write
// it: names to run, "all", and "-name" to leave one out. A list of only
// "-name" entries starts from all rules. Unknown names are errors.
func SelectRules(spec []string, all []*Rule) ([]*Rule, error) {
	if len(spec) == 0 {
		return all, nil
	}
	byName := map[string]bool{}
	for _, r := range all {
		byName[r.Name] = true
	}
	on := map[string]bool{}
	onlyNegative := true
	for _, s := range spec {
		s = strings.TrimSpace(s)
		neg := strings.HasPrefix(s, "-")
		name := strings.TrimPrefix(s, "-")
		if name == "all" {
			for _, r := range all {
				on[r.Name] = !neg
			}
			onlyNegative = false
			continue
		}
		if !byName[name] {
			return nil, fmt.Errorf("unknown rule %q (see 'newslint rules')", name)
		}
		if !neg {
			onlyNegative = false
		}
		on[name] = !neg
	}
	var out []*Rule
	for _, r := range all {
		v, set := on[r.Name]
		if v || (!set && onlyNegative) {
			out = append(out, r)
		}
	}
	return out, nil
}

// Matches reports whether the configuration's include and exclude globs
// let path be linted. Globs are relative to the configuration's folder;
// "**" matches any number of folders, "*" and "?" stay within one. A path
// outside the folder is matched by its own name as given.
func (c *FileConfig) Matches(path string) bool {
	rel, _ := relPath(c.Dir, path)
	if len(c.Include) > 0 && !slices.ContainsFunc(c.Include, func(g string) bool { return globMatch(g, rel) }) {
		return false
	}
	return !slices.ContainsFunc(c.Exclude, func(g string) bool { return globMatch(g, rel) })
}

func globMatch(glob, path string) bool {
	re, err := globRegexp(glob)
	return err == nil && re.MatchString(path)
}

// globRegexp compiles a glob. A glob without "/" matches a name at any
// depth ("*.html"); one ending in "/" or naming a folder matches what is
// below it.
func globRegexp(glob string) (*regexp.Regexp, error) {
	g := strings.TrimPrefix(filepath.ToSlash(glob), "./")
	var b strings.Builder
	b.WriteString("^")
	if !strings.Contains(strings.TrimSuffix(g, "/"), "/") {
		b.WriteString("(?:.*/)?")
	}
	g = strings.TrimSuffix(g, "/")
	for i := 0; i < len(g); i++ {
		c := g[i]
		switch {
		case c == '*' && i+1 < len(g) && g[i+1] == '*':
			i++
			if i+1 < len(g) && g[i+1] == '/' {
				i++
				b.WriteString("(?:.*/)?")
			} else {
				b.WriteString(".*")
			}
		case c == '*':
			b.WriteString("[^/]*")
		case c == '?':
			b.WriteString("[^/]")
		case c == '[':
			j := strings.IndexByte(g[i:], ']')
			if j < 0 {
				return nil, errors.New("unclosed [")
			}
			b.WriteString(g[i : i+j+1])
			i += j
		default:
			b.WriteString(regexp.QuoteMeta(string(c)))
		}
	}
	b.WriteString("(?:/.*)?$")
	return regexp.Compile(b.String())
}
