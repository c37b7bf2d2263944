// Package boilerplate finds text that is not the article: appeals,
// credits and provenance lines, navigation and promotion prompts, and
// chat-assistant leftovers that scrapers, rewriting tools and careless
// pastes leave in the body.
//
// It is data plus a little logic. The data is a documented pattern library,
// patterns.yaml, embedded in the binary: each entry has a kind, an RE2
// expression, a weight (how sure the phrase is alone), where it may match
// and what a finding covers. The logic scores each match with its context:
// a second-person imperative ("Sign up…"), the outlet speaking ("our
// newsletter"), links and handles, a named outlet, the first or last blocks
// of the article and a paragraph of its own raise the score; a reporting
// verb outside the match ("the charity urged people to donate") lowers it;
// quoted speech is never reported. Two further checks are code: the "In
// conclusion," wrap-up that restates the lead (boilerplate-ai) and an
// appeal's theme leaking into another sentence as a trailing clause
// (boilerplate-appeal).
//
// patterns.yaml is the reviewable source; the program uses the library
// compiled from it (library_gen.go), with no YAML or expression parsing at
// start-up. After editing patterns.yaml, run go generate
// ./rules/boilerplate/ (a test fails until you do).
//
// There is one rule per kind, so that each can be switched off alone:
//
//	boilerplate-appeal   donation, membership, subscription, paywall, ad-blocker prompts
//	boilerplate-credit   source, republication, copyright, wire and photo credits, bios, desk labels
//	boilerplate-promo    related links, click/tap, newsletter, app, follow, share, comment, cookie, ad markers
//	boilerplate-ai       assistant preambles, disclaimers, sign-offs, placeholders, wrap-ups
//
// Findings are warnings at most (an editor decides what is furniture) and
// info when the context is thin. A finding covers the whole paragraph when
// the boilerplate is most of it, else the sentences (or, for a photo credit
// fused into a sentence, the credit alone), and its fix deletes that span.
//
// # House patterns
//
// Users add their own patterns with ParsePatterns, which reads the same
// YAML format as patterns.yaml:
//
//	patterns:
//	  - id: gazette-club          # unique kebab-case name
//	    kind: appeal              # appeal | credit | promo | ai
//	    re: '\bjoin the gazette club\b'
//	    weight: 0.9               # 0..1, default 0.8
//	    where: anywhere           # anywhere | edge | block
//	    span: sentence            # sentence | match | block
//	    note: membership appeal   # what the text is, for the message
//	    match-case: false         # default: case-insensitive
//
// Errors name file:line (bad regular expression, unknown kind or key,
// duplicate id). The parsed []Pattern goes into every boilerplate rule's
// pass options under the key "patterns" (OptionPatterns); each rule uses the
// patterns of its own kind alongside the built-in ones. The CLI wiring
// (--patterns FILE or a config file) calls ParsePatterns and sets that
// option for the four rules.
package boilerplate
