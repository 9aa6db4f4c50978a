/*
 * The lint corpus (tests/data/lint): every invalid document is refused with
 * exactly one error, of the kind, line and column in the table (columns in
 * characters); every warn/ document loads with exactly that one warning;
 * every valid/ document loads with no diagnostic at all.  The table and the
 * files come from tests/data/lint/gen_corpus.py, which computes each place
 * from a marker in the source text, not from the loader.
 */
#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/deck/load.h"

static const struct {
	const char *file;
	enum diag_severity sev;
	enum diag_kind kind;
	int line, col;
	const char *fragment;
} lc_cases[] = {
	{ "invalid/syntax-number-leading-zero.json", DIAG_ERROR, DIAG_SYNTAX, 6, 41, "leading zero" },
	{ "invalid/syntax-number-minus-leading-zero.json", DIAG_ERROR, DIAG_SYNTAX, 6, 38, "leading zero" },
	{ "invalid/syntax-number-trailing-dot.json", DIAG_ERROR, DIAG_SYNTAX, 6, 41, "decimal point" },
	{ "invalid/syntax-number-leading-dot.json", DIAG_ERROR, DIAG_SYNTAX, 6, 41, "unexpected '.'" },
	{ "invalid/syntax-number-plus.json", DIAG_ERROR, DIAG_SYNTAX, 6, 41, "unexpected '+'" },
	{ "invalid/syntax-number-empty-exponent.json", DIAG_ERROR, DIAG_SYNTAX, 6, 41, "exponent" },
	{ "invalid/syntax-number-exponent-sign-only.json", DIAG_ERROR, DIAG_SYNTAX, 6, 41, "exponent" },
	{ "invalid/syntax-number-lone-minus.json", DIAG_ERROR, DIAG_SYNTAX, 6, 41, "'-'" },
	{ "invalid/syntax-number-hex.json", DIAG_ERROR, DIAG_SYNTAX, 6, 42, "unexpected 'x'" },
	{ "invalid/syntax-number-nan.json", DIAG_ERROR, DIAG_SYNTAX, 6, 41, "unexpected 'N'" },
	{ "invalid/syntax-number-infinity.json", DIAG_ERROR, DIAG_SYNTAX, 6, 41, "unexpected 'I'" },
	{ "invalid/syntax-raw-tab-in-string.json", DIAG_ERROR, DIAG_SYNTAX, 4, 14, "tab inside quotes: type a space" },
	{ "invalid/syntax-raw-newline-in-string.json", DIAG_ERROR, DIAG_SYNTAX, 4, 14, "is a closing \" missing?" },
	{ "invalid/syntax-raw-cr-in-string.json", DIAG_ERROR, DIAG_SYNTAX, 4, 14, "line break inside quotes" },
	{ "invalid/syntax-raw-control-in-string.json", DIAG_ERROR, DIAG_SYNTAX, 4, 14, "U+0001" },
	{ "invalid/syntax-raw-escape-in-string.json", DIAG_ERROR, DIAG_SYNTAX, 4, 13, "U+001B" },
	{ "invalid/syntax-nul-in-string.json", DIAG_ERROR, DIAG_SYNTAX, 4, 14, "U+0000" },
	{ "invalid/syntax-nul-between-tokens.json", DIAG_ERROR, DIAG_SYNTAX, 2, 15, "NUL" },
	{ "invalid/syntax-nul-at-end.json", DIAG_ERROR, DIAG_SYNTAX, 9, 1, "NUL" },
	{ "invalid/syntax-form-feed-whitespace.json", DIAG_ERROR, DIAG_SYNTAX, 2, 15, "U+000C" },
	{ "invalid/syntax-vertical-tab-whitespace.json", DIAG_ERROR, DIAG_SYNTAX, 2, 15, "U+000B" },
	{ "invalid/syntax-nbsp-whitespace.json", DIAG_ERROR, DIAG_SYNTAX, 2, 15, "a non-breaking space (U+00A0), an invisible character" },
	{ "invalid/syntax-zero-width-space.json", DIAG_ERROR, DIAG_SYNTAX, 2, 15, "zero-width space" },
	{ "invalid/syntax-curly-quoted-key.json", DIAG_ERROR, DIAG_SYNTAX, 2, 3, "a curly quote; JSON needs straight quotes \"" },
	{ "invalid/syntax-curly-quoted-value.json", DIAG_ERROR, DIAG_SYNTAX, 4, 12, "curly quote" },
	{ "invalid/syntax-trailing-comma-object.json", DIAG_ERROR, DIAG_SYNTAX, 6, 29, "trailing comma" },
	{ "invalid/syntax-trailing-comma-array.json", DIAG_ERROR, DIAG_SYNTAX, 6, 30, "trailing comma" },
	{ "invalid/syntax-trailing-comma-top.json", DIAG_ERROR, DIAG_SYNTAX, 7, 4, "trailing comma" },
	{ "invalid/syntax-line-comment.json", DIAG_ERROR, DIAG_SYNTAX, 2, 16, "comments" },
	{ "invalid/syntax-block-comment.json", DIAG_ERROR, DIAG_SYNTAX, 2, 3, "comments" },
	{ "invalid/syntax-hash-comment.json", DIAG_ERROR, DIAG_SYNTAX, 3, 3, "unexpected '#'" },
	{ "invalid/syntax-trailing-garbage.json", DIAG_ERROR, DIAG_SYNTAX, 9, 1, "after the top-level value" },
	{ "invalid/syntax-second-document.json", DIAG_ERROR, DIAG_SYNTAX, 9, 1, "after the top-level value" },
	{ "invalid/syntax-single-quoted-key.json", DIAG_ERROR, DIAG_SYNTAX, 2, 3, "double quotes" },
	{ "invalid/syntax-single-quoted-value.json", DIAG_ERROR, DIAG_SYNTAX, 4, 12, "double quotes" },
	{ "invalid/syntax-unquoted-key.json", DIAG_ERROR, DIAG_SYNTAX, 2, 3, "unexpected 'f'" },
	{ "invalid/syntax-bad-escape.json", DIAG_ERROR, DIAG_SYNTAX, 4, 14, "\\q" },
	{ "invalid/syntax-backslash-in-path.json", DIAG_ERROR, DIAG_SYNTAX, 4, 15, "invalid escape \\R; for a backslash in text, write \\\\" },
	{ "invalid/syntax-bad-escape-x.json", DIAG_ERROR, DIAG_SYNTAX, 4, 14, "\\x" },
	{ "invalid/syntax-bad-escape-upper-u.json", DIAG_ERROR, DIAG_SYNTAX, 4, 14, "\\U" },
	{ "invalid/syntax-bad-unicode-escape.json", DIAG_ERROR, DIAG_SYNTAX, 4, 14, "four hex" },
	{ "invalid/syntax-short-unicode-escape.json", DIAG_ERROR, DIAG_SYNTAX, 4, 14, "four hex" },
	{ "invalid/syntax-unterminated-string.json", DIAG_ERROR, DIAG_SYNTAX, 8, 10, "unterminated" },
	{ "invalid/syntax-eof-after-comma.json", DIAG_ERROR, DIAG_SYNTAX, 8, 3, "end of file" },
	{ "invalid/syntax-eof-in-array.json", DIAG_ERROR, DIAG_SYNTAX, 7, 1, "end of file" },
	{ "invalid/syntax-missing-colon.json", DIAG_ERROR, DIAG_SYNTAX, 2, 12, "':'" },
	{ "invalid/syntax-missing-comma.json", DIAG_ERROR, DIAG_SYNTAX, 2, 14, "missing ','" },
	{ "invalid/syntax-missing-comma-array.json", DIAG_ERROR, DIAG_SYNTAX, 6, 30, "missing ','" },
	{ "invalid/syntax-missing-comma-line-end.json", DIAG_ERROR, DIAG_SYNTAX, 2, 14, "missing ',' here" },
	{ "invalid/syntax-quote-in-text.json", DIAG_ERROR, DIAG_SYNTAX, 4, 21, "a quote inside text is written \\\"" },
	{ "invalid/syntax-bad-literal.json", DIAG_ERROR, DIAG_SYNTAX, 6, 38, "true" },
	{ "invalid/syntax-capital-literal.json", DIAG_ERROR, DIAG_SYNTAX, 6, 38, "write true, false or null in lower case" },
	{ "invalid/syntax-none-literal.json", DIAG_ERROR, DIAG_SYNTAX, 6, 38, "\"None\" is not a JSON value" },
	{ "invalid/syntax-colon-in-array.json", DIAG_ERROR, DIAG_SYNTAX, 6, 35, "unexpected ':'" },
	{ "invalid/syntax-empty-file.json", DIAG_ERROR, DIAG_SYNTAX, 1, 1, "empty file" },
	{ "invalid/syntax-whitespace-only.json", DIAG_ERROR, DIAG_SYNTAX, 2, 3, "empty file" },
	{ "invalid/encoding-invalid-byte.json", DIAG_ERROR, DIAG_ENCODING, 4, 14, "invalid UTF-8" },
	{ "invalid/encoding-stray-continuation.json", DIAG_ERROR, DIAG_ENCODING, 4, 14, "invalid UTF-8" },
	{ "invalid/encoding-overlong-slash.json", DIAG_ERROR, DIAG_ENCODING, 4, 14, "invalid UTF-8" },
	{ "invalid/encoding-overlong-three-byte.json", DIAG_ERROR, DIAG_ENCODING, 4, 14, "invalid UTF-8" },
	{ "invalid/encoding-utf8-surrogate.json", DIAG_ERROR, DIAG_ENCODING, 4, 14, "invalid UTF-8" },
	{ "invalid/encoding-beyond-unicode.json", DIAG_ERROR, DIAG_ENCODING, 4, 14, "invalid UTF-8" },
	{ "invalid/encoding-truncated-sequence.json", DIAG_ERROR, DIAG_ENCODING, 4, 14, "invalid UTF-8" },
	{ "invalid/encoding-latin1.json", DIAG_ERROR, DIAG_ENCODING, 4, 16, "\"é\" in Windows-1252" },
	{ "invalid/encoding-cp1252-quotes.json", DIAG_ERROR, DIAG_ENCODING, 4, 13, "saved as Windows-1252 (\"ANSI\"); save it as UTF-8" },
	{ "invalid/encoding-utf16le-bom.json", DIAG_ERROR, DIAG_ENCODING, 1, 1, "saved as UTF-16 (\"Unicode\" in Notepad); save it as UTF-8" },
	{ "invalid/encoding-utf16be-bom.json", DIAG_ERROR, DIAG_ENCODING, 1, 1, "UTF-16" },
	{ "invalid/encoding-utf16-no-bom.json", DIAG_ERROR, DIAG_ENCODING, 1, 1, "UTF-16" },
	{ "invalid/encoding-invalid-outside-string.json", DIAG_ERROR, DIAG_ENCODING, 2, 15, "invalid UTF-8" },
	{ "invalid/encoding-after-multibyte.json", DIAG_ERROR, DIAG_ENCODING, 4, 23, "invalid UTF-8" },
	{ "invalid/encoding-unpaired-high-surrogate.json", DIAG_ERROR, DIAG_ENCODING, 4, 14, "no low half" },
	{ "invalid/encoding-unpaired-low-surrogate.json", DIAG_ERROR, DIAG_ENCODING, 4, 14, "low half first" },
	{ "invalid/encoding-high-then-not-low.json", DIAG_ERROR, DIAG_ENCODING, 4, 14, "no low half" },
	{ "invalid/encoding-high-then-high.json", DIAG_ERROR, DIAG_ENCODING, 4, 14, "no low half" },
	{ "invalid/encoding-control-escape.json", DIAG_ERROR, DIAG_ENCODING, 4, 14, "U+001B" },
	{ "invalid/encoding-control-escape-in-body.json", DIAG_ERROR, DIAG_ENCODING, 6, 45, "U+0007" },
	{ "invalid/encoding-control-escape-in-extension.json", DIAG_ERROR, DIAG_ENCODING, 6, 40, "U+0001" },
	{ "invalid/encoding-nul-escape.json", DIAG_ERROR, DIAG_ENCODING, 4, 14, "U+0000" },
	{ "invalid/encoding-c1-escape.json", DIAG_ERROR, DIAG_ENCODING, 4, 14, "U+0085" },
	{ "invalid/encoding-c1-raw.json", DIAG_ERROR, DIAG_ENCODING, 4, 14, "U+009B" },
	{ "invalid/encoding-del-raw.json", DIAG_ERROR, DIAG_ENCODING, 4, 14, "U+007F" },
	{ "invalid/encoding-del-escape.json", DIAG_ERROR, DIAG_ENCODING, 4, 14, "U+007F" },
	{ "invalid/encoding-backspace-escape.json", DIAG_ERROR, DIAG_ENCODING, 4, 14, "U+0008" },
	{ "invalid/encoding-formfeed-escape.json", DIAG_ERROR, DIAG_ENCODING, 6, 41, "U+000C" },
	{ "invalid/encoding-cr-escape.json", DIAG_ERROR, DIAG_ENCODING, 6, 41, "U+000D" },
	{ "invalid/encoding-control-in-key.json", DIAG_ERROR, DIAG_ENCODING, 6, 34, "key" },
	{ "invalid/encoding-newline-in-key.json", DIAG_ERROR, DIAG_ENCODING, 6, 35, "key" },
	{ "invalid/encoding-newline-in-title.json", DIAG_ERROR, DIAG_ENCODING, 4, 16, "one-line field" },
	{ "invalid/encoding-tab-in-title.json", DIAG_ERROR, DIAG_ENCODING, 4, 14, "one-line field" },
	{ "invalid/encoding-newline-escape-u-in-title.json", DIAG_ERROR, DIAG_ENCODING, 4, 20, "one-line field" },
	{ "invalid/encoding-newline-in-card-title.json", DIAG_ERROR, DIAG_ENCODING, 6, 29, "one-line field" },
	{ "invalid/encoding-newline-in-version.json", DIAG_ERROR, DIAG_ENCODING, 4, 32, "one-line field" },
	{ "invalid/encoding-newline-in-author.json", DIAG_ERROR, DIAG_ENCODING, 4, 36, "one-line field" },
	{ "invalid/encoding-tab-in-source.json", DIAG_ERROR, DIAG_ENCODING, 4, 30, "one-line field" },
	{ "invalid/encoding-newline-in-license.json", DIAG_ERROR, DIAG_ENCODING, 4, 31, "one-line field" },
	{ "invalid/encoding-newline-in-suit-title.json", DIAG_ERROR, DIAG_ENCODING, 6, 28, "one-line field" },
	{ "invalid/encoding-newline-in-phase-title.json", DIAG_ERROR, DIAG_ENCODING, 11, 32, "one-line field" },
	{ "invalid/encoding-newline-in-role-title.json", DIAG_ERROR, DIAG_ENCODING, 7, 37, "one-line field" },
	{ "invalid/limit-number-too-long.json", DIAG_ERROR, DIAG_LIMIT, 6, 38, "63 characters" },
	{ "invalid/schema-top-level-array.json", DIAG_ERROR, DIAG_SCHEMA, 1, 1, "an object" },
	{ "invalid/schema-top-level-string.json", DIAG_ERROR, DIAG_SCHEMA, 2, 3, "an object" },
	{ "invalid/schema-missing-format.json", DIAG_ERROR, DIAG_SCHEMA, 1, 1, "missing field \"format\"" },
	{ "invalid/schema-missing-id.json", DIAG_ERROR, DIAG_SCHEMA, 1, 1, "missing field \"id\"" },
	{ "invalid/schema-missing-title.json", DIAG_ERROR, DIAG_SCHEMA, 1, 1, "missing field \"title\"" },
	{ "invalid/schema-missing-cards.json", DIAG_ERROR, DIAG_SCHEMA, 1, 1, "missing field \"cards\"" },
	{ "invalid/schema-format-string.json", DIAG_ERROR, DIAG_SCHEMA, 2, 13, "positive integer" },
	{ "invalid/schema-format-zero.json", DIAG_ERROR, DIAG_SCHEMA, 2, 13, "found 0" },
	{ "invalid/schema-format-fraction.json", DIAG_ERROR, DIAG_SCHEMA, 2, 13, "found 1.5" },
	{ "invalid/schema-kind-unknown.json", DIAG_ERROR, DIAG_SCHEMA, 3, 11, "\"deck\" or \"flow\"" },
	{ "invalid/schema-kind-number.json", DIAG_ERROR, DIAG_SCHEMA, 3, 11, "\"deck\" or \"flow\"" },
	{ "invalid/schema-id-capitals.json", DIAG_ERROR, DIAG_SCHEMA, 3, 9, "not a valid id" },
	{ "invalid/schema-id-leading-dash.json", DIAG_ERROR, DIAG_SCHEMA, 3, 9, "not a valid id" },
	{ "invalid/schema-id-empty.json", DIAG_ERROR, DIAG_SCHEMA, 3, 9, "not a valid id" },
	{ "invalid/schema-id-too-long.json", DIAG_ERROR, DIAG_SCHEMA, 3, 9, "not a valid id" },
	{ "invalid/schema-id-space.json", DIAG_ERROR, DIAG_SCHEMA, 3, 9, "not a valid id" },
	{ "invalid/schema-id-non-ascii.json", DIAG_ERROR, DIAG_SCHEMA, 3, 9, "not a valid id" },
	{ "invalid/schema-id-number.json", DIAG_ERROR, DIAG_SCHEMA, 3, 9, "expected a string" },
	{ "invalid/schema-title-number.json", DIAG_ERROR, DIAG_SCHEMA, 4, 12, "expected a string" },
	{ "invalid/schema-title-null.json", DIAG_ERROR, DIAG_SCHEMA, 4, 12, "found null" },
	{ "invalid/schema-description-array.json", DIAG_ERROR, DIAG_SCHEMA, 4, 32, "found an array" },
	{ "invalid/schema-lang-invalid.json", DIAG_ERROR, DIAG_SCHEMA, 4, 25, "language tag" },
	{ "invalid/schema-lang-underscore.json", DIAG_ERROR, DIAG_SCHEMA, 4, 25, "language tag" },
	{ "invalid/schema-version-number.json", DIAG_ERROR, DIAG_SCHEMA, 4, 28, "expected a string" },
	{ "invalid/schema-authors-string.json", DIAG_ERROR, DIAG_SCHEMA, 4, 28, "expected an array" },
	{ "invalid/schema-authors-item-number.json", DIAG_ERROR, DIAG_SCHEMA, 4, 35, "the 2nd author" },
	{ "invalid/schema-sources-item-object.json", DIAG_ERROR, DIAG_SCHEMA, 4, 29, "the 1st source" },
	{ "invalid/schema-license-bool.json", DIAG_ERROR, DIAG_SCHEMA, 4, 28, "expected a string" },
	{ "invalid/schema-dollar-schema-number.json", DIAG_ERROR, DIAG_SCHEMA, 2, 14, "expected a string" },
	{ "invalid/schema-duplicate-key-top.json", DIAG_ERROR, DIAG_SCHEMA, 5, 3, "duplicate key \"id\" (first at 3:3)" },
	{ "invalid/schema-duplicate-key-card.json", DIAG_ERROR, DIAG_SCHEMA, 6, 31, "duplicate key \"title\" (first at 6:17)" },
	{ "invalid/schema-duplicate-key-cards.json", DIAG_ERROR, DIAG_SCHEMA, 8, 3, "duplicate key \"cards\"" },
	{ "invalid/schema-cards-empty.json", DIAG_ERROR, DIAG_SCHEMA, 5, 12, "at least one" },
	{ "invalid/schema-cards-object.json", DIAG_ERROR, DIAG_SCHEMA, 5, 12, "expected an array" },
	{ "invalid/schema-card-string.json", DIAG_ERROR, DIAG_SCHEMA, 6, 5, "expected an object" },
	{ "invalid/schema-card-missing-id.json", DIAG_ERROR, DIAG_SCHEMA, 6, 5, "the 1st card: missing field \"id\"" },
	{ "invalid/schema-card-missing-title.json", DIAG_ERROR, DIAG_SCHEMA, 6, 5, "card \"a\": missing field \"title\"" },
	{ "invalid/schema-card-second-missing-title.json", DIAG_ERROR, DIAG_SCHEMA, 7, 5, "card \"b\": missing field \"title\"" },
	{ "invalid/schema-card-duplicate-id.json", DIAG_ERROR, DIAG_SCHEMA, 8, 12, "card \"a\", id: duplicate card id \"a\" (first at 6:12)" },
	{ "invalid/schema-card-id-invalid.json", DIAG_ERROR, DIAG_SCHEMA, 6, 12, "not a valid id" },
	{ "invalid/schema-card-weight-zero.json", DIAG_ERROR, DIAG_SCHEMA, 6, 41, "found 0" },
	{ "invalid/schema-card-weight-negative.json", DIAG_ERROR, DIAG_SCHEMA, 6, 41, "found -1" },
	{ "invalid/schema-card-weight-fraction.json", DIAG_ERROR, DIAG_SCHEMA, 6, 41, "found 1.5" },
	{ "invalid/schema-card-weight-string.json", DIAG_ERROR, DIAG_SCHEMA, 6, 41, "found a string" },
	{ "invalid/schema-card-weight-too-large.json", DIAG_ERROR, DIAG_SCHEMA, 6, 41, "too large" },
	{ "invalid/schema-card-weight-bool.json", DIAG_ERROR, DIAG_SCHEMA, 6, 41, "found a boolean" },
	{ "invalid/schema-card-body-number.json", DIAG_ERROR, DIAG_SCHEMA, 6, 39, "card \"a\", body" },
	{ "invalid/schema-card-prompts-string.json", DIAG_ERROR, DIAG_SCHEMA, 6, 42, "card \"a\", prompts: expected an array" },
	{ "invalid/schema-card-prompt-number.json", DIAG_ERROR, DIAG_SCHEMA, 6, 51, "card \"a\", the 2nd prompt" },
	{ "invalid/schema-card-example-object.json", DIAG_ERROR, DIAG_SCHEMA, 6, 44, "card \"a\", the 1st example: missing field \"text\"" },
	{ "invalid/schema-card-example-number.json", DIAG_ERROR, DIAG_SCHEMA, 6, 50, "card \"a\", the 2nd example: expected a string or an example object" },
	{ "invalid/schema-example-text-number.json", DIAG_ERROR, DIAG_SCHEMA, 6, 53, "card \"a\", the 1st example, text" },
	{ "invalid/schema-example-context-newline.json", DIAG_ERROR, DIAG_ENCODING, 6, 72, "card \"a\", the 1st example, context" },
	{ "invalid/schema-example-why-array.json", DIAG_ERROR, DIAG_SCHEMA, 6, 66, "card \"a\", the 1st example, why" },
	{ "invalid/schema-example-also-string.json", DIAG_ERROR, DIAG_SCHEMA, 6, 67, "card \"a\", the 1st example, also: expected an array" },
	{ "invalid/schema-example-also-not-slug.json", DIAG_ERROR, DIAG_SCHEMA, 6, 68, "not a valid id" },
	{ "invalid/reference-example-also-unknown.json", DIAG_ERROR, DIAG_REFERENCE, 6, 73, "card \"a\", the 1st example, the 2nd card in also: no card \"z\" in this deck" },
	{ "invalid/reference-example-also-own-card.json", DIAG_ERROR, DIAG_REFERENCE, 7, 75, "own card" },
	{ "invalid/schema-example-duplicate-why.json", DIAG_ERROR, DIAG_SCHEMA, 6, 71, "duplicate key \"why\"" },
	{ "invalid/schema-suit-facets-array.json", DIAG_ERROR, DIAG_SCHEMA, 6, 41, "suit \"s\", facets: expected an object" },
	{ "invalid/schema-suit-facet-number.json", DIAG_ERROR, DIAG_SCHEMA, 6, 52, "suit \"s\", facets.intent: expected a string" },
	{ "invalid/schema-suit-facet-name.json", DIAG_ERROR, DIAG_SCHEMA, 6, 42, "facet name \"Intent Now\"" },
	{ "invalid/schema-suit-facet-duplicate.json", DIAG_ERROR, DIAG_SCHEMA, 6, 57, "duplicate facet \"intent\"" },
	{ "invalid/schema-suit-colour-name.json", DIAG_ERROR, DIAG_SCHEMA, 6, 41, "#RRGGBB" },
	{ "invalid/schema-suit-colour-short.json", DIAG_ERROR, DIAG_SCHEMA, 6, 41, "#RRGGBB" },
	{ "invalid/schema-suit-colour-number.json", DIAG_ERROR, DIAG_SCHEMA, 6, 41, "suit \"s\", colour: expected a string" },
	{ "invalid/schema-format-newer.json", DIAG_ERROR, DIAG_SCHEMA, 2, 13, "format 2 needs a newer rucksack" },
	{ "invalid/schema-card-tag-not-slug.json", DIAG_ERROR, DIAG_SCHEMA, 6, 40, "card \"a\", the 1st tag" },
	{ "invalid/schema-card-tags-string.json", DIAG_ERROR, DIAG_SCHEMA, 6, 39, "expected an array" },
	{ "invalid/schema-suits-object.json", DIAG_ERROR, DIAG_SCHEMA, 5, 12, "suits: expected an array" },
	{ "invalid/schema-suit-string.json", DIAG_ERROR, DIAG_SCHEMA, 6, 32, "the 2nd suit: expected an object" },
	{ "invalid/schema-suit-missing-id.json", DIAG_ERROR, DIAG_SCHEMA, 7, 5, "the 2nd suit: missing field \"id\"" },
	{ "invalid/schema-suit-missing-title.json", DIAG_ERROR, DIAG_SCHEMA, 6, 5, "suit \"s\": missing field \"title\"" },
	{ "invalid/schema-suit-duplicate-id.json", DIAG_ERROR, DIAG_SCHEMA, 7, 12, "suit \"s\", id: duplicate suit id \"s\" (first at 6:12)" },
	{ "invalid/schema-suit-id-invalid.json", DIAG_ERROR, DIAG_SCHEMA, 6, 39, "not a valid id" },
	{ "invalid/schema-card-suit-missing.json", DIAG_ERROR, DIAG_SCHEMA, 9, 5, "missing field \"suit\"" },
	{ "invalid/reference-card-suit-unknown.json", DIAG_ERROR, DIAG_REFERENCE, 9, 39, "no suit \"t\"" },
	{ "invalid/reference-card-suit-without-suits.json", DIAG_ERROR, DIAG_REFERENCE, 6, 39, "has no suits" },
	{ "invalid/reference-card-suit-with-empty-suits.json", DIAG_ERROR, DIAG_REFERENCE, 7, 39, "has no suits" },
	{ "invalid/schema-card-suit-number.json", DIAG_ERROR, DIAG_SCHEMA, 9, 39, "expected a string" },
	{ "invalid/schema-suit-description-number.json", DIAG_ERROR, DIAG_SCHEMA, 6, 46, "suit \"s\", description" },
	{ "invalid/schema-flow-missing-roles.json", DIAG_ERROR, DIAG_SCHEMA, 1, 1, "missing field \"roles\"" },
	{ "invalid/schema-flow-missing-phases.json", DIAG_ERROR, DIAG_SCHEMA, 1, 1, "missing field \"phases\"" },
	{ "invalid/schema-flow-roles-empty.json", DIAG_ERROR, DIAG_SCHEMA, 6, 12, "at least one" },
	{ "invalid/schema-flow-phases-empty.json", DIAG_ERROR, DIAG_SCHEMA, 10, 13, "phases: must hold at least one" },
	{ "invalid/schema-flow-roles-object.json", DIAG_ERROR, DIAG_SCHEMA, 6, 12, "roles: expected an array" },
	{ "invalid/schema-role-string.json", DIAG_ERROR, DIAG_SCHEMA, 7, 5, "the 1st role: expected an object" },
	{ "invalid/schema-role-missing-id.json", DIAG_ERROR, DIAG_SCHEMA, 8, 5, "the 2nd role: missing field \"id\"" },
	{ "invalid/schema-role-missing-title.json", DIAG_ERROR, DIAG_SCHEMA, 7, 5, "role \"speaker\": missing field \"title\"" },
	{ "invalid/schema-role-reserved-all.json", DIAG_ERROR, DIAG_SCHEMA, 8, 12, "reserved" },
	{ "invalid/schema-role-reserved-group.json", DIAG_ERROR, DIAG_SCHEMA, 8, 12, "reserved" },
	{ "invalid/schema-role-duplicate-id.json", DIAG_ERROR, DIAG_SCHEMA, 9, 12, "role \"speaker\", id: duplicate role id \"speaker\" (first at 7:12)" },
	{ "invalid/schema-role-count-zero.json", DIAG_ERROR, DIAG_SCHEMA, 7, 52, "found 0" },
	{ "invalid/schema-role-count-fraction.json", DIAG_ERROR, DIAG_SCHEMA, 7, 52, "found 2.5" },
	{ "invalid/schema-role-count-word.json", DIAG_ERROR, DIAG_SCHEMA, 7, 52, "\"rest\"" },
	{ "invalid/schema-role-count-bool.json", DIAG_ERROR, DIAG_SCHEMA, 7, 52, "\"rest\"" },
	{ "invalid/schema-role-two-rest.json", DIAG_ERROR, DIAG_SCHEMA, 8, 54, "only one role may count \"rest\" (first at 7:52)" },
	{ "invalid/schema-role-optional-string.json", DIAG_ERROR, DIAG_SCHEMA, 7, 55, "true or false" },
	{ "invalid/schema-phase-missing-id.json", DIAG_ERROR, DIAG_SCHEMA, 11, 5, "the 1st phase: missing field \"id\"" },
	{ "invalid/schema-phase-missing-title.json", DIAG_ERROR, DIAG_SCHEMA, 11, 5, "phase \"talk\": missing field \"title\"" },
	{ "invalid/schema-phase-duplicate-id.json", DIAG_ERROR, DIAG_SCHEMA, 13, 12, "phase \"talk\", id: duplicate phase id \"talk\" (first at 11:12)" },
	{ "invalid/schema-phase-not-object.json", DIAG_ERROR, DIAG_SCHEMA, 13, 5, "the 2nd phase: expected an object" },
	{ "invalid/schema-phase-minutes-negative.json", DIAG_ERROR, DIAG_SCHEMA, 11, 66, "0 or more" },
	{ "invalid/schema-phase-minutes-string.json", DIAG_ERROR, DIAG_SCHEMA, 11, 66, "minutes" },
	{ "invalid/schema-phase-minutes-infinite.json", DIAG_ERROR, DIAG_SCHEMA, 11, 66, "finite" },
	{ "invalid/reference-phase-who-unknown.json", DIAG_ERROR, DIAG_REFERENCE, 11, 44, "no role \"presenter\"" },
	{ "invalid/schema-phase-who-group.json", DIAG_ERROR, DIAG_SCHEMA, 11, 44, "\"group\" cannot speak" },
	{ "invalid/schema-phase-who-number.json", DIAG_ERROR, DIAG_SCHEMA, 11, 44, "a role id or \"all\"" },
	{ "invalid/schema-phase-capture-unknown.json", DIAG_ERROR, DIAG_SCHEMA, 11, 66, "\"none\", \"one\", \"each\" or \"actions\"" },
	{ "invalid/schema-phase-capture-number.json", DIAG_ERROR, DIAG_SCHEMA, 11, 66, "\"none\", \"one\", \"each\" or \"actions\"" },
	{ "invalid/schema-phase-prompts-item.json", DIAG_ERROR, DIAG_SCHEMA, 11, 67, "phase \"talk\", the 1st prompt" },
	{ "invalid/schema-phase-guidance-number.json", DIAG_ERROR, DIAG_SCHEMA, 11, 67, "phase \"talk\", guidance" },
	{ "invalid/schema-deal-string.json", DIAG_ERROR, DIAG_SCHEMA, 12, 14, "deal object or an array" },
	{ "invalid/schema-deal-array-item-string.json", DIAG_ERROR, DIAG_SCHEMA, 12, 30, "phase \"talk\", the 2nd deal: expected an object" },
	{ "invalid/schema-deal-missing-deck.json", DIAG_ERROR, DIAG_SCHEMA, 12, 14, "phase \"talk\", deal: missing field \"deck\"" },
	{ "invalid/schema-deal-array-missing-deck.json", DIAG_ERROR, DIAG_SCHEMA, 12, 15, "phase \"talk\", the 1st deal: missing field \"deck\"" },
	{ "invalid/schema-deal-deck-not-slug.json", DIAG_ERROR, DIAG_SCHEMA, 12, 23, "not a valid id" },
	{ "invalid/reference-deal-to-unknown.json", DIAG_ERROR, DIAG_REFERENCE, 12, 34, "no role \"listeners\"" },
	{ "invalid/schema-deal-to-number.json", DIAG_ERROR, DIAG_SCHEMA, 12, 34, "a role id, \"all\" or \"group\"" },
	{ "invalid/schema-deal-count-zero.json", DIAG_ERROR, DIAG_SCHEMA, 12, 55, "found 0" },
	{ "invalid/schema-deal-suit-not-slug.json", DIAG_ERROR, DIAG_SCHEMA, 12, 54, "not a valid id" },
	{ "invalid/schema-flow-rounds-zero.json", DIAG_ERROR, DIAG_SCHEMA, 6, 13, "found 0" },
	{ "invalid/schema-flow-rounds-string.json", DIAG_ERROR, DIAG_SCHEMA, 6, 13, "positive integer" },
	{ "warn/warn-bom.json", DIAG_WARNING, DIAG_ENCODING, 1, 1, "byte-order mark" },
	{ "warn/warn-unknown-field-top.json", DIAG_WARNING, DIAG_SCHEMA, 5, 3, "unknown field \"promts\"" },
	{ "warn/warn-unknown-field-card.json", DIAG_WARNING, DIAG_SCHEMA, 6, 31, "card \"a\": unknown field \"boody\"" },
	{ "warn/warn-unknown-field-suit.json", DIAG_WARNING, DIAG_SCHEMA, 6, 31, "suit \"s\": unknown field \"color\"" },
	{ "warn/warn-unknown-field-example.json", DIAG_WARNING, DIAG_SCHEMA, 6, 59, "card \"a\", the 1st example: unknown field \"whyy\"" },
	{ "warn/warn-unknown-field-cased.json", DIAG_WARNING, DIAG_SCHEMA, 5, 3, "unknown field \"Title\"" },
	{ "warn/warn-unknown-field-quoted.json", DIAG_WARNING, DIAG_SCHEMA, 5, 3, "unknown field \"x\\\"y\"" },
	{ "warn/warn-unknown-field-role.json", DIAG_WARNING, DIAG_SCHEMA, 7, 43, "role \"speaker\": unknown field \"cout\"" },
	{ "warn/warn-unknown-field-phase.json", DIAG_WARNING, DIAG_SCHEMA, 11, 55, "phase \"talk\": unknown field \"minuets\"" },
	{ "warn/warn-unknown-field-deal.json", DIAG_WARNING, DIAG_SCHEMA, 12, 46, "phase \"talk\", deal: unknown field \"too\"" },
	{ "invalid/schema-flow-without-kind.json", DIAG_ERROR, DIAG_SCHEMA, 1, 1, "looks like a flow" },
	{ "warn/warn-flow-field-in-deck.json", DIAG_WARNING, DIAG_SCHEMA, 5, 3, "field \"rounds\" belongs in a flow" },
	{ "warn/warn-deck-field-in-flow.json", DIAG_WARNING, DIAG_SCHEMA, 6, 3, "field \"cards\" belongs in a deck" },
	{ "invalid/encoding-id-rtl-override-escaped.json", DIAG_ERROR, DIAG_ENCODING, 3, 11, "U+202E RIGHT-TO-LEFT OVERRIDE in an id" },
	{ "invalid/encoding-card-id-zero-width-space.json", DIAG_ERROR, DIAG_ENCODING, 6, 14, "U+200B ZERO WIDTH SPACE in an id" },
	{ "invalid/encoding-card-id-zwj.json", DIAG_ERROR, DIAG_ENCODING, 6, 14, "U+200D ZERO WIDTH JOINER in an id" },
	{ "invalid/encoding-card-suit-isolate.json", DIAG_ERROR, DIAG_ENCODING, 9, 41, "card \"a\", suit: U+2066 LEFT-TO-RIGHT ISOLATE in an id" },
	{ "invalid/encoding-deal-deck-rlo.json", DIAG_ERROR, DIAG_ENCODING, 12, 24, "U+202E RIGHT-TO-LEFT OVERRIDE in an id" },
	{ "warn/warn-title-rtl-override.json", DIAG_WARNING, DIAG_ENCODING, 4, 14, "U+202E RIGHT-TO-LEFT OVERRIDE: invisible" },
	{ "warn/warn-card-body-zero-width-space.json", DIAG_WARNING, DIAG_ENCODING, 6, 43, "U+200B ZERO WIDTH SPACE" },
	{ "warn/warn-phase-prompt-isolate.json", DIAG_WARNING, DIAG_ENCODING, 11, 78, "phase \"talk\", the 2nd prompt: U+2067 RIGHT-TO-LEFT ISOLATE" },
	{ "warn/warn-card-title-zwj-ascii.json", DIAG_WARNING, DIAG_ENCODING, 6, 28, "U+200D ZERO WIDTH JOINER" },
	{ "warn/warn-card-title-bom-after-pair.json", DIAG_WARNING, DIAG_ENCODING, 6, 41, "U+FEFF ZERO WIDTH NO-BREAK SPACE" },
	{ "warn/warn-role-description-lrm.json", DIAG_WARNING, DIAG_ENCODING, 7, 59, "role \"speaker\", description: U+200E LEFT-TO-RIGHT MARK" },
};

