#!/usr/bin/env python3
"""Writes the lint corpus (tests/data/lint/{valid,warn,invalid}/*.json) and
prints the expectation table for tests/unit/check_load_corpus.c.

Each case is written as text in which "@@" marks the place the one expected
problem is reported (removed from the file) and <<XX>> stands for the raw
byte 0xXX (for invalid UTF-8, NUL and other bytes a text editor would
mangle).  The line and column are computed here from the marker, in
characters as the format page says, independently of the loader.

Run from the repository root:  python3 tests/data/lint/gen_corpus.py
then paste the printed rows into check_load_corpus.c if cases changed.
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))

DECK = '''{
  "format": 1,
  "id": "t",
  "title": "T",
  "cards": [
    {"id": "a", "title": "A"}
  ]
}
'''

FLOW = '''{
  "format": 1,
  "kind": "flow",
  "id": "f",
  "title": "F",
  "roles": [
    {"id": "speaker", "title": "Speaker"},
    {"id": "listener", "title": "Listener", "count": "rest"}
  ],
  "phases": [
    {"id": "talk", "title": "Talk", "who": "speaker",
     "deal": {"deck": "t", "to": "listener"}}
  ]
}
'''

SUITED = '''{
  "format": 1,
  "id": "t",
  "title": "T",
  "suits": [
    {"id": "s", "title": "S"}
  ],
  "cards": [
    {"id": "a", "title": "A", "suit": "s"}
  ]
}
'''


def sub(base, old, new):
    assert base.count(old) == 1, (old, base)
    return base.replace(old, new)


# (name, severity, kind, message fragment, text)
CASES = []


def case(name, sev, kind, frag, text):
    CASES.append((name, sev, kind, frag, text))


def deck(name, kind, frag, old, new, base=DECK, sev="error"):
    case(name, sev, kind, frag, sub(base, old, new))


def flow(name, kind, frag, old, new, sev="error"):
    case(name, sev, kind, frag, sub(FLOW, old, new))


W = '{"id": "a", "title": "A"}'

# --- syntax: what RFC 8259 refuses ------------------------------------------
deck("syntax-number-leading-zero", "syntax", "leading zero", W, '{"id": "a", "title": "A", "weight": @@01}')
deck("syntax-number-minus-leading-zero", "syntax", "leading zero", W, '{"id": "a", "title": "A", "x-n": @@-01}')
deck("syntax-number-trailing-dot", "syntax", "decimal point", W, '{"id": "a", "title": "A", "weight": @@2.}')
deck("syntax-number-leading-dot", "syntax", "unexpected '.'", W, '{"id": "a", "title": "A", "weight": @@.5}')
deck("syntax-number-plus", "syntax", "unexpected '+'", W, '{"id": "a", "title": "A", "weight": @@+1}')
deck("syntax-number-empty-exponent", "syntax", "exponent", W, '{"id": "a", "title": "A", "weight": @@1e}')
deck("syntax-number-exponent-sign-only", "syntax", "exponent", W, '{"id": "a", "title": "A", "weight": @@1E+}')
deck("syntax-number-lone-minus", "syntax", "'-'", W, '{"id": "a", "title": "A", "weight": @@-}')
deck("syntax-number-hex", "syntax", "unexpected 'x'", W, '{"id": "a", "title": "A", "weight": 0@@x10}')
deck("syntax-number-nan", "syntax", "unexpected 'N'", W, '{"id": "a", "title": "A", "weight": @@NaN}')
deck("syntax-number-infinity", "syntax", "unexpected 'I'", W, '{"id": "a", "title": "A", "weight": @@Infinity}')
deck("syntax-raw-tab-in-string", "syntax", "tab inside quotes: type a space", '"title": "T"', '"title": "T@@\tT"')
deck("syntax-raw-newline-in-string", "syntax", "is a closing \" missing?", '"title": "T"', '"title": "T@@\nT"')
deck("syntax-raw-cr-in-string", "syntax", "line break inside quotes", '"title": "T"', '"title": "T@@\rT"')
deck("syntax-raw-control-in-string", "syntax", "U+0001", '"title": "T"', '"title": "T@@<<01>>"')
deck("syntax-raw-escape-in-string", "syntax", "U+001B", '"title": "T"', '"title": "@@<<1B>>[31mT"')
deck("syntax-nul-in-string", "syntax", "U+0000", '"title": "T"', '"title": "T@@<<00>>T"')
deck("syntax-nul-between-tokens", "syntax", "NUL", '"format": 1,', '"format": 1,@@<<00>>')
deck("syntax-nul-at-end", "syntax", "NUL", '  ]\n}\n', '  ]\n}\n@@<<00>>')
deck("syntax-form-feed-whitespace", "syntax", "U+000C", '"format": 1,', '"format": 1,@@\f')
deck("syntax-vertical-tab-whitespace", "syntax", "U+000B", '"format": 1,', '"format": 1,@@\v')
deck("syntax-nbsp-whitespace", "syntax", "a non-breaking space (U+00A0), an invisible character", '"format": 1,', '"format": 1,@@\u00a0')
deck("syntax-zero-width-space", "syntax", "zero-width space", '"format": 1,', '"format": 1,@@\u200b')
deck("syntax-curly-quoted-key", "syntax", "a curly quote; JSON needs straight quotes \"", '"format": 1,', '@@\u201cformat\u201d: 1,')
deck("syntax-curly-quoted-value", "syntax", "curly quote", '"title": "T"', '"title": @@\u2018T\u2019')
deck("syntax-trailing-comma-object", "syntax", "trailing comma", W, '{"id": "a", "title": "A"@@,}')
deck("syntax-trailing-comma-array", "syntax", "trailing comma", W, W + '@@,')
deck("syntax-trailing-comma-top", "syntax", "trailing comma", '  ]\n}', '  ]@@,\n}')
deck("syntax-line-comment", "syntax", "comments", '"format": 1,', '"format": 1, @@// version')
deck("syntax-block-comment", "syntax", "comments", '"format": 1,', '@@/* v */ "format": 1,')
deck("syntax-hash-comment", "syntax", "unexpected '#'", '"format": 1,', '"format": 1,\n  @@# version')
deck("syntax-trailing-garbage", "syntax", "after the top-level value", '  ]\n}\n', '  ]\n}\n@@x\n')
deck("syntax-second-document", "syntax", "after the top-level value", '  ]\n}\n', '  ]\n}\n@@{}\n')
deck("syntax-single-quoted-key", "syntax", "double quotes", '"format": 1,', "@@'format': 1,")
deck("syntax-single-quoted-value", "syntax", "double quotes", '"title": "T"', "\"title\": @@'T'")
deck("syntax-unquoted-key", "syntax", "unexpected 'f'", '"format": 1,', '@@format: 1,')
deck("syntax-bad-escape", "syntax", "\\q", '"title": "T"', '"title": "T@@\\q"')
deck("syntax-backslash-in-path", "syntax", "invalid escape \\R; for a backslash in text, write \\\\", '"title": "T"', '"title": "C:@@\\Reports"')
deck("syntax-bad-escape-x", "syntax", "\\x", '"title": "T"', '"title": "T@@\\x41"')
deck("syntax-bad-escape-upper-u", "syntax", "\\U", '"title": "T"', '"title": "T@@\\U0041"')
deck("syntax-bad-unicode-escape", "syntax", "four hex", '"title": "T"', '"title": "T@@\\u12G4"')
deck("syntax-short-unicode-escape", "syntax", "four hex", '"title": "T"', '"title": "T@@\\u12"')
deck("syntax-unterminated-string", "syntax", "unterminated", '  ]\n}\n', '  ],\n  "x-a": @@"abc')
deck("syntax-eof-after-comma", "syntax", "end of file", '  ]\n}\n', '  ],\n  @@')
deck("syntax-eof-in-array", "syntax", "end of file", '  ]\n}\n', '@@')
deck("syntax-missing-colon", "syntax", "':'", '"format": 1,', '"format" @@1,')
deck("syntax-missing-comma", "syntax", "missing ','", '"format": 1,', '"format": 1@@ "x-a": 2,')
deck("syntax-missing-comma-array", "syntax", "missing ','", W, W + '@@ ' + '{"id": "b", "title": "B"}')
deck("syntax-missing-comma-line-end", "syntax", "missing ',' here", '"format": 1,', '"format": 1@@\n  "x-a": 2,')
deck("syntax-quote-in-text", "syntax", "a quote inside text is written \\\"", '"title": "T"', '"title": "He said @@"hi" today"')
deck("syntax-bad-literal", "syntax", "true", W, '{"id": "a", "title": "A", "x-b": @@tru}')
deck("syntax-capital-literal", "syntax", "write true, false or null in lower case", W, '{"id": "a", "title": "A", "x-b": @@True}')
deck("syntax-none-literal", "syntax", "\"None\" is not a JSON value", W, '{"id": "a", "title": "A", "x-b": @@None}')
deck("syntax-colon-in-array", "syntax", "unexpected ':'", W, W + ', "x"@@: 1')
case("syntax-empty-file", "error", "syntax", "empty file", "@@")
case("syntax-whitespace-only", "error", "syntax", "empty file", "  \n  @@")

# --- encoding: UTF-8 and escapes ----------------------------------------------
deck("encoding-invalid-byte", "encoding", "invalid UTF-8", '"title": "T"', '"title": "T@@<<FF>>"')
deck("encoding-stray-continuation", "encoding", "invalid UTF-8", '"title": "T"', '"title": "T@@<<80>>"')
deck("encoding-overlong-slash", "encoding", "invalid UTF-8", '"title": "T"', '"title": "T@@<<C0>><<AF>>"')
deck("encoding-overlong-three-byte", "encoding", "invalid UTF-8", '"title": "T"', '"title": "T@@<<E0>><<80>><<AF>>"')
deck("encoding-utf8-surrogate", "encoding", "invalid UTF-8", '"title": "T"', '"title": "T@@<<ED>><<A0>><<80>>"')
deck("encoding-beyond-unicode", "encoding", "invalid UTF-8", '"title": "T"', '"title": "T@@<<F4>><<90>><<80>><<80>>"')
deck("encoding-truncated-sequence", "encoding", "invalid UTF-8", '"title": "T"', '"title": "T@@<<E2>><<82>>"')
deck("encoding-latin1", "encoding", "\"é\" in Windows-1252", '"title": "T"', '"title": "Caf@@<<E9>>"')
deck("encoding-cp1252-quotes", "encoding", "saved as Windows-1252 (\"ANSI\"); save it as UTF-8", '"title": "T"', '"title": "@@<<93>>T<<94>>"')
case("encoding-utf16le-bom", "error", "encoding", "saved as UTF-16 (\"Unicode\" in Notepad); save it as UTF-8", "@@<<FF>><<FE>>{<<00>>}<<00>>")
case("encoding-utf16be-bom", "error", "encoding", "UTF-16", "@@<<FE>><<FF>><<00>>{<<00>>}")
case("encoding-utf16-no-bom", "error", "encoding", "UTF-16", "@@{<<00>>}<<00>>")
deck("encoding-invalid-outside-string", "encoding", "invalid UTF-8", '"format": 1,', '"format": 1,@@<<FF>>')
deck("encoding-after-multibyte", "encoding", "invalid UTF-8", '"title": "T"', '"title": "Ünïcödé 字 @@<<FE>>"')
deck("encoding-unpaired-high-surrogate", "encoding", "no low half", '"title": "T"', '"title": "T@@\\uD800"')
deck("encoding-unpaired-low-surrogate", "encoding", "low half first", '"title": "T"', '"title": "T@@\\uDC00"')
deck("encoding-high-then-not-low", "encoding", "no low half", '"title": "T"', '"title": "T@@\\uD83D\\u0041"')
deck("encoding-high-then-high", "encoding", "no low half", '"title": "T"', '"title": "T@@\\uD83D\\uD83D"')
deck("encoding-control-escape", "encoding", "U+001B", '"title": "T"', '"title": "T@@\\u001b[31m"')
deck("encoding-control-escape-in-body", "encoding", "U+0007", W, '{"id": "a", "title": "A", "body": "Ring @@\\u0007"}')
deck("encoding-control-escape-in-extension", "encoding", "U+0001", W, '{"id": "a", "title": "A", "x-n": ["@@\\u0001"]}')
deck("encoding-nul-escape", "encoding", "U+0000", '"title": "T"', '"title": "T@@\\u0000T"')
deck("encoding-c1-escape", "encoding", "U+0085", '"title": "T"', '"title": "T@@\\u0085"')
deck("encoding-c1-raw", "encoding", "U+009B", '"title": "T"', '"title": "T@@\u009b"')
deck("encoding-del-raw", "encoding", "U+007F", '"title": "T"', '"title": "T@@\u007f"')
deck("encoding-del-escape", "encoding", "U+007F", '"title": "T"', '"title": "T@@\\u007F"')
deck("encoding-backspace-escape", "encoding", "U+0008", '"title": "T"', '"title": "T@@\\b"')
deck("encoding-formfeed-escape", "encoding", "U+000C", W, '{"id": "a", "title": "A", "body": "a@@\\fb"}')
deck("encoding-cr-escape", "encoding", "U+000D", W, '{"id": "a", "title": "A", "body": "a@@\\r\\nb"}')
deck("encoding-control-in-key", "encoding", "key", W, '{"id": "a", "title": "A", "x-@@\\u001b": 1}')
deck("encoding-newline-in-key", "encoding", "key", W, '{"id": "a", "title": "A", "x-a@@\\n": 1}')
deck("encoding-newline-in-title", "encoding", "one-line field", '"title": "T"', '"title": "Two@@\\nlines"')
deck("encoding-tab-in-title", "encoding", "one-line field", '"title": "T"', '"title": "Ü@@\\tb"')
deck("encoding-newline-escape-u-in-title", "encoding", "one-line field", '"title": "T"', '"title": "a\\u00e9@@\\u000Ab"')
deck("encoding-newline-in-card-title", "encoding", "one-line field", W, '{"id": "a", "title": "字字@@\\n"}')
deck("encoding-newline-in-version", "encoding", "one-line field", '"title": "T",', '"title": "T", "version": "1.0@@\\n",')
deck("encoding-newline-in-author", "encoding", "one-line field", '"title": "T",', '"title": "T", "authors": ["A", "B@@\\n"],')
deck("encoding-tab-in-source", "encoding", "one-line field", '"title": "T",', '"title": "T", "sources": ["@@\\tB"],')
deck("encoding-newline-in-license", "encoding", "one-line field", '"title": "T",', '"title": "T", "license": "CC@@\\n",')
deck("encoding-newline-in-suit-title", "encoding", "one-line field", '"title": "S"', '"title": "S@@\\n"', base=SUITED)
flow("encoding-newline-in-phase-title", "encoding", "one-line field", '"title": "Talk"', '"title": "Ta@@\\nlk"')
flow("encoding-newline-in-role-title", "encoding", "one-line field", '"title": "Speaker"', '"title": "Spea@@\\tker"')

# number too long for cJSON's buffer: refused as a limit
deck("limit-number-too-long", "limit", "63 characters", W,
     '{"id": "a", "title": "A", "x-n": @@1' + '0' * 63 + '}')

# --- schema: the format ---------------------------------------------------------
case("schema-top-level-array", "error", "schema", "an object", '@@[' + DECK + ']\n')
case("schema-top-level-string", "error", "schema", "an object", '\n  @@"deck"\n')
deck("schema-missing-format", "schema", 'missing field "format"', '{\n  "format": 1,', '@@{')
deck("schema-missing-id", "schema", 'missing field "id"', '{\n  "format": 1,\n  "id": "t",', '@@{\n  "format": 1,')
deck("schema-missing-title", "schema", 'missing field "title"', '{\n  "format": 1,\n  "id": "t",\n  "title": "T",', '@@{\n  "format": 1,\n  "id": "t",')
deck("schema-missing-cards", "schema", 'missing field "cards"', '  "title": "T",\n  "cards": [\n    ' + W + '\n  ]\n', '  "title": "T"\n')
CASES[-1] = (CASES[-1][0], "error", "schema", 'missing field "cards"', '@@' + CASES[-1][4])
deck("schema-format-string", "schema", "positive integer", '"format": 1', '"format": @@"1"')
deck("schema-format-zero", "schema", "found 0", '"format": 1', '"format": @@0')
deck("schema-format-fraction", "schema", "found 1.5", '"format": 1', '"format": @@1.5')
deck("schema-kind-unknown", "schema", '"deck" or "flow"', '"format": 1,', '"format": 1,\n  "kind": @@"dekc",')
deck("schema-kind-number", "schema", '"deck" or "flow"', '"format": 1,', '"format": 1,\n  "kind": @@1,')
deck("schema-id-capitals", "schema", "not a valid id", '"id": "t"', '"id": @@"Graces"')
deck("schema-id-leading-dash", "schema", "not a valid id", '"id": "t"', '"id": @@"-t"')
deck("schema-id-empty", "schema", "not a valid id", '"id": "t"', '"id": @@""')
deck("schema-id-too-long", "schema", "not a valid id", '"id": "t"', '"id": @@"' + 'a' * 65 + '"')
deck("schema-id-space", "schema", "not a valid id", '"id": "t"', '"id": @@"my deck"')
deck("schema-id-non-ascii", "schema", "not a valid id", '"id": "t"', '"id": @@"straße"')
deck("schema-id-number", "schema", "expected a string", '"id": "t"', '"id": @@7')
deck("schema-title-number", "schema", "expected a string", '"title": "T"', '"title": @@5')
deck("schema-title-null", "schema", "found null", '"title": "T"', '"title": @@null')
deck("schema-description-array", "schema", "found an array", '"title": "T",', '"title": "T", "description": @@["a"],')
deck("schema-lang-invalid", "schema", "language tag", '"title": "T",', '"title": "T", "lang": @@"en GB",')
deck("schema-lang-underscore", "schema", "language tag", '"title": "T",', '"title": "T", "lang": @@"en_GB",')
deck("schema-version-number", "schema", "expected a string", '"title": "T",', '"title": "T", "version": @@1.2,')
deck("schema-authors-string", "schema", "expected an array", '"title": "T",', '"title": "T", "authors": @@"me",')
deck("schema-authors-item-number", "schema", "the 2nd author", '"title": "T",', '"title": "T", "authors": ["me", @@3],')
deck("schema-sources-item-object", "schema", "the 1st source", '"title": "T",', '"title": "T", "sources": [@@{}],')
deck("schema-license-bool", "schema", "expected a string", '"title": "T",', '"title": "T", "license": @@true,')
deck("schema-dollar-schema-number", "schema", "expected a string", '"format": 1,', '"$schema": @@1,\n  "format": 1,')
deck("schema-duplicate-key-top", "schema", 'duplicate key "id" (first at 3:3)', '"title": "T",', '"title": "T",\n  @@"id": "u",')
deck("schema-duplicate-key-card", "schema", 'duplicate key "title" (first at 6:17)', W, '{"id": "a", "title": "A", @@"title": "B"}')
deck("schema-duplicate-key-cards", "schema", 'duplicate key "cards"', '  ]\n}', '  ],\n  @@"cards": []\n}')
deck("schema-cards-empty", "schema", "at least one", '"cards": [\n    ' + W + '\n  ]', '"cards": @@[]')
deck("schema-cards-object", "schema", "expected an array", '"cards": [\n    ' + W + '\n  ]', '"cards": @@{}')
deck("schema-card-string", "schema", "expected an object", W, '@@"a"')
deck("schema-card-missing-id", "schema", 'the 1st card: missing field "id"', W, '@@{"title": "A"}')
deck("schema-card-missing-title", "schema", 'card "a": missing field "title"', W, '@@{"id": "a"}')
deck("schema-card-second-missing-title", "schema", 'card "b": missing field "title"', W, W + ',\n    @@{"id": "b", "body": "B"}')
deck("schema-card-duplicate-id", "schema", 'card "a", id: duplicate card id "a" (first at 6:12)', W,
     W + ',\n    {"id": "b", "title": "B"},\n    {"id": @@"a", "title": "A again"}')
deck("schema-card-id-invalid", "schema", "not a valid id", W, '{"id": @@"A", "title": "A"}')
deck("schema-card-weight-zero", "schema", "found 0", W, '{"id": "a", "title": "A", "weight": @@0}')
deck("schema-card-weight-negative", "schema", "found -1", W, '{"id": "a", "title": "A", "weight": @@-1}')
deck("schema-card-weight-fraction", "schema", "found 1.5", W, '{"id": "a", "title": "A", "weight": @@1.5}')
deck("schema-card-weight-string", "schema", "found a string", W, '{"id": "a", "title": "A", "weight": @@"2"}')
deck("schema-card-weight-too-large", "schema", "too large", W, '{"id": "a", "title": "A", "weight": @@1e10}')
deck("schema-card-weight-bool", "schema", "found a boolean", W, '{"id": "a", "title": "A", "weight": @@true}')
deck("schema-card-body-number", "schema", "card \"a\", body", W, '{"id": "a", "title": "A", "body": @@1}')
deck("schema-card-prompts-string", "schema", "card \"a\", prompts: expected an array", W, '{"id": "a", "title": "A", "prompts": @@"Why?"}')
deck("schema-card-prompt-number", "schema", "card \"a\", the 2nd prompt", W, '{"id": "a", "title": "A", "prompts": ["Why?", @@2]}')
deck("schema-card-example-object", "schema", 'card "a", the 1st example: missing field "text"', W, '{"id": "a", "title": "A", "examples": [@@{"x-q": 1}]}')
deck("schema-card-example-number", "schema", "card \"a\", the 2nd example: expected a string or an example object", W, '{"id": "a", "title": "A", "examples": ["Q?", @@2]}')
deck("schema-example-text-number", "schema", "card \"a\", the 1st example, text", W, '{"id": "a", "title": "A", "examples": [{"text": @@1}]}')
deck("schema-example-context-newline", "encoding", "card \"a\", the 1st example, context", W, '{"id": "a", "title": "A", "examples": [{"text": "Q?", "context": "a@@\\nb"}]}')
deck("schema-example-why-array", "schema", "card \"a\", the 1st example, why", W, '{"id": "a", "title": "A", "examples": [{"text": "Q?", "why": @@[]}]}')
deck("schema-example-also-string", "schema", "card \"a\", the 1st example, also: expected an array", W, '{"id": "a", "title": "A", "examples": [{"text": "Q?", "also": @@"b"}]}')
deck("schema-example-also-not-slug", "schema", "not a valid id", W, '{"id": "a", "title": "A", "examples": [{"text": "Q?", "also": [@@"B c"]}]}')
deck("reference-example-also-unknown", "reference", 'card "a", the 1st example, the 2nd card in also: no card "z" in this deck', W,
     '{"id": "a", "title": "A", "examples": [{"text": "Q?", "also": ["b", @@"z"]}]},\n    {"id": "b", "title": "B"}')
deck("reference-example-also-own-card", "reference", "own card", W,
     '{"id": "a", "title": "A"},\n    {"id": "b", "title": "B", "examples": ["Q?", {"text": "Q2?", "also": [@@"b"]}]}')
deck("schema-example-duplicate-why", "schema", 'duplicate key "why"', W, '{"id": "a", "title": "A", "examples": [{"text": "Q?", "why": "x", @@"why": "y"}]}')
deck("schema-suit-facets-array", "schema", "suit \"s\", facets: expected an object", '{"id": "s", "title": "S"}', '{"id": "s", "title": "S", "facets": @@["a"]}', base=SUITED)
deck("schema-suit-facet-number", "schema", "suit \"s\", facets.intent: expected a string", '{"id": "s", "title": "S"}', '{"id": "s", "title": "S", "facets": {"intent": @@3}}', base=SUITED)
deck("schema-suit-facet-name", "schema", "facet name \"Intent Now\"", '{"id": "s", "title": "S"}', '{"id": "s", "title": "S", "facets": {@@"Intent Now": "x"}}', base=SUITED)
deck("schema-suit-facet-duplicate", "schema", 'duplicate facet "intent"', '{"id": "s", "title": "S"}', '{"id": "s", "title": "S", "facets": {"intent": "a", @@"intent": "b"}}', base=SUITED)
deck("schema-suit-colour-name", "schema", "#RRGGBB", '{"id": "s", "title": "S"}', '{"id": "s", "title": "S", "colour": @@"red"}', base=SUITED)
deck("schema-suit-colour-short", "schema", "#RRGGBB", '{"id": "s", "title": "S"}', '{"id": "s", "title": "S", "colour": @@"#abc"}', base=SUITED)
deck("schema-suit-colour-number", "schema", "suit \"s\", colour: expected a string", '{"id": "s", "title": "S"}', '{"id": "s", "title": "S", "colour": @@255}', base=SUITED)
deck("schema-format-newer", "schema", "format 2 needs a newer rucksack", '"format": 1', '"format": @@2')
deck("schema-card-tag-not-slug", "schema", "card \"a\", the 1st tag", W, '{"id": "a", "title": "A", "tags": [@@"Big Tag"]}')
deck("schema-card-tags-string", "schema", "expected an array", W, '{"id": "a", "title": "A", "tags": @@"x"}')
deck("schema-suits-object", "schema", "suits: expected an array", '"title": "T",', '"title": "T",\n  "suits": @@{},')
deck("schema-suit-string", "schema", "the 2nd suit: expected an object", '{"id": "s", "title": "S"}', '{"id": "s", "title": "S"}, @@"s2"', base=SUITED)
deck("schema-suit-missing-id", "schema", 'the 2nd suit: missing field "id"', '{"id": "s", "title": "S"}', '{"id": "s", "title": "S"},\n    @@{"title": "S2"}', base=SUITED)
deck("schema-suit-missing-title", "schema", 'suit "s": missing field "title"', '{"id": "s", "title": "S"}', '@@{"id": "s"}', base=SUITED)
deck("schema-suit-duplicate-id", "schema", 'suit "s", id: duplicate suit id "s" (first at 6:12)', '{"id": "s", "title": "S"}',
     '{"id": "s", "title": "S"},\n    {"id": @@"s", "title": "S2"}', base=SUITED)
deck("schema-suit-id-invalid", "schema", "not a valid id", '{"id": "s", "title": "S"}', '{"id": "s", "title": "S"}, {"id": @@"S 2", "title": "S"}', base=SUITED)
deck("schema-card-suit-missing", "schema", 'missing field "suit"', '{"id": "a", "title": "A", "suit": "s"}', '@@{"id": "a", "title": "A"}', base=SUITED)
deck("reference-card-suit-unknown", "reference", 'no suit "t"', '"suit": "s"}', '"suit": @@"t"}', base=SUITED)
deck("reference-card-suit-without-suits", "reference", "has no suits", W, '{"id": "a", "title": "A", "suit": @@"s"}')
deck("reference-card-suit-with-empty-suits", "reference", "has no suits", '"title": "T",\n  "cards": [\n    ' + W,
     '"title": "T",\n  "suits": [],\n  "cards": [\n    {"id": "a", "title": "A", "suit": @@"s"}')
deck("schema-card-suit-number", "schema", "expected a string", '"suit": "s"}', '"suit": @@1}', base=SUITED)
deck("schema-suit-description-number", "schema", "suit \"s\", description", '{"id": "s", "title": "S"}', '{"id": "s", "title": "S", "description": @@0}', base=SUITED)

# flows
flow("schema-flow-missing-roles", "schema", 'missing field "roles"', '  "roles": [\n    {"id": "speaker", "title": "Speaker"},\n    {"id": "listener", "title": "Listener", "count": "rest"}\n  ],\n', '')
CASES[-1] = (CASES[-1][0], "error", "schema", 'missing field "roles"', '@@' + CASES[-1][4].replace('"who": "speaker",', '').replace(', "to": "listener"', ''))
flow("schema-flow-missing-phases", "schema", 'missing field "phases"', ',\n  "phases": [\n    {"id": "talk", "title": "Talk", "who": "speaker",\n     "deal": {"deck": "t", "to": "listener"}}\n  ]\n', '\n')
CASES[-1] = (CASES[-1][0], "error", "schema", 'missing field "phases"', '@@' + CASES[-1][4])
flow("schema-flow-roles-empty", "schema", "at least one", '"roles": [\n    {"id": "speaker", "title": "Speaker"},\n    {"id": "listener", "title": "Listener", "count": "rest"}\n  ]', '"roles": @@[]')
CASES[-1] = (CASES[-1][0], "error", "schema", "at least one", CASES[-1][4].replace('"who": "speaker",', '').replace(', "to": "listener"', ''))
flow("schema-flow-phases-empty", "schema", "phases: must hold at least one", '"phases": [\n    {"id": "talk", "title": "Talk", "who": "speaker",\n     "deal": {"deck": "t", "to": "listener"}}\n  ]', '"phases": @@[]')
flow("schema-flow-roles-object", "schema", "roles: expected an array", '"roles": [\n    {"id": "speaker", "title": "Speaker"},\n    {"id": "listener", "title": "Listener", "count": "rest"}\n  ]', '"roles": @@{"id": "speaker"}')
CASES[-1] = (CASES[-1][0], "error", "schema", "roles: expected an array", CASES[-1][4].replace('"who": "speaker",', '').replace(', "to": "listener"', ''))
flow("schema-role-string", "schema", "the 1st role: expected an object", '{"id": "speaker", "title": "Speaker"}', '@@"speaker"')
CASES[-1] = (CASES[-1][0], "error", "schema", "the 1st role: expected an object", CASES[-1][4].replace('"who": "speaker",', ''))
flow("schema-role-missing-id", "schema", 'the 2nd role: missing field "id"', '{"id": "listener", "title": "Listener", "count": "rest"}', '@@{"title": "Listener", "count": "rest"}')
CASES[-1] = (CASES[-1][0], "error", "schema", 'the 2nd role: missing field "id"', CASES[-1][4].replace(', "to": "listener"', ''))
flow("schema-role-missing-title", "schema", 'role "speaker": missing field "title"', '{"id": "speaker", "title": "Speaker"}', '@@{"id": "speaker"}')
flow("schema-role-reserved-all", "schema", "reserved", '{"id": "speaker", "title": "Speaker"}', '{"id": "speaker", "title": "Speaker"},\n    {"id": @@"all", "title": "All"}')
flow("schema-role-reserved-group", "schema", "reserved", '{"id": "speaker", "title": "Speaker"}', '{"id": "speaker", "title": "Speaker"},\n    {"id": @@"group", "title": "Group"}')
flow("schema-role-duplicate-id", "schema", 'role "speaker", id: duplicate role id "speaker" (first at 7:12)', '{"id": "speaker", "title": "Speaker"}',
     '{"id": "speaker", "title": "Speaker"},\n    {"id": "other", "title": "Other"},\n    {"id": @@"speaker", "title": "Again"}')
flow("schema-role-count-zero", "schema", "found 0", '{"id": "speaker", "title": "Speaker"}', '{"id": "speaker", "title": "Speaker", "count": @@0}')
flow("schema-role-count-fraction", "schema", "found 2.5", '{"id": "speaker", "title": "Speaker"}', '{"id": "speaker", "title": "Speaker", "count": @@2.5}')
flow("schema-role-count-word", "schema", '"rest"', '{"id": "speaker", "title": "Speaker"}', '{"id": "speaker", "title": "Speaker", "count": @@"all"}')
flow("schema-role-count-bool", "schema", '"rest"', '{"id": "speaker", "title": "Speaker"}', '{"id": "speaker", "title": "Speaker", "count": @@true}')
flow("schema-role-two-rest", "schema", 'only one role may count "rest" (first at 7:52)', '{"id": "speaker", "title": "Speaker"}', '{"id": "speaker", "title": "Speaker", "count": @@"rest"}')
CASES[-1] = (CASES[-1][0], "error", "schema", 'only one role may count "rest" (first at 7:52)',
             sub(sub(FLOW, '{"id": "speaker", "title": "Speaker"}', '{"id": "speaker", "title": "Speaker", "count": "rest"}'),
                 '{"id": "listener", "title": "Listener", "count": "rest"}', '{"id": "listener", "title": "Listener", "count": @@"rest"}'))
flow("schema-role-optional-string", "schema", "true or false", '{"id": "speaker", "title": "Speaker"}', '{"id": "speaker", "title": "Speaker", "optional": @@"yes"}')
flow("schema-phase-missing-id", "schema", 'the 1st phase: missing field "id"', '{"id": "talk", "title": "Talk",', '@@{"title": "Talk",')
flow("schema-phase-missing-title", "schema", 'phase "talk": missing field "title"', '{"id": "talk", "title": "Talk",', '@@{"id": "talk",')
flow("schema-phase-duplicate-id", "schema", 'phase "talk", id: duplicate phase id "talk" (first at 11:12)', '"to": "listener"}}', '"to": "listener"}},\n    {"id": @@"talk", "title": "Again"}')
flow("schema-phase-not-object", "schema", "the 2nd phase: expected an object", '"to": "listener"}}', '"to": "listener"}},\n    @@["talk"]')
flow("schema-phase-minutes-negative", "schema", "0 or more", '"who": "speaker",', '"who": "speaker", "minutes": @@-1,')
flow("schema-phase-minutes-string", "schema", "minutes", '"who": "speaker",', '"who": "speaker", "minutes": @@"5",')
flow("schema-phase-minutes-infinite", "schema", "finite", '"who": "speaker",', '"who": "speaker", "minutes": @@1e999,')
flow("reference-phase-who-unknown", "reference", 'no role "presenter"', '"who": "speaker"', '"who": @@"presenter"')
flow("schema-phase-who-group", "schema", '"group" cannot speak', '"who": "speaker"', '"who": @@"group"')
flow("schema-phase-who-number", "schema", 'a role id or "all"', '"who": "speaker"', '"who": @@1')
flow("schema-phase-capture-unknown", "schema", '"none", "one", "each" or "actions"', '"who": "speaker",', '"who": "speaker", "capture": @@"all",')
flow("schema-phase-capture-number", "schema", '"none", "one", "each" or "actions"', '"who": "speaker",', '"who": "speaker", "capture": @@1,')
flow("schema-phase-prompts-item", "schema", "phase \"talk\", the 1st prompt", '"who": "speaker",', '"who": "speaker", "prompts": [@@null],')
flow("schema-phase-guidance-number", "schema", "phase \"talk\", guidance", '"who": "speaker",', '"who": "speaker", "guidance": @@1,')
flow("schema-deal-string", "schema", "deal object or an array", '"deal": {"deck": "t", "to": "listener"}', '"deal": @@"t"')
flow("schema-deal-array-item-string", "schema", "phase \"talk\", the 2nd deal: expected an object", '"deal": {"deck": "t", "to": "listener"}', '"deal": [{"deck": "t"}, @@"t"]')
flow("schema-deal-missing-deck", "schema", 'phase "talk", deal: missing field "deck"', '"deal": {"deck": "t", "to": "listener"}', '"deal": @@{"to": "listener"}')
flow("schema-deal-array-missing-deck", "schema", 'phase "talk", the 1st deal: missing field "deck"', '"deal": {"deck": "t", "to": "listener"}', '"deal": [@@{"count": 2}]')
flow("schema-deal-deck-not-slug", "schema", "not a valid id", '"deal": {"deck": "t"', '"deal": {"deck": @@"My Deck"')
flow("reference-deal-to-unknown", "reference", 'no role "listeners"', '"to": "listener"', '"to": @@"listeners"')
flow("schema-deal-to-number", "schema", 'a role id, "all" or "group"', '"to": "listener"', '"to": @@2')
flow("schema-deal-count-zero", "schema", "found 0", '"to": "listener"', '"to": "listener", "count": @@0')
flow("schema-deal-suit-not-slug", "schema", "not a valid id", '"to": "listener"', '"to": "listener", "suit": @@"Self"')
flow("schema-flow-rounds-zero", "schema", "found 0", '"title": "F",', '"title": "F",\n  "rounds": @@0,')
flow("schema-flow-rounds-string", "schema", "positive integer", '"title": "F",', '"title": "F",\n  "rounds": @@"2",')

# --- warnings: the file still loads ---------------------------------------------
case("warn-bom", "warning", "encoding", "byte-order mark", '@@\ufeff' + DECK)
deck("warn-unknown-field-top", "schema", 'unknown field "promts"', '"title": "T",', '"title": "T",\n  @@"promts": [],', sev="warning")
deck("warn-unknown-field-card", "schema", 'card "a": unknown field "boody"', W, '{"id": "a", "title": "A", @@"boody": "x"}', sev="warning")
deck("warn-unknown-field-suit", "schema", 'suit "s": unknown field "color"', '{"id": "s", "title": "S"}', '{"id": "s", "title": "S", @@"color": "red"}', base=SUITED, sev="warning")
deck("warn-unknown-field-example", "schema", 'card "a", the 1st example: unknown field "whyy"', W, '{"id": "a", "title": "A", "examples": [{"text": "Q?", @@"whyy": "x"}]}', sev="warning")
deck("warn-unknown-field-cased", "schema", 'unknown field "Title"', '"title": "T",', '"title": "T",\n  @@"Title": "T",', sev="warning")
deck("warn-unknown-field-quoted", "schema", 'unknown field "x\\"y"', '"title": "T",', '"title": "T",\n  @@"x\\"y": 1,', sev="warning")
flow("warn-unknown-field-role", "schema", 'role "speaker": unknown field "cout"', '{"id": "speaker", "title": "Speaker"}', '{"id": "speaker", "title": "Speaker", @@"cout": 2}', sev="warning")
flow("warn-unknown-field-phase", "schema", 'phase "talk": unknown field "minuets"', '"who": "speaker",', '"who": "speaker", @@"minuets": 3,', sev="warning")
flow("warn-unknown-field-deal", "schema", 'phase "talk", deal: unknown field "too"', '"to": "listener"', '"to": "listener", @@"too": "all"', sev="warning")
case("schema-flow-without-kind", "error", "schema", 'looks like a flow', "@@" + sub(FLOW, '  "kind": "flow",\n', ''))
deck("warn-flow-field-in-deck", "schema", 'field "rounds" belongs in a flow', '"title": "T",', '"title": "T",\n  @@"rounds": 2,', sev="warning")
flow("warn-deck-field-in-flow", "schema", 'field "cards" belongs in a deck', '"title": "F",', '"title": "F",\n  @@"cards": [],', sev="warning")

# Direction overrides, isolates and zero-width characters: refused in ids
# (named, at their own column, raw or escaped), warned of in text.
deck("encoding-id-rtl-override-escaped", "encoding", "U+202E RIGHT-TO-LEFT OVERRIDE in an id", '"id": "t"', '"id": "t@@\\u202e"')
deck("encoding-card-id-zero-width-space", "encoding", "U+200B ZERO WIDTH SPACE in an id", W, '{"id": "a@@\u200bb", "title": "A"}')
deck("encoding-card-id-zwj", "encoding", "U+200D ZERO WIDTH JOINER in an id", W, '{"id": "a@@\u200d", "title": "A"}')
deck("encoding-card-suit-isolate", "encoding", "card \"a\", suit: U+2066 LEFT-TO-RIGHT ISOLATE in an id", '"suit": "s"', '"suit": "s@@\u2066"', base=SUITED)
flow("encoding-deal-deck-rlo", "encoding", "U+202E RIGHT-TO-LEFT OVERRIDE in an id", '"deal": {"deck": "t"', '"deal": {"deck": "@@\\u202Et"')
deck("warn-title-rtl-override", "encoding", "U+202E RIGHT-TO-LEFT OVERRIDE: invisible", '"title": "T",', '"title": "T@@\u202ecod.exe",', sev="warning")
deck("warn-card-body-zero-width-space", "encoding", "U+200B ZERO WIDTH SPACE", W, '{"id": "a", "title": "A", "body": "x\\n@@\\u200b y"}', sev="warning")
flow("warn-phase-prompt-isolate", "encoding", "phase \"talk\", the 2nd prompt: U+2067 RIGHT-TO-LEFT ISOLATE", '"who": "speaker",', '"who": "speaker", "prompts": ["ok", "why @@\u2067?"],', sev="warning")
deck("warn-card-title-zwj-ascii", "encoding", "U+200D ZERO WIDTH JOINER", W, '{"id": "a", "title": "A@@\u200dB"}', sev="warning")
deck("warn-card-title-bom-after-pair", "encoding", "U+FEFF ZERO WIDTH NO-BREAK SPACE", W, '{"id": "a", "title": "A\\ud83d\\ude00 @@\\ufeff"}', sev="warning")
flow("warn-role-description-lrm", "encoding", "role \"speaker\", description: U+200E LEFT-TO-RIGHT MARK", '{"id": "speaker", "title": "Speaker"}', '{"id": "speaker", "title": "Speaker", "description": "@@\u200e"}', sev="warning")


VALID = {
    "deck-minimal": DECK,
    "flow-minimal": FLOW,
    "flow-capture-actions": sub(FLOW, '"who": "speaker",', '"who": "speaker", "capture": "actions",'),
    "deck-suited": SUITED,
    "deck-examples": r'''{
  "format": 1,
  "id": "ex",
  "title": "Examples",
  "suits": [
    {"id": "s", "title": "S", "facets": {"intent": "orienting", "x-note": 1}, "colour": "#1a2B3c"},
    {"id": "t", "title": "T", "facets": {}}
  ],
  "cards": [
    {"id": "a", "title": "A", "suit": "s",
     "examples": ["[to a carer] Plain?", {"text": "Object?"},
                  {"text": "Full?\nYes.", "context": "to a mother, at a review", "why": "Because\tso.",
                   "also": ["b"], "x-note": true},
                  {"text": "Later card?", "also": []}]},
    {"id": "b", "title": "B", "suit": "t", "examples": [{"text": "Back?", "also": ["a"]}]}
  ]
}
''',
    "deck-full": r'''{
  "$schema": "schema.json",
  "format": 1,
  "kind": "deck",
  "id": "full-deck-2",
  "title": "A full deck — with ünïcödé, 字 and 😀 \ud83d\ude00",
  "description": "Paragraph one.\n\nParagraph two,\twith a tab; quotes \" and \\ and \/ escaped.",
  "lang": "de-AT",
  "version": "1.2.0",
  "authors": ["Ana", "Bö"],
  "license": "CC-BY-4.0",
  "sources": ["Burnham (2012)"],
  "x-anything": {"nested": [1, 2.5, -0.25e-3, 1E+2, true, false, null, "\u0041"], "x": {"x": {}}},
  "suits": [
    {"id": "people", "title": "People", "description": "Who\nis there", "x-colour": "red"},
    {"id": "time", "title": "Time"}
  ],
  "cards": [
    {"id": "missing-voice", "suit": "people", "title": "The missing voice",
     "body": "Whose view\nhas not been heard?", "prompts": ["Who would disagree?", ""],
     "examples": ["[to the worker] Who else has a view?"], "tags": ["voice", "a-1"],
     "weight": 3},
    {"id": "0-before", "suit": "time", "title": "Before", "weight": 2.0, "x-note": "2.0 is 2"},
    {"id": "after", "suit": "time", "title": "After", "weight": 1e1, "prompts": [], "tags": []}
  ]
}
''',
    "flow-full": r'''{
  "format": 1,
  "kind": "flow",
  "id": "quick-huddle",
  "title": "Quick huddle",
  "rounds": 2,
  "roles": [
    {"id": "presenter", "title": "Presenter", "count": 1, "description": "Brings\ta case"},
    {"id": "mentor", "title": "Mentor", "optional": true, "count": 2},
    {"id": "listener", "title": "Listener", "count": "rest", "optional": false}
  ],
  "phases": [
    {"id": "tell", "title": "Tell", "who": "presenter", "minutes": 5,
     "guidance": "Tell it.\nBriefly.",
     "deal": {"deck": "full-deck-2", "to": "listener", "suit": "people", "count": 2},
     "capture": "one", "prompts": ["What do you want?"]},
    {"id": "reflect", "title": "Reflect", "who": "all", "minutes": 2.5, "capture": "each",
     "deal": [{"deck": "full-deck-2", "to": "group"}, {"deck": "full-deck-2", "to": "all"},
              {"deck": "full-deck-2"}]},
    {"id": "close", "title": "Close", "minutes": 0, "capture": "none", "deal": [], "x-y": null}
  ]
}
''',
    "deck-crlf": DECK.replace("\n", "\r\n"),
    "deck-minified": DECK.replace("\n", "").replace("  ", ""),
    "deck-weight-forms": sub(DECK, W, '{"id": "a", "title": "A", "weight": 4294967295}, {"id": "b", "title": "B", "weight": 3e0}, {"id": "c", "title": "C", "weight": 10.0E-1}'),
    "deck-extensions-anywhere": sub(sub(SUITED, '"title": "S"', '"title": "S", "x-": "\u00e9", "x-dup": 1, "x-dup": 2'), '"suit": "s"', '"suit": "s", "x-body": {"a": "\\n\\t"}'),
    "deck-format-float-one": sub(DECK, '"format": 1', '"format": 1.0'),
    "deck-empty-strings": sub(DECK, W, '{"id": "a", "title": "", "body": ""}'),
    "deck-joiners-in-words": sub(DECK, W, '{"id": "a", "title": "👩‍💻 and نمی‌خواهم"}'),
    "deck-long-line-unicode": sub(DECK, W, '{"id": "a", "title": "' + "ü字😀" * 300 + '"}'),
}


def encode(text):
    data = text.encode("utf-8")
    return re.sub(rb"<<([0-9A-F]{2})>>", lambda m: bytes.fromhex(m.group(1).decode()), data)


def position(data):
    """Line and column (characters, BOM not counted) of the @@ marker."""
    off = data.index(b"@@")
    before = data[:off]
    if before.startswith(b"\xef\xbb\xbf"):
        before = before[3:]
    line = before.count(b"\n") + 1
    last = before.rsplit(b"\n", 1)[-1]
    col = len(last.decode("utf-8")) + 1
    return line, col, data[:off] + data[off + 2:]


def write(sub_dir, name, data):
    d = os.path.join(HERE, sub_dir)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".json"), "wb") as f:
        f.write(data)


def c_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    rows = []
    names = set()
    for name, sev, kind, frag, text in CASES:
        assert name not in names, name
        names.add(name)
        line, col, data = position(encode(text))
        assert b"@@" not in data, name
        write("warn" if sev == "warning" else "invalid", name, data)
        rows.append('\t{ "%s/%s.json", DIAG_%s, DIAG_%s, %d, %d, %s },' % (
            "warn" if sev == "warning" else "invalid", name, sev.upper(), kind.upper(),
            line, col, c_string(frag)))
    for name, text in VALID.items():
        write("valid", name, encode(text))
    print("\n".join(rows))


main()
