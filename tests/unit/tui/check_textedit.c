/* The editor model: UTF-8 editing by cluster, wrapping by display width, moves, limit. */
#include <check.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "core/base/utf8.h"
#include "tui/cell.h"
#include "tui/textedit.h"

static void te_locale(void)
{
	ck_assert_ptr_nonnull(setlocale(LC_ALL, "C.UTF-8"));
}

/* An editor of width cols holding text, cursor at the end. */
static struct textedit te_new(const char *text, size_t cols, size_t max)
{
	struct textedit te;
	textedit_init(&te, text, max);
	textedit_set_width(&te, cols);
	return te;
}

static void te_type(struct textedit *te, const char *s)
{
	ck_assert_int_eq(textedit_insert(te, s, strlen(s)), TE_EDITED);
}

/* "line|line|..." of the visual lines, for compact asserts. */
static char *te_dump(const struct textedit *te)
{
	size_t n;
	const struct te_line *l = textedit_lines(te, &n);
	char *out = calloc(1, strlen(textedit_text(te)) + n + 1);
	for (size_t i = 0; i < n; i++) {
		if (i)
			strcat(out, "|");
		strncat(out, textedit_text(te) + l[i].start, l[i].end - l[i].start);
	}
	return out;
}

#define ck_lines(te, want)                        \
	do {                                      \
		char *got_ = te_dump(te);         \
		ck_assert_str_eq(got_, want);     \
		free(got_);                       \
	} while (0)

#define ck_cursor(te, r, c)                            \
	do {                                           \
		size_t row_, col_;                     \
		textedit_cursor(te, &row_, &col_);     \
		ck_assert_uint_eq(row_, r);            \
		ck_assert_uint_eq(col_, c);            \
	} while (0)

START_TEST(test_insert_and_cursor)
{
	struct textedit te = te_new(NULL, 40, 0);
	te_type(&te, "Zoë 李明");
	ck_assert_str_eq(textedit_text(&te), "Zoë 李明");
	ck_cursor(&te, 0, 8); /* Z o ë space = 4, two wide = 4 */
	ck_assert(textedit_changed(&te));
	textedit_free(&te);
}
END_TEST

START_TEST(test_backspace_whole_cluster)
{
	/* e + combining acute: one backspace takes both, never the base alone */
	struct textedit te = te_new("ae\xcc\x81", 40, 0);
	ck_assert_int_eq(textedit_do(&te, TE_BACKSPACE), TE_EDITED);
	ck_assert_str_eq(textedit_text(&te), "a");
	textedit_free(&te);
	/* a base with two marks, then an emoji with a variation selector */
	te = te_new("o\xcc\x88\xcc\x81\xe2\x9d\xa4\xef\xb8\x8f", 40, 0);
	ck_assert_int_eq(textedit_do(&te, TE_BACKSPACE), TE_EDITED);
	ck_assert_str_eq(textedit_text(&te), "o\xcc\x88\xcc\x81");
	ck_assert_int_eq(textedit_do(&te, TE_BACKSPACE), TE_EDITED);
	ck_assert_str_eq(textedit_text(&te), "");
	ck_assert_int_eq(textedit_do(&te, TE_BACKSPACE), TE_NOTHING);
	textedit_free(&te);
	/* an emoji joiner sequence and a flag go whole too */
	te = te_new("a\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7\xf0\x9f\x87\xac\xf0\x9f\x87\xa7", 40, 0);
	ck_assert_int_eq(textedit_do(&te, TE_BACKSPACE), TE_EDITED);
	ck_assert_str_eq(textedit_text(&te), "a\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7");
	ck_assert_int_eq(textedit_do(&te, TE_BACKSPACE), TE_EDITED);
	ck_assert_str_eq(textedit_text(&te), "a");
	textedit_free(&te);
}
END_TEST

