/* Aligned columns: display widths (accents, CJK), right alignment, no trailing
 * blanks, control characters made visible. */
#include <check.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "cli/columns.h"

static char *co_print(const struct columns *t, size_t gap)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	columns_print(f, t, gap);
	fclose(f);
	return buf;
}

static void co_setup(void)
{
	ck_assert_ptr_nonnull(setlocale(LC_CTYPE, "C.UTF-8"));
}

START_TEST(test_widths)
{
	struct columns t;
	columns_init(&t, 3, NULL);
	columns_add(&t, (const char *const[]){"ID", "TITLE", "FILE"});
	columns_add(&t, (const char *const[]){"zoe", "Zoë", "a.json"});
	columns_add(&t, (const char *const[]){"kanji", "漢字", "b.json"});
	columns_add(&t, (const char *const[]){"e", "e\xcc\x81t\xc3\xa9", "c.json"});
	char *s = co_print(&t, 2);
	ck_assert_str_eq(s, "ID     TITLE  FILE\n"
			    "zoe    Zoë    a.json\n"
			    "kanji  漢字   b.json\n"
			    "e      e\xcc\x81t\xc3\xa9    c.json\n");
	free(s);
	columns_free(&t);
}
END_TEST

START_TEST(test_right_and_trailing)
{
	struct columns t;
	columns_init(&t, 3, "lrl");
	columns_add(&t, (const char *const[]){"a", "1 card", ""});
	columns_add(&t, (const char *const[]){"bbb", "12 cards", "(shadowed)"});
	columns_add(&t, (const char *const[]){"c", NULL, NULL});
	char *s = co_print(&t, 1);
	ck_assert_str_eq(s, "a     1 card\n"
			    "bbb 12 cards (shadowed)\n"
			    "c\n");
	free(s);
	columns_free(&t);
}
END_TEST

START_TEST(test_controls_visible)
{
	struct columns t;
	columns_init(&t, 2, NULL);
	columns_add(&t, (const char *const[]){"x\x1b[31m", "y"});
	columns_add(&t, (const char *const[]){"line\nbreak", "z"});
	char *s = co_print(&t, 2);
	ck_assert_ptr_null(strchr(s, '\x1b'));
	ck_assert_ptr_nonnull(strstr(s, "x\xe2\x90\x9b[31m")); /* U+241B for ESC */
	/* The newline is made visible too: two rows make two lines. */
	size_t lines = 0;
	for (const char *p = s; *p; p++)
		lines += *p == '\n';
	ck_assert_uint_eq(lines, 2);
	free(s);
	columns_free(&t);
}
END_TEST

START_TEST(test_empty)
{
	struct columns t;
	columns_init(&t, 2, NULL);
	char *s = co_print(&t, 2);
	ck_assert_str_eq(s, "");
	free(s);
	columns_free(&t);
}
END_TEST

Suite *columns_suite(void);
Suite *columns_suite(void)
{
	Suite *s = suite_create("columns");
	TCase *tc = tcase_create("columns");
	tcase_add_checked_fixture(tc, co_setup, NULL);
	tcase_add_test(tc, test_widths);
	tcase_add_test(tc, test_right_and_trailing);
	tcase_add_test(tc, test_controls_visible);
	tcase_add_test(tc, test_empty);
	suite_add_tcase(s, tc);
	return s;
}
