/* Projector layout: wrapping by display width, letter-spacing only when it fits. */
#include <check.h>
#include <stdint.h>
#include <string.h>

#include "core/base/utf8.h"

#include "tui/round_projector.h"

/* Test stand-ins for utf8.h: ASCII 1 column, U+1100.. (CJK here) 2, combining U+0300.. 0. */
static size_t rp_next(const char *s, size_t len, size_t off)
{
	size_t n = 1;
	unsigned char c = (unsigned char)s[off];
	if (c >= 0xf0) n = 4;
	else if (c >= 0xe0) n = 3;
	else if (c >= 0xc0) n = 2;
	off += n;
	/* keep a combining acute (CC 81) on its letter */
	while (off + 1 < len && (unsigned char)s[off] == 0xcc &&
	       (unsigned char)s[off + 1] == 0x81)
		off += 2;
	return off;
}

static size_t rp_width(const char *s)
{
	size_t w = 0, len = strlen(s);
	for (size_t off = 0; off < len;) {
		unsigned char c = (unsigned char)s[off];
		w += c >= 0xe0 ? 2 : 1;
		off = rp_next(s, len, off);
	}
	return w;
}

START_TEST(test_spaced_when_fits)
{
	struct strv out = {0};
	ck_assert_uint_eq(rproj_layout("Present the case", 40, rp_width, rp_next, &out), 1);
	ck_assert_str_eq(out.v[0], "P r e s e n t   t h e   c a s e");
	strv_free(&out);
}
END_TEST

START_TEST(test_wraps_then_spaces)
{
	struct strv out = {0};
	ck_assert_uint_eq(rproj_layout("Present the case", 15, rp_width, rp_next, &out), 2);
	ck_assert_str_eq(out.v[0], "P r e s e n t");
	ck_assert_str_eq(out.v[1], "t h e   c a s e");
	strv_free(&out);
}
END_TEST

START_TEST(test_plain_when_spacing_does_not_fit)
{
	struct strv out = {0};
	/* "Present" is wider than half of 8: spacing would cut it, so plain */
	ck_assert_uint_eq(rproj_layout("Present the case", 8, rp_width, rp_next, &out), 2);
	ck_assert_str_eq(out.v[0], "Present");
	ck_assert_str_eq(out.v[1], "the case");
	strv_free(&out);
}
END_TEST

START_TEST(test_wide_and_combining)
{
	struct strv out = {0};
	/* "李明" is 4 columns; spaced "李 明" 5 */
	ck_assert_uint_eq(rproj_layout("李明", 5, rp_width, rp_next, &out), 1);
	ck_assert_str_eq(out.v[0], "李 明");
	strv_free(&out);
	/* "Zoe" + combining acute stays one letter: "Z o é" */
	ck_assert_uint_eq(rproj_layout("Zoe\xcc\x81", 9, rp_width, rp_next, &out), 1);
	ck_assert_str_eq(out.v[0], "Z o e\xcc\x81");
	strv_free(&out);
}
END_TEST

START_TEST(test_long_word_cut)
{
	struct strv out = {0};
	ck_assert_uint_eq(rproj_layout("abcdefghij", 4, rp_width, rp_next, &out), 3);
	ck_assert_str_eq(out.v[0], "abcd");
	ck_assert_str_eq(out.v[1], "efgh");
	ck_assert_str_eq(out.v[2], "ij");
	strv_free(&out);
	ck_assert_uint_eq(rproj_layout("x", 0, rp_width, rp_next, &out), 0);
	ck_assert_uint_eq(rproj_layout("   ", 10, rp_width, rp_next, &out), 0);
}
END_TEST

/* --- the screen ------------------------------------------------------------- */

static struct strv rp_prompts;

/* The Bells reflecting phase with the table's story card. */
static struct rproj_in rp_in(const char *phase, const char *card)
{
	strv_free(&rp_prompts);
	strv_push(&rp_prompts, "What in this family's past might nobody in the room yet know?");
	strv_push(&rp_prompts, "Who could tell us something we have not thought to ask about?");
	strv_push(&rp_prompts, "What might the child not yet know about their own story?");
	return (struct rproj_in){
		.phase = phase,
		.about = card ? "CMM: making meaning · for the table" : NULL,
		.card = card,
		.body = card ? "Stories that no one taking part knows yet, sometimes including the "
			       "family themselves. They are a reminder that every assessment is partial."
			     : NULL,
		.prompts = card ? &rp_prompts : NULL,
	};
}

/* Every line inside cols x rows, above the timer's row, in row order. */
static void ck_screen_fits(const struct rproj_screen *s, size_t cols, size_t rows)
{
	for (size_t i = 0; i < s->n; i++) {
		const struct rproj_line *l = &s->v[i];
		ck_assert_msg(l->y + 1 < rows, "%zux%zu: line %zu on row %zu", cols, rows, i, l->y);
		ck_assert_msg(l->x + utf8_width(l->text) <= cols, "%zux%zu: \"%s\" at %zu is too wide",
			      cols, rows, l->text, l->x);
		ck_assert(i == 0 || s->v[i - 1].y <= l->y);
	}
}