START_TEST(test_left_right_delete_by_cluster)
{
	struct textedit te = te_new("xe\xcc\x81y", 40, 0);
	textedit_do(&te, TE_LEFT); /* before y */
	textedit_do(&te, TE_LEFT); /* before e + mark */
	ck_assert_uint_eq(te.cur, 1);
	ck_cursor(&te, 0, 1);
	ck_assert_int_eq(textedit_do(&te, TE_DELETE), TE_EDITED);
	ck_assert_str_eq(textedit_text(&te), "xy");
	textedit_do(&te, TE_RIGHT);
	ck_assert_uint_eq(te.cur, 2);
	ck_assert_int_eq(textedit_do(&te, TE_RIGHT), TE_NOTHING);
	ck_assert_int_eq(textedit_do(&te, TE_DELETE), TE_NOTHING);
	textedit_free(&te);
}
END_TEST

START_TEST(test_mark_after_newline_is_own_cluster)
{
	/* a stray mark after \n must not glue to the newline and hide it */
	const char *s = "a\n\xcc\x81" "b";
	size_t len = strlen(s);
	ck_assert_uint_eq(utf8_next(s, len, 1), 2);
	ck_assert_uint_eq(utf8_next(s, len, 2), 4);
	ck_assert_uint_eq(utf8_prev(s, 4), 2);
	ck_assert_uint_eq(utf8_prev(s, 2), 1);
	ck_assert_uint_eq(cell_next(s, len, 2), 4);
	ck_assert_uint_eq(cell_width(s, len, 2), 1); /* drawn on a space */
	struct textedit te = te_new(s, 40, 0);
	ck_lines(&te, "a|\xcc\x81" "b");
	textedit_free(&te);
}
END_TEST

START_TEST(test_word_delete)
{
	struct textedit te = te_new("hello brave  world", 40, 0);
	ck_assert_int_eq(textedit_do(&te, TE_WORD_DELETE), TE_EDITED);
	ck_assert_str_eq(textedit_text(&te), "hello brave  ");
	textedit_do(&te, TE_WORD_DELETE);
	ck_assert_str_eq(textedit_text(&te), "hello ");
	textedit_do(&te, TE_WORD_DELETE);
	ck_assert_str_eq(textedit_text(&te), "");
	ck_assert_int_eq(textedit_do(&te, TE_WORD_DELETE), TE_NOTHING);
	textedit_free(&te);
	/* stops at a newline: first the newline alone, then the word before it */
	te = te_new("one two\n", 40, 0);
	textedit_do(&te, TE_WORD_DELETE);
	ck_assert_str_eq(textedit_text(&te), "one two");
	textedit_do(&te, TE_WORD_DELETE);
	ck_assert_str_eq(textedit_text(&te), "one ");
	textedit_free(&te);
	/* a word of marked letters goes whole */
	te = te_new("x Zoe\xcc\x88", 40, 0);
	textedit_do(&te, TE_WORD_DELETE);
	ck_assert_str_eq(textedit_text(&te), "x ");
	textedit_free(&te);
}
END_TEST

START_TEST(test_newline_and_paragraph_ends)
{
	struct textedit te = te_new("ab", 40, 0);
	ck_assert_int_eq(textedit_do(&te, TE_NEWLINE), TE_EDITED);
	te_type(&te, "cd");
	ck_assert_str_eq(textedit_text(&te), "ab\ncd");
	ck_lines(&te, "ab|cd");
	ck_cursor(&te, 1, 2);
	textedit_do(&te, TE_LINE_START);
	ck_cursor(&te, 1, 0);
	textedit_do(&te, TE_UP);
	textedit_do(&te, TE_LINE_END);
	ck_cursor(&te, 0, 2);
	textedit_do(&te, TE_BOTTOM);
	ck_cursor(&te, 1, 2);
	textedit_do(&te, TE_TOP);
	ck_assert_uint_eq(te.cur, 0);
	textedit_free(&te);
	/* a trailing newline gives an empty last line the cursor sits on */
	te = te_new("ab\n", 40, 0);
	ck_lines(&te, "ab|");
	ck_cursor(&te, 1, 0);
	textedit_free(&te);
}
END_TEST

