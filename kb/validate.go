package kb

import (
	"fmt"
	"slices"
	"strings"
)

// Validate checks the loaded KB for semantic errors and returns them in
// file and line order. Load already runs it and refuses a KB with errors,
// so on a KB from Load it returns nil; it is exported for tools that want
// to re-check. The checks:
//   - every entity has a name and a source, and its id has the prefix of its
//     type (country/, territory/, org/, city/, person/, company/);
//   - references (relation subjects and objects, cities' and companies'
//     country) resolve to entities of a fitting type;
//   - relation kinds and office ids are known, and every relation has a
//     source;
//   - dates are ordered (from <= to, born <= died, founded <= dissolved);
//   - terms of the same single-holder office of the same entity do not
//     overlap (acting holders and Shared offices excepted; a handover day
//     shared by two terms is not an overlap);
//   - terms fall within the holder's life (from >= born, from and to <= died).
func (k *KB) Validate() []error {
	errs := k.validate()
	sortErrors(errs)
	out := make([]error, len(errs))
	for i, e := range errs {
		out[i] = e
	}
	return out
}

func (k *KB) validate() Errors {
	var errs Errors
	add := func(pos Pos, format string, args ...any) {
		errs = append(errs, &Error{Pos: pos, Msg: fmt.Sprintf(format, args...)})
	}
	for _, e := range k.entities {
		k.validateEntity(e, add)
	}
	for _, r := range k.rels {
		k.validateRelation(r, add)
	}
	k.validateTerms(add)
	return errs
}

type addFunc func(pos Pos, format string, args ...any)

func (k *KB) validateEntity(e *Entity, add addFunc) {
	if prefix, ok := idPrefix[e.Type]; ok && (!strings.HasPrefix(e.ID, prefix) || len(e.ID) == len(prefix)) {
		add(e.Pos, "entity %s: id of a %s must look like %s<slug>", e.ID, e.Type, prefix)
	}
	if e.Name == "" {
		add(e.Pos, "entity %s: missing name", e.ID)
	}
	if e.Source == "" {
		add(e.Pos, "entity %s: missing source", e.ID)
	}
	if e.Country != "" {
		if c := k.byID[e.Country]; c == nil {
			add(e.Pos, "entity %s: country %s is not defined", e.ID, e.Country)
		} else if c.Type != Country && c.Type != Territory {
			add(e.Pos, "entity %s: country %s is a %s, not a country", e.ID, e.Country, c.Type)
		}
	}
	if !e.Born.IsZero() && !e.Died.IsZero() && e.Died < e.Born {
		add(e.Pos, "entity %s: died %s before born %s", e.ID, e.Died, e.Born)
	}
	if !e.Founded.IsZero() && !e.Dissolved.IsZero() && e.Dissolved < e.Founded {
		add(e.Pos, "entity %s: dissolved %s before founded %s", e.ID, e.Dissolved, e.Founded)
	}
	for _, n := range e.Names {
		if !n.From.IsZero() && !n.To.IsZero() && n.To < n.From {
			add(e.Pos, "entity %s: name %q ends %s before it starts %s", e.ID, n.Name, n.To, n.From)
		}
	}
}

// relTypes says which entity types may stand as subject and object of each
// relation kind.
var relTypes = map[RelKind]struct{ subject, object []EntityType }{
	RelMember:       {[]EntityType{Country, Territory, Organization}, []EntityType{Organization}},
	RelSuspended:    {[]EntityType{Country, Territory, Organization}, []EntityType{Organization}},
	RelOffice:       {[]EntityType{Person}, []EntityType{Country, Territory, Organization, City, Company}},
	RelCapital:      {[]EntityType{City}, []EntityType{Country, Territory}},
	RelHeadquarters: {[]EntityType{City}, []EntityType{Organization, Company}},
}