static char *lc_path(const char *rel)
{
	const char *src = getenv("RUCKSACK_SRCDIR");
	size_t n = strlen(src ? src : ".") + strlen(rel) + 32;
	char *p = malloc(n);
	snprintf(p, n, "%s/tests/data/lint/%s", src ? src : ".", rel);
	return p;
}

static void lc_dump(const struct diags *d)
{
	for (size_t i = 0; i < d->n; i++)
		fprintf(stderr, "  %s:%d:%d: %s %s: %s\n", d->v[i].file, d->v[i].line, d->v[i].col,
			diag_kind_name(d->v[i].kind), diag_severity_name(d->v[i].severity),
			d->v[i].message);
}

START_TEST(test_corpus_case)
{
	char *path = lc_path(lc_cases[_i].file);
	struct diags d = {0};
	struct doc *doc = (struct doc *)1;
	int rc = load_file(path, &doc, &d);
	bool warn = lc_cases[_i].sev == DIAG_WARNING;

	if (d.n != 1)
		lc_dump(&d);
	ck_assert_msg(d.n == 1, "%s: %zu diagnostics, want 1", lc_cases[_i].file, d.n);
	ck_assert_int_eq(rc, warn ? 0 : -1);
	if (warn)
		ck_assert_ptr_nonnull(doc);
	else
		ck_assert_ptr_null(doc);
	ck_assert_str_eq(d.v[0].file, path);
	ck_assert_msg(d.v[0].severity == lc_cases[_i].sev, "%s: severity", lc_cases[_i].file);
	ck_assert_msg(d.v[0].kind == lc_cases[_i].kind, "%s: kind %s, want %s", lc_cases[_i].file,
		      diag_kind_name(d.v[0].kind), diag_kind_name(lc_cases[_i].kind));
	ck_assert_msg(d.v[0].line == lc_cases[_i].line && d.v[0].col == lc_cases[_i].col,
		      "%s: at %d:%d, want %d:%d (%s)", lc_cases[_i].file, d.v[0].line, d.v[0].col,
		      lc_cases[_i].line, lc_cases[_i].col, d.v[0].message);
	ck_assert_msg(strstr(d.v[0].message, lc_cases[_i].fragment), "%s: message \"%s\" lacks \"%s\"",
		      lc_cases[_i].file, d.v[0].message, lc_cases[_i].fragment);
	doc_free(warn ? doc : NULL);
	diags_free(&d);
	free(path);
}
END_TEST