START_TEST(test_wrap_at_spaces)
{
	/* width 11 leaves 10 columns of text */
	struct textedit te = te_new("the quick brown fox", 11, 0);
	ck_lines(&te, "the quick |brown fox");
	textedit_set_width(&te, 6);
	ck_lines(&te, "the |quick |brown |fox");
	textedit_free(&te);
	/* a space that lands in the last column hangs there instead of starting a line */
	te = te_new("abcd efgh", 5, 0);
	ck_lines(&te, "abcd |efgh");
	textedit_free(&te);
}
END_TEST

START_TEST(test_wrap_by_display_width)
{
	/* CJK is two columns: a 3-column line takes one, never half of one */
	struct textedit te = te_new("漢字かな", 4, 0);
	ck_lines(&te, "漢|字|か|な");
	textedit_set_width(&te, 5);
	ck_lines(&te, "漢字|かな");
	ck_cursor(&te, 1, 4);
	textedit_free(&te);
	/* a word wider than the line is cut between clusters, marks kept on their base */
	te = te_new("e\xcc\x81\x65\xcc\x81\x65\xcc\x81", 3, 0);
	ck_lines(&te, "e\xcc\x81\x65\xcc\x81|e\xcc\x81");
	textedit_free(&te);
}
END_TEST

START_TEST(test_cursor_fits_in_box)
{
	/* whatever is typed, the cursor's column stays inside the box (3 columns or more) */
	static const char *texts[] = {"aaaa", "aaaa bbbb cccc", "漢字漢字漢字", "a  b   c    ",
				      "\t\t\t\t\t", "xxxxxxxxxxxxxxxxxxxxxxx", "ab 漢字 cd 字"};
	for (size_t t = 0; t < sizeof texts / sizeof *texts; t++)
		for (size_t w = 3; w < 9; w++) {
			struct textedit te = te_new(texts[t], w, 0);
			for (size_t k = 0; k <= strlen(texts[t]); k++) {
				size_t row, col;
				textedit_cursor(&te, &row, &col);
				ck_assert_msg(col < w, "text %zu width %zu col %zu", t, w, col);
				textedit_do(&te, TE_LEFT);
			}
			textedit_free(&te);
		}
}
END_TEST

START_TEST(test_up_down_keep_column)
{
	struct textedit te = te_new("abcdef\nab\nabcdefgh", 40, 0);
	ck_cursor(&te, 2, 8);
	textedit_do(&te, TE_UP);
	ck_cursor(&te, 1, 2); /* short line: as far as it goes */
	textedit_do(&te, TE_UP);
	ck_cursor(&te, 0, 6); /* the goal column comes back */
	textedit_do(&te, TE_DOWN);
	textedit_do(&te, TE_DOWN);
	ck_cursor(&te, 2, 8);
	textedit_do(&te, TE_LEFT);
	ck_assert_int_eq(textedit_do(&te, TE_DOWN), TE_MOVED); /* last line: to the end */
	ck_assert_int_eq(textedit_do(&te, TE_DOWN), TE_NOTHING);
	textedit_do(&te, TE_TOP);
	ck_assert_int_eq(textedit_do(&te, TE_UP), TE_NOTHING);
	textedit_free(&te);
}
END_TEST

START_TEST(test_up_down_by_visual_line)
{
	/* soft-wrapped lines: down goes to the next line on screen, not the next paragraph */
	struct textedit te = te_new("the quick brown fox", 11, 0);
	textedit_do(&te, TE_TOP);
	textedit_do(&te, TE_RIGHT);
	textedit_do(&te, TE_RIGHT);
	textedit_do(&te, TE_DOWN);
	ck_cursor(&te, 1, 2);
	ck_assert_uint_eq(te.cur, 12);
	/* over wide characters the column lands on a character's start */
	textedit_free(&te);
	te = te_new("abc\n漢字", 40, 0);
	textedit_do(&te, TE_TOP);
	textedit_do(&te, TE_END);
	textedit_do(&te, TE_DOWN);
	ck_cursor(&te, 1, 2);
	textedit_free(&te);
}
END_TEST

