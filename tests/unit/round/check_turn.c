/* Whose turn, who has not spoken yet, and a new text's default author and card. */
#include <check.h>
#include <string.h>

/* session_int.h on purpose: the tests probe the default card by withdrawing
 * cards one at a time with nothing in their place, a state no record makes
 * (a redeal or a choice always deals another), so they set fields by hand. */
#include "core/round/session_int.h"
#include "core/round/turn.h"

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
	ck_assert_uint_eq(turn_who(&rc_s, out), 1);
	ck_assert_uint_eq(out[0], 0);
	rc_s.phase = 1;
	ck_assert_uint_eq(turn_who(&rc_s, out), 2);
	ck_assert_uint_eq(out[0], 2);
	ck_assert_uint_eq(out[1], 3);
	rc_s.phase = 2;
	ck_assert_uint_eq(turn_who(&rc_s, out), 4);
	int64_t joined[4] = {0}, left[4] = {0, 0, 5, 0}; /* 李明 has left: not waited for */
	rc_s.joined_at = joined, rc_s.left_at = left, rc_s.n_presence = 4;
	ck_assert_uint_eq(turn_who(&rc_s, out), 3);
	ck_assert_uint_eq(out[2], 3);
	rc_s.phase = 1;
	ck_assert_uint_eq(turn_not_spoken(&rc_s, out), 1);
	ck_assert_uint_eq(out[0], 3);
	rc_s.joined_at = rc_s.left_at = NULL, rc_s.n_presence = 0;
	rc_s.phase = 2;
	rc_phases[2].who = NULL;
	ck_assert_uint_eq(turn_who(&rc_s, out), 0);
}
END_TEST

/* Each speaks in any order, some twice: the screen lists who has not spoken
 * yet, and the default is the first of them, never a forced order. */
START_TEST(test_not_spoken_each)
{
	size_t out[4];
	rc_s.phase = 1;
	ck_assert_uint_eq(turn_not_spoken(&rc_s, out), 2);
	ck_assert_int_eq(turn_default_author(&rc_s, false), 2);
	rc_entries[0] = (struct entry){.id = 1, .phase = 1, .person = 3};
	rc_entries[1] = (struct entry){.id = 2, .phase = 1, .person = 2, .note = true};
	rc_s.n_entries = 2;
	ck_assert(turn_has_spoken(&rc_s, 3));
	ck_assert(!turn_has_spoken(&rc_s, 2)); /* a note is not a contribution */
	ck_assert_uint_eq(turn_not_spoken(&rc_s, out), 1);
	ck_assert_uint_eq(out[0], 2);
	ck_assert_int_eq(turn_default_author(&rc_s, false), 2);
	rc_entries[2] = (struct entry){.id = 3, .phase = 1, .person = 2};
	rc_entries[3] = (struct entry){.id = 4, .phase = 1, .person = 3}; /* Ben again */
	rc_s.n_entries = 4;
	ck_assert_uint_eq(turn_not_spoken(&rc_s, out), 0);
	ck_assert_int_eq(turn_default_author(&rc_s, false), -1); /* all spoke: the group */
	rc_entries[2].deleted = true; /* a deleted one does not count */
	ck_assert_uint_eq(turn_not_spoken(&rc_s, out), 1);
	rc_s.phase = 0;
	ck_assert(!turn_has_spoken(&rc_s, 3)); /* other phase */
}
END_TEST

/* One holder of the turn: theirs; nobody: the group; a note: the facilitator's. */
START_TEST(test_default_author)
{
	ck_assert_int_eq(turn_default_author(&rc_s, false), 0); /* Ana presents */
	ck_assert_int_eq(turn_default_author(&rc_s, true), SESSION_FACILITATOR);
	rc_s.phase = 2; /* everyone's turn, nothing captured: the group */
	ck_assert_int_eq(turn_default_author(&rc_s, false), -1);
	rc_phases[0].who = NULL;
	rc_s.phase = 0;
	ck_assert_int_eq(turn_default_author(&rc_s, false), -1);
}
END_TEST

/* Authors typed as a number, a name, f or g. */
START_TEST(test_author_from)
{
	int p = 99;
	ck_assert_int_eq(turn_author_from(&rc_s, " 2 ", &p), 0);
	ck_assert_int_eq(p, 1);
	ck_assert_int_eq(turn_author_from(&rc_s, "ben", &p), 0);
	ck_assert_int_eq(p, 3);
	ck_assert_int_eq(turn_author_from(&rc_s, "李明", &p), 0);
	ck_assert_int_eq(p, 2);
	ck_assert_int_eq(turn_author_from(&rc_s, "F", &p), 0);
	ck_assert_int_eq(p, SESSION_FACILITATOR);
	ck_assert_int_eq(turn_author_from(&rc_s, "group", &p), 0);
	ck_assert_int_eq(p, -1);
	p = 99;
	ck_assert_int_eq(turn_author_from(&rc_s, "5", &p), -1);
	ck_assert_int_eq(turn_author_from(&rc_s, "0", &p), -1);
	ck_assert_int_eq(turn_author_from(&rc_s, "", &p), -1);
	ck_assert_int_eq(turn_author_from(&rc_s, "2x", &p), -1);
	ck_assert_int_eq(p, 99);
	ck_assert_str_eq(turn_author_name(&rc_s, SESSION_FACILITATOR), "Facilitator");
	rc_s.facilitator = (char *)"Fay";
	ck_assert_str_eq(turn_author_name(&rc_s, SESSION_FACILITATOR), "Fay");
	ck_assert_str_eq(turn_author_name(&rc_s, -1), "the group");
	ck_assert_str_eq(turn_author_name(&rc_s, 1), "Zoë");
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
	ck_assert_uint_eq(turn_hand(&rc_s, out), 6);
	static const size_t want[] = {0, 1, 3, 4, 2, 5}; /* 李明, Ben x3, table x2 */
	for (size_t i = 0; i < 6; i++)
		ck_assert_uint_eq(out[i], want[i]);
	ck_assert(!turn_is_new(&rc_s, 0));
	ck_assert(turn_is_new(&rc_s, 3));
	ck_assert(!turn_is_new(&rc_s, 6)); /* withdrawn */
	rc_s.phase = 0; /* back in phase 0: what phase 1 deals is not held yet */
	ck_assert_uint_eq(turn_hand(&rc_s, out), 3);
	ck_assert(turn_is_new(&rc_s, 0));
	rc_s.round = 1; /* another round: nothing held yet */
	ck_assert_uint_eq(turn_hand(&rc_s, out), 0);
}
END_TEST

