// Package lint is newslint's engine: it reads articles (plain text,
// Markdown, HTML), builds the document model (prose blocks whose text maps
// back to exact byte ranges of the file, tokens split as
// github.com/jdkato/prose/v2 splits them, punkt sentences as prose finds
// them, article metadata such as the date), runs the
// enabled rules on it, and writes the findings in the output formats.
//
// Positions are half-open byte ranges into the file as read, everywhere;
// they become lines and columns only at the output edge (Document.Position).
package lint