/* Every file of valid/ loads cleanly; and there are some. */
START_TEST(test_corpus_valid)
{
	char *dir = lc_path("valid");
	DIR *dp = opendir(dir);
	struct dirent *e;
	size_t n = 0;

	ck_assert_ptr_nonnull(dp);
	while ((e = readdir(dp)) != NULL) {
		if (!strstr(e->d_name, ".json"))
			continue;
		char path[1024];
		struct diags d = {0};
		struct doc *doc = NULL;
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		int rc = load_file(path, &doc, &d);
		if (d.n)
			lc_dump(&d);
		ck_assert_msg(rc == 0 && doc && d.n == 0, "%s did not load cleanly", e->d_name);
		doc_free(doc);
		n++;
	}
	closedir(dp);
	free(dir);
	ck_assert_uint_ge(n, 10);
}
END_TEST

/* A phase may capture the actions agreed (valid/flow-capture-actions.json). */
START_TEST(test_corpus_capture_actions)
{
	char *path = lc_path("valid/flow-capture-actions.json");
	struct diags d = {0};
	struct doc *doc = NULL;
	ck_assert_int_eq(load_file(path, &doc, &d), 0);
	ck_assert_int_eq(doc->flow.phases[0].capture, CAPTURE_ACTIONS);
	ck_assert_str_eq(capture_name(CAPTURE_ACTIONS), "actions");
	doc_free(doc);
	diags_free(&d);
	free(path);
}
END_TEST

