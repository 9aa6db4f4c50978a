/*
 * The phase screen's key line follows the state at hand: on the last phase
 * how to end comes first (and no next), with a timer pause and a minute
 * more, the cards, the projector and help at 80 columns; while unsaved,
 * retry and save elsewhere lead; an ended round offers what it still does.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "core/base/xalloc.h"
#include "core/round/session.h"
#include "tui/app.h"
#include "tui/round_bar.h"
#include "tui/round_int.h"

#include "../support/headless.h"
#include "../support/round_views.h"

static bool bar_has(const enum action *out, enum action a)
{
	for (; *out != ACT_NONE; out++)
		if (*out == a)
			return true;
	return false;
}

START_TEST(test_bar_states)
{
	enum action out[RBAR_MAX];
	struct rbar_state st = {.timed = true, .cards = true};
	rbar_actions(&st, out, RBAR_MAX);
	ck_assert_int_eq(out[0], ACT_PH_PAUSE);
	ck_assert(bar_has(out, ACT_PH_NEXT) && bar_has(out, ACT_PH_MINUTE) && bar_has(out, ACT_PH_CARD) &&
		  bar_has(out, ACT_PH_PROJECTOR) && bar_has(out, ACT_HELP));
	st.last = true;
	rbar_actions(&st, out, RBAR_MAX);
	ck_assert_int_eq(out[0], ACT_PH_END);
	ck_assert(!bar_has(out, ACT_PH_NEXT));
	st = (struct rbar_state){.unsaved = true};
	rbar_actions(&st, out, RBAR_MAX);
	ck_assert_int_eq(out[0], ACT_PH_RETRY);
	ck_assert_int_eq(out[1], ACT_PH_SAVEAS);
	ck_assert(!bar_has(out, ACT_PH_PAUSE) && !bar_has(out, ACT_PH_MINUTE) && !bar_has(out, ACT_PH_CARD));
	st = (struct rbar_state){.actions = true};
	rbar_actions(&st, out, RBAR_MAX);
	ck_assert(bar_has(out, ACT_PH_ACTION)); /* an action-planning step shows a */
	st.actions = false;
	rbar_actions(&st, out, RBAR_MAX);
	ck_assert(!bar_has(out, ACT_PH_ACTION));
	st = (struct rbar_state){.ended = true, .cards = true, .timed = true};
	ck_assert_uint_eq(rbar_actions(&st, out, RBAR_MAX), 5);
	ck_assert_int_eq(out[0], ACT_PH_CARD);
	ck_assert_int_eq(out[1], ACT_PH_TRANSCRIPT);
	ck_assert_int_eq(out[2], ACT_PH_REOPEN); /* an ended round says how to reopen it */
	ck_assert_uint_eq(rbar_actions(&st, out, 2), 1); /* never past the room given */
	ck_assert_int_eq(out[1], ACT_NONE);
}
END_TEST

/* At 80 columns (78 for the line): the keys that matter are all there. */
START_TEST(test_bar_at_80)
{
	struct round *r = rv_phase_screen("Ana,Zoë,李明,Ben");
	char *bar = app_key_line(&r->v, 78);
	static const char *const want[] = {"Space pause", "? help", "Enter write", "→ next", "o card",
					   "p projector", "+ min"};
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
		ck_assert_msg(strstr(bar, want[i]), "\"%s\" not in \"%s\"", want[i], bar);
	free(bar);
	for (int i = 0; i < 4; i++)
		r->v.ops->key(&r->v, 'l', ACT_PH_NEXT);
	ck_assert_uint_eq(session_phase_index(r->s) + 1, session_n_phases(r->s));
	bar = app_key_line(&r->v, 78);
	ck_assert_msg(!strncmp(bar, "E end", 5) && !strstr(bar, "→") && strstr(bar, "Space pause") &&
		      strstr(bar, "? help"), "last phase: \"%s\"", bar);
	free(bar);
	bar = app_key_line(&r->v, 38); /* a small window: the end and the timer still */
	ck_assert_msg(!strncmp(bar, "E end  Space pause  ? help", 26), "at 40: \"%s\"", bar);
	free(bar);
}
END_TEST

Suite *round_bar_suite(void);
Suite *round_bar_suite(void)
{
	Suite *s = suite_create("round_bar");
	TCase *tc = tcase_create("round_bar");
	tcase_add_test(tc, test_bar_states);
	TCase *tv = tcase_create("round_bar_view");
	tcase_add_checked_fixture(tv, rv_setup, rv_teardown);
	tcase_add_test(tv, test_bar_at_80);
	suite_add_tcase(s, tc);
	suite_add_tcase(s, tv);
	return s;
}
