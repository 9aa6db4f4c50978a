/*
 * The setup screen's and the rounds lists' key lines follow the state at
 * hand: at setup, adding people leads until the round can start, then Enter
 * starts it, with the time, the case, apologies, help and back at 80
 * columns; a marked swap leads with the swap.  The rounds lists lead with
 * resume unless the round cannot be resumed, and offer only back and help
 * when empty.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "tui/keys.h"
#include "tui/screen_bars.h"

/* The line as shown at 78 columns (an 80-column window). */
static char *sb_line(const enum action *acts)
{
	return keys_bar(acts, 78, false);
}

static void sb_has(const char *line, const char *const *want, size_t n)
{
	for (size_t i = 0; i < n; i++)
		ck_assert_msg(strstr(line, want[i]), "\"%s\" not in \"%s\"", want[i], line);
}

START_TEST(test_setup_bar)
{
	enum action out[SCREEN_BAR_MAX];
	struct subar_state st = {.groups = true, .optional = true};
	subar_actions(&st, out, SCREEN_BAR_MAX);
	ck_assert_int_eq(out[0], ACT_SU_ADD);
	ck_assert_int_eq(out[1], ACT_SU_GROUP);
	char *line = sb_line(out);
	static const char *const filling[] = {"a add", "P same group", "y apologies", "? help", "q back"};
	sb_has(line, filling, sizeof filling / sizeof filling[0]);
	ck_assert_msg(!strstr(line, "start") && !strstr(line, "remove"), "%s", line);
	free(line);
	st = (struct subar_state){.can_start = true, .people = true, .optional = true};
	subar_actions(&st, out, SCREEN_BAR_MAX);
	ck_assert_int_eq(out[0], ACT_SU_START);
	line = sb_line(out);
	static const char *const ready[] = {"Enter start", "a add", "m fit time", "C case",
					    "y apologies", "? help", "q back"};
	sb_has(line, ready, sizeof ready / sizeof ready[0]);
	free(line);
	st.marked = true;
	ck_assert_uint_eq(subar_actions(&st, out, SCREEN_BAR_MAX), 4);
	ck_assert_int_eq(out[0], ACT_SU_SWAP);
	ck_assert_uint_eq(subar_actions(&st, out, 2), 1); /* never past the room given */
	ck_assert_int_eq(out[1], ACT_NONE);
}
END_TEST

START_TEST(test_rounds_bar)
{
	enum action out[SCREEN_BAR_MAX];
	struct rdbar_state st = {0};
	ck_assert_uint_eq(rdbar_actions(&st, out, SCREEN_BAR_MAX), 2); /* nothing listed */
	ck_assert_int_eq(out[0], ACT_CLOSE);
	st = (struct rdbar_state){.any = true, .all = true};
	rdbar_actions(&st, out, SCREEN_BAR_MAX);
	ck_assert_int_eq(out[0], ACT_RD_RESUME);
	char *line = sb_line(out);
	static const char *const all[] = {"Enter resume", "t transcript", "e export", "x delete",
					  "? help", "q back"};
	sb_has(line, all, sizeof all / sizeof all[0]);
	free(line);
	st.blocked = true; /* damaged, or open in another window: no resume offered */
	rdbar_actions(&st, out, SCREEN_BAR_MAX);
	ck_assert_int_eq(out[0], ACT_RD_READ);
	for (const enum action *a = out; *a != ACT_NONE; a++)
		ck_assert_int_ne(*a, ACT_RD_RESUME);
}
END_TEST

Suite *screen_bars_suite(void);
Suite *screen_bars_suite(void)
{
	Suite *s = suite_create("screen_bars");
	TCase *tc = tcase_create("screen_bars");
	tcase_add_test(tc, test_setup_bar);
	tcase_add_test(tc, test_rounds_bar);
	suite_add_tcase(s, tc);
	return s;
}