func (k *KB) validateRelation(r *Relation, add addFunc) {
	desc := fmt.Sprintf("%s relation", r.Rel)
	types, ok := relTypes[r.Rel]
	if !ok {
		if r.Rel == "" {
			add(r.Pos, "relation: missing rel")
		} else {
			add(r.Pos, "relation: unknown rel %q (want member, suspended, office, capital or headquarters)", r.Rel)
		}
		return
	}
	check := func(role, id string, want []EntityType) {
		if id == "" {
			add(r.Pos, "%s: missing %s", desc, role)
			return
		}
		e := k.byID[id]
		if e == nil {
			add(r.Pos, "%s: %s %s is not defined", desc, role, id)
			return
		}
		if slices.Contains(want, e.Type) {
			return
		}
		add(r.Pos, "%s: %s %s is a %s", desc, role, id, e.Type)
	}
	check("subject", r.Subject, types.subject)
	check("object", r.Object, types.object)
	switch {
	case r.Rel == RelOffice && r.Office == "":
		add(r.Pos, "%s: missing office", desc)
	case r.Rel == RelOffice && k.offices[r.Office] == nil:
		add(r.Pos, "%s: unknown office %q (not in the office vocabulary)", desc, r.Office)
	case r.Rel != RelOffice && r.Office != "":
		add(r.Pos, "%s: office is only for office relations", desc)
	}
	if r.Acting && r.Rel != RelOffice {
		add(r.Pos, "%s: acting is only for office relations", desc)
	}
	if !r.From.IsZero() && !r.To.IsZero() && r.To < r.From {
		add(r.Pos, "%s: to %s is before from %s", desc, r.To, r.From)
	}
	if r.Source == "" {
		add(r.Pos, "%s: missing source", desc)
	}
	if r.Rel == RelOffice {
		k.validateLife(r, add)
	}
}

// validateLife checks that a term falls within its holder's life.
func (k *KB) validateLife(r *Relation, add addFunc) {
	p := k.byID[r.Subject]
	if p == nil || p.Type != Person {
		return
	}
	name := p.Name
	if !p.Born.IsZero() && !r.From.IsZero() && r.From < p.Born && !r.FromYearOnly && !p.YearOnly["born"] {
		add(r.Pos, "office relation: %s's term as %s starts %s, before %s was born (%s)", name, r.Office, r.From, name, p.Born)
	}
	if !p.Died.IsZero() {
		if !r.From.IsZero() && r.From > p.Died {
			add(r.Pos, "office relation: %s's term as %s starts %s, after %s died (%s)", name, r.Office, r.From, name, p.Died)
		} else if !r.To.IsZero() && r.To > p.Died && !r.ToYearOnly && !p.YearOnly["died"] {
			add(r.Pos, "office relation: %s's term as %s ends %s, after %s died (%s)", name, r.Office, r.To, name, p.Died)
		}
	}
}

// validateTerms reports overlapping terms of single-holder offices.
func (k *KB) validateTerms(add addFunc) {
	type key struct{ office, object string }
	terms := map[key][]*Relation{}
	for _, r := range k.rels {
		if r.Rel != RelOffice || r.Acting {
			continue
		}
		if o := k.offices[r.Office]; o == nil || o.Shared {
			continue
		}
		kk := key{r.Office, r.Object}
		terms[kk] = append(terms[kk], r)
	}
	for _, rs := range terms {
		sortRelations(rs)
		for i, b := range rs {
			// Report each term once, against the first earlier term it
			// overlaps, so the message names both places.
			for _, a := range rs[:i] {
				if overlap(a, b) {
					add(b.Pos, "office relation: %s's term as %s of %s (%s to %s) overlaps %s's (%s to %s, %s)",
						k.nameOf(b.Subject), b.Office, k.nameOf(b.Object), b.From, openEnd(b.To),
						k.nameOf(a.Subject), a.From, openEnd(a.To), a.Pos)
					break
				}
			}
		}
	}
}

// overlap reports whether two terms share more than a handover day. Terms
// of the same person are compared too: a re-entered term that overlaps the
// previous one is a data error as well.
func overlap(a, b *Relation) bool {
	aFrom, bFrom := a.From, b.From
	aTo, bTo := a.To, b.To
	if aTo.IsZero() {
		aTo = 99991231
	}
	if bTo.IsZero() {
		bTo = 99991231
	}
	return aFrom < bTo && bFrom < aTo
}

func openEnd(d Date) string {
	if d.IsZero() {
		return "present"
	}
	return d.String()
}

func (k *KB) nameOf(id string) string {
	if e := k.byID[id]; e != nil && e.Name != "" {
		return e.Name
	}
	return id
}