START_TEST(test_home_end_visual_line)
{
	struct textedit te = te_new("the quick brown fox", 11, 0);
	textedit_do(&te, TE_HOME);
	ck_cursor(&te, 1, 0);
	ck_assert_uint_eq(te.cur, 10);
	textedit_do(&te, TE_UP);
	textedit_do(&te, TE_END); /* on the hanging space, still row 0 */
	ck_cursor(&te, 0, 9);
	textedit_do(&te, TE_LINE_END);
	ck_assert_uint_eq(te.cur, strlen("the quick brown fox"));
	textedit_do(&te, TE_LINE_START);
	ck_assert_uint_eq(te.cur, 0);
	textedit_free(&te);
}
END_TEST

START_TEST(test_paste_kept_as_typed)
{
	/* a paste arrives as keys; tabs, newlines and escapes stay in the text */
	struct textedit te = te_new(NULL, 20, 0);
	const char *paste = "one\ttwo\rthree \x1b[31mred";
	for (const char *p = paste; *p; p++)
		textedit_insert_cp(&te, (unsigned char)*p);
	ck_assert_str_eq(textedit_text(&te), "one\ttwo\nthree \x1b[31mred");
	ck_lines(&te, "one\ttwo|three \x1b[31mred");
	ck_cursor(&te, 1, 14); /* the escape counts one column: it is drawn as ␛ */
	textedit_free(&te);
}
END_TEST

START_TEST(test_invalid_and_nul)
{
	struct textedit te = te_new(NULL, 20, 0);
	ck_assert_int_eq(textedit_insert(&te, "a\xff" "b\0c", 5), TE_EDITED);
	ck_assert_str_eq(textedit_text(&te), "a\xef\xbf\xbd" "bc");
	ck_assert_int_eq(textedit_insert(&te, "", 0), TE_NOTHING);
	textedit_free(&te);
}
END_TEST

START_TEST(test_limit)
{
	struct textedit te = te_new(NULL, 20, 5);
	ck_assert_int_eq(textedit_insert(&te, "abcdefg", 7), TE_FULL);
	ck_assert_str_eq(textedit_text(&te), "abcde");
	ck_assert_int_eq(textedit_insert_cp(&te, 'x'), TE_FULL);
	ck_assert_str_eq(textedit_text(&te), "abcde");
	textedit_do(&te, TE_BACKSPACE);
	/* one character of room: a letter with its mark takes two, so neither goes in */
	ck_assert_int_eq(textedit_insert(&te, "e\xcc\x81", 3), TE_FULL);
	ck_assert_str_eq(textedit_text(&te), "abcd");
	ck_assert_int_eq(textedit_insert(&te, "李", 3), TE_EDITED);
	ck_assert_str_eq(textedit_text(&te), "abcd李");
	/* set_text cuts at the limit too */
	ck_assert_int_eq(textedit_set_text(&te, "0123456789"), TE_FULL);
	ck_assert_str_eq(textedit_text(&te), "01234");
	textedit_free(&te);
}
END_TEST

START_TEST(test_changed)
{
	struct textedit te = te_new("abc", 20, 0);
	ck_assert(!textedit_changed(&te));
	textedit_insert_cp(&te, 'd');
	ck_assert(textedit_changed(&te));
	textedit_do(&te, TE_BACKSPACE);
	ck_assert(!textedit_changed(&te));
	textedit_free(&te);
}
END_TEST

START_TEST(test_page)
{
	struct textedit te = te_new("1\n2\n3\n4\n5\n6\n7", 20, 0);
	ck_assert_int_eq(textedit_page(&te, -1, 3), TE_MOVED);
	ck_cursor(&te, 3, 1);
	textedit_page(&te, -1, 10);
	ck_cursor(&te, 0, 1);
	textedit_page(&te, 1, 2);
	ck_cursor(&te, 2, 1);
	textedit_free(&te);
}
END_TEST

