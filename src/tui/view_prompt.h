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
#include "app.h"

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

#endif
