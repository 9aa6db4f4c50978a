/* Keys and actions: lookup per keymap, text screens, help lines and the key line. */
#include <check.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "tui/keys.h"

static void k_locale(void)
{
	ck_assert_ptr_nonnull(setlocale(LC_ALL, "C.UTF-8"));
}

static const enum action list_keys[] = {ACT_UP, ACT_DOWN, ACT_OPEN, ACT_BACK, ACT_HELP, ACT_NONE};
static const enum action edit_keys[] = {ACT_ED_UP, ACT_ED_LEFT, ACT_ED_SAVE, ACT_ED_CANCEL,
					ACT_ED_WORD, ACT_HELP, ACT_NONE};

START_TEST(test_lookup_arrows_and_vi)
{
	ck_assert_int_eq(keys_lookup(list_keys, K_UP, false), ACT_UP);
	ck_assert_int_eq(keys_lookup(list_keys, 'k', false), ACT_UP);
	ck_assert_int_eq(keys_lookup(list_keys, 'j', false), ACT_DOWN);
	ck_assert_int_eq(keys_lookup(list_keys, 'l', false), ACT_OPEN);
	ck_assert_int_eq(keys_lookup(list_keys, K_ENTER, false), ACT_OPEN);
	ck_assert_int_eq(keys_lookup(list_keys, 'h', false), ACT_BACK);
	ck_assert_int_eq(keys_lookup(list_keys, K_ESC, false), ACT_BACK);
	ck_assert_int_eq(keys_lookup(list_keys, 'x', false), ACT_NONE);
	ck_assert_int_eq(keys_lookup(list_keys, K_F(1), false), ACT_HELP);
}
END_TEST

START_TEST(test_text_screens_type_letters)
{
	/* on a text screen ? and letters are typed; F1 still opens help */
	ck_assert_int_eq(keys_lookup(edit_keys, '?', true), ACT_NONE);
	ck_assert_int_eq(keys_lookup(edit_keys, K_F(1), true), ACT_HELP);
	ck_assert_int_eq(keys_lookup(edit_keys, K_CTRL('s'), true), ACT_ED_SAVE);
	ck_assert_int_eq(keys_lookup(edit_keys, K_F(2), true), ACT_ED_SAVE);
	ck_assert_int_eq(keys_lookup(edit_keys, K_ALT + K_BACKSPACE, true), ACT_ED_WORD);
	ck_assert_int_eq(keys_lookup(edit_keys, K_CTRL('w'), true), ACT_ED_WORD);
	ck_assert_int_eq(keys_lookup(edit_keys, 0x1f642, true), ACT_NONE);
}
END_TEST

START_TEST(test_conflicts)
{
	ck_assert_int_eq(keys_conflict(list_keys, false), 0);
	ck_assert_int_eq(keys_conflict(edit_keys, true), 0);
	/* back and quit share q: one screen cannot take both */
	static const enum action bad[] = {ACT_BACK, ACT_QUIT, ACT_NONE};
	ck_assert_int_eq(keys_conflict(bad, false), 'q');
	/* up and the editor's up share the arrow */
	static const enum action bad2[] = {ACT_UP, ACT_ED_UP, ACT_NONE};
	ck_assert_int_eq(keys_conflict(bad2, true), K_UP);
}
END_TEST

static const struct {
	int key;
	const char *name;
} names[] = {
	{K_UP, "↑"},	       {'q', "q"},	      {K_CTRL('s'), "Ctrl-S"},
	{K_ENTER, "Enter"},    {' ', "Space"},	      {K_ALT + K_BACKSPACE, "Alt-Backspace"},
	{K_F(2), "F2"},	       {K_ESC, "Esc"},	      {0x00e9, "é"},
	{K_ALT + 'b', "Alt-b"}, {K_PGDN, "PgDn"},
};

START_TEST(test_names)
{
	char *got = keys_name(names[_i].key);
	ck_assert_str_eq(got, names[_i].name);
	free(got);
}
END_TEST

