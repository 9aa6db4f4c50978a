/*
 * print_md: a transcript's Markdown lines (as transcript_md.c writes them)
 * sorted into kinds and turned into Pango markup: escaped, backslash
 * escapes undone, bold, italic and struck text kept, table cells spaced.
 */
#include <check.h>
#include <stdlib.h>

#include "print/print_md.h"

static void want_markup(const char *line, const char *want)
{
	char *got = print_md_markup(line);
	ck_assert_str_eq(got, want);
	free(got);
}

START_TEST(test_kinds)
{
	ck_assert_int_eq(print_md_kind(""), PRINT_MD_BLANK);
	ck_assert_int_eq(print_md_kind("   "), PRINT_MD_BLANK);
	ck_assert_int_eq(print_md_kind("# Round"), PRINT_MD_TITLE);
	ck_assert_int_eq(print_md_kind("## People"), PRINT_MD_HEADING);
	ck_assert_int_eq(print_md_kind("### Bells ring — 10 min"), PRINT_MD_SUBHEADING);
	ck_assert_int_eq(print_md_kind("- **Dee** (Observer)"), PRINT_MD_BULLET);
	ck_assert_int_eq(print_md_kind("  > Ana spoke"), PRINT_MD_QUOTE);
	ck_assert_int_eq(print_md_kind("  with Ms K?"), PRINT_MD_MORE);
	ck_assert_int_eq(print_md_kind("| what | who |"), PRINT_MD_TABLE);
	ck_assert_int_eq(print_md_kind("|---|---|"), PRINT_MD_RULE);
	ck_assert_int_eq(print_md_kind("Cards dealt:"), PRINT_MD_TEXT);
	ck_assert_int_eq(print_md_kind("#hashtag"), PRINT_MD_TEXT);
}
END_TEST

START_TEST(test_markup)
{
	want_markup("# Test Round (`round-test`)", "Test Round (round-test)");
	want_markup("- **Dee** (Observer), on *Class*, 08:07:",
		    "<b>Dee</b> (Observer), on <i>Class</i>, 08:07:");
	want_markup("- ~~Culture~~ (Test Bells) — to Dee", "<s>Culture</s> (Test Bells) — to Dee");
	want_markup("  > Ana spoke of \\*class\\* with Ben.  ", "Ana spoke of *class* with Ben.");
	want_markup("  > \\- not a list \\| pipe  ", "- not a list | pipe");
	want_markup("Tom & Jerry <3", "Tom &amp; Jerry &lt;3");
	want_markup("| Check J | Priya | Friday |", "Check J     Priya     Friday");
	want_markup("- **unclosed", "<b>unclosed</b>");
	want_markup("  > Здравствуйте — 你好", "Здравствуйте — 你好");
}
END_TEST

Suite *print_md_suite(void);
Suite *print_md_suite(void)
{
	Suite *s = suite_create("print_md");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, test_kinds);
	tcase_add_test(tc, test_markup);
	suite_add_tcase(s, tc);
	return s;
}
