/*
 * utf8: strict decoding, encoding, widths under C.UTF-8 (and the fallbacks
 * when wcwidth knows nothing), clusters (accents, CJK, emoji with ZWJ and skin
 * tones, flags, Hangul jamo, Indic and Arabic marks), visible stand-ins for
 * controls and invalid bytes, and wrapping.  Text in logical order:
 * right-to-left scripts are measured, not reordered.
 */
#include <check.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "core/base/utf8.h"

#define N_OF(t) (sizeof(t) / sizeof((t)[0]))

/* Named pieces, so the tables read as text. */
#define ACUTE "\u0301"				/* combining acute accent */
#define ZWJ "\u200D"
#define VS16 "\uFE0F"
#define THUMBS "\U0001F44D"
#define TONE "\U0001F3FD"			/* skin tone, medium */
#define MAN "\U0001F468"
#define WOMAN "\U0001F469"
#define GIRL "\U0001F467"
#define FAMILY MAN ZWJ WOMAN ZWJ GIRL		/* 18 bytes, 6 columns */
#define FLAG_GB "\U0001F1EC\U0001F1E7"
#define FLAG_FR "\U0001F1EB\U0001F1F7"
#define SCOTLAND "\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F"

static void u8_setup(void)
{
	ck_assert_ptr_nonnull(setlocale(LC_CTYPE, "C.UTF-8"));
}

static void u8_teardown(void)
{
	setlocale(LC_CTYPE, "C");
}

/* --- decoding ----------------------------------------------------------- */

static const struct {
	const char *s;
	size_t len, want_n;
	uint32_t want_cp;
} dec_cases[] = {
	{"A", 1, 1, 0x41},
	{"\x7f", 1, 1, 0x7F},
	{"\xc2\x80", 2, 2, 0x80},
	{"\xc3\xa9", 2, 2, 0xE9},
	{"\xdf\xbf", 2, 2, 0x7FF},
	{"\xe0\xa0\x80", 3, 3, 0x800},
	{"\xe2\x82\xac", 3, 3, 0x20AC},
	{"\xed\x9f\xbf", 3, 3, 0xD7FF},		/* just below the surrogates */
	{"\xee\x80\x80", 3, 3, 0xE000},		/* just above them */
	{"\xef\xbf\xbf", 3, 3, 0xFFFF},
	{"\xf0\x90\x80\x80", 4, 4, 0x10000},
	{"\xf0\x9f\x98\x80", 4, 4, 0x1F600},
	{"\xf4\x8f\xbf\xbf", 4, 4, 0x10FFFF},
	{"\xc3\xa9x", 3, 2, 0xE9},			/* one character, not the string */
	{"", 0, 0, 0},
	{"\x80", 1, 0, 0},				/* lone continuation */
	{"\xbf", 1, 0, 0},
	{"\xc0\x80", 2, 0, 0},				/* overlong NUL */
	{"\xc1\xbf", 2, 0, 0},				/* overlong 0x7F */
	{"\xe0\x80\x80", 3, 0, 0},			/* overlong in three */
	{"\xe0\x9f\xbf", 3, 0, 0},			/* overlong 0x7FF */
	{"\xf0\x80\x80\x80", 4, 0, 0},			/* overlong in four */
	{"\xf0\x8f\xbf\xbf", 4, 0, 0},			/* overlong 0xFFFF */
	{"\xed\xa0\x80", 3, 0, 0},			/* U+D800 */
	{"\xed\xbf\xbf", 3, 0, 0},			/* U+DFFF */
	{"\xf4\x90\x80\x80", 4, 0, 0},			/* U+110000 */
	{"\xf5\x80\x80\x80", 4, 0, 0},
	{"\xf8\x88\x80\x80\x80", 5, 0, 0},		/* old five-byte form */
	{"\xfe", 1, 0, 0},
	{"\xff", 1, 0, 0},
	{"\xc3", 1, 0, 0},				/* truncated */
	{"\xe2\x82", 2, 0, 0},
	{"\xf0\x9f\x98", 3, 0, 0},
	{"\xc3\xa9", 1, 0, 0},				/* truncated by len */
	{"\xe2\x28\xa1", 3, 0, 0},			/* bad second byte */
	{"\xe2\x82\x28", 3, 0, 0},			/* bad third byte */
	{"\xf0\x9f\x98\x28", 4, 0, 0},			/* bad fourth byte */
};

