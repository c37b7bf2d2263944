package factoffice

import (
	"strings"
	"sync"

	"github.com/newslint/newslint/kb"
	"github.com/newslint/newslint/rules/internal/entities"
)

// titleNode is a state of the trie of office titles, over folded words.
type titleNode struct {
	next    map[string]*titleNode
	offices []*kb.Office
	// leader marks generic words ("leader") that stand for whichever
	// office makes its holder head of state or government.
	leader bool
}

// genericLeader are words news uses for a head of state or government.
var genericLeader = []string{"leader", "head of state", "head of government", "strongman"}

var titlesOnce sync.Map // *kb.KB → *titleNode

// titles returns the title trie of k, building it once per KB.
func titles(k *kb.KB) *titleNode {
	if t, ok := titlesOnce.Load(k); ok {
		if tn, ok := t.(*titleNode); ok {
			return tn
		}
	}
	root := &titleNode{}
	add := func(title string) *titleNode {
		cur := root
		for _, w := range entities.Tokenize(title) {
			if cur.next == nil {
				cur.next = map[string]*titleNode{}
			}
			nx := cur.next[w.Fold]
			if nx == nil {
				nx = &titleNode{}
				cur.next[w.Fold] = nx
			}
			cur = nx
		}
		return cur
	}
	for _, o := range k.OfficeList() {
		for _, t := range o.Titles {
			n := add(t)
			n.offices = append(n.offices, o)
		}
	}
	for _, t := range genericLeader {
		add(t).leader = true
	}
	t, _ := titlesOnce.LoadOrStore(k, root)
	if tn, ok := t.(*titleNode); ok {
		return tn
	}
	return root
}

// title is an office title found in a sentence: words [first, end).
type title struct {
	first, end int
	offices    []*kb.Office
	leader     bool
}

// match finds the longest title starting at word i.
func (t *titleNode) match(words []entities.Word, i int) (title, bool) {
	var best title
	found := false
	cur := t
	for j := i; j < len(words); j++ {
		cur = cur.next[words[j].Fold]
		if cur == nil {
			break
		}
		if j == i && len(words[j].Text) <= 3 && strings.ToUpper(words[j].Text) != words[j].Text {
			// "PM", "VP", "CEO" only in capitals: "7 pm" is a time.
			continue
		}
		if len(cur.offices) > 0 || cur.leader {
			best = title{first: i, end: j + 1, offices: cur.offices, leader: cur.leader}
			found = true
		}
	}
	return best, found
}