/* Random edits never leave the cursor inside a cluster or the text invalid. */
START_TEST(test_random_edits_stay_whole)
{
	static const char *pieces[] = {"a", " ", "\xcc\x81", "漢", "\n", "\t", "\xf0\x9f\x99\x82",
				       "e\xcc\x88", "\xd8\xb9", "\xef\xb8\x8f", "\x1b"};
	static const enum te_op ops[] = {TE_LEFT, TE_RIGHT, TE_UP, TE_DOWN, TE_HOME, TE_END,
					 TE_BACKSPACE, TE_DELETE, TE_WORD_DELETE, TE_NEWLINE,
					 TE_LINE_START, TE_LINE_END};
	srand(7);
	struct textedit te = te_new(NULL, 7, 200);
	for (int i = 0; i < 3000; i++) {
		if (rand() % 2) {
			const char *p = pieces[rand() % (sizeof pieces / sizeof *pieces)];
			textedit_insert(&te, p, strlen(p));
		} else {
			textedit_do(&te, ops[rand() % (sizeof ops / sizeof *ops)]);
		}
		const char *s = textedit_text(&te);
		size_t len = strlen(s);
		ck_assert_uint_le(te.cur, len);
		/* the cursor is a cluster boundary: stepping back then on returns to it */
		size_t back = utf8_prev(s, te.cur);
		ck_assert_uint_eq(te.cur == 0 ? 0 : utf8_next(s, len, back), te.cur);
		size_t row, col;
		textedit_cursor(&te, &row, &col);
		ck_assert_uint_lt(col, 7);
		ck_assert_uint_le(te.nchars, 200);
	}
	textedit_free(&te);
}
END_TEST

/*
 * The layout a fresh editor gives text at cols: what any edit must leave.
 * One assertion per layout, not one per line: each of Check's assertions
 * is a write to its log, and the hundreds of thousands this test made were
 * most of its time, enough under load to reach Check's timeout.
 */
static void ck_layout_fresh(const struct textedit *te, size_t cols)
{
	struct textedit f;
	textedit_init(&f, textedit_text(te), 0);
	f.one_line = te->one_line;
	textedit_set_width(&f, cols);
	size_t n, fn, i = 0;
	const struct te_line *l = textedit_lines(te, &n), *fl = textedit_lines(&f, &fn);
	while (i < n && i < fn && l[i].start == fl[i].start && l[i].end == fl[i].end &&
	       l[i].hard == fl[i].hard)
		i++;
	if (i < n && i < fn)
		ck_abort_msg("line %zu: [%zu, %zu) hard %d, a fresh layout [%zu, %zu) hard %d", i,
			     l[i].start, l[i].end, (int)l[i].hard, fl[i].start, fl[i].end, (int)fl[i].hard);
	ck_assert_uint_eq(n, fn);
	textedit_free(&f);
}

/*
 * Edits lay out only the lines they can change: after random edits anywhere
 * (wide characters, marks, joiners, flags, spaces, long words, newlines,
 * controls) the lines are those a whole new layout gives, at many widths,
 * in a box and in a one-line field.
 */
START_TEST(test_relayout_matches_fresh)
{
	static const char *pieces[] = {
		"a", "b", " ", " ", "  ", "word ", "longerword", "\xcc\x81", "漢", "字 ", "\n", "\t",
		"\xf0\x9f\x99\x82", "e\xcc\x88", "\xe2\x80\x8d", "\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x92\xbb",
		"\xf0\x9f\x87\xab", "\xf0\x9f\x87\xb7", "\xef\xb8\x8f", "\x1b", "\x07", "Zoë ", "one two three "};
	static const enum te_op ops[] = {TE_LEFT, TE_RIGHT, TE_UP, TE_DOWN, TE_HOME, TE_END,
					 TE_BACKSPACE, TE_DELETE, TE_WORD_DELETE, TE_NEWLINE,
					 TE_LINE_START, TE_LINE_END, TE_LEFT, TE_UP};
	srand(11);
	for (size_t cols = 3; cols <= 14; cols++) {
		struct textedit te = te_new(NULL, cols, 120);
		te.one_line = cols % 4 == 0;
		for (int i = 0; i < 1000; i++) {
			if (rand() % 3) {
				const char *p = pieces[rand() % (sizeof pieces / sizeof *pieces)];
				textedit_insert(&te, p, strlen(p));
			} else {
				textedit_do(&te, ops[rand() % (sizeof ops / sizeof *ops)]);
			}
			ck_layout_fresh(&te, cols);
		}
		textedit_free(&te);
	}
}
END_TEST

