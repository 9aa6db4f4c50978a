/* Phase screen logic: whose turn, who still owes a reflection, the default card. */
#include <check.h>
#include <string.h>

#include "tui/round_capture.h"

static struct role rc_roles[3];
static struct phase rc_phases[3];
static struct doc rc_flow;
static struct session rc_s;
static int rc_seat_row[4];
static int *rc_seats[1];
static struct entry rc_entries[4];
static struct dealt rc_dealt[4];
static char *rc_names[4] = {(char *)"Ana", (char *)"Zoë", (char *)"李明", (char *)"Ben"};

/* Roles presenter, consultant, observer(rest); phases: one (who presenter), each (who
 * observer), none (who all). Ana presents, Zoë consults, 李明 and Ben observe. */
static void rc_fixture(void)
{
	memset(&rc_s, 0, sizeof rc_s);
	memset(&rc_flow, 0, sizeof rc_flow);
	memset(rc_phases, 0, sizeof rc_phases);
	rc_roles[0] = (struct role){.id = (char *)"presenter", .count = 1};
	rc_roles[1] = (struct role){.id = (char *)"consultant", .count = 1};
	rc_roles[2] = (struct role){.id = (char *)"observer", .rest = true};
	rc_phases[0] = (struct phase){.id = (char *)"present", .who = (char *)"presenter",
				      .capture = CAPTURE_ONE};
	rc_phases[1] = (struct phase){.id = (char *)"reflect", .who = (char *)"observer",
				      .capture = CAPTURE_EACH};
	rc_phases[2] = (struct phase){.id = (char *)"roles", .who = (char *)"all",
				      .capture = CAPTURE_NONE};
	rc_flow.kind = DOC_FLOW;
	rc_flow.flow = (struct flow){.roles = rc_roles, .n_roles = 3, .phases = rc_phases,
				     .n_phases = 3, .rounds = 1};
	int row[4] = {0, 1, 2, 2};
	memcpy(rc_seat_row, row, sizeof row);
	rc_seats[0] = rc_seat_row;
	rc_s.flow = &rc_flow;
	rc_s.people = (struct strv){.v = rc_names, .n = 4, .cap = 4};
	rc_s.seats = rc_seats;
	rc_s.entries = rc_entries;
	rc_s.dealt = rc_dealt;
}

START_TEST(test_who)
{
	size_t out[4];
	ck_assert_uint_eq(rcap_who(&rc_s, out), 1);
	ck_assert_uint_eq(out[0], 0);
	rc_s.phase = 1;
	ck_assert_uint_eq(rcap_who(&rc_s, out), 2);
	ck_assert_uint_eq(out[0], 2);
	ck_assert_uint_eq(out[1], 3);
	rc_s.phase = 2;
	ck_assert_uint_eq(rcap_who(&rc_s, out), 4);
	rc_phases[2].who = NULL;
	ck_assert_uint_eq(rcap_who(&rc_s, out), 0);
}
END_TEST

START_TEST(test_next_person_each)
{
	rc_s.phase = 1;
	ck_assert_int_eq(rcap_next_person(&rc_s), 2);
	rc_entries[0] = (struct entry){.id = 1, .phase = 1, .person = 2};
	rc_entries[1] = (struct entry){.id = 2, .phase = 1, .person = 3, .note = true};
	rc_s.n_entries = 2;
	ck_assert(rcap_has_reflection(&rc_s, 2));
	ck_assert(!rcap_has_reflection(&rc_s, 3)); /* a note is not a reflection */
	ck_assert_int_eq(rcap_next_person(&rc_s), 3);
	rc_entries[2] = (struct entry){.id = 3, .phase = 1, .person = 3};
	rc_s.n_entries = 3;
	ck_assert_int_eq(rcap_next_person(&rc_s), -2);
	rc_entries[0].deleted = true; /* deleting one asks for it again */
	ck_assert_int_eq(rcap_next_person(&rc_s), 2);
	rc_s.round = 0;
	rc_s.phase = 0;
	ck_assert(!rcap_has_reflection(&rc_s, 3)); /* other phase */
}
END_TEST

START_TEST(test_next_person_one_none)
{
	ck_assert_int_eq(rcap_next_person(&rc_s), -1);
	rc_s.phase = 2;
	ck_assert_int_eq(rcap_next_person(&rc_s), -2);
}
END_TEST

START_TEST(test_default_card)
{
	rc_s.phase = 1;
	rc_dealt[0] = (struct dealt){.phase = 1, .person = 2, .deck = (char *)"d", .card = (char *)"a"};
	rc_dealt[1] = (struct dealt){.phase = 1, .person = 3, .deck = (char *)"d", .card = (char *)"b"};
	rc_dealt[2] = (struct dealt){.phase = 1, .person = 3, .deck = (char *)"d", .card = (char *)"c"};
	rc_dealt[3] = (struct dealt){.phase = 0, .person = -1, .deck = (char *)"d", .card = (char *)"e"};
	rc_s.n_dealt = 4;
	ck_assert_int_eq(rcap_default_card(&rc_s, 2), 0);
	ck_assert_int_eq(rcap_default_card(&rc_s, 3), -1); /* two cards: the facilitator picks */
	ck_assert_int_eq(rcap_default_card(&rc_s, 0), -1); /* none */
	rc_dealt[1].withdrawn = true;				/* redealt away */
	ck_assert_int_eq(rcap_default_card(&rc_s, 3), 2);
	rc_s.phase = 0;
	ck_assert_int_eq(rcap_default_card(&rc_s, -1), 3); /* the table's card for the group */
}
END_TEST

Suite *round_capture_suite(void);
Suite *round_capture_suite(void)
{
	Suite *s = suite_create("round_capture");
	TCase *tc = tcase_create("core");
	tcase_add_checked_fixture(tc, rc_fixture, NULL);
	tcase_add_test(tc, test_who);
	tcase_add_test(tc, test_next_person_each);
	tcase_add_test(tc, test_next_person_one_none);
	tcase_add_test(tc, test_default_card);
	suite_add_tcase(s, tc);
	return s;
}