START_TEST(test_decode)
{
	uint32_t cp = 0xDEAD;
	size_t n = utf8_decode(dec_cases[_i].s, dec_cases[_i].len, &cp);
	ck_assert_uint_eq(n, dec_cases[_i].want_n);
	if (n)
		ck_assert_uint_eq(cp, dec_cases[_i].want_cp);
}
END_TEST

/* Every scalar value survives encode + decode; the rest do not encode.
 * Failures are counted, not asserted one by one: Check's assertions are too
 * slow for a million of them. */
START_TEST(test_encode_round_trip)
{
	char buf[4];
	uint32_t back;
	unsigned long bad = 0;
	for (uint32_t cp = 0; cp <= 0x110000; cp++) {
		size_t n = utf8_encode(cp, buf);
		if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
			bad += n != 0;
			continue;
		}
		size_t want = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
		bad += n != want || utf8_decode(buf, n, &back) != n || back != cp ||
		       !utf8_valid(buf, n);
	}
	ck_assert_uint_eq(bad, 0);
	ck_assert_uint_eq(utf8_encode(UINT32_MAX, buf), 0);
}
END_TEST

static const struct {
	const char *s;
	bool valid;
} valid_cases[] = {
	{"", true},
	{"plain ASCII, with \t and \n", true},
	{"caf\xc3\xa9 cafe" ACUTE, true},
	{"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", true},
	{FAMILY " " THUMBS TONE " " FLAG_GB, true},
	{"\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d", true},	/* Hebrew */
	{"ok\x80", false},
	{"\xc0\xaf", false},
	{"a\xed\xa0\x80z", false},
	{"end\xe2\x82", false},
	{"\xf4\x90\x80\x80", false},
};

START_TEST(test_valid)
{
	const char *s = valid_cases[_i].s;
	ck_assert_int_eq(utf8_valid(s, strlen(s)), valid_cases[_i].valid);
}
END_TEST

START_TEST(test_valid_embedded_nul)
{
	ck_assert(utf8_valid("a\0b", 3)); /* U+0000 is well-formed; refusing it is the loader's job */
	ck_assert(!utf8_valid("a\0\xff", 3));
}
END_TEST

/* --- widths ------------------------------------------------------------- */

static const struct {
	uint32_t cp;
	int w;
} cpw_cases[] = {
	{'a', 1},     {0xE9, 1},    {0x301, 0},	  {0x5D0, 1},	 {0x628, 1},   {0x64E, 0},
	{0x6F22, 2},  {0x3000, 2},  {0x1F600, 2}, {0x1F3FD, 2},	 {0x200D, 0},  {0xFE0F, 0},
	{0x1161, 0},  {0x915, 1},   {0x7, 1},	  {0x1B, 1},	 {'\t', 1},    {'\n', 1},
	{0x7F, 1},    {0x85, 1},    {0x9F, 1},	  {0x378, 1},	 {0x10FFFF, 1},
};

START_TEST(test_cp_width)
{
	ck_assert_int_eq(utf8_cp_width(cpw_cases[_i].cp), cpw_cases[_i].w);
}
END_TEST

/* Where wcwidth knows nothing (a non-UTF-8 locale), unknown is 1 but a
 * combining mark is still 0. */
START_TEST(test_cp_width_unknown)
{
	ck_assert_ptr_nonnull(setlocale(LC_CTYPE, "C"));
	ck_assert_int_eq(utf8_cp_width(0xE9), 1);
	ck_assert_int_eq(utf8_cp_width(0x6F22), 1);
	ck_assert_int_eq(utf8_cp_width(0x301), 0);
	ck_assert_int_eq(utf8_cp_width(0x64E), 0);
	ck_assert_int_eq(utf8_cp_width(0x200D), 0);
	ck_assert_int_eq(utf8_cp_width(0x1F3FD), 1);
	ck_assert_int_eq(utf8_cp_width('a'), 1);
	ck_assert_int_eq(utf8_cp_width(0x1B), 1);
	ck_assert_uint_eq(utf8_width("cafe" ACUTE), 4);
}
END_TEST

