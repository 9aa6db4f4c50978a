/* Wrapped printing of deck text: indent and bullets, paragraphs, tabs,
 * control characters, and UTF-8 never split at any width. */
#include <check.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "cli/wrap.h"
#include "core/base/utf8.h"

static char *wr_print(const char *text, size_t indent, const char *bullet, size_t width)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	wrap_print(f, text, indent, bullet, width);
	fclose(f);
	return buf;
}

static void wr_setup(void)
{
	ck_assert_ptr_nonnull(setlocale(LC_CTYPE, "C.UTF-8"));
}

START_TEST(test_plain)
{
	char *s = wr_print("the quick brown fox jumps over the lazy dog", 2, NULL, 20);
	ck_assert_str_eq(s, "  the quick brown\n"
			    "  fox jumps over the\n"
			    "  lazy dog\n");
	free(s);
}
END_TEST

START_TEST(test_bullet)
{
	char *s = wr_print("the quick brown fox jumps over the lazy dog", 2, "- ", 20);
	ck_assert_str_eq(s, "  - the quick brown\n"
			    "    fox jumps over\n"
			    "    the lazy dog\n");
	free(s);
}
END_TEST

START_TEST(test_paragraphs_tabs_trailing)
{
	char *s = wr_print("one\ttwo\n\nthree\n\n", 1, NULL, 40);
	ck_assert_str_eq(s, " one    two\n"
			    "\n"
			    " three\n");
	free(s);
	s = wr_print("", 2, "- ", 40);
	ck_assert_str_eq(s, "");
	free(s);
	s = wr_print(NULL, 2, NULL, 40);
	ck_assert_str_eq(s, "");
	free(s);
}
END_TEST

START_TEST(test_controls)
{
	char *s = wr_print("red\x1b[31m alert\x07", 0, NULL, 80);
	ck_assert_ptr_null(strchr(s, '\x1b'));
	ck_assert_ptr_null(strchr(s, '\x07'));
	ck_assert_ptr_nonnull(strstr(s, "red\xe2\x90\x9b[31m alert\xe2\x90\x87"));
	free(s);
}
END_TEST

/* Every line fits, is valid UTF-8 and never starts with a combining mark. */
static void wr_check_lines(const char *s, size_t width)
{
	const char *p = s;
	while (*p) {
		const char *nl = strchr(p, '\n');
		ck_assert_ptr_nonnull(nl);
		size_t len = (size_t)(nl - p);
		char *line = strndup(p, len);
		ck_assert_msg(utf8_valid(line, len), "invalid UTF-8 in line '%s'", line);
		ck_assert_msg(utf8_width(line) <= width, "line '%s' wider than %zu", line, width);
		const char *text = line + strspn(line, " ");
		ck_assert_msg(strncmp(text, "\xcc\x81", 2) != 0,
			      "line '%s' starts with a combining mark", line);
		free(line);
		p = nl + 1;
	}
}

START_TEST(test_utf8_every_width)
{
	static const char text[] =
		"Schöne Grüße aus Köln: naïve café. 日本語の文章はスペースなしで続きます。"
		" Donaudampfschifffahrtselektrizitätenhauptbetriebswerk e\xcc\x81"
		"e\xcc\x81" "e\xcc\x81 🎒🎒🎒🎒";
	for (size_t width = 14; width <= 60; width++) {
		char *s = wr_print(text, 2, "- ", width);
		wr_check_lines(s, width);
		free(s);
	}
}
END_TEST

Suite *wrap_suite(void);
Suite *wrap_suite(void)
{
	Suite *s = suite_create("wrap");
	TCase *tc = tcase_create("wrap");
	tcase_add_checked_fixture(tc, wr_setup, NULL);
	tcase_add_test(tc, test_plain);
	tcase_add_test(tc, test_bullet);
	tcase_add_test(tc, test_paragraphs_tabs_trailing);
	tcase_add_test(tc, test_controls);
	tcase_add_test(tc, test_utf8_every_width);
	suite_add_tcase(s, tc);
	return s;
}