/* A text of 20,000 characters: 400 pieces of 50, a paragraph after every tenth. */
static char *te_page(void)
{
	char *page = calloc(1, 400 * 80 + 1);
	for (int i = 0; i < 400; i++) {
		strcat(page, i % 2 ? "Ben: 你好, 李明 — the plan for Monday is fine. xxxxxx"
				   : "Ana said the school knew; Zoë was not so sure. xx");
		strcat(page, i % 10 == 9 ? "\n" : " ");
	}
	return page;
}

/* Typing in a long text lays out a few lines, not the whole text. */
START_TEST(test_typing_lays_out_few_lines)
{
	char *page = te_page();
	struct textedit te = te_new(page, 78, 0);
	ck_assert_uint_eq(te.nchars, 20000);
	size_t n;
	textedit_lines(&te, &n);
	ck_assert_uint_gt(n, 250);
	size_t before = te.laid_out;
	te_type(&te, "z");
	ck_assert_uint_le(te.laid_out - before, 2);
	before = te.laid_out;
	ck_assert_int_eq(textedit_do(&te, TE_BACKSPACE), TE_EDITED);
	ck_assert_uint_le(te.laid_out - before, 2);
	for (int i = 0; i < 150; i++)
		textedit_do(&te, TE_UP);
	before = te.laid_out;
	te_type(&te, "inserted words ");
	textedit_do(&te, TE_WORD_DELETE);
	textedit_do(&te, TE_NEWLINE);
	/* at most the lines of the paragraph typed in, each time */
	ck_assert_uint_le(te.laid_out - before, 3 * 10);
	ck_layout_fresh(&te, 78);
	textedit_free(&te);
	free(page);
}
END_TEST

/*
 * A paste is one insertion and one layout: UTF-8, newlines, tabs and
 * control characters kept as pasted, the cursor after it, the text around
 * it untouched.
 */
START_TEST(test_block_insert)
{
	struct textedit te = te_new("before after", 20, 0);
	for (int i = 0; i < 5; i++)
		textedit_do(&te, TE_LEFT);
	const char *paste = "Zoë: 李明\n\tsaid \x1b[2J\x07 e\xcc\x81\r\nend ";
	size_t before = te.laid_out;
	ck_assert_int_eq(textedit_insert(&te, paste, strlen(paste)), TE_EDITED);
	ck_assert_str_eq(textedit_text(&te),
			 "before Zoë: 李明\n\tsaid \x1b[2J\x07 e\xcc\x81\r\nend after");
	ck_lines(&te, "before Zoë: 李明|\tsaid \x1b[2J\x07 "
		      "e\xcc\x81\r|end after");
	ck_cursor(&te, 2, 4);
	ck_assert_uint_le(te.laid_out - before, 3);
	/* code points: the bytes that do not continue one */
	size_t cps = 0;
	for (const char *p = textedit_text(&te); *p; p++)
		cps += ((unsigned char)*p & 0xc0) != 0x80;
	ck_assert_uint_eq(te.nchars, cps);
	textedit_free(&te);

	/* 20,000 characters pasted at once: laid out once, each line once */
	char *page = te_page();
	te = te_new(NULL, 78, 0);
	before = te.laid_out;
	ck_assert_int_eq(textedit_insert(&te, page, strlen(page)), TE_EDITED);
	size_t n;
	textedit_lines(&te, &n);
	ck_assert_uint_le(te.laid_out - before, n);
	ck_assert_str_eq(textedit_text(&te), page);
	ck_assert_uint_eq(te.nchars, 20000);
	ck_layout_fresh(&te, 78);
	textedit_free(&te);
	free(page);
}
END_TEST

