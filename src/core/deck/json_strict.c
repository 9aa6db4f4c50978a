#include "core/deck/json_strict.h"

#include <stdbool.h>
#include <string.h>

#include "core/deck/json_hint.h"
#include "core/deck/load.h"
#include "core/base/utf8.h"
#include "core/base/utf8_spoof.h"
#include "core/base/xalloc.h"

/*
 * The scanner.  Positions are kept cheaply: the current line, where it
 * starts, and how many UTF-8 continuation bytes lie between that start and
 * the scanning point, so a column is one subtraction.  Raw newlines only
 * occur in whitespace (inside strings they are errors), so only js_ws moves
 * to a new line.
 */
struct js {
	const unsigned char *s, *p, *end;
	const unsigned char *ls; /* start of the current line */
	size_t cont;		 /* continuation bytes in [ls, p) */
	uint32_t line;
	int depth;
	struct lrep *rep;
	struct jposv *out;
};

/* True for bytes that end the fast run through a string: '"', '\\', controls, DEL, non-ASCII. */
static inline bool str_stop(unsigned char c)
{
	return (unsigned char)(c - 0x20) >= 0x5f || c == '"' || c == '\\';
}

/*
 * The stop bytes among the 8 at p, as a mask with the high bit of each
 * flagged byte set.  The usual SWAR tests: (v - 0x01..) & ~v & 0x80.. finds a
 * zero byte (after an XOR, a given byte) and (v - 0x20..) & ~v & 0x80.. a
 * byte below 0x20.  A borrow can flag a byte wrongly, but only above a byte
 * rightly flagged, so the lowest flagged byte is always a true stop.
 */
static uint64_t stop_mask(const unsigned char *p)
{
	const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
	uint64_t x, q, b, d;

	memcpy(&x, p, 8);
	q = x ^ (ones * '"');
	b = x ^ (ones * '\\');
	d = x ^ (ones * 0x7f);
	return (((x - ones * 0x20) & ~x) | ((q - ones) & ~q) | ((b - ones) & ~b) |
		((d - ones) & ~d) | x) & highs;
}

/* The first stop byte in [p, end), or end: the fast run through a string. */
static const unsigned char *str_run(const unsigned char *p, const unsigned char *end)
{
	while (end - p >= 8) {
		uint64_t m = stop_mask(p);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
		if (m)
			return p + (__builtin_ctzll(m) >> 3); /* the lowest address flagged */
#else
		if (m)
			break;
#endif
		p += 8;
	}
	while (p < end && !str_stop(*p))
		p++;
	return p;
}

static uint32_t js_col(const struct js *j, const unsigned char *at)
{
	return (uint32_t)((size_t)(at - j->ls) - j->cont) + 1;
}

static int js_fail(struct js *j, const unsigned char *at, enum diag_kind kind,
		   const char *msg)
{
	lrep_add(j->rep, (int)j->line, (int)js_col(j, at), DIAG_ERROR, kind, "%s", msg);
	return -1;
}

/* A problem that does not stop the check (the tree stays meaningful). */
static void js_note_control(struct js *j, const unsigned char *at, uint32_t cp, bool key)
{
	lrep_add(j->rep, (int)j->line, (int)js_col(j, at), DIAG_ERROR, DIAG_ENCODING,
		 "control character U+%04X in a %s%s", (unsigned)cp, key ? "key" : "string",
		 key || cp == '\n' || cp == '\t' ? "" : " (only \\n and \\t are allowed, in text fields)");
}

/* Invalid UTF-8 at p, saying which encoding the file seems to be in. */
static int js_bad_utf8(struct js *j, const unsigned char *p)
{
	char msg[192];

	if (!json_hint_cp1252(p, msg, sizeof msg))
		snprintf(msg, sizeof msg, "invalid UTF-8; save the file as UTF-8");
	return js_fail(j, p, DIAG_ENCODING, msg);
}

