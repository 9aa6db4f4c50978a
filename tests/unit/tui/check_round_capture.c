/* Phase screen logic: whose turn, who still owes a reflection, the default card. */
#include <check.h>
#include <string.h>

/* session_int.h on purpose: the tests probe the default card by withdrawing
 * cards one at a time with nothing in their place, a state no record makes
 * (a redeal or a choice always deals another), so they set fields by hand. */
#include "core/round/session_int.h"
#include "tui/round_capture.h"

static struct role rc_roles[3];
static struct phase rc_phases[3];
static struct doc rc_flow;
static struct session rc_s;
static int rc_seat_row[4];
static int *rc_seats[1];
static struct entry rc_entries[4];
static struct dealt rc_dealt[8];
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
	rc_s.rounds = 1;
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

/* Phase 1 (the observers reflect) after phase 0 dealt 李明 and Ben a lens each
 * and the table a card; phase 1 deals Ben two more and the table one. */
static void rc_deal_two_phases(void)
{
	static const char *const cards[] = {"lens-a", "lens-b", "table-0", "b1", "b2", "table-1",
					    "gone"};
	const struct {
		size_t phase;
		int person;
	} who[] = {{0, 2}, {0, 3}, {0, -1}, {1, 3}, {1, 3}, {1, -1}, {1, 2}};
	for (size_t i = 0; i < 7; i++)
		rc_dealt[i] = (struct dealt){.phase = who[i].phase, .person = who[i].person,
					     .deck = (char *)"d", .card = (char *)cards[i]};
	rc_dealt[6].withdrawn = true; /* redealt away */
	rc_s.n_dealt = 7;
	rc_s.phase = 1;
}

/* QA F3: the cards held this round by its current phase, people first in
 * entry order, then the table; the ones dealt here are new. */
START_TEST(test_hand)
{
	rc_deal_two_phases();
	size_t out[8];
	ck_assert_uint_eq(rcap_hand(&rc_s, out), 6);
	static const size_t want[] = {0, 1, 3, 4, 2, 5}; /* 李明, Ben x3, table x2 */
	for (size_t i = 0; i < 6; i++)
		ck_assert_uint_eq(out[i], want[i]);
	ck_assert(!rcap_is_new(&rc_s, 0));
	ck_assert(rcap_is_new(&rc_s, 3));
	ck_assert(!rcap_is_new(&rc_s, 6)); /* withdrawn */
	rc_s.phase = 0; /* back in phase 0: what phase 1 deals is not held yet */
	ck_assert_uint_eq(rcap_hand(&rc_s, out), 3);
	ck_assert(rcap_is_new(&rc_s, 0));
	rc_s.round = 1; /* another round: nothing held yet */
	ck_assert_uint_eq(rcap_hand(&rc_s, out), 0);
}
END_TEST

/* QA F4: a reflection speaks to its author's card most relevant to this phase. */
START_TEST(test_default_card)
{
	rc_deal_two_phases();
	ck_assert_int_eq(rcap_default_card(&rc_s, 2), 0); /* 李明's lens from phase 0 */
	ck_assert_int_eq(rcap_default_card(&rc_s, 3), 3); /* Ben's first dealt here */
	ck_assert_int_eq(rcap_default_card(&rc_s, 0), -1); /* Ana holds none */
	ck_assert_int_eq(rcap_default_card(&rc_s, -1), 5); /* the group: the table's, new here */
	rc_dealt[5].withdrawn = true;
	ck_assert_int_eq(rcap_default_card(&rc_s, -1), 3); /* else whose turn it is (Ben), dealt here */
	rc_dealt[3].withdrawn = rc_dealt[4].withdrawn = true;
	ck_assert_int_eq(rcap_default_card(&rc_s, -1), 2); /* else the table's from before */
	ck_assert_int_eq(rcap_default_card(&rc_s, 3), 1); /* Ben's lens, the latest he holds */
	/* the group in a phase with no table card of its own: whose turn it is, dealt here */
	rc_s.phase = 0;
	rc_dealt[2].withdrawn = true;
	rc_dealt[7] = (struct dealt){.phase = 0, .person = 0, .deck = (char *)"d", .card = (char *)"p"};
	rc_s.n_dealt = 8;
	ck_assert_int_eq(rcap_default_card(&rc_s, -1), 7); /* Ana presents: her card */
}
END_TEST

/* The choices a writer steps through: the default, then the author's others (the group: all). */
START_TEST(test_card_choices)
{
	rc_deal_two_phases();
	size_t out[8];
	ck_assert_uint_eq(rcap_card_choices(&rc_s, 3, out), 3);
	ck_assert_uint_eq(out[0], 3);
	ck_assert_uint_eq(out[1], 1);
	ck_assert_uint_eq(out[2], 4);
	ck_assert_uint_eq(rcap_card_choices(&rc_s, 0, out), 0);
	ck_assert_uint_eq(rcap_card_choices(&rc_s, -1, out), 6);
	ck_assert_uint_eq(out[0], 5);
	ck_assert_uint_eq(out[1], 0);
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
	tcase_add_test(tc, test_hand);
	tcase_add_test(tc, test_default_card);
	tcase_add_test(tc, test_card_choices);
	suite_add_tcase(s, tc);
	return s;
}