static const struct {
	const char *s;
	size_t w;
} width_cases[] = {
	{"", 0},
	{"hello", 5},
	{"caf\xc3\xa9", 4},				/* precomposed */
	{"cafe" ACUTE, 4},				/* combining */
	{"a" ACUTE "\u0323\u0304", 1},			/* a stack of three marks */
	{"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", 6},	/* 日本語 */
	{"\xed\x95\x9c\xea\xb8\x80", 4},		/* 한글 */
	{"\u1112\u1161\u11AB", 2},			/* the same syllable in jamo */
	{"\U0001F600", 2},
	{THUMBS TONE, 4},				/* wcwidth's sum, as curses counts */
	{FAMILY, 6},
	{"\u2764" VS16, 1},
	{"\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d", 4},	/* שלום */
	{"\xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7", 5},	/* مرحبا */
	{"\xd9\x85\xd9\x8e\xd8\xb1\xd9\x92\xd8\xad\xd9\x8e\xd8\xa8\xd9\x8b\xd8\xa7", 5}, /* with harakat */
	{"\x1b[31m", 5},				/* ESC drawn as one stand-in */
	{"a\tb\nc", 5},
	{"\x7f\xc2\x85", 2},
	{"\xff\xfe", 2},				/* invalid bytes: 1 each */
	{"\xe2\x82", 2},
	{"\xed\xa0\x80", 3},
};

START_TEST(test_width)
{
	ck_assert_uint_eq(utf8_width(width_cases[_i].s), width_cases[_i].w);
}
END_TEST

static const struct {
	const char *s;
	size_t cols, want;
} fit_cases[] = {
	{"", 5, 0},
	{"abc", 0, 0},
	{"abc", 2, 2},
	{"abc", 9, 3},
	{"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", 3, 3},	/* 日 fits, 本 would make 4 */
	{"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", 4, 6},
	{"\xe6\x97\xa5\xe6\x9c\xac", 1, 0},
	{"cafe" ACUTE, 4, 6},				/* the mark comes with its e */
	{"cafe" ACUTE, 3, 3},
	{"a" ACUTE "\u0302b", 1, 5},
	{FAMILY "x", 5, 0},				/* never a piece of the family */
	{FAMILY "x", 6, 18},
	{THUMBS TONE, 3, 0},
	{"\xff\xfe", 1, 1},
	{"a\x1b", 2, 2},
};

START_TEST(test_prefix_fitting)
{
	ck_assert_uint_eq(utf8_prefix_fitting(fit_cases[_i].s, fit_cases[_i].cols),
			  fit_cases[_i].want);
}
END_TEST

/* --- clusters: utf8_next forwards and utf8_prev backwards ------------------ */

static const struct {
	const char *s;
	size_t bounds[12]; /* cluster starts after 0, ending with strlen(s) */
	size_t n;
} cl_cases[] = {
	{"abc", {1, 2, 3}, 3},
	{"e" ACUTE "x", {3, 4}, 2},
	{"a" ACUTE "\u0323b", {5, 6}, 2},
	{"caf\xc3\xa9", {1, 2, 3, 5}, 4},
	{"\xe6\x97\xa5\xe6\x9c\xac", {3, 6}, 2},
	{THUMBS TONE "!", {8, 9}, 2},
	{FAMILY " ", {18, 19}, 2},
	{"\u2764" VS16 "a", {6, 7}, 2},
	{FLAG_GB FLAG_FR, {8, 16}, 2},
	{FLAG_GB "\U0001F1EB", {8, 12}, 2},		/* a lone regional indicator */
	{SCOTLAND "a", {28, 29}, 2},			/* tag sequence */
	{"\u1112\u1161\u11AB\u1112", {9, 12}, 2},	/* jamo syllable, then a lone L */
	{"\xe0\xa4\x95\xe0\xa4\xbf\xe0\xa4\x95", {6, 9}, 2},	/* कि क: spacing vowel sign */
	{"\xd9\x85\xd9\x8e\xd8\xb1", {4, 6}, 2},	/* Arabic letter + fatha */
	{"\xd7\xa9\xd7\x81\xd7\x9c", {4, 6}, 2},	/* Hebrew shin + dot */
	{ACUTE "a", {2, 3}, 2},				/* a mark with no base */
	{"\n" ACUTE, {1, 3}, 2},			/* a mark never joins a control */
	{"a" ZWJ " b", {4, 5, 6}, 3},			/* a joiner does not swallow a space */
	{"\xff" ACUTE "\xe2\x82", {1, 3, 4, 5}, 4},	/* invalid bytes stand alone */
	{"x\xed\xa0\x80y", {1, 2, 3, 4, 5}, 5},
};

