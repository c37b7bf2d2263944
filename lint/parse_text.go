package lint

import (
	"strings"
)

// parseText splits plain text into blocks. Paragraphs are separated by
// blank lines; a chunk whose lines are long is one paragraph per line (news
// copy pasted without blank lines), a chunk of short lines is one
// hard-wrapped paragraph. A short line without final punctuation standing
// alone is a heading.
func parseText(d *Document, body int) {
	src := d.Source
	type line struct{ start, end int } // end excludes the line break
	var chunk []line
	flush := func() {
		if len(chunk) == 0 {
			return
		}
		long := false
		for _, l := range chunk {
			if l.end-l.start > 100 {
				long = true
			}
		}
		if long || len(chunk) == 1 {
			for _, l := range chunk {
				var bb blockBuilder
				bb.addSource(src, l.start, l.end)
				if b := bb.build(textBlockKind(string(src[l.start:l.end]))); b != nil {
					d.Blocks = append(d.Blocks, b)
				}
			}
		} else {
			var bb blockBuilder
			bb.addSource(src, chunk[0].start, chunk[len(chunk)-1].end)
			if b := bb.build(BlockParagraph); b != nil {
				d.Blocks = append(d.Blocks, b)
			}
		}
		chunk = chunk[:0]
	}
	for pos := body; pos < len(src); {
		end := pos
		for end < len(src) && src[end] != '\n' {
			end++
		}
		next := end + 1
		if end > pos && src[end-1] == '\r' {
			end--
		}
		if strings.TrimSpace(string(src[pos:end])) == "" {
			flush()
		} else {
			chunk = append(chunk, line{pos, end})
		}
		pos = next
	}
	flush()
}

// textBlockKind tells a headline-like line from a paragraph.
func textBlockKind(line string) BlockKind {
	t := strings.TrimSpace(line)
	if t == "" {
		return BlockParagraph
	}
	if len(strings.Fields(t)) <= 16 && !strings.ContainsAny(lastRuneString(t), ".!?:\"”’'…") {
		return BlockHeading
	}
	return BlockParagraph
}

func lastRuneString(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return ""
	}
	return string(r[len(r)-1])
}
