/* The phase's entries: filtering by phase and deletion, labels. */
#include <check.h>
#include <stdlib.h>

#include "core/round/session.h"
#include "tui/round_entries.h"

#include "../support/session_fixture.h"

/* A round of three phases for Ana and Zoë, twice over, read from its records. */
#define RE_START                                                                                  \
	"{\"v\":1,\"t\":\"start\",\"at\":1700000000000,\"id\":\"re\",\"flow\":\"f\",\"seed\":\"1\","   \
	"\"rounds\":2,\"people\":[\"Ana\",\"Zoë\"],\"decks\":{},\"phases\":[\"a\",\"b\",\"c\"],"     \
	"\"roles\":[\"r\"]}\n"                                                                    \
	"{\"t\":\"seats\",\"at\":1700000000000,\"round\":0,\"seats\":[0,0]}\n"                     \
	"{\"t\":\"phase\",\"at\":1700000000000,\"round\":0,\"phase\":0}\n"

static void re_setup(void)
{
	sfx_open("rentries", "decks", "Ana,Zoë");
}

static void re_teardown(void)
{
	sfx_close();
}

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
	/* the facilitator, unnamed in this round */
	{{.note = true, .person = SESSION_FACILITATOR}, "Note · Facilitator"},
	{{.person = SESSION_FACILITATOR}, "Facilitator"},
	/* the card it speaks to (its id when the deck is not on the search path) */
	{{.person = 1, .deck = (char *)"social-graces", .card = (char *)"class"}, "Zoë, on class"},
	{{.note = true, .person = -1, .deck = (char *)"d", .card = (char *)"c", .revisions = 1},
	 "Note, on c (edited)"},
};

START_TEST(test_label)
{
	struct session *s = sfx_load("label.jsonl", RE_START, true);
	char *l = rentries_label(s, &re_cases[_i].e);
	ck_assert_str_eq(l, re_cases[_i].label);
	free(l);
	session_free(s);
}
END_TEST

#define RE_ENTRY(id, phase, note) \
	"{\"t\":\"entry\",\"at\":1700000001000,\"id\":" #id ",\"note\":" #note ",\"round\":0," \
	"\"phase\":" #phase ",\"person\":0,\"text\":\"t\"}\n"

START_TEST(test_phase)
{
	static const char recs[] = RE_START
		"{\"t\":\"phase\",\"at\":1700000001000,\"round\":0,\"phase\":1}\n"
		RE_ENTRY(1, 1, false) RE_ENTRY(2, 2, false) RE_ENTRY(3, 1, false) RE_ENTRY(4, 1, true)
		"{\"t\":\"delete\",\"at\":1700000002000,\"id\":3}\n";
	struct session *s = sfx_load("phase.jsonl", recs, false);
	size_t out[4];
	ck_assert_uint_eq(rentries_phase(s, out), 2);
	ck_assert_uint_eq(out[0], 0);
	ck_assert_uint_eq(out[1], 3);
	session_free(s);
	/* the same phase of the next round has none of them */
	s = sfx_load("next.jsonl",
		     RE_START "{\"t\":\"phase\",\"at\":1700000001000,\"round\":1,\"phase\":1}\n"
			 RE_ENTRY(1, 1, false),
		     false);
	ck_assert_uint_eq(session_round_index(s), 1);
	ck_assert_uint_eq(rentries_phase(s, out), 0);
	session_free(s);
}
END_TEST

Suite *round_entries_suite(void);
Suite *round_entries_suite(void)
{
	Suite *s = suite_create("round_entries");
	TCase *tc = tcase_create("core");
	tcase_add_checked_fixture(tc, re_setup, re_teardown);
	tcase_add_loop_test(tc, test_label, 0, (int)(sizeof re_cases / sizeof re_cases[0]));
	tcase_add_test(tc, test_phase);
	suite_add_tcase(s, tc);
	return s;
}
