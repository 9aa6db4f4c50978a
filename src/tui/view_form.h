#ifndef RUCKSACK_VIEW_FORM_H
#define RUCKSACK_VIEW_FORM_H
/*
 * A few one-line fields in a box over the screen: an action's what, who and
 * by when; a round's case and question.  Tab or ↓ goes to the next field,
 * Shift-Tab or ↑ back; Enter goes on, and on the last field hands the texts
 * to accept, as Ctrl-S does from any field; Esc closes and changes nothing.
 * A field with choices (the people present) takes the next one with Ctrl-T,
 * in place of what is typed; anything else may be typed instead.  As in
 * view_prompt.h, the text is kept as typed and accept says what will not do.
 */
#include "app.h"
#include "core/base/strv.h"

#define FORM_MAX_FIELDS 4

struct form_field {
	const char *label;	    /* "What will be done" */
	const char *hint;	    /* shown under the field, dim (may be NULL) */
	const char *text;	    /* to start from (NULL: empty) */
	const struct strv *choices; /* Ctrl-T cycles through these (may be NULL) */
};

struct form_opts {
	const char *title;
	const struct form_field *fields;
	size_t n; /* at most FORM_MAX_FIELDS */
	/* 0: taken (the box closes); otherwise *msg (malloc'd, may stay NULL) says why not. */
	int (*accept)(void *data, const char *const *texts, char **msg);
	/* Optional, so that nothing typed is lost: keep the texts as a draft.
	 * Called as the editor's draft hook is (view_editor.h: after a pause in
	 * typing, and every EDITOR_DRAFT_MAX_MS while typing goes on). */
	void (*draft)(void *data, const char *const *texts);
	/* Optional: the box is closing; unsaved holds the texts when it closes
	 * without being taken (Esc, or the program ending: app->quitting then
	 * tells the two apart), NULL once accept took them. */
	void (*closed)(void *data, const char *const *unsaved);
	void *data;
};

/* The box; o's strings and choices are copied. */
struct view *form_open(struct app *a, const struct form_opts *o);

#endif
