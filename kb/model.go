package kb

// EntityType is the kind of an entity. The prefix of an entity id names it
// too (country/az, org/nato): see idPrefix.
type EntityType string

// The entity types of the schema.
const (
	Country      EntityType = "country"
	Territory    EntityType = "territory"
	Organization EntityType = "organization"
	City         EntityType = "city"
	Person       EntityType = "person"
	Company      EntityType = "company"
)

// idPrefix maps each entity type to the kind part of its ids.
var idPrefix = map[EntityType]string{
	Country:      "country/",
	Territory:    "territory/",
	Organization: "org/",
	City:         "city/",
	Person:       "person/",
	Company:      "company/",
}

// RelKind is the kind of a relation.
type RelKind string

// The relation kinds of the schema. Each reads "subject REL object".
const (
	// RelMember: country, territory or organization Subject is a member of
	// organization Object.
	RelMember RelKind = "member"
	// RelSuspended: Subject's membership of Object is suspended. While a
	// suspension is in force it takes precedence over a member relation.
	RelSuspended RelKind = "suspended"
	// RelOffice: person Subject holds Office of Object (a country,
	// territory, organization, city or company).
	RelOffice RelKind = "office"
	// RelCapital: city Subject is a capital of country or territory Object.
	RelCapital RelKind = "capital"
	// RelHeadquarters: city Subject hosts the headquarters of organization
	// or company Object.
	RelHeadquarters RelKind = "headquarters"
)

// DatedName is a name that an entity bore only for a while, such as
// Nur-Sultan (the name of Astana from 2019-03-23 to 2022-09-17). It is
// also indexed as an alias, so that Lookup finds the entity by it; NameAt
// tells which name was current on a date.
type DatedName struct {
	Name         string
	From, To     Date // inclusive; NoDate when open
	FromYearOnly bool // From was given as a bare year (January 1 stands for it)
	ToYearOnly   bool // To was given as a bare year (December 31 stands for it)
	Source       string
}

// Entity is a country, territory, organization, city, person or company.
//
// Entities loaded from several files with the same id and type are merged:
// aliases and demonyms are united, and a later file's non-empty scalar
// fields (name, dates, country, source) override an earlier one's.
type Entity struct {
	ID       string
	Type     EntityType
	Name     string   // canonical English name
	Aliases  []string // other names: short forms, former names, transliterations
	Demonyms []string // adjectives and demonyms ("Azerbaijani", "Azeri")
	Names    []DatedName
	Country  string // for cities and companies: id of the country they are in
	Founded  Date   // organizations, companies, countries founded in living memory
	// Dissolved is the end of an organization or former state (Soviet Union).
	Dissolved Date
	Born      Date // persons
	Died      Date // persons
	// YearOnly lists which of the dates above were given as a bare year,
	// by field name ("born", "died", "founded", "dissolved").
	YearOnly map[string]bool
	Source   string
	Note     string
	Pos      Pos // where the entity was (last) defined
}

// NameAt returns the name e bore on d: a DatedName in force then, or else
// the canonical Name.
func (e *Entity) NameAt(d Date) string {
	for _, n := range e.Names {
		if within(d, n.From, n.To) {
			return n.Name
		}
	}
	return e.Name
}

// AliveAt reports whether person e was alive on d, as far as the KB knows:
// born on or before d (or birth unknown) and not died before d.
func (e *Entity) AliveAt(d Date) bool {
	if !e.Born.IsZero() && d < e.Born {
		return false
	}
	return e.Died.IsZero() || d <= e.Died
}

// ExistsAt reports whether e existed on d: founded on or before d (or
// founding unknown) and not dissolved before d.
func (e *Entity) ExistsAt(d Date) bool {
	if !e.Founded.IsZero() && d < e.Founded {
		return false
	}
	return e.Dissolved.IsZero() || d <= e.Dissolved
}

// Relation is one dated fact linking two entities. From and To are
// inclusive calendar days; NoDate leaves that end open. On a handover day
// (one term's To equals the next term's From) both relations are in force,
// since both people held the office on that day.
type Relation struct {
	Rel     RelKind
	Subject string // entity id
	Object  string // entity id
	Office  string // office id, for RelOffice
	From    Date
	To      Date
	// FromYearOnly and ToYearOnly flag dates given as a bare year "YYYY":
	// From then stands for January 1 and To for December 31, and a rule
	// should not build a precise claim on them.
	FromYearOnly bool
	ToYearOnly   bool
	Acting       bool   // acting or interim office holder
	Disputed     bool   // the fact is contested (a capital not widely recognised)
	Role         string // for capitals: "" for the official capital, else e.g. "seat of government"
	Note         string
	Source       string
	Pos          Pos
}

// Period writes r's dates as the data gives them, for evidence: " from
// 2021-08-03 to 2024-05-19", " from 2020" for a bare year, "" when open.
func (r *Relation) Period() string {
	s := ""
	if !r.From.IsZero() {
		s += " from " + r.From.Text(r.FromYearOnly)
	}
	if !r.To.IsZero() {
		s += " to " + r.To.Text(r.ToYearOnly)
	}
	return s
}

// ActiveAt reports whether r is in force on d. A zero d never is.
func (r *Relation) ActiveAt(d Date) bool { return !d.IsZero() && within(d, r.From, r.To) }

// within reports from <= d <= to, treating zero bounds as open.
func within(d, from, to Date) bool {
	return (from.IsZero() || from <= d) && (to.IsZero() || d <= to)
}

// HeadKind says whether an office makes its holder head of state or of
// government.
type HeadKind string

// Head kinds of offices.
const (
	HeadNone       HeadKind = ""
	HeadState      HeadKind = "state"
	HeadGovernment HeadKind = "government"
)

// Office is an entry of the office vocabulary (kb/data/offices.yaml): an
// office id used in office relations and the English titles that name it in
// news text.
type Office struct {
	ID     string
	Titles []string
	Head   HeadKind
	// Shared offices may legitimately have several simultaneous holders for
	// the same object (team captains, co-chairs), so their terms are not
	// checked for overlaps.
	Shared bool
	Pos    Pos
}

// Pos is a place in a KB source file.
type Pos struct {
	File string
	Line int
}

// String formats p as file:line.
func (p Pos) String() string {
	if p.File == "" {
		return "-"
	}
	return p.File + ":" + itoa(p.Line)
}