START_TEST(test_next)
{
	const char *s = cl_cases[_i].s;
	size_t len = strlen(s), off = 0;
	for (size_t k = 0; k < cl_cases[_i].n; k++) {
		off = utf8_next(s, len, off);
		ck_assert_uint_eq(off, cl_cases[_i].bounds[k]);
	}
	ck_assert_uint_eq(off, len);
	ck_assert_uint_eq(utf8_next(s, len, len), len);
}
END_TEST

START_TEST(test_prev)
{
	const char *s = cl_cases[_i].s;
	size_t off = strlen(s);
	for (size_t k = cl_cases[_i].n; k-- > 0;) {
		ck_assert_uint_eq(off, cl_cases[_i].bounds[k]);
		off = utf8_prev(s, off);
	}
	ck_assert_uint_eq(off, 0);
	ck_assert_uint_eq(utf8_prev(s, 0), 0);
}
END_TEST

/* A long run of regional indicators pairs from the front, whichever end we
 * start from. */
START_TEST(test_prev_flag_run)
{
	const char *s = FLAG_GB FLAG_FR FLAG_GB "\U0001F1EB";
	ck_assert_uint_eq(utf8_prev(s, 28), 24);
	ck_assert_uint_eq(utf8_prev(s, 24), 16);
	ck_assert_uint_eq(utf8_prev(s, 16), 8);
	ck_assert_uint_eq(utf8_next(s, 28, 16), 24);
}
END_TEST

/* --- visible ---------------------------------------------------------------- */

static const struct {
	const char *s;
	bool keep_nl;
	const char *want;
} vis_cases[] = {
	{"", false, ""},
	{"plain", false, "plain"},
	{"caf\xc3\xa9 e" ACUTE " " FAMILY " \xe6\x97\xa5", false,
	 "caf\xc3\xa9 e" ACUTE " " FAMILY " \xe6\x97\xa5"},
	{"\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d", false, "\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d"},
	{"a\nb", true, "a\nb"},
	{"a\nb", false, "a\u240Ab"},
	{"a\tb", false, "a b"},				/* a tab is one space */
	{"\x1b[2J", false, "\u241B[2J"},		/* no escape reaches the terminal */
	{"\r\a\b", true, "\u240D\u2407\u2408"},
	{"\x01\x1f", false, "\u2401\u241F"},
	{"\x7f", false, "\u2421"},
	{"\xc2\x85\xc2\x9b", false, "\uFFFD\uFFFD"},	/* C1: NEL, CSI */
	{"\xff", false, "\uFFFD"},
	{"a\xe2\x82", false, "a\uFFFD\uFFFD"},		/* truncated: one per byte */
	{"\xed\xa0\x80", false, "\uFFFD\uFFFD\uFFFD"},	/* surrogate */
	{"\xc0\xaf", false, "\uFFFD\uFFFD"},		/* overlong '/' */
};

START_TEST(test_visible)
{
	char *v = utf8_visible(vis_cases[_i].s, vis_cases[_i].keep_nl);
	ck_assert_str_eq(v, vis_cases[_i].want);
	ck_assert(utf8_valid(v, strlen(v)));
	ck_assert_uint_eq(utf8_width(v), utf8_width(vis_cases[_i].s)); /* same columns */
	free(v);
}
END_TEST

