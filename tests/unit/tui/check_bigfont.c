/* The projector's block letters: what the font covers, widths, heights and the rows drawn. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "core/base/utf8.h"
#include "tui/bigfont.h"

static const struct {
	const char *text;
	bool covered, stripped;
} bf_cover[] = {
	{"Presenting the work", true, false},
	{"Step 3: what next? (1–2 min)", true, false},
	{"Zoë’s café", true, true},	 /* accents go: the plain text must be shown too */
	{"Zoe\xcc\x88", true, true},	 /* a combining diaeresis, the same */
	{"Łódź", true, true},
	{"李明", false, false},
	{"Ωmega", false, false},
	{"Æther", false, false},	 /* no base letter to stand for it */
	{"مريم", false, false},
	{"🙂 Sam", false, false},
	{"a\x1b", false, false},
};

START_TEST(test_covers)
{
	bool stripped = !bf_cover[_i].stripped;
	ck_assert_msg(bigfont_covers(bf_cover[_i].text, &stripped) == bf_cover[_i].covered,
		      "\"%s\"", bf_cover[_i].text);
	if (bf_cover[_i].covered)
		ck_assert_msg(stripped == bf_cover[_i].stripped, "\"%s\"", bf_cover[_i].text);
}
END_TEST

START_TEST(test_width_and_height)
{
	ck_assert_uint_eq(bigfont_width("A", 1), 4);
	ck_assert_uint_eq(bigfont_width("AB", 1), 9); /* a dot between letters */
	ck_assert_uint_eq(bigfont_width("AB", 3), 27);
	ck_assert_uint_eq(bigfont_width("a b", 1), bigfont_width("A B", 1));
	ck_assert_uint_eq(bigfont_height(1), 3); /* five dots in half-rows */
	ck_assert_uint_eq(bigfont_height(2), 5);
	ck_assert_uint_eq(bigfont_height(3), 8);
}
END_TEST

static void bf_rows(const char *text, size_t k, const char *const *want, size_t n)
{
	struct strv out = {0};
	bigfont_render(text, k, &out);
	ck_assert_uint_eq(out.n, n);
	for (size_t i = 0; i < n; i++)
		ck_assert_msg(!strcmp(out.v[i], want[i]), "\"%s\" at %zu, row %zu: \"%s\", not \"%s\"",
			      text, k, i, out.v[i], want[i]);
	strv_free(&out);
}

START_TEST(test_render)
{
	static const char *const i1[] = {"▀█▀", " █ ", "▀▀▀"};
	bf_rows("I", 1, i1, 3);
	bf_rows("i", 1, i1, 3); /* lower case is drawn as upper case */
	static const char *const i2[] = {"██████", "  ██  ", "  ██  ", "  ██  ", "██████"};
	bf_rows("I", 2, i2, 5);
	static const char *const hi[] = {"█  █ ▀█▀", "█▀▀█  █ ", "▀  ▀ ▀▀▀"};
	bf_rows("HI", 1, hi, 3);
	static const char *const e_acute[] = {"█▀▀▀", "█▀▀ ", "▀▀▀▀"};
	bf_rows("É", 1, e_acute, 3); /* its base letter */
}
END_TEST

/* Every row is as wide as bigfont_width says, at every scale. */
START_TEST(test_rows_as_wide_as_said)
{
	const char *text = "Presenting the work: 1, 2... (ok?) — “yes”";
	ck_assert(bigfont_covers(text, NULL));
	for (size_t k = 1; k <= 6; k++) {
		struct strv out = {0};
		bigfont_render(text, k, &out);
		ck_assert_uint_eq(out.n, bigfont_height(k));
		for (size_t i = 0; i < out.n; i++)
			ck_assert_uint_eq(utf8_width(out.v[i]), bigfont_width(text, k));
		strv_free(&out);
	}
}
END_TEST

Suite *bigfont_suite(void);
Suite *bigfont_suite(void)
{
	Suite *s = suite_create("bigfont");
	TCase *tc = tcase_create("font");
	tcase_add_loop_test(tc, test_covers, 0, (int)(sizeof bf_cover / sizeof bf_cover[0]));
	tcase_add_test(tc, test_width_and_height);
	tcase_add_test(tc, test_render);
	tcase_add_test(tc, test_rows_as_wide_as_said);
	suite_add_tcase(s, tc);
	return s;
}
