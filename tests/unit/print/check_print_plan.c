/*
 * print_plan: paper and card sizes, the grid of cards on a page (portrait
 * or turned, centred inside the margin), where a back falls once the sheet
 * is turned, the page of each face and back, and the cards a suit picks.
 */
#include <check.h>
#include <math.h>

#include "print/print_plan.h"

#define NEAR(a, b) ck_assert_msg(fabs((a) - (b)) < 1e-6, "%g != %g", (double)(a), (double)(b))

START_TEST(test_words)
{
	enum print_paper p;
	enum print_card c;
	ck_assert(print_paper_parse(NULL, &p) && p == PRINT_A4);
	ck_assert(print_paper_parse("letter", &p) && p == PRINT_LETTER);
	ck_assert(!print_paper_parse("A4", &p));
	ck_assert(print_card_parse(NULL, &c) && c == PRINT_CARD_A7);
	ck_assert(print_card_parse("poker", &c) && c == PRINT_CARD_POKER);
	ck_assert(!print_card_parse("a5", &c));
	ck_assert_str_eq(print_card_name(PRINT_CARD_A6), "a6");
	NEAR(print_card_size(PRINT_CARD_POKER).w, 63.5);
	NEAR(print_paper_size(PRINT_LETTER).h, 279.4);
}
END_TEST

/* How many cards go on a page, and which way the paper is turned. */
static void want_grid(enum print_paper p, enum print_card c, size_t cols, size_t rows,
		      bool landscape)
{
	struct print_grid g;
	print_grid_plan(&g, p, c);
	ck_assert_uint_eq(g.cols, cols);
	ck_assert_uint_eq(g.rows, rows);
	ck_assert_int_eq(g.page.w > g.page.h, landscape);
	/* centred, and inside the margin */
	NEAR(2 * g.left + (double)g.cols * g.card.w, g.page.w);
	NEAR(2 * g.top + (double)g.rows * g.card.h, g.page.h);
	ck_assert(g.left >= PRINT_MARGIN_MM && g.top >= PRINT_MARGIN_MM);
}

START_TEST(test_grids)
{
	want_grid(PRINT_A4, PRINT_CARD_A6, 2, 1, true);
	want_grid(PRINT_A4, PRINT_CARD_A7, 2, 2, false);
	want_grid(PRINT_A4, PRINT_CARD_POKER, 3, 3, false);
	want_grid(PRINT_LETTER, PRINT_CARD_A6, 2, 1, true);
	want_grid(PRINT_LETTER, PRINT_CARD_A7, 2, 2, false);
	want_grid(PRINT_LETTER, PRINT_CARD_POKER, 4, 2, true); /* 3 x 2 upright */
}
END_TEST

/* A back sits in its face's row, its column counted from the other side:
 * turned over about the side edge, the two meet. */
START_TEST(test_mirrored_slots)
{
	struct print_grid g;
	double fx, fy, bx, by;
	print_grid_plan(&g, PRINT_A4, PRINT_CARD_POKER);
	for (size_t slot = 0; slot < 9; slot++) {
		print_grid_slot(&g, slot, false, &fx, &fy);
		print_grid_slot(&g, slot, true, &bx, &by);
		NEAR(fy, by);
		NEAR(bx, g.page.w - (fx + g.card.w)); /* the face's place, seen from behind */
	}
	print_grid_slot(&g, 5, false, &fx, &fy);
	NEAR(fx, g.left + 2 * g.card.w);
	NEAR(fy, g.top + g.card.h);
}
END_TEST

START_TEST(test_select_suit)
{
	char g[] = "g", r[] = "r";
	struct card cards[4] = {{.suit = g}, {.suit = r}, {.suit = g}, {.suit = NULL}};
	struct deck d = {.cards = cards, .n_cards = 4};
	size_t out[4];
	ck_assert_uint_eq(print_select_cards(&d, "g", out), 2);
	ck_assert_uint_eq(out[0], 0);
	ck_assert_uint_eq(out[1], 2);
	ck_assert_uint_eq(print_select_cards(&d, NULL, out), 4);
	ck_assert_uint_eq(print_select_cards(&d, "x", out), 0);
}
END_TEST

Suite *print_plan_suite(void);
Suite *print_plan_suite(void)
{
	Suite *s = suite_create("print_plan");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, test_words);
	tcase_add_test(tc, test_grids);
	tcase_add_test(tc, test_mirrored_slots);
	tcase_add_test(tc, test_select_suit);
	suite_add_tcase(s, tc);
	return s;
}