START_TEST(test_visible_every_byte)
{
	char in[2] = {0}, *v;
	for (int c = 1; c < 256; c++) {
		in[0] = (char)c;
		v = utf8_visible(in, true);
		ck_assert(utf8_valid(v, strlen(v)));
		for (const char *p = v; *p; p++) /* no raw control survives, \n aside */
			ck_assert(*p == '\n' || (unsigned char)*p >= 0x20);
		ck_assert(strcmp(v, "\x7f") != 0);
		ck_assert_uint_eq(utf8_width(v), 1);
		free(v);
	}
}
END_TEST

/* The one test of "control character": C0, DEL and C1, nothing else. */
static const struct {
	const char *s;
	bool has;
} ctl_cases[] = {
	{"", false},
	{"Zo\xc3\xab M\xc3\xbcller", false},
	{"\xc2\xa0nbsp", false},		/* U+00A0, just past C1 */
	{"\xe2\x80\xa8", false},		/* U+2028 is a separator, not a control */
	{"\xc2\x80 first", true},		/* U+0080, the first C1 */
	{"\x80\x9b", false},			/* lone bytes: invalid, not controls */
	{"Ben\x1b[2J", true},
	{"a\tb", true},
	{"a\nb", true},
	{"\x7f", true},
	{"Ben\xc2\x85", true},		/* NEL */
	{"Ben\xc2\x9b" "2J", true},		/* CSI */
	{"\xc2\x9f", true},			/* the last C1 */
};

START_TEST(test_has_control)
{
	ck_assert_int_eq(utf8_has_control(ctl_cases[_i].s), ctl_cases[_i].has);
}
END_TEST

START_TEST(test_is_control_ranges)
{
	/* A plain comparison in the loop and one assertion on the first code
	 * point that disagrees: a Check assertion per code point (1.1 million)
	 * made this test slow enough to time out on a loaded machine. */
	uint32_t wrong = 0x110000;
	for (uint32_t cp = 0; cp < 0x110000 && wrong == 0x110000; cp++)
		if (utf8_is_control(cp) != (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)))
			wrong = cp;
	ck_assert_msg(wrong == 0x110000, "utf8_is_control(U+%04X) is wrong", (unsigned)wrong);
	ck_assert(!utf8_has_control(NULL));
}
END_TEST

START_TEST(test_visible_null)
{
	char *v = utf8_visible(NULL, false);
	ck_assert_str_eq(v, "");
	free(v);
}
END_TEST

/* --- wrap ---------------------------------------------------------------- */

