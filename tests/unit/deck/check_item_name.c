/* How a problem names an item of a list: by id, else by its place. */
#include <check.h>
#include <string.h>

#include "core/deck/item_name.h"

static const struct {
	const char *key;
	size_t index;
	const char *id;
	const char *want;
} in_cases[] = {
	{ "cards", 5, "curiosity", "card \"curiosity\"" },
	{ "cards", 5, NULL, "the 6th card" },
	{ "cards", 0, "Not An Id", "the 1st card" },      /* an invalid id is no name */
	{ "cards", 1, "a\xe2\x80\x8b", "the 2nd card" },  /* nor one with invisible characters */
	{ "suits", 2, NULL, "the 3rd suit" },
	{ "roles", 0, "presenter", "role \"presenter\"" },
	{ "phases", 10, NULL, "the 11th phase" },
	{ "deal", 11, NULL, "the 12th deal" },
	{ "prompts", 12, NULL, "the 13th prompt" },
	{ "examples", 20, NULL, "the 21st example" },
	{ "tags", 21, NULL, "the 22nd tag" },
	{ "authors", 22, NULL, "the 23rd author" },
	{ "sources", 110, NULL, "the 111th source" },
	{ "also", 100, NULL, "the 101st card in also" },
	{ "x-mine", 1, "b", "the 2nd item of x-mine" }, /* a list the format does not define */
};

START_TEST(test_item_name)
{
	char buf[128];
	size_t n = item_name(buf, sizeof buf, in_cases[_i].key, in_cases[_i].index, in_cases[_i].id);
	ck_assert_str_eq(buf, in_cases[_i].want);
	ck_assert_uint_eq(n, strlen(in_cases[_i].want));
}
END_TEST

START_TEST(test_item_name_cut)
{
	char buf[8];
	size_t n = item_name(buf, sizeof buf, "cards", 5, NULL);
	ck_assert_str_eq(buf, "the 6th");
	ck_assert_uint_eq(n, 7);
}
END_TEST

Suite *item_name_suite(void);
Suite *item_name_suite(void)
{
	Suite *s = suite_create("item_name");
	TCase *tc = tcase_create("item_name");
	tcase_add_loop_test(tc, test_item_name, 0, sizeof in_cases / sizeof in_cases[0]);
	tcase_add_test(tc, test_item_name_cut);
	suite_add_tcase(s, tc);
	return s;
}
