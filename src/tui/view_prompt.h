#ifndef RUCKSACK_VIEW_PROMPT_H
#define RUCKSACK_VIEW_PROMPT_H
/*
 * A one-line question in a box over the screen: a name, a seed, a folder.
 * The field scrolls with the cursor when the text is longer than the box.
 * It keeps what is typed or pasted as it came, control characters and
 * newlines included (drawn as visible stand-ins, ␛ ␇ ␊), and leaves it to
 * accept to refuse what the answer cannot hold, with a message saying why:
 * nothing is removed behind the user's back.  Enter hands the text to
 * accept: when it says no, its message is shown and the box stays open
 * with the text; Esc closes it and changes nothing.
 */
#include <stdbool.h>

#include "app.h"
#include "textedit.h"

struct prompt_opts {
	const char *title; /* the box's first line ("Add people") */
	const char *label; /* what to type (may be NULL) */
	const char *text;  /* to start from (NULL: empty) */
	/* 0: taken (the box closes); otherwise *msg (malloc'd, may stay NULL) says why not. */
	int (*accept)(void *data, const char *text, char **msg);
	void *data;
};

/* The box; o's strings are copied. */
struct view *prompt_open(struct app *a, const struct prompt_opts *o);

/*
 * The one-line field itself, for other boxes of fields (view_form.c).  The
 * key: an editing action or a typed character applied to te; R_REDRAW when
 * it changed, R_NONE when it did nothing, R_PASS when act is not one of
 * the field's.  The drawing: te's line with the cursor in r's first row,
 * selected (and the terminal's cursor there) when focused.
 */
int prompt_field_key(struct textedit *te, int key, enum action act);
void prompt_field_draw(struct app *a, const struct textedit *te, struct rect r, bool focused);

#endif
