package kb

import "sort"

// MembershipState is the answer to "was X a member of Y on date D?".
type MembershipState int

// Membership states. The zero value is Unknown, which Membership never
// returns for a known pair of entities; it is there so that an unset
// variable is not mistaken for a fact.
const (
	Unknown   MembershipState = iota
	Member                    // a member relation is in force on the date
	Suspended                 // a suspension is in force (it overrides member)
	NotMember                 // the KB knows of no membership at any time
	Former                    // was a member, but left before the date
	NotYet                    // joined only after the date
)

// String returns the state in words, for messages.
func (s MembershipState) String() string {
	switch s {
	case Member:
		return "member"
	case Suspended:
		return "suspended"
	case NotMember:
		return "not a member"
	case Former:
		return "former member"
	case NotYet:
		return "not yet a member"
	case Unknown:
	}
	return "unknown"
}

// Membership tells whether subject (a country, territory or organization
// id) was a member of org on d, with the relation that shows it: the
// membership or suspension in force, the last membership that ended before
// d (Former), or the first that starts after d (NotYet). For NotMember the
// relation is nil: absence of evidence is all the KB has, so a rule should
// only call a membership false when it trusts the KB to be complete for that
// organization (memberships files list every member of the organizations
// they cover).
//
// When memberships both ended before d and start after it (a country that
// left and rejoined), the nearer in time decides: Former if it left less
// long before d than it rejoins after.
func (k *KB) Membership(subject, org string, d Date) (MembershipState, *Relation) {
	var member, suspended, before, after *Relation
	for _, r := range k.bySubject[subject] {
		if r.Object != org || (r.Rel != RelMember && r.Rel != RelSuspended) {
			continue
		}
		switch {
		case r.ActiveAt(d):
			if r.Rel == RelSuspended {
				suspended = r
			} else {
				member = r
			}
		case r.Rel != RelMember:
			// A suspension that is not in force says nothing either way.
		case !r.To.IsZero() && r.To < d:
			if before == nil || r.To > before.To {
				before = r
			}
		case !r.From.IsZero() && d < r.From:
			if after == nil || r.From < after.From {
				after = r
			}
		}
	}
	switch {
	case suspended != nil:
		return Suspended, suspended
	case member != nil:
		return Member, member
	case before != nil && after != nil:
		if d.Time().Sub(before.To.Time()) <= after.From.Time().Sub(d.Time()) {
			return Former, before
		}
		return NotYet, after
	case before != nil:
		return Former, before
	case after != nil:
		return NotYet, after
	}
	return NotMember, nil
}

// Members returns the entities that are members of org on d, sorted by id.
// Suspended members are left out; use Membership to see their state.
func (k *KB) Members(org string, d Date) []*Entity {
	seen := map[string]bool{}
	var out []*Entity
	for _, r := range k.byObject[org] {
		if r.Rel != RelMember || !r.ActiveAt(d) || seen[r.Subject] {
			continue
		}
		seen[r.Subject] = true
		if st, _ := k.Membership(r.Subject, org, d); st == Member {
			out = append(out, k.byID[r.Subject])
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// MembershipsOf returns the membership and suspension relations of subject
// in force on d, by start date.
func (k *KB) MembershipsOf(subject string, d Date) []*Relation {
	var out []*Relation
	for _, r := range k.bySubject[subject] {
		if (r.Rel == RelMember || r.Rel == RelSuspended) && r.ActiveAt(d) {
			out = append(out, r)
		}
	}
	return out
}

// Holders returns the office relations of office (an office id such as
// "president") of entity of ("country/ir", "org/european-commission") in
// force on d, acting holders included (check Relation.Acting). On a
// handover day both the outgoing and the incoming holder are returned.
// With of == "" it returns holders of that office anywhere.
func (k *KB) Holders(office, of string, d Date) []*Relation {
	var src []*Relation
	if of == "" {
		src = k.rels
	} else {
		src = k.byObject[of]
	}
	var out []*Relation
	for _, r := range src {
		if r.Rel == RelOffice && r.Office == office && r.ActiveAt(d) {
			out = append(out, r)
		}
	}
	return out
}

// HoldersEver returns all terms of office of entity of, in order of start.
func (k *KB) HoldersEver(office, of string) []*Relation {
	var out []*Relation
	for _, r := range k.byObject[of] {
		if r.Rel == RelOffice && r.Office == office {
			out = append(out, r)
		}
	}
	return out
}

// Offices returns the office relations that person holds on d.
func (k *KB) Offices(person string, d Date) []*Relation {
	var out []*Relation
	for _, r := range k.bySubject[person] {
		if r.Rel == RelOffice && r.ActiveAt(d) {
			out = append(out, r)
		}
	}
	return out
}

// Terms returns every office relation of person, in order of start.
func (k *KB) Terms(person string) []*Relation {
	var out []*Relation
	for _, r := range k.bySubject[person] {
		if r.Rel == RelOffice {
			out = append(out, r)
		}
	}
	return out
}

// Capital returns the capital of country (or territory) on d, with the
// relation that says so. Where a country has several capitals on d (Bolivia:
// Sucre, constitutional, and La Paz, seat of government) the official one,
// with an empty Role, comes first and is the one returned; Capitals returns
// them all. On the day of a move (the old capital's To equals the new one's
// From) the new capital is returned. ok is false when the KB knows no
// capital for d.
func (k *KB) Capital(country string, d Date) (city *Entity, rel *Relation, ok bool) {
	cs := k.Capitals(country, d)
	if len(cs) == 0 {
		return nil, nil, false
	}
	// Prefer the official capital (empty Role), then an undisputed one, then
	// the one that started last, so that on the handover day of a move the
	// new capital is returned.
	rank := func(r *Relation) int {
		n := 0
		if r.Role == "" {
			n += 2
		}
		if !r.Disputed {
			n++
		}
		return n
	}
	best := cs[0]
	for _, r := range cs[1:] {
		if rank(r) > rank(best) || rank(r) == rank(best) && r.From > best.From {
			best = r
		}
	}
	return k.byID[best.Subject], best, true
}

// Capitals returns every capital relation of country in force on d:
// official, administrative, legislative, judicial or disputed (see
// Relation.Role and Relation.Disputed). A rule checking "X, the capital of
// Y" should accept any of them.
func (k *KB) Capitals(country string, d Date) []*Relation {
	var out []*Relation
	for _, r := range k.byObject[country] {
		if r.Rel == RelCapital && r.ActiveAt(d) {
			out = append(out, r)
		}
	}
	return out
}

// CapitalOf returns every capital relation whose subject is city, at any
// date (Almaty: capital of Kazakhstan until 1997-12-10). Filter with
// Relation.ActiveAt for a given date.
func (k *KB) CapitalOf(city string) []*Relation {
	var out []*Relation
	for _, r := range k.bySubject[city] {
		if r.Rel == RelCapital {
			out = append(out, r)
		}
	}
	return out
}

// Headquarters returns the city hosting the headquarters of org (an
// organization or company id) on d, with its relation.
func (k *KB) Headquarters(org string, d Date) (city *Entity, rel *Relation, ok bool) {
	for _, r := range k.byObject[org] {
		if r.Rel == RelHeadquarters && r.ActiveAt(d) {
			return k.byID[r.Subject], r, true
		}
	}
	return nil, nil, false
}

// RelationsOf returns all relations whose subject or object is id, by
// start date: the raw material for tools such as "newslint kb show".
func (k *KB) RelationsOf(id string) (asSubject, asObject []*Relation) {
	return k.bySubject[id], k.byObject[id]
}