/* A paste past the limit keeps what fits, cut between whole characters. */
START_TEST(test_block_insert_limit)
{
	char *page = te_page();
	size_t len = strlen(page);
	char *big = malloc(len + len / 4 * 2 + 1); /* 27,500 characters */
	memcpy(big, page, len);
	memcpy(big + len, page, len / 4 * 2);
	big[len + len / 4 * 2] = '\0';
	struct textedit te = te_new("Ana: ", 78, 20000);
	ck_assert_int_eq(textedit_insert(&te, big, strlen(big)), TE_FULL);
	ck_assert_uint_eq(te.nchars, 20000);
	ck_assert_int_eq(strncmp(textedit_text(&te) + 5, page, strlen(textedit_text(&te)) - 5), 0);
	ck_layout_fresh(&te, 78);
	ck_assert_int_eq(textedit_insert(&te, "x", 1), TE_FULL);
	textedit_free(&te);
	/* the limit falls inside a letter with its mark: the letter stays out whole */
	te = te_new("abc", 20, 5);
	ck_assert_int_eq(textedit_insert(&te, "de\xcc\x81" "f", 5), TE_FULL);
	ck_assert_str_eq(textedit_text(&te), "abcd");
	ck_assert_uint_eq(te.nchars, 4);
	textedit_free(&te);
	free(big);
	free(page);
}
END_TEST

/* A one-line field: a newline is a character on the line, not a break. */
START_TEST(test_one_line)
{
	struct textedit te;
	textedit_init(&te, NULL, 0);
	te.one_line = true;
	textedit_set_width(&te, 40);
	te_type(&te, "Ana\nBen\x1b");
	ck_lines(&te, "Ana\nBen\x1b");
	ck_cursor(&te, 0, 8);
	textedit_do(&te, TE_LINE_START);
	ck_cursor(&te, 0, 0);
	textedit_do(&te, TE_LINE_END);
	ck_cursor(&te, 0, 8);
	textedit_free(&te);
}
END_TEST

Suite *textedit_suite(void);
Suite *textedit_suite(void)
{
	Suite *s = suite_create("textedit");
	TCase *tc = tcase_create("edit");
	tcase_add_checked_fixture(tc, te_locale, NULL);
	tcase_add_test(tc, test_insert_and_cursor);
	tcase_add_test(tc, test_backspace_whole_cluster);
	tcase_add_test(tc, test_left_right_delete_by_cluster);
	tcase_add_test(tc, test_mark_after_newline_is_own_cluster);
	tcase_add_test(tc, test_word_delete);
	tcase_add_test(tc, test_newline_and_paragraph_ends);
	tcase_add_test(tc, test_wrap_at_spaces);
	tcase_add_test(tc, test_wrap_by_display_width);
	tcase_add_test(tc, test_cursor_fits_in_box);
	tcase_add_test(tc, test_up_down_keep_column);
	tcase_add_test(tc, test_up_down_by_visual_line);
	tcase_add_test(tc, test_home_end_visual_line);
	tcase_add_test(tc, test_paste_kept_as_typed);
	tcase_add_test(tc, test_invalid_and_nul);
	tcase_add_test(tc, test_limit);
	tcase_add_test(tc, test_changed);
	tcase_add_test(tc, test_page);
	tcase_add_test(tc, test_random_edits_stay_whole);
	tcase_add_test(tc, test_relayout_matches_fresh);
	tcase_add_test(tc, test_typing_lays_out_few_lines);
	tcase_add_test(tc, test_block_insert);
	tcase_add_test(tc, test_block_insert_limit);
	tcase_add_test(tc, test_one_line);
	suite_add_tcase(s, tc);
	return s;
}
