/* Write it's top line: the step, its title, and the suggested time as room allows. */
#include <check.h>
#include <stdlib.h>

#include "core/base/utf8.h"
#include "tui/write_page.h"

START_TEST(test_header)
{
	static const struct practice_step v[] = {
		{.kind = PSTEP_READ, .id = "scene", .title = "Read the vignette", .minutes = 2},
		{.kind = PSTEP_WRITE, .id = "write", .title = "Write your questions", .minutes = 6},
		{.kind = PSTEP_READ, .id = "lens", .title = "Take up a lens"},
		{.kind = PSTEP_CHECK, .id = "check", .title = "Check them", .minutes = 1.5},
	};
	static const struct practice_steps steps = {.v = (struct practice_step *)v, .n = 4};
	static const struct {
		size_t step;
		const char *clock;
		size_t cols;
		const char *want;
	} t[] = {
		{1, "5:42 left", 76, "Step 2 of 4 · Write your questions               suggested 6 min · 5:42 left"},
		{1, "+0:03 over", 60, "Step 2 of 4 · Write your questions                +0:03 over"},
		{1, "5:42 left", 36, "2/4 · Write your questio…  5:42 left"},
		{1, "5:42 left", 23, "2/4 · Write…  5:42 left"},
		{1, "5:42 left", 14, "2/…  5:42 left"},
		{1, "5:42 left", 12, "2/4 · Write your questions"}, /* cut by the drawing */
		{0, "1:59 left", 36, "1/4 · Read the vignette    1:59 left"},
		{3, "1:30 left", 76, "Step 4 of 4 · Check them                       suggested 1.5 min · 1:30 left"},
		{2, "", 76, "Step 3 of 4 · Take up a lens"},
		{2, NULL, 20, "3/4 · Take up a lens"},
	};
	for (size_t i = 0; i < sizeof t / sizeof *t; i++) {
		struct wpage pg = {.steps = &steps, .step = t[i].step, .exercise = 1, .n = 1};
		char *got = wpage_header(&pg, t[i].clock, t[i].cols);
		ck_assert_str_eq(got, t[i].want);
		ck_assert_msg(utf8_width(got) <= t[i].cols || t[i].cols < 20,
			      "case %zu: %zu columns", i, utf8_width(got));
		free(got);
	}
	struct wpage pg = {.steps = &steps, .step = 3, .exercise = 1, .n = 1};
	ck_assert(wpage_last(&pg));
	ck_assert_str_eq(wpage_title(&pg), "Check them");
	pg.step = 2;
	ck_assert(!wpage_last(&pg));
}
END_TEST

Suite *write_page_suite(void);
Suite *write_page_suite(void)
{
	Suite *s = suite_create("write_page");
	TCase *tc = tcase_create("header");
	tcase_add_test(tc, test_header);
	suite_add_tcase(s, tc);
	return s;
}