/* Describes the byte at p for "unexpected ..." messages. */
static int js_unexpected(struct js *j, const char *expected)
{
	const unsigned char *p = j->p;
	char msg[192];
	uint32_t cp;

	if (p >= j->end) {
		snprintf(msg, sizeof msg, "unexpected end of file, expected %s", expected);
		return js_fail(j, p, DIAG_SYNTAX, msg);
	}
	if (*p == 0)
		return js_fail(j, p, DIAG_SYNTAX, "NUL byte in the file");
	if (json_hint_word(p, j->end, msg, sizeof msg))
		return js_fail(j, p, DIAG_SYNTAX, msg);
	if (*p == '\'')
		return js_fail(j, p, DIAG_SYNTAX, "strings and keys take double quotes, not '");
	if (*p == '/')
		return js_fail(j, p, DIAG_SYNTAX, "comments are not allowed in JSON");
	if (*p > 0x20 && *p < 0x7f)
		snprintf(msg, sizeof msg, "unexpected '%c', expected %s", *p, expected);
	else if (*p < 0x80)
		snprintf(msg, sizeof msg, "unexpected character U+%04X, expected %s%s",
			 (unsigned)*p, expected,
			 *p < 0x20 ? " (JSON whitespace is space, tab, CR and LF only)" : "");
	else if (utf8_decode((const char *)p, (size_t)(j->end - p), &cp) == 0)
		return js_bad_utf8(j, p);
	else if (json_hint_char(cp, msg, sizeof msg))
		return js_fail(j, p, DIAG_SYNTAX, msg);
	else
		snprintf(msg, sizeof msg, "unexpected character U+%04X, expected %s",
			 (unsigned)cp, expected);
	return js_fail(j, p, DIAG_SYNTAX, msg);
}

/* True when the 8 bytes at p are all spaces (indentation, in pretty-printed files). */
static bool word_is_spaces(const unsigned char *p)
{
	uint64_t x;
	memcpy(&x, p, 8);
	return x == 0x2020202020202020u;
}

static void js_ws(struct js *j)
{
	const unsigned char *p = j->p, *end = j->end;

	while (p < end) {
		if (*p == ' ' || *p == '\t' || *p == '\r') {
			p++;
		} else if (*p == '\n') {
			j->line++;
			j->ls = ++p;
			j->cont = 0;
			while (end - p >= 8 && word_is_spaces(p))
				p += 8;
		} else {
			break;
		}
	}
	j->p = p;
}

static size_t js_push(struct js *j, uint32_t flags)
{
	struct jposv *o = j->out;
	if (o->n == o->cap)
		xgrow((void **)&o->v, &o->cap, o->n + 1, sizeof *o->v);
	o->v[o->n] = (struct jpos){
		.off = (uint32_t)(j->p - j->s),
		.line = j->line,
		.col = js_col(j, j->p),
		.flags = flags,
	};
	return o->n++;
}

static int js_value(struct js *j);

static bool is_digit(const unsigned char *p, const unsigned char *end)
{
	return p < end && *p >= '0' && *p <= '9';
}

static const unsigned char *skip_digits(const unsigned char *p, const unsigned char *end)
{
	while (is_digit(p, end))
		p++;
	return p;
}

/* Reports a malformed number at its start, quoting what was written. */
static int js_bad_number(struct js *j, const unsigned char *st, const char *why)
{
	const unsigned char *e = st;
	char msg[160];

	while (e < j->end && e - st < 24 &&
	       ((*e >= '0' && *e <= '9') || *e == '.' || *e == '-' || *e == '+' ||
		*e == 'e' || *e == 'E'))
		e++;
	snprintf(msg, sizeof msg, "invalid number \"%.*s\": %s", (int)(e - st), (const char *)st,
		 why);
	return js_fail(j, st, DIAG_SYNTAX, msg);
}

/* cJSON copies a number into a 64-byte buffer; longer ones it would misread. */
#define JS_MAX_NUMBER 63

static int js_number(struct js *j)
{
	const unsigned char *st = j->p, *p = st, *end = j->end;

	if (*p == '-')
		p++;
	if (!is_digit(p, end))
		return js_bad_number(j, st, "a digit must follow '-'");
	if (*p == '0' && is_digit(p + 1, end))
		return js_bad_number(j, st, "no leading zeros");
	p = skip_digits(p, end);
	if (p < end && *p == '.') {
		if (!is_digit(++p, end))
			return js_bad_number(j, st, "a digit must follow the decimal point");
		p = skip_digits(p, end);
	}
	if (p < end && (*p == 'e' || *p == 'E')) {
		p++;
		if (p < end && (*p == '+' || *p == '-'))
			p++;
		if (!is_digit(p, end))
			return js_bad_number(j, st, "the exponent needs digits");
		p = skip_digits(p, end);
	}
	if (p - st > JS_MAX_NUMBER)
		return js_fail(j, st, DIAG_LIMIT, "number longer than 63 characters");
	j->p = p;
	return 0;
}

