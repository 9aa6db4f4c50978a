/* The phase's entries: filtering by phase and deletion, labels. */
#include <check.h>
#include <stdlib.h>

/* session_int.h: the tests set a session's fields by hand, to reach exact states
 * (a card withdrawn with no replacement, records pending) that the API reaches
 * only through a failing disk or long journals. */
#include "core/round/session_int.h"
#include "tui/round_entries.h"

static const struct {
	struct entry e;
	const char *label;
} re_cases[] = {
	{{.person = 1}, "Zoë"},
	{{.person = -1}, "Group"},
	{{.person = 0, .revisions = 2}, "Ana (edited)"},
	{{.note = true, .person = -1}, "Note"},
	{{.note = true, .person = 1, .revisions = 1}, "Note · Zoë (edited)"},
	{{.person = 7}, "Group"}, /* out of range never reads past the names */
	/* the card it speaks to (its id when the deck is not on the search path) */
	{{.person = 1, .deck = (char *)"social-graces", .card = (char *)"class"}, "Zoë, on class"},
	{{.note = true, .person = -1, .deck = (char *)"d", .card = (char *)"c", .revisions = 1},
	 "Note, on c (edited)"},
};

START_TEST(test_label)
{
	char *names[] = {(char *)"Ana", (char *)"Zoë"};
	struct session s = {.people = {.v = names, .n = 2, .cap = 2}};
	char *l = rentries_label(&s, &re_cases[_i].e);
	ck_assert_str_eq(l, re_cases[_i].label);
	free(l);
}
END_TEST

START_TEST(test_phase)
{
	struct entry v[4] = {
		{.id = 1, .round = 0, .phase = 1},
		{.id = 2, .round = 0, .phase = 2},
		{.id = 3, .round = 0, .phase = 1, .deleted = true},
		{.id = 4, .round = 0, .phase = 1, .note = true},
	};
	struct session s = {.entries = v, .n_entries = 4, .phase = 1};
	size_t out[4];
	ck_assert_uint_eq(rentries_phase(&s, out), 2);
	ck_assert_uint_eq(out[0], 0);
	ck_assert_uint_eq(out[1], 3);
	s.round = 1;
	ck_assert_uint_eq(rentries_phase(&s, out), 0);
}
END_TEST

Suite *round_entries_suite(void);
Suite *round_entries_suite(void)
{
	Suite *s = suite_create("round_entries");
	TCase *tc = tcase_create("core");
	tcase_add_loop_test(tc, test_label, 0, (int)(sizeof re_cases / sizeof re_cases[0]));
	tcase_add_test(tc, test_phase);
	suite_add_tcase(s, tc);
	return s;
}
