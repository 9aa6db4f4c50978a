#ifndef RUCKSACK_TEXTEDIT_H
#define RUCKSACK_TEXTEDIT_H
/*
 * The model of the multi-line text editor (reflections, notes, written
 * questions), without curses, so every edit can be tested alone.
 *
 * The text is UTF-8 and is kept exactly as typed or pasted: newlines, tabs
 * and other control characters stay in it (the screen draws them visible).
 * The cursor is a byte offset that always sits on a cluster boundary (a
 * "character" of utf8.h: a base with its combining marks, an emoji joiner
 * sequence, a flag...), so no edit or move ever splits a character or
 * leaves a mark without its base.  Widths are counted cell by cell (cell.h),
 * as the screen draws them.
 *
 * For the screen the text is laid out in visual lines of a given width:
 * paragraphs (split at \n) are wrapped at spaces, inside a word only when
 * the word is wider than the line.  Text takes at most width - 1 columns so
 * the cursor always has a cell, even after the last character; a space that
 * ends a wrapped line may take that last column.  Up and down move by
 * visual line, keeping the column the cursor was at.
 *
 * An edit lays out again only the visual lines it can change: from the
 * first line whose layout read the edited place, until a line starts where
 * one started before (the rest is the same, moved), so typing costs the
 * same in a long text as in a short one, and a paste is one insertion.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* One visual line: bytes [start, end) of the text, without its \n. */
struct te_line {
	size_t start, end;
	bool hard;   /* ends at a \n (or at the end of the text) */
	size_t seen; /* laying it out read the text up to here: an edit after it leaves the line as it is */
};

struct textedit {
	char *buf; /* NUL-terminated */
	size_t len, cap;
	size_t cur;	  /* cursor, a byte offset */
	size_t nchars;	  /* code points in buf */
	size_t max_chars; /* 0: no limit */
	char *orig;	  /* the text the editor opened with */
	size_t width;	  /* columns of the box */
	struct te_line *lines;
	size_t n_lines, lines_cap;
	size_t goal; /* column kept across up/down, TE_NO_GOAL when none */
	bool one_line; /* a field: \n is a character like any other, not a line break */
	size_t laid_out; /* visual lines laid out since init (a count for tests) */
};

#define TE_NO_GOAL ((size_t)-1)

enum te_op {
	TE_LEFT,
	TE_RIGHT,
	TE_UP,
	TE_DOWN,
	TE_HOME,       /* start of the visual line */
	TE_END,	       /* end of the visual line */
	TE_LINE_START, /* start of the paragraph */
	TE_LINE_END,   /* end of the paragraph */
	TE_TOP,
	TE_BOTTOM,
	TE_BACKSPACE,
	TE_DELETE,
	TE_WORD_DELETE, /* back to the start of the word before the cursor */
	TE_NEWLINE,
};

enum te_result {
	TE_NOTHING, /* nothing to do (at an edge) */
	TE_MOVED,
	TE_EDITED,
	TE_FULL, /* the limit was reached: some or all of the insert was left out */
};

/* An editor holding a copy of text (NULL: empty), cursor at its end; max_chars 0: no limit. */
void textedit_init(struct textedit *te, const char *text, size_t max_chars);
void textedit_free(struct textedit *te);

/* Lays the text out for a box cols wide (at least 2 is useful; less counts as 2). */
void textedit_set_width(struct textedit *te, size_t cols);

/* Does one editing or moving operation; returns what happened. */
enum te_result textedit_do(struct textedit *te, enum te_op op);
/* Moves rows visual lines up (dir < 0) or down, as Page Up/Down. */
enum te_result textedit_page(struct textedit *te, int dir, size_t rows);

/*
 * Inserts n bytes of UTF-8 at the cursor, kept as given (an invalid byte
 * becomes U+FFFD).  Past the limit only the clusters that fit go in, and
 * TE_FULL is returned.
 */
enum te_result textedit_insert(struct textedit *te, const char *s, size_t n);
/* Inserts one typed character (any code point; \r counts as a newline). */
enum te_result textedit_insert_cp(struct textedit *te, uint32_t cp);

/* Replaces the whole text (as after the external editor); the cursor goes to the end.
 * Text past the limit is cut at a cluster and TE_FULL returned. */
enum te_result textedit_set_text(struct textedit *te, const char *text);

/* The text, NUL-terminated; valid until the next change. */
const char *textedit_text(const struct textedit *te);
/* True when the text differs from what the editor opened with. */
bool textedit_changed(const struct textedit *te);

/* The visual lines (at least one), valid until the next change. */
const struct te_line *textedit_lines(const struct textedit *te, size_t *n);
/* The cursor's visual line and display column. */
void textedit_cursor(const struct textedit *te, size_t *row, size_t *col);

#endif