/* A contribution is linked to the one card its author was dealt here, else
 * the one they hold from earlier in the round; never when there are two,
 * never someone else's. */
START_TEST(test_default_card)
{
	rc_deal_two_phases();
	ck_assert_int_eq(turn_default_card(&rc_s, 2), 0); /* 李明's lens from phase 0 */
	ck_assert_int_eq(turn_default_card(&rc_s, 3), -1); /* Ben was dealt two here */
	ck_assert_int_eq(turn_default_card(&rc_s, 0), -1); /* Ana holds none */
	ck_assert_int_eq(turn_default_card(&rc_s, SESSION_FACILITATOR), -1);
	ck_assert_int_eq(turn_default_card(&rc_s, -1), 5); /* the group: the table's, new here */
	rc_dealt[5].withdrawn = true;
	ck_assert_int_eq(turn_default_card(&rc_s, -1), 2); /* else the table's from before */
	rc_dealt[4].withdrawn = true;
	ck_assert_int_eq(turn_default_card(&rc_s, 3), 3); /* one left here: b1 */
	rc_dealt[3].withdrawn = true;
	ck_assert_int_eq(turn_default_card(&rc_s, 3), 1); /* none here: his lens */
	rc_dealt[7] = (struct dealt){.phase = 0, .person = 3, .deck = (char *)"d",
					 .card = (char *)"lens-c"};
	rc_s.n_dealt = 8;
	ck_assert_int_eq(turn_default_card(&rc_s, 3), -1); /* two from before: none */
}
END_TEST

/* Given to someone else, a text's card goes with its old author; the table's stays. */
START_TEST(test_card_for_author)
{
	rc_deal_two_phases();
	rc_dealt[4].withdrawn = true; /* Ben holds b1 here, and his lens */
	struct entry e = {.person = 2, .phase = 1, .deck = (char *)"d", .card = (char *)"lens-a"};
	ck_assert_int_eq(turn_card_for_author(&rc_s, &e, 3), 3); /* Ben's own */
	ck_assert_int_eq(turn_card_for_author(&rc_s, &e, 0), -1); /* Ana holds none */
	ck_assert_int_eq(turn_card_for_author(&rc_s, &e, SESSION_FACILITATOR), -1);
	e.card = (char *)"table-1";
	ck_assert_int_eq(turn_card_for_author(&rc_s, &e, 3), 5); /* the table's stays */
	e.card = NULL;
	e.deck = NULL;
	ck_assert_int_eq(turn_card_for_author(&rc_s, &e, 3), -1); /* none stays none */
}
END_TEST

/* After "no card": the author's cards (default first), the table's, the others'. */
START_TEST(test_card_choices)
{
	rc_deal_two_phases();
	size_t out[8];
	static const size_t ben[] = {1, 3, 4, 2, 5, 0}, li[] = {0, 2, 5, 1, 3, 4},
			    group[] = {5, 2, 0, 1, 3, 4};
	ck_assert_uint_eq(turn_card_choices(&rc_s, 3, out), 6);
	for (size_t i = 0; i < 6; i++)
		ck_assert_uint_eq(out[i], ben[i]);
	ck_assert_uint_eq(turn_card_choices(&rc_s, 2, out), 6);
	for (size_t i = 0; i < 6; i++)
		ck_assert_uint_eq(out[i], li[i]);
	ck_assert_uint_eq(turn_card_choices(&rc_s, -1, out), 6);
	for (size_t i = 0; i < 6; i++)
		ck_assert_uint_eq(out[i], group[i]);
	ck_assert_uint_eq(turn_card_choices(&rc_s, SESSION_FACILITATOR, out), 6);
	ck_assert_uint_eq(out[0], 2); /* the table's first */
}
END_TEST

Suite *turn_suite(void);
Suite *turn_suite(void)
{
	Suite *s = suite_create("turn");
	TCase *tc = tcase_create("core");
	tcase_add_checked_fixture(tc, rc_fixture, NULL);
	tcase_add_test(tc, test_who);
	tcase_add_test(tc, test_not_spoken_each);
	tcase_add_test(tc, test_default_author);
	tcase_add_test(tc, test_author_from);
	tcase_add_test(tc, test_hand);
	tcase_add_test(tc, test_default_card);
	tcase_add_test(tc, test_card_choices);
	tcase_add_test(tc, test_card_for_author);
	suite_add_tcase(s, tc);
	return s;
}
