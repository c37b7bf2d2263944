package consistency

import (
	"testing"

	"github.com/newslint/newslint/rules/internal/randtext"
)

// dateMatches must find exactly what the expression finds over the whole
// text: the stretches it cuts the text into must not change a match.
func TestDateMatchesSameAsRegexp(t *testing.T) {
	texts := []string{
		"On Tuesday, March 5, 2024, and Thursday 26 July the vote (Aug. 23) moved to 21 February 1924.",
		"_May 5", "May 5_", "x_May 5, 2020", "(May 5)", "Tuesday—May 5", "Mayo 5", "May 5th, 2020 and the 3rd of June",
		"é May 5 é", "“March 3”", "Monday,\tthe\n4th of Sept. 2021", "Dec.31,2020", "Sunday  Jan 9;Feb 10",
	}
	parts := []string{"May", "March", "Sept.", "Jan", "Monday", ",", " ", "  ", "\t", "5", "12", "2024", "th", "the", "of", "_", "—", "(", ")", "é", ".", "x", "\n", "’", "Tuesday", "Augustine", "Dec", "1", "Mar"}
	texts = append(texts, randtext.Texts(1, 2, 60000, 1, 16, parts)...)
	randtext.SameMatches(t, texts, dateRe.FindAllStringSubmatchIndex, dateMatches)
}
