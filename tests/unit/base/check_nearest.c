/*
 * nearest: the edit distance (with swapped neighbours as one typo, case
 * ignored), when a name counts as close, and the hint's two forms.
 */
#include <check.h>
#include <stdint.h>
#include <string.h>

#include "core/base/nearest.h"

START_TEST(test_distance)
{
	ck_assert_uint_eq(nearest_distance("suits", "suits"), 0);
	ck_assert_uint_eq(nearest_distance("suts", "suits"), 1);
	ck_assert_uint_eq(nearest_distance("sutis", "suits"), 1); /* swapped */
	ck_assert_uint_eq(nearest_distance("Title", "title"), 0);
	ck_assert_uint_eq(nearest_distance("", "abc"), 3);
	ck_assert_uint_eq(nearest_distance("kitten", "sitting"), 3);
	char long_word[80];
	memset(long_word, 'a', sizeof long_word - 1);
	long_word[sizeof long_word - 1] = '\0';
	ck_assert_uint_eq(nearest_distance(long_word, "a"), SIZE_MAX);
}
END_TEST

START_TEST(test_close_name_is_suggested)
{
	struct nearest n;
	char buf[128];

	nearest_init(&n, "promts");
	nearest_offer(&n, "id");
	nearest_offer(&n, "prompts");
	nearest_offer(&n, "title");
	ck_assert_str_eq(nearest_hint(&n, "fields", buf, sizeof buf), "; did you mean \"prompts\"?");
}
END_TEST

START_TEST(test_far_names_are_listed_when_few)
{
	struct nearest n;
	char buf[128];

	nearest_init(&n, "feelings");
	nearest_offer(&n, "people");
	nearest_offer(&n, "places");
	ck_assert_str_eq(nearest_hint(&n, "its suits", buf, sizeof buf),
			 " (its suits: people, places)");
	/* a short word is not "near" a name it shares nothing with */
	nearest_init(&n, "ab");
	nearest_offer(&n, "xy");
	ck_assert_str_eq(nearest_hint(&n, "roles", buf, sizeof buf), " (roles: xy)");
}
END_TEST

START_TEST(test_many_far_names_are_not_listed)
{
	struct nearest n;
	char buf[128];
	static const char *const names[] = { "a1", "b2", "c3", "d4", "e5", "f6", "g7", "h8", "i9" };

	nearest_init(&n, "zzzzzz");
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		nearest_offer(&n, names[i]);
	ck_assert_str_eq(nearest_hint(&n, "decks", buf, sizeof buf), "");
	/* and a truncated buffer stays a string */
	nearest_init(&n, "zzzzzz");
	nearest_offer(&n, "people");
	ck_assert_str_eq(nearest_hint(&n, "its suits", buf, 8), " (its s");
}
END_TEST

Suite *nearest_suite(void);
Suite *nearest_suite(void)
{
	Suite *s = suite_create("nearest");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, test_distance);
	tcase_add_test(tc, test_close_name_is_suggested);
	tcase_add_test(tc, test_far_names_are_listed_when_few);
	tcase_add_test(tc, test_many_far_names_are_not_listed);
	suite_add_tcase(s, tc);
	return s;
}
