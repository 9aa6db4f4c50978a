/*
 * The loop's handling of a bracketed paste (app_input, the step the loop
 * takes for each key read): a screen that takes text gets the paste in one
 * piece, as pasted; one without a paste hook gets its characters as keys;
 * any other screen gets nothing.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "tui/app.h"

/* A screen that records what reaches it. */
struct probe {
	struct view v;
	int pastes, keys;
	char text[256];
	size_t len;
};

static const enum action probe_keys[] = {ACT_NONE};

static void probe_draw(struct view *v)
{
	(void)v;
}

static int probe_key(struct view *v, int key, enum action act)
{
	struct probe *p = (struct probe *)v;
	(void)act;
	p->keys++;
	if (key > 0 && key < 0x80 && p->len < sizeof p->text - 1)
		p->text[p->len++] = (char)key;
	return R_NONE;
}

static int probe_paste(struct view *v, const char *text, size_t n)
{
	struct probe *p = (struct probe *)v;
	p->pastes++;
	ck_assert_uint_lt(p->len + n, sizeof p->text);
	memcpy(p->text + p->len, text, n);
	p->len += n;
	return R_REDRAW;
}

static void probe_close(struct view *v)
{
	(void)v;
}

static const struct view_ops text_ops = {.name = "Probe", .keys = probe_keys, .bar = probe_keys,
					 .flags = VIEW_TEXT, .draw = probe_draw, .key = probe_key,
					 .paste = probe_paste, .close = probe_close};
static const struct view_ops keys_ops = {.name = "Probe", .keys = probe_keys, .bar = probe_keys,
					 .flags = VIEW_TEXT, .draw = probe_draw, .key = probe_key,
					 .close = probe_close};
static const struct view_ops menu_ops = {.name = "Probe", .keys = probe_keys, .bar = probe_keys,
					 .draw = probe_draw, .key = probe_key, .paste = probe_paste,
					 .close = probe_close};

/* An app holding only p, as the loop has it (without a terminal: nothing is laid out). */
static struct app app_with(struct probe *p, const struct view_ops *ops)
{
	struct app a = {0};
	memset(p, 0, sizeof *p);
	p->v.ops = ops;
	p->v.app = &a;
	a.stack = malloc(sizeof *a.stack);
	a.stack[0] = &p->v;
	a.n = a.cap = 1;
	return a;
}

/* The keys of a paste as input_read gives them: Enter, Esc and Backspace as keys, an arrow from an escape sequence. */
static const int pasted[] = {'a', K_ENTER, K_ESC, '[', '2', 'J', '\t', 0x07, K_BACKSPACE,
			     K_ALT + K_BACKSPACE, K_UP, 0xe9, 0x1f642, 'z'};
static const char pasted_text[] = "a\n\x1b[2J\t\x07\x7f\x1b\x7f\xc3\xa9\xf0\x9f\x99\x82z";

static void app_paste(struct app *a)
{
	app_input(a, K_PASTE_BEGIN);
	for (size_t i = 0; i < sizeof pasted / sizeof *pasted; i++)
		app_input(a, pasted[i]);
	app_input(a, K_PASTE_END);
}

static void app_done(struct app *a)
{
	free(a->stack);
	free(a->paste);
	free(a->message);
}

START_TEST(test_paste_is_one_piece)
{
	struct probe p;
	struct app a = app_with(&p, &text_ops);
	app_paste(&a);
	ck_assert_int_eq(p.pastes, 1);
	ck_assert_int_eq(p.keys, 0);
	ck_assert_uint_eq(p.len, strlen(pasted_text));
	ck_assert_int_eq(memcmp(p.text, pasted_text, p.len), 0);
	ck_assert(a.dirty);
	ck_assert(!a.pasting);
	/* after the paste, keys are keys again */
	app_input(&a, 'q');
	ck_assert_int_eq(p.keys, 1);
	ck_assert_int_eq(p.pastes, 1);
	app_done(&a);
}
END_TEST

START_TEST(test_paste_as_keys_without_hook)
{
	struct probe p;
	struct app a = app_with(&p, &keys_ops);
	app_paste(&a);
	ck_assert_int_eq(p.pastes, 0);
	ck_assert_int_eq(p.keys, 14); /* every character, the arrow left out */
	ck_assert_int_eq(memcmp(p.text, "a\n\x1b[2J\t\x07\x7f\x1b\x7f", 11), 0);
	app_done(&a);
}
END_TEST

START_TEST(test_paste_reaches_no_menu)
{
	struct probe p;
	struct app a = app_with(&p, &menu_ops);
	app_paste(&a);
	ck_assert_int_eq(p.pastes, 0);
	ck_assert_int_eq(p.keys, 0);
	app_done(&a);
}
END_TEST

Suite *app_suite(void);
Suite *app_suite(void)
{
	Suite *s = suite_create("app");
	TCase *tc = tcase_create("paste");
	tcase_add_test(tc, test_paste_is_one_piece);
	tcase_add_test(tc, test_paste_as_keys_without_hook);
	tcase_add_test(tc, test_paste_reaches_no_menu);
	suite_add_tcase(s, tc);
	return s;
}