START_TEST(test_help_lines)
{
	struct strv out = {0};
	ck_assert_uint_eq(keys_help_lines(list_keys, false, 0, &out), 5);
	/* key column padded to the widest ("Enter → l" is 9 columns) plus 3 */
	ck_assert_str_eq(out.v[0], "↑ k         Move up");
	ck_assert_str_eq(out.v[2], "Enter → l   Open the selected item");
	strv_free(&out);
	/* a text screen's help leaves out the keys that type */
	ck_assert_uint_eq(keys_help_lines(edit_keys, true, 0, &out), 6);
	ck_assert_ptr_null(strstr(out.v[5], "?"));
	ck_assert_ptr_nonnull(strstr(out.v[5], "F1"));
	strv_free(&out);
	/* in a narrow window the sentence wraps under itself */
	ck_assert_uint_eq(keys_help_lines(list_keys, false, 26, &out), 9);
	ck_assert_str_eq(out.v[2], "Enter → l   Open the");
	ck_assert_str_eq(out.v[3], "            selected item");
	strv_free(&out);
}
END_TEST

START_TEST(test_bar)
{
	static const enum action bar[] = {ACT_OPEN, ACT_BACK, ACT_HELP, ACT_NONE};
	char *s = keys_bar(bar, 80, false);
	ck_assert_str_eq(s, "Enter open  q back  ? help");
	free(s);
	/* what does not fit is dropped, whole */
	s = keys_bar(bar, 12, false);
	ck_assert_str_eq(s, "Enter open");
	free(s);
	s = keys_bar(bar, 3, false);
	ck_assert_str_eq(s, "");
	free(s);
	/* on a text screen the key line shows keys that do not type */
	s = keys_bar(edit_keys, 80, true);
	ck_assert_str_eq(s, "↑ up  ← left  Ctrl-S save  Esc cancel  Ctrl-W delete word  F1 help");
	free(s);
}
END_TEST

static const char *bar_renamed(const void *data, enum action a)
{
	return a == ACT_BACK ? data : NULL;
}

/* A screen may rename an item of its key line for its state; the rest keep theirs. */
START_TEST(test_bar_named)
{
	static const enum action bar[] = {ACT_OPEN, ACT_BACK, ACT_HELP, ACT_NONE};
	char *s = keys_bar_named(bar, 80, false, bar_renamed, "leave now");
	ck_assert_str_eq(s, "Enter open  q leave now  ? help");
	free(s);
	s = keys_bar_named(bar, 22, false, bar_renamed, "leave now");
	ck_assert_str_eq(s, "Enter open  ? help"); /* the longer name no longer fits */
	free(s);
	s = keys_bar_named(bar, 80, false, NULL, NULL);
	ck_assert_str_eq(s, "Enter open  q back  ? help");
	free(s);
}
END_TEST

START_TEST(test_every_action_named)
{
	int keys[KEYS_MAX];
	for (int a = ACT_NONE + 1; a < ACT_COUNT; a++) {
		ck_assert_str_ne(keys_action_name(a), "");
		ck_assert_str_ne(keys_action_help(a), "");
		ck_assert_uint_ge(keys_of(a, keys), 1);
	}
	ck_assert_uint_eq(keys_of(ACT_NONE, keys), 0);
}
END_TEST

Suite *keys_suite(void);
Suite *keys_suite(void)
{
	Suite *s = suite_create("keys");
	TCase *tc = tcase_create("keys");
	tcase_add_checked_fixture(tc, k_locale, NULL);
	tcase_add_test(tc, test_lookup_arrows_and_vi);
	tcase_add_test(tc, test_text_screens_type_letters);
	tcase_add_test(tc, test_conflicts);
	tcase_add_loop_test(tc, test_names, 0, sizeof names / sizeof *names);
	tcase_add_test(tc, test_help_lines);
	tcase_add_test(tc, test_bar);
	tcase_add_test(tc, test_bar_named);
	tcase_add_test(tc, test_every_action_named);
	suite_add_tcase(s, tc);
	return s;
}
