/* Invisible and direction characters: found, named, and shown as <U+XXXX>,
 * with the joiners left where they join (emoji, Persian); JSON escapes them. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "core/base/json_out.h"
#include "core/base/utf8_spoof.h"

static const struct {
	const char *in, *want;
} sp_reveal[] = {
	{"abc\u202Etxt.exe", "abc<U+202E>txt.exe"},
	{"a\u200Bb", "a<U+200B>b"},
	{"a\u200Db", "a<U+200D>b"},			  /* a joiner between ASCII letters */
	{"\u200Dx", "<U+200D>x"},			  /* at the start */
	{"\U0001F469\u200D\U0001F4BB", "\U0001F469\u200D\U0001F4BB"}, /* an emoji sequence */
	{"\u0646\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645",
	 "\u0646\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645"},	  /* Persian ZWNJ */
	{"\u2066x\u2069 \u2067y\u2069", "<U+2066>x<U+2069> <U+2067>y<U+2069>"},
	{"\uFEFFbom \u2060 \u200E\u200F \u061C", "<U+FEFF>bom <U+2060> <U+200E><U+200F> <U+061C>"},
	{"\u202A\u202B\u202C\u202D", "<U+202A><U+202B><U+202C><U+202D>"},
	{"esc \x1b[2J and \u202E", "esc \u241B[2J and <U+202E>"}, /* controls still made visible */
	{"plain Zoë 字", "plain Zoë 字"},
};

START_TEST(test_reveal)
{
	char *got = utf8_reveal(sp_reveal[_i].in, false);
	ck_assert_str_eq(got, sp_reveal[_i].want);
	free(got);
}
END_TEST

START_TEST(test_find_and_name)
{
	uint32_t cp = 0;
	const char *s = "ab\u200Dc";
	ck_assert_uint_eq(utf8_spoof_find(s, strlen(s), true, &cp), 2);
	ck_assert_uint_eq(cp, 0x200D);
	ck_assert_str_eq(utf8_spoof_name(cp), "ZERO WIDTH JOINER");
	const char *emoji = "\U0001F469\u200D\U0001F4BB";
	ck_assert_uint_eq(utf8_spoof_find(emoji, strlen(emoji), true, &cp), strlen(emoji));
	ck_assert_uint_eq(utf8_spoof_find(emoji, strlen(emoji), false, &cp), 4); /* in an id */
	ck_assert_ptr_null(utf8_spoof_name('a'));
	ck_assert_uint_eq(utf8_count_cps("Zoë\u202E", 4), 3);
}
END_TEST

/* Long ASCII runs are passed over eight bytes at a time: what follows them,
 * or ends the string mid-run, is still seen right. */
START_TEST(test_find_after_long_ascii)
{
	uint32_t cp = 0;
	const char *s = "0123456789abcdefghij\u202Etxt";
	ck_assert_uint_eq(utf8_spoof_find(s, strlen(s), true, &cp), 20);
	ck_assert_uint_eq(cp, 0x202E);
	ck_assert_uint_eq(utf8_spoof_find(s, 20, true, &cp), 20); /* len ends before it */
	ck_assert_uint_eq(utf8_spoof_find(s, 13, true, &cp), 13);
	const char *joined = "0123456789abcdefg\u00e9\u200D\u00e9 and \u200B";
	ck_assert_uint_eq(utf8_spoof_find(joined, strlen(joined), true, &cp), strlen(joined) - 3);
	ck_assert_uint_eq(cp, 0x200B);
	ck_assert_uint_eq(utf8_spoof_find(joined, strlen(joined), false, &cp), 19);
	ck_assert_uint_eq(cp, 0x200D);
}
END_TEST

START_TEST(test_json_escapes_them)
{
	cJSON *o = cJSON_CreateString("a\u202Eb\u200Bc");
	char *got = json_out_print(o, false);
	ck_assert_str_eq(got, "\"a\\u202eb\\u200bc\"");
	free(got);
	cJSON_Delete(o);
}
END_TEST

Suite *utf8_spoof_suite(void);
Suite *utf8_spoof_suite(void)
{
	Suite *s = suite_create("utf8_spoof");
	TCase *tc = tcase_create("utf8_spoof");
	tcase_add_loop_test(tc, test_reveal, 0, sizeof sp_reveal / sizeof sp_reveal[0]);
	tcase_add_test(tc, test_find_and_name);
	tcase_add_test(tc, test_find_after_long_ascii);
	tcase_add_test(tc, test_json_escapes_them);
	suite_add_tcase(s, tc);
	return s;
}
