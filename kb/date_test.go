package kb

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDate(t *testing.T) {
	d, err := ParseDate("2024-05-19")
	require.NoError(t, err)
	assert.Equal(t, NewDate(2024, time.May, 19), d)
	assert.Equal(t, "2024-05-19", d.String())
	assert.Equal(t, 2024, d.Year())
	assert.Equal(t, time.May, d.Month())
	assert.Equal(t, 19, d.Day())
	assert.True(t, MustParseDate("2023-12-31") < d)
	assert.Equal(t, MustParseDate("2024-03-01"), MustParseDate("2024-02-28").AddDays(2))
	for _, bad := range []string{"2023-02-29", "2024-13-01", "2024-5-19", "19 May 2024", "", "2024"} {
		_, err := ParseDate(bad)
		assert.Error(t, err, bad)
	}
	from, yo, err := parseDateOrYear("1983", false)
	require.NoError(t, err)
	assert.True(t, yo)
	assert.Equal(t, MustParseDate("1983-01-01"), from)
	to, _, _ := parseDateOrYear("1983", true)
	assert.Equal(t, MustParseDate("1983-12-31"), to)
	var u Date
	require.NoError(t, u.UnmarshalText([]byte("2022-07-18")))
	assert.Equal(t, MustParseDate("2022-07-18"), u)
	assert.True(t, NoDate.IsZero())
	assert.Equal(t, "", NoDate.String())
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Türkiye":          "turkiye",
		"Côte d’Ivoire":    "cote d'ivoire",
		"ERDOĞAN":          "erdogan",
		"  São  Tomé ":     "sao tome",
		"Kılıçdaroğlu":     "kilicdaroglu",
		"Amir‐Abdollahian": "amir-abdollahian",
		"Straße":           "strasse",
	} {
		assert.Equal(t, want, Fold(in), in)
	}
}

func TestPeriodWritesDatesAsGiven(t *testing.T) {
	day, err := ParseDate("2021-08-03")
	require.NoError(t, err)
	year, err := ParseDate("2020-01-01")
	require.NoError(t, err)
	cases := []struct {
		r    Relation
		want string
	}{
		{Relation{}, ""},
		{Relation{From: day}, " from 2021-08-03"},
		{Relation{From: year, FromYearOnly: true, To: day}, " from 2020 to 2021-08-03"},
		{Relation{To: year, ToYearOnly: true}, " to 2020"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, c.r.Period())
	}
}
