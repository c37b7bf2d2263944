package consistency

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestResolveTakesTheNearestYear(t *testing.T) {
	jan2 := time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name    string
		m       DateMention
		article time.Time
		want    string
		infer   bool
	}{
		{"turn of the year goes back", DateMention{Month: time.December, Day: 29}, jan2, "2023-12-29", true},
		{"same year", DateMention{Month: time.January, Day: 20}, jan2, "2024-01-20", true},
		{"written year wins", DateMention{Month: time.December, Day: 29, Year: 2024}, jan2, "2024-12-29", false},
		{"leap day finds a leap year", DateMention{Month: time.February, Day: 29}, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), "2024-02-29", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, inferred, ok := c.m.Resolve(c.article)
			assert.True(t, ok)
			assert.Equal(t, c.infer, inferred)
			assert.Equal(t, c.want, got.Format("2006-01-02"))
		})
	}
	_, _, ok := DateMention{Month: time.March, Day: 5}.Resolve(time.Time{})
	assert.False(t, ok, "no year and no article date")
}

func TestFoldStripsAccents(t *testing.T) {
	assert.Equal(t, "mandzukic", Fold("Mandžukić"))
	assert.Equal(t, "erdogan", Fold("Erdoğan"))
	assert.Equal(t, "smith", Fold("Smith"))
}