static const struct {
	const char *s;
	size_t cols;
	const char *lines[10]; /* NULL-terminated */
} wrap_cases[] = {
	{"", 10, {""}},
	{"", 1, {""}},
	{"hello world", 5, {"hello", "world"}},
	{"hello world", 11, {"hello world"}},
	{"hello world", 10, {"hello", "world"}},
	{"the quick brown fox", 10, {"the quick", "brown fox"}},
	{"a b c", 1, {"a", "b", "c"}},
	{"a b c", 2, {"a", "b", "c"}},
	{"a b c", 3, {"a b", "c"}},
	{"abcdef", 2, {"ab", "cd", "ef"}},
	{"abc", 1, {"a", "b", "c"}},
	{"ab", 0, {"a", "b"}},				/* cols 0: one cluster a line */
	{"supercalifragilistic is long", 10, {"supercalif", "ragilistic", "is long"}},
	{"a   b", 2, {"a", "b"}},			/* the whole run of spaces breaks */
	{"  indented text", 20, {"  indented text"}},
	{"    word", 5, {"word"}},			/* indent dropped, word not cut */
	{"      ", 3, {""}},
	{"a\tb c", 3, {"a\tb", "c"}},			/* a tab breaks like a space */
	{"one\ntwo", 20, {"one", "two"}},
	{"a\n\nb", 20, {"a", "", "b"}},
	{"a\n", 20, {"a", ""}},
	{"\n", 5, {"", ""}},
	{"cafe" ACUTE " cafe" ACUTE, 4, {"cafe" ACUTE, "cafe" ACUTE}},
	{"e" ACUTE "e" ACUTE "e" ACUTE, 1, {"e" ACUTE, "e" ACUTE, "e" ACUTE}},
	{"e" ACUTE "e" ACUTE "e" ACUTE, 2, {"e" ACUTE "e" ACUTE, "e" ACUTE}},
	{"a " ACUTE "b", 1, {"a", " " ACUTE, "b"}},	/* a space carrying a mark is no break */
	/* 日本語のテキスト */
	{"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\xe3\x81\xae\xe3\x83\x86\xe3\x82\xad\xe3\x82\xb9\xe3\x83\x88",
	 4,
	 {"\xe6\x97\xa5\xe6\x9c\xac", "\xe8\xaa\x9e\xe3\x81\xae", "\xe3\x83\x86\xe3\x82\xad",
	  "\xe3\x82\xb9\xe3\x83\x88"}},
	{"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", 3, {"\xe6\x97\xa5", "\xe6\x9c\xac", "\xe8\xaa\x9e"}},
	{"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", 1, {"\xe6\x97\xa5", "\xe6\x9c\xac", "\xe8\xaa\x9e"}},
	{"a\xe6\x97\xa5\xe6\x9c\xac", 2, {"a", "\xe6\x97\xa5", "\xe6\x9c\xac"}},
	{"a\xe6\x97\xa5 b", 3, {"a\xe6\x97\xa5", "b"}},
	{FAMILY " family", 2, {FAMILY, "fa", "mi", "ly"}},
	{THUMBS TONE THUMBS TONE, 4, {THUMBS TONE, THUMBS TONE}},
	{THUMBS TONE " ok", 7, {THUMBS TONE " ok"}},
	{THUMBS TONE " ok", 6, {THUMBS TONE, "ok"}},
	{FLAG_GB FLAG_FR, 2, {FLAG_GB, FLAG_FR}},
	/* שלום עולם */
	{"\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d \xd7\xa2\xd7\x95\xd7\x9c\xd7\x9d", 4,
	 {"\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d", "\xd7\xa2\xd7\x95\xd7\x9c\xd7\x9d"}},
	/* مرحبا بكم */
	{"\xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7 \xd8\xa8\xd9\x83\xd9\x85", 5,
	 {"\xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7", "\xd8\xa8\xd9\x83\xd9\x85"}},
	{"\xff\xfe\xfd", 2, {"\xff\xfe", "\xfd"}},
	{"a\x1b[0m b", 5, {"a\x1b[0m", "b"}},
};

START_TEST(test_wrap)
{
	size_t *starts, *lens, want = 0;
	const char *s = wrap_cases[_i].s;
	while (wrap_cases[_i].lines[want])
		want++;
	size_t n = utf8_wrap(s, wrap_cases[_i].cols, &starts, &lens);
	ck_assert_uint_eq(n, want);
	for (size_t k = 0; k < n; k++) {
		ck_assert_uint_eq(lens[k], strlen(wrap_cases[_i].lines[k]));
		ck_assert(memcmp(s + starts[k], wrap_cases[_i].lines[k], lens[k]) == 0);
	}
	free(starts);
	free(lens);
}
END_TEST

static const char *const wrap_texts[] = {
	"Who else is in the room when we talk about this family?",
	"cafe" ACUTE " na\xc3\xafve r\xc3\xa9sum\xc3\xa9 e" ACUTE "e" ACUTE "e" ACUTE "e" ACUTE,
	"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\xe3\x81\xae \xe6\x96\x87\xe7\xab\xa0 abc \xe6\x97\xa5x",
	FAMILY " " THUMBS TONE THUMBS TONE " " FLAG_GB FLAG_FR SCOTLAND " \u2764" VS16,
	"\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d \xd9\x85\xd9\x8e\xd8\xb1\xd9\x92\xd8\xad\xd9\x8e\xd8\xa8\xd9\x8b\xd8\xa7 x",
	"ctrl\x01\x02 \x1b[1m bold\x7f \xff\xfe bad \xed\xa0\x80 end",
	"  lead   and    runs  \n\n  of spaces  ",
	"a " ACUTE " " ACUTE ACUTE "b" ZWJ "c d",
};

