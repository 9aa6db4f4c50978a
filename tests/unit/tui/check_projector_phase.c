/* The projector can show the phase itself: Tab (or v) switches from the card
 * to the phase's prompts and who holds which role, and back. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "tui/app.h"
#include "tui/round_int.h"

#include "../support/headless.h"
#include "../support/round_views.h"

static bool pp_shows(const char *want)
{
	char *all = hl_screen();
	bool found = strstr(all, want) != NULL;
	free(all);
	return found;
}

START_TEST(test_projector_switch)
{
	rv_phase_screen("Ana,Zoë,李明,Ben");
	hl_press(&rv_app, 'p');
	hl_paint(rv_app.stack[rv_app.n - 1]);
	ck_assert_msg(!pp_shows("Presenter: Ana"), "the card view shows the roles");
	hl_press(&rv_app, '\t');
	hl_paint(rv_app.stack[rv_app.n - 1]);
	ck_assert_msg(pp_shows("Presenter: Ana") && pp_shows("Consultant (interviewer): Zoë"),
		      "no roles: %s", hl_screen());
	ck_assert_msg(pp_shows("• Which person in this story has hardly been mentioned yet?"),
		      "no prompts");
	hl_press(&rv_app, 'v');
	hl_paint(rv_app.stack[rv_app.n - 1]);
	ck_assert(!pp_shows("Presenter: Ana"));
	ck_assert_str_eq(rv_app.stack[rv_app.n - 1]->ops->name, "Projector");
}
END_TEST

Suite *projector_phase_suite(void);
Suite *projector_phase_suite(void)
{
	Suite *s = suite_create("projector_phase");
	TCase *tc = tcase_create("projector_phase");
	tcase_add_checked_fixture(tc, rv_setup, rv_teardown);
	tcase_add_test(tc, test_projector_switch);
	suite_add_tcase(s, tc);
	return s;
}