/* Each invalid file is in the table (a file without expectations tests nothing). */
START_TEST(test_corpus_all_listed)
{
	const char *sub[] = { "invalid", "warn" };
	for (size_t s = 0; s < 2; s++) {
		char *dir = lc_path(sub[s]);
		DIR *dp = opendir(dir);
		struct dirent *e;
		ck_assert_ptr_nonnull(dp);
		while ((e = readdir(dp)) != NULL) {
			char rel[512];
			bool found = false;
			if (e->d_name[0] == '.')
				continue;
			snprintf(rel, sizeof rel, "%s/%s", sub[s], e->d_name);
			for (size_t i = 0; i < sizeof lc_cases / sizeof lc_cases[0]; i++)
				found = found || strcmp(lc_cases[i].file, rel) == 0;
			ck_assert_msg(found, "%s has no expectation", rel);
		}
		closedir(dp);
		free(dir);
	}
}
END_TEST

Suite *load_corpus_suite(void);
Suite *load_corpus_suite(void)
{
	Suite *s = suite_create("load_corpus");
	TCase *tc = tcase_create("corpus");
	tcase_add_loop_test(tc, test_corpus_case, 0, sizeof lc_cases / sizeof lc_cases[0]);
	tcase_add_test(tc, test_corpus_valid);
	tcase_add_test(tc, test_corpus_capture_actions);
	tcase_add_test(tc, test_corpus_all_listed);
	suite_add_tcase(s, tc);
	return s;
}
