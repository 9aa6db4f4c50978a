/* Card picker rows: suit headings, order, loose cards last, cards in hand, stepping. */
#include <check.h>
#include <stdlib.h>

/* session_int.h: the tests set a session's fields by hand, to reach exact states
 * (a card withdrawn with no replacement, records pending) that the API reaches
 * only through a failing disk or long journals. */
#include "core/round/session_int.h"
#include "tui/round_picker.h"

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
	struct dealt dealt[2] = {
		{.deck = (char *)"deck", .card = (char *)"a2"},
		{.deck = (char *)"deck", .card = (char *)"b1", .withdrawn = true},
	};
	struct session s = {.dealt = dealt, .n_dealt = 2};
	struct rpick_row *rows;
	size_t n = rpick_rows(&d, &s, &rows);
	ck_assert_uint_eq(n, 6);
	const char *want[] = {"Alpha", "Ay one", "a2", "Beta", "Bee one", "Loose"};
	for (size_t i = 0; i < n; i++)
		ck_assert_str_eq(rows[i].text, want[i]);
	ck_assert_ptr_null(rows[0].card);
	ck_assert_ptr_eq(rows[1].card, &cards[1]);
	ck_assert(rows[2].in_hand);
	ck_assert(!rows[4].in_hand); /* withdrawn by a redeal */
	ck_assert_uint_eq(rpick_step(rows, n, 2, +1), 4); /* skips the heading */
	ck_assert_uint_eq(rpick_step(rows, n, 1, -1), 1); /* nothing above but a heading */
	ck_assert_uint_eq(rpick_step(rows, n, 5, +1), 5);
	free(rows);
	n = rpick_rows(&d, NULL, &rows);
	ck_assert(!rows[2].in_hand);
	free(rows);
}
END_TEST

Suite *round_picker_suite(void);
Suite *round_picker_suite(void)
{
	Suite *s = suite_create("round_picker");
	TCase *tc = tcase_create("rows");
	tcase_add_test(tc, test_rows);
	suite_add_tcase(s, tc);
	return s;
}