/* Boundaries of s's clusters, as a byte map. */
static char *wrap_cluster_map(const char *s, size_t len)
{
	char *map = calloc(len + 1, 1);
	for (size_t off = 0; off < len; off = utf8_next(s, len, off))
		map[off] = 1;
	map[len] = 1;
	return map;
}

/* For every text and every width from 1 to 14: lines in order, each starting
 * and ending on a cluster boundary, no wider than cols unless one cluster
 * alone, and only spaces or newlines left out between them. */
START_TEST(test_wrap_properties)
{
	const char *s = wrap_texts[_i];
	size_t len = strlen(s);
	char *map = wrap_cluster_map(s, len);
	for (size_t cols = 1; cols <= 14; cols++) {
		size_t *starts, *lens, at = 0;
		size_t n = utf8_wrap(s, cols, &starts, &lens);
		ck_assert_uint_ge(n, 1);
		for (size_t k = 0; k < n; k++) {
			size_t a = starts[k], b = a + lens[k];
			ck_assert(map[a] && map[b]);
			for (; at < a; at++)
				ck_assert(s[at] == ' ' || s[at] == '\t' || s[at] == '\n');
			char *line = strndup(s + a, lens[k]);
			if (utf8_width(line) > cols)
				ck_assert_uint_eq(utf8_next(s, len, a), b);
			free(line);
			at = b;
		}
		for (; at < len; at++)
			ck_assert(s[at] == ' ' || s[at] == '\t' || s[at] == '\n');
		free(starts);
		free(lens);
	}
	free(map);
}
END_TEST

START_TEST(test_wrap_null)
{
	size_t *starts, *lens;
	ck_assert_uint_eq(utf8_wrap(NULL, 10, &starts, &lens), 1);
	ck_assert_uint_eq(lens[0], 0);
	free(starts);
	free(lens);
}
END_TEST

Suite *utf8_suite(void);
Suite *utf8_suite(void)
{
	Suite *s = suite_create("utf8");
	TCase *tc = tcase_create("core");
	tcase_add_checked_fixture(tc, u8_setup, u8_teardown);
	tcase_add_loop_test(tc, test_decode, 0, (int)N_OF(dec_cases));
	tcase_add_test(tc, test_encode_round_trip);
	tcase_add_loop_test(tc, test_valid, 0, (int)N_OF(valid_cases));
	tcase_add_test(tc, test_valid_embedded_nul);
	tcase_add_loop_test(tc, test_cp_width, 0, (int)N_OF(cpw_cases));
	tcase_add_test(tc, test_cp_width_unknown);
	tcase_add_loop_test(tc, test_width, 0, (int)N_OF(width_cases));
	tcase_add_loop_test(tc, test_prefix_fitting, 0, (int)N_OF(fit_cases));
	tcase_add_loop_test(tc, test_next, 0, (int)N_OF(cl_cases));
	tcase_add_loop_test(tc, test_prev, 0, (int)N_OF(cl_cases));
	tcase_add_test(tc, test_prev_flag_run);
	tcase_add_loop_test(tc, test_visible, 0, (int)N_OF(vis_cases));
	tcase_add_test(tc, test_visible_every_byte);
	tcase_add_test(tc, test_visible_null);
	tcase_add_loop_test(tc, test_has_control, 0, (int)N_OF(ctl_cases));
	tcase_add_test(tc, test_is_control_ranges);
	tcase_add_loop_test(tc, test_wrap, 0, (int)N_OF(wrap_cases));
	tcase_add_loop_test(tc, test_wrap_properties, 0, (int)N_OF(wrap_texts));
	tcase_add_test(tc, test_wrap_null);
	suite_add_tcase(s, tc);
	return s;
}
