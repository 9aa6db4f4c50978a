/* Folding for loose comparison: case, accents composed or decomposed, plain
 * letters, apostrophes and hyphens; and where each folded byte came from. */
#include <check.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "core/base/utf8_fold.h"

static const struct {
	const char *in, *want;
} fd_case[] = {
	{"Zoë", "zoe"},
	{"Zoe\u0308", "zoe"},
	{"ZOË", "zoe"},
	{"Siobhán", "siobhan"},
	{"Straße", "strasse"},
	{"Øre Łódź", "ore lodz"},
	{"O\u2019Neill", "o'neill"},
	{"Jean\u2010Luc", "jean-luc"},
	{"ΣΟΦΊΑ σοφίας", "σοφια σοφιασ"},
	{"Ёлка", "елка"},
	{"李明", "李明"},
	{"a\xff" "b", "a\xff" "b"},
	{"", ""},
};

START_TEST(test_fold)
{
	ck_assert_ptr_nonnull(setlocale(LC_CTYPE, "C.UTF-8"));
	char *got = utf8_fold_str(fd_case[_i].in);
	ck_assert_str_eq(got, fd_case[_i].want);
	free(got);
}
END_TEST

START_TEST(test_from)
{
	struct utf8_folded f;
	utf8_fold("Zoe\u0308ß!", &f); /* Z o e U+0308 ß ! */
	ck_assert_str_eq(f.s, "zoess!");
	ck_assert_uint_eq(f.len, 6);
	static const size_t want[] = {0, 1, 2, 5, 5, 7, 8};
	for (size_t j = 0; j <= f.len; j++)
		ck_assert_uint_eq(f.from[j], want[j]);
	ck_assert(utf8_folded_whole(&f, 0, 0));
	ck_assert(utf8_folded_whole(&f, 0, 3)); /* "zoe": the mark goes with it */
	ck_assert(utf8_folded_whole(&f, 3, 5)); /* "ss" is ß */
	ck_assert(!utf8_folded_whole(&f, 3, 4)); /* half of it is not */
	ck_assert(!utf8_folded_whole(&f, 4, 6));
	ck_assert(utf8_folded_whole(&f, 6, 6));
	utf8_folded_free(&f);
	utf8_fold(NULL, &f);
	ck_assert_str_eq(f.s, "");
	ck_assert_uint_eq(f.from[0], 0);
	utf8_folded_free(&f);
}
END_TEST

Suite *utf8_fold_suite(void);
Suite *utf8_fold_suite(void)
{
	Suite *s = suite_create("utf8_fold");
	TCase *tc = tcase_create("utf8_fold");
	tcase_add_loop_test(tc, test_fold, 0, sizeof fd_case / sizeof fd_case[0]);
	tcase_add_test(tc, test_from);
	suite_add_tcase(s, tc);
	return s;
}