static size_t rp_count(const struct rproj_screen *s, enum rproj_style st)
{
	size_t n = 0;
	for (size_t i = 0; i < s->n; i++)
		n += s->v[i].style == st;
	return n;
}

static bool rp_has(const struct rproj_screen *s, const char *text)
{
	for (size_t i = 0; i < s->n; i++)
		if (strstr(s->v[i].text, text))
			return true;
	return false;
}

/* QA F13: at 80x24 and 200x60 both titles are big (larger on the larger screen), some of the
 * card's text is there, two columns of it at 200 wide; at 40x12 it all stays plain. */
START_TEST(test_screen_sizes)
{
	struct rproj_in in = rp_in("Reflecting conversation", "Unknown stories");
	struct rproj_screen s;
	rproj_screen(&in, 80, 24, &s);
	ck_screen_fits(&s, 80, 24);
	ck_assert_uint_ge(s.phase_rows, 3);
	ck_assert_uint_ge(s.card_rows, 3);
	ck_assert(rp_has(&s, "█"));
	ck_assert(rp_has(&s, "CMM: making meaning · for the table"));
	ck_assert_uint_ge(rp_count(&s, RPROJ_BODY), 3);
	size_t small = s.card_rows;
	rproj_screen_free(&s);
	rproj_screen(&in, 200, 60, &s);
	ck_screen_fits(&s, 200, 60);
	ck_assert_uint_gt(s.card_rows, small);
	ck_assert_uint_gt(s.phase_rows, 3);
	size_t x0 = SIZE_MAX, x1 = 0;
	for (size_t i = 0; i < s.n; i++)
		if (s.v[i].style == RPROJ_BODY) {
			x0 = s.v[i].x < x0 ? s.v[i].x : x0;
			x1 = s.v[i].x > x1 ? s.v[i].x : x1;
		}
	ck_assert_uint_gt(x1, x0 + 70); /* a second column */
	ck_assert(rp_has(&s, "own story?"));
	rproj_screen_free(&s);
	rproj_screen(&in, 40, 12, &s);
	ck_screen_fits(&s, 40, 12);
	ck_assert_uint_eq(s.phase_rows, 1);
	ck_assert_uint_eq(s.card_rows, 1);
	ck_assert(rp_has(&s, "U n k n o w n   s t o r i e s"));
	ck_assert(rp_has(&s, " …")); /* the text cut short says so */
	rproj_screen_free(&s);
	strv_free(&rp_prompts);
}
END_TEST

/* Titles the font lacks stay plain and centred; accents drawn big are shown plain too;
 * a phase without a card has the screen to itself. */
START_TEST(test_screen_scripts_and_no_card)
{
	struct rproj_in in = rp_in("Reflecting conversation", "家族の物語");
	struct rproj_screen s;
	rproj_screen(&in, 80, 24, &s);
	ck_screen_fits(&s, 80, 24);
	ck_assert_uint_eq(s.card_rows, 1);
	ck_assert_uint_ge(s.phase_rows, 3);
	for (size_t i = 0; i < s.n; i++)
		if (s.v[i].style == RPROJ_CARD) {
			ck_assert_str_eq(s.v[i].text, "家 族 の 物 語");
			ck_assert_uint_eq(s.v[i].x, (80 - 14) / 2); /* centred */
		}
	rproj_screen_free(&s);
	in = rp_in("Reflecting conversation", "Zoë's story");
	rproj_screen(&in, 80, 24, &s);
	ck_assert_uint_ge(s.card_rows, 3);
	ck_assert(rp_has(&s, "Z o ë ' s   s t o r y")); /* the accent, plain, under the big form */
	rproj_screen_free(&s);
	in = rp_in("Roles and ground rules", NULL);
	rproj_screen(&in, 80, 24, &s);
	ck_screen_fits(&s, 80, 24);
	ck_assert_uint_ge(s.phase_rows, 5); /* alone, it is drawn larger */
	ck_assert_uint_eq(rp_count(&s, RPROJ_CARD) + rp_count(&s, RPROJ_BODY), 0);
	rproj_screen_free(&s);
	rproj_screen(&in, 3, 24, &s);
	ck_assert_uint_eq(s.n, 0);
	strv_free(&rp_prompts);
}
END_TEST

Suite *round_projector_suite(void);
Suite *round_projector_suite(void)
{
	Suite *s = suite_create("round_projector");
	TCase *tc = tcase_create("layout");
	tcase_add_test(tc, test_spaced_when_fits);
	tcase_add_test(tc, test_wraps_then_spaces);
	tcase_add_test(tc, test_plain_when_spacing_does_not_fit);
	tcase_add_test(tc, test_wide_and_combining);
	tcase_add_test(tc, test_long_word_cut);
	tcase_add_test(tc, test_screen_sizes);
	tcase_add_test(tc, test_screen_scripts_and_no_card);
	suite_add_tcase(s, tc);
	return s;
}
