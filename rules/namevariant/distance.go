package namevariant

import (
	"strings"

	"github.com/newslint/newslint/rules/internal/consistency"
)

type opKind int

const (
	substitute opKind = iota
	insert            // a letter added to or dropped from one spelling
	transpose
)

// edit describes the single edit between two spellings one edit apart.
type edit struct {
	kind opKind
	at   int    // rune index in the longer (or first) spelling
	a, b string // the letters involved, from each spelling
}

// translit reports whether the edit is a usual transliteration difference:
// i/y, j/y, k/c and a doubled or dropped double letter (Mohamed/Mohammed)
// or an added h (Abdolahian/Abdollahian is the double, Kh/H the h).
func (e edit) translit() bool {
	switch e.kind {
	case substitute:
		p := e.a + e.b
		return p == "iy" || p == "yi" || p == "jy" || p == "yj" || p == "kc" || p == "ck"
	case insert:
		return e.a == "h" || e.b == "double"
	default: // a transposition is a typo, never a transliteration
		return false
	}
}

// distance returns the optimal-string-alignment distance between a and b,
// capped at 2 (only "one edit" matters), and the edit when it is one.
func distance(a, b []rune) (int, edit) {
	if abs(len(a)-len(b)) > 1 {
		return 2, edit{}
	}
	if len(a) == len(b) {
		diff := []int{}
		for i := range a {
			if a[i] != b[i] {
				diff = append(diff, i)
				if len(diff) > 2 {
					return 2, edit{}
				}
			}
		}
		switch {
		case len(diff) == 1:
			i := diff[0]
			return 1, edit{kind: substitute, at: i, a: string(a[i]), b: string(b[i])}
		case len(diff) == 2 && diff[1] == diff[0]+1 && a[diff[0]] == b[diff[1]] && a[diff[1]] == b[diff[0]]:
			return 1, edit{kind: transpose, at: diff[0]}
		}
		return 2, edit{}
	}
	long, short := a, b
	if len(long) < len(short) {
		long, short = short, long
	}
	i := 0
	for i < len(short) && long[i] == short[i] {
		i++
	}
	if string(long[i+1:]) != string(short[i:]) {
		return 2, edit{}
	}
	e := edit{kind: insert, at: i, a: string(long[i])}
	if (i > 0 && long[i-1] == long[i]) || (i+1 < len(long) && long[i+1] == long[i]) {
		e.b = "double"
	}
	return 1, e
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// pairKey orders two folded spellings into one map key.
func pairKey(a, b string) string {
	if a > b {
		a, b = b, a
	}
	return a + "|" + b
}

// distinctNames are pairs one edit apart that are different, common names,
// not misspellings of each other.
var distinctNames = pairSet(`johnson/johnston hansen/hanson petersen/peterson andersen/anderson
		olsen/olson larsen/larson jensen/jenson davis/davies allen/allan philips/phillips mathews/matthews
		thomson/thompson simons/simmons fisher/fischer meyer/meier meyer/mayer maier/meier mayer/maier
		schmidt/schmitt austin/austen jeffrey/jeffery kristen/kirsten brian/brain michael/michel
		michele/michelle marcus/markus nicolas/nicholas philip/phillip hannah/hanna stephen/stephan
		steven/stephen harris/harries morris/norris carter/porter walker/waller mitchel/mitchell
		russel/russell powel/powell howard/haward gordon/gorton lawson/dawson nelson/neilson
		carlson/carlsen nielsen/nielson jacobs/jakobs watson/waston maxwell/maxwel peters/pieters
		andrew/andrews roberts/robert edwards/edward evans/evan jones/jonas lewis/leis
		austria/austrian sweden/swedes serbia/serbian mali/malawi niger/nigeria guinea/guyana
		sudan/sedan iran/iraq slovakia/slovenia hungary/hungarian paris/parks senate/senator
		house/horse united/unites states/state kings/king sharif/sharia grand/grant mines/miner`)

// commonCapitalised are capitalised words that are not names: a pair of
// them one edit apart ("Monday"/"Mondays") is no misspelt name.
var commonCapitalised = consistency.WordSet(`monday tuesday wednesday thursday friday saturday sunday
		january february march april june july august september october november december
		however meanwhile although because before after there their these those where which while
		since during about above under other another every still though through today tomorrow
		yesterday minister ministers president presidents senator senators governor governors
		police officials official street streets avenue county counties district districts state
		states united national nations international council councils committee committees court
		courts house senate congress party parties union unions university church churches school
		schools center centre central north south east west northern southern eastern western
		democrat democrats democratic republican republicans general generals chief judge judges
		mayor mayors prime deputy secretary department ministry company group league championship
		american americans british european african asian christian christians catholic`)

// knownPlaces are well-known place names: a name one edit from one of them
// ("Bouton", "Boston") is more often a different name than a misspelling.
var knownPlaces = consistency.WordSet(`alabama alaska arizona arkansas california colorado connecticut delaware
		florida georgia hawaii idaho illinois indiana kansas kentucky louisiana maine maryland
		massachusetts michigan minnesota mississippi missouri montana nebraska nevada jersey mexico
		carolina dakota oregon pennsylvania tennessee texas vermont virginia washington wisconsin wyoming
		boston chicago houston dallas austin denver detroit atlanta miami seattle portland phoenix
		philadelphia baltimore cleveland columbus cincinnati memphis nashville orleans louis
		stamford stafford hartford bradford oxford cambridge london paris berlin madrid moscow
		vienna prague warsaw rome milan naples dublin belfast glasgow edinburgh manchester
		liverpool bristol sydney melbourne toronto montreal ottawa quebec vancouver beijing
		shanghai tokyo seoul delhi mumbai cairo lagos nairobi geneva zurich brussels amsterdam
		lisbon athens ankara tehran baghdad kabul karachi dhaka manila jakarta bangkok hanoi`)

// pairSet turns "a/b c/d" into a set of unordered pairs (see pairKey).
func pairSet(pairs string) map[string]bool {
	set := map[string]bool{}
	for p := range strings.FieldsSeq(pairs) {
		a, b, _ := strings.Cut(p, "/")
		set[pairKey(a, b)] = true
	}
	return set
}