static int js_literal(struct js *j, const char *word)
{
	size_t n = strlen(word);
	char msg[128];

	if ((size_t)(j->end - j->p) < n || memcmp(j->p, word, n) != 0) {
		if (!json_hint_word(j->p, j->end, msg, sizeof msg))
			snprintf(msg, sizeof msg, "invalid literal, expected %s", word);
		return js_fail(j, j->p, DIAG_SYNTAX, msg);
	}
	j->p += n;
	return 0;
}

/* Bytes the code point takes in UTF-8. */
static size_t cp_len(uint32_t cp)
{
	return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/* A string being scanned: its escape overhead and flags. */
struct jstr {
	bool key;
	size_t extra;	/* bytes of text beyond the decoded length */
	uint32_t flags; /* JPOS_NLTAB, JPOS_SPOOF */
};

/* A decoded character from an escape or the text: refuse controls. */
static int js_check_cp(struct js *j, const unsigned char *at, uint32_t cp, struct jstr *st)
{
	if (cp == 0) {
		js_note_control(j, at, cp, st->key);
		return -1; /* cJSON would cut the string here: the tree would lie */
	}
	if (utf8_spoof_name(cp))
		st->flags |= JPOS_SPOOF;
	if ((cp == '\n' || cp == '\t') && !st->key)
		st->flags |= JPOS_NLTAB;
	else if (utf8_is_control(cp))
		js_note_control(j, at, cp, st->key);
	return 0;
}

static int js_escape_u(struct js *j, const unsigned char *bs, struct jstr *st)
{
	uint32_t cp, lo;

	if (json_hex4(bs + 2, j->end, &cp) < 0)
		return js_fail(j, bs, DIAG_SYNTAX, "\\u must be followed by four hex digits");
	if (cp >= 0xDC00 && cp <= 0xDFFF)
		return js_fail(j, bs, DIAG_ENCODING, "unpaired surrogate escape (low half first)");
	if (cp >= 0xD800 && cp <= 0xDBFF) {
		if (j->end - bs < 12 || bs[6] != '\\' || bs[7] != 'u' ||
		    json_hex4(bs + 8, j->end, &lo) < 0 || lo < 0xDC00 || lo > 0xDFFF)
			return js_fail(j, bs, DIAG_ENCODING,
				       "unpaired surrogate escape (no low half follows)");
		st->extra += 12 - 4; /* beyond U+FFFF: none of utf8_spoof.h's */
		j->p = bs + 12;
		return 0;
	}
	st->extra += 6 - cp_len(cp);
	j->p = bs + 6;
	return js_check_cp(j, bs, cp, st);
}

static int js_escape(struct js *j, struct jstr *st)
{
	const unsigned char *bs = j->p;
	char msg[96];

	if (bs + 1 >= j->end)
		return js_fail(j, bs + 1, DIAG_SYNTAX, "unexpected end of file in a string");
	switch (bs[1]) {
	case '"': case '\\': case '/':
		break;
	case 'n':
		if (js_check_cp(j, bs, '\n', st) < 0)
			return -1;
		break;
	case 't':
		if (js_check_cp(j, bs, '\t', st) < 0)
			return -1;
		break;
	case 'b': case 'f': case 'r':
		js_note_control(j, bs, bs[1] == 'b' ? 8 : bs[1] == 'f' ? 12 : 13, st->key);
		break;
	case 'u':
		return js_escape_u(j, bs, st);
	default:
		if (bs[1] > 0x20 && bs[1] < 0x7f)
			snprintf(msg, sizeof msg, "invalid escape \\%c; for a backslash in text, "
				 "write \\\\", bs[1]);
		else
			snprintf(msg, sizeof msg, "invalid escape: '\\' before U+%04X", bs[1]);
		return js_fail(j, bs, DIAG_SYNTAX, msg);
	}
	st->extra += 1;
	j->p = bs + 2;
	return 0;
}

/* The fields that may hold \n and \t (load_fields.c's LF_TEXT). */
#define TEXT_FIELDS "description, body, guidance, prompts and examples only"

/* A raw byte that stopped the fast run: control, DEL or the start of UTF-8. */
static int js_raw(struct js *j, struct jstr *st)
{
	const unsigned char *p = j->p;
	char msg[96];
	uint32_t cp;
	size_t n;

	if (*p == '\n' || *p == '\r')
		return js_fail(j, p, DIAG_SYNTAX, "line break inside quotes: is a closing \" "
			       "missing? (a line break in text is written \\n, in " TEXT_FIELDS ")");
	if (*p == '\t')
		return js_fail(j, p, DIAG_SYNTAX, "tab inside quotes: type a space instead (a tab "
			       "may be written \\t, in " TEXT_FIELDS ")");
	if (*p < 0x20) {
		snprintf(msg, sizeof msg, "raw control character U+%04X in a string", *p);
		return js_fail(j, p, DIAG_SYNTAX, msg);
	}
	if (*p == 0x7f) {
		js_note_control(j, p, 0x7f, st->key);
		j->p++;
		return 0;
	}
	n = utf8_decode((const char *)p, (size_t)(j->end - p), &cp);
	if (n == 0)
		return js_bad_utf8(j, p);
	if (utf8_is_control(cp)) /* C1: the ASCII ones were taken above */
		js_note_control(j, p, cp, st->key);
	if (utf8_spoof_name(cp))
		st->flags |= JPOS_SPOOF;
	j->cont += n - 1;
	j->p += n;
	return 0;
}

/* A string at j->p (its opening quote); idx is its jpos. */
static int js_string(struct js *j, size_t idx, bool key)
{
	const unsigned char *open = j->p, *end = j->end;
	struct jstr st = { .key = key };
	size_t len;

	j->p++;
	for (;;) {
		const unsigned char *p = str_run(j->p, end);
		j->p = p;
		if (p >= end) {
			lrep_add(j->rep, (int)j->out->v[idx].line, (int)j->out->v[idx].col,
				 DIAG_ERROR, DIAG_SYNTAX,
				 "unterminated string: no closing \" before the end of the file");
			return -1;
		}
		if (*p == '"')
			break;
		if ((*p == '\\' ? js_escape(j, &st) : js_raw(j, &st)) < 0)
			return -1;
	}
	len = (size_t)(j->p - open - 1) - st.extra;
	j->p++;
	j->out->v[idx].flags |= st.flags;
	if (len > LOAD_MAX_STRING_BYTES) {
		lrep_add(j->rep, (int)j->out->v[idx].line, (int)j->out->v[idx].col, DIAG_ERROR,
			 DIAG_LIMIT, "string longer than 64 KiB (%zu bytes)", len);
		return -1;
	}
	return 0;
}

static int js_open(struct js *j)
{
	char msg[64];
	if (++j->depth > LOAD_MAX_DEPTH) {
		snprintf(msg, sizeof msg, "nesting deeper than %d levels", LOAD_MAX_DEPTH);
		return js_fail(j, j->p, DIAG_LIMIT, msg);
	}
	j->p++;
	js_ws(j);
	return 0;
}

/* Where a value ended: the place a missing comma belongs. */
struct js_after {
	const unsigned char *p;
	uint32_t line, col;
};

/* True for a byte that can start a value or a key (a letter: a misspelt literal). */
static bool starts_value(unsigned char c)
{
	return c == '"' || c == '{' || c == '[' || c == '-' || (c >= '0' && c <= '9') ||
	       ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/*
 * Neither ',' nor the closing bracket after a value.  A value starting right
 * after a string on its line means the string's closing quote was a quote
 * meant as text; another value means a forgotten comma, reported where it
 * belongs rather than at the next value, which may be lines further on.
 */
static int js_no_comma(struct js *j, const struct js_after *a, const char *expected)
{
	if (j->p >= j->end || !starts_value(*j->p))
		return js_unexpected(j, expected);
	if (a->p[-1] == '"' && j->line == a->line && *j->p != '"') {
		lrep_add(j->rep, (int)a->line, (int)a->col - 1, DIAG_ERROR, DIAG_SYNTAX,
			 "this quote ends the text early; a quote inside text is written \\\"");
		return -1;
	}
	if (j->p == a->p) /* "0x1F", "1true": one mistyped value, not two */
		return js_unexpected(j, expected);
	lrep_add(j->rep, (int)a->line, (int)a->col, DIAG_ERROR, DIAG_SYNTAX,
		 "missing ',' here, after this value (the next one starts on line %u)",
		 (unsigned)j->line);
	return -1;
}

/*
 * After a member or element: ',' (not followed by the closing bracket) or
 * the closing bracket.  Returns 1 to go on, 0 when closed, -1 on error.
 */
static int js_next(struct js *j, unsigned char close, const char *expected)
{
	struct js_after after = { j->p, j->line, js_col(j, j->p) };

	js_ws(j);
	if (j->p < j->end && *j->p == close) {
		j->p++;
		j->depth--;
		return 0;
	}
	if (j->p >= j->end || *j->p != ',')
		return js_no_comma(j, &after, expected);
	uint32_t line = j->line, col = js_col(j, j->p);
	j->p++;
	js_ws(j);
	if (j->p < j->end && *j->p == close) {
		lrep_add(j->rep, (int)line, (int)col, DIAG_ERROR, DIAG_SYNTAX,
			 "trailing comma before '%c'", close);
		return -1;
	}
	return 1;
}

static int js_member(struct js *j)
{
	if (j->p >= j->end || *j->p != '"')
		return js_unexpected(j, "a key in double quotes");
	if (js_string(j, js_push(j, JPOS_KEY), true) < 0)
		return -1;
	js_ws(j);
	if (j->p >= j->end || *j->p != ':')
		return js_unexpected(j, "':'");
	j->p++;
	js_ws(j);
	return js_value(j);
}

static int js_object(struct js *j)
{
	int r;
	if (js_open(j) < 0)
		return -1;
	if (j->p < j->end && *j->p == '}') {
		j->p++;
		j->depth--;
		return 0;
	}
	do {
		if (js_member(j) < 0)
			return -1;
	} while ((r = js_next(j, '}', "',' or '}'")) > 0);
	return r;
}

static int js_array(struct js *j)
{
	int r;
	if (js_open(j) < 0)
		return -1;
	if (j->p < j->end && *j->p == ']') {
		j->p++;
		j->depth--;
		return 0;
	}
	do {
		if (js_value(j) < 0)
			return -1;
	} while ((r = js_next(j, ']', "',' or ']'")) > 0);
	return r;
}

static int js_value(struct js *j)
{
	if (j->p >= j->end)
		return js_unexpected(j, "a value");
	switch (*j->p) {
	case '{':
		js_push(j, 0);
		return js_object(j);
	case '[':
		js_push(j, 0);
		return js_array(j);
	case '"':
		return js_string(j, js_push(j, 0), false);
	case 't':
		js_push(j, 0);
		return js_literal(j, "true");
	case 'f':
		js_push(j, 0);
		return js_literal(j, "false");
	case 'n':
		js_push(j, 0);
		return js_literal(j, "null");
	default:
		if (*j->p == '-' || (*j->p >= '0' && *j->p <= '9')) {
			js_push(j, 0);
			return js_number(j);
		}
		return js_unexpected(j, "a value");
	}
}

int json_strict_check(const char *text, size_t len, struct lrep *rep, struct jposv *out)
{
	struct js j = {
		.s = (const unsigned char *)text,
		.p = (const unsigned char *)text,
		.end = (const unsigned char *)text + len,
		.ls = (const unsigned char *)text,
		.line = 1,
		.rep = rep,
		.out = out,
	};
	char msg[96];

	/* A guess that saves most regrowing: decks run about 30 bytes per value or key. */
	xgrow((void **)&out->v, &out->cap, len / 24 + 16, sizeof *out->v);
	if (json_hint_utf16(j.p, len, msg, sizeof msg))
		return js_fail(&j, j.p, DIAG_ENCODING, msg);
	js_ws(&j);
	if (j.p >= j.end)
		return js_fail(&j, j.p, DIAG_SYNTAX, "empty file, expected a JSON object");
	if (js_value(&j) < 0)
		return -1;
	js_ws(&j);
	if (j.p < j.end) {
		if (*j.p == 0)
			return js_fail(&j, j.p, DIAG_SYNTAX, "NUL byte in the file");
		return js_unexpected(&j, "nothing after the top-level value");
	}
	return 0;
}
