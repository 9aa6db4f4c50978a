/* Card picker rows: suit headings, order, loose cards last, cards in hand, stepping. */
#include <check.h>
#include <stdlib.h>

#include "core/round/session.h"
#include "tui/round_picker.h"

#include "../support/session_fixture.h"

static void rpk_setup(void)
{
	sfx_open("rpicker", "decks", "Ana");
}

static void rpk_teardown(void)
{
	sfx_close();
}

START_TEST(test_rows)
{
	struct suit suits[2] = {{.id = (char *)"a", .title = (char *)"Alpha"},
				{.id = (char *)"b", .title = (char *)"Beta"}};
	struct card cards[4] = {
		{.id = (char *)"b1", .title = (char *)"Bee one", .suit = (char *)"b"},
		{.id = (char *)"a1", .title = (char *)"Ay one", .suit = (char *)"a"},
		{.id = (char *)"x1", .title = (char *)"Loose"},
		{.id = (char *)"a2", .suit = (char *)"a"},
	};
	struct doc d = {.kind = DOC_DECK, .id = (char *)"deck",
			.deck = {.suits = suits, .n_suits = 2, .cards = cards, .n_cards = 4}};
	/* a2 and b1 dealt, b1 then chosen away for x1 */
	static const char recs[] =
		"{\"v\":1,\"t\":\"start\",\"at\":1700000000000,\"id\":\"rp\",\"flow\":\"f\","
		"\"seed\":\"1\",\"rounds\":1,\"people\":[\"Ana\"],\"decks\":{\"deck\":\"1\"},"
		"\"phases\":[\"p\"],\"roles\":[\"r\"]}\n"
		"{\"t\":\"seats\",\"at\":1700000000000,\"round\":0,\"seats\":[0]}\n"
		"{\"t\":\"phase\",\"at\":1700000000000,\"round\":0,\"phase\":0,\"deals\":["
		"{\"person\":0,\"deck\":\"deck\",\"card\":\"a2\"},"
		"{\"person\":0,\"deck\":\"deck\",\"card\":\"b1\"}]}\n"
		"{\"t\":\"choose\",\"at\":1700000001000,\"index\":1,\"person\":0,\"round\":0,"
		"\"phase\":0,\"deck\":\"deck\",\"card\":\"x1\"}\n";
	struct session *s = sfx_load("picker.jsonl", recs, false);
	ck_assert_uint_eq(session_n_dealt(s), 3);
	ck_assert(session_dealt(s, 1)->withdrawn);
	struct rpick_row *rows;
	size_t n = rpick_rows(&d, s, &rows);
	ck_assert_uint_eq(n, 6);
	const char *want[] = {"Alpha", "Ay one", "a2", "Beta", "Bee one", "Loose"};
	for (size_t i = 0; i < n; i++)
		ck_assert_str_eq(rows[i].text, want[i]);
	ck_assert_ptr_null(rows[0].card);
	ck_assert_ptr_eq(rows[1].card, &cards[1]);
	ck_assert(rows[2].in_hand);
	ck_assert(!rows[4].in_hand); /* withdrawn for a card chosen by hand */
	ck_assert_uint_eq(rpick_step(rows, n, 2, +1), 4); /* skips the heading */
	ck_assert_uint_eq(rpick_step(rows, n, 1, -1), 1); /* nothing above but a heading */
	ck_assert_uint_eq(rpick_step(rows, n, 5, +1), 5);
	ck_assert(rows[5].in_hand); /* chosen by hand */
	free(rows);
	n = rpick_rows(&d, NULL, &rows);
	ck_assert(!rows[2].in_hand);
	free(rows);
	session_free(s);
}
END_TEST

Suite *round_picker_suite(void);
Suite *round_picker_suite(void)
{
	Suite *s = suite_create("round_picker");
	TCase *tc = tcase_create("rows");
	tcase_add_checked_fixture(tc, rpk_setup, rpk_teardown);
	tcase_add_test(tc, test_rows);
	suite_add_tcase(s, tc);
	return s;
}
