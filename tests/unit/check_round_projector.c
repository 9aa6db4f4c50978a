/* Projector layout: wrapping by display width, letter-spacing only when it fits. */
#include <check.h>
#include <string.h>

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
	suite_add_tcase(s, tc);
	return s;
}
