#ifndef RUCKSACK_VIEW_EDITOR_H
#define RUCKSACK_VIEW_EDITOR_H
/*
 * The text editor screen, for reflections, notes and written questions:
 * what the text is about (context) above a box in which the text is typed,
 * wrapped by display width and scrolled when longer than the box.  Enter
 * starts a new line; Ctrl-S or F2 saves; Esc closes, asking first when the
 * text typed would be lost; Ctrl-O or F4 opens the text in $VISUAL/$EDITOR.
 * The model is textedit.h; this file only draws it and maps keys.
 *
 * A program ending (quit, or a signal) closes the editor like a cancel:
 * app->quitting is then set, so the owner can tell the two apart.
 *
 * Saving calls the owner's save function; the editor closes only when it
 * says the text is kept, and otherwise shows its message and stays open
 * with the text, so a failed save never loses a word.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "app.h"

#define EDITOR_MAX_CHARS 20000 /* the default limit */
#define EDITOR_DRAFT_MS 700	/* the pause in typing after which a draft is kept */
#define EDITOR_DRAFT_MAX_MS 2000 /* while typing goes on, a draft is kept at least this often */

struct editor_opts {
	const char *title;   /* the title line ("Reflection · Ana") */
	const char *context; /* shown above the box (a card, a prompt); NULL: none; may hold \n */
	const char *text;    /* the text to start from; NULL: empty */
	size_t max_chars;    /* 0: EDITOR_MAX_CHARS */
	bool dirty;	     /* text is not saved anywhere yet (a draft): Esc asks before dropping it */
	/*
	 * Keeps the text: 0 when it is kept (the editor closes), otherwise
	 * non-zero with *msg (malloc'd, freed by the editor) saying why.
	 */
	int (*save)(void *data, const char *text, char **msg);
	/*
	 * Optional: the editor is closing.  unsaved is the text when it closes
	 * without a save (cancelled, or the program is ending on quit or on a
	 * signal: the owner may keep it as a draft), NULL after a save.
	 */
	void (*closed)(void *data, const char *unsaved);
	/*
	 * Optional: the owner may keep text as a draft, so that a crash loses
	 * nothing typed.  Called once typing has paused for EDITOR_DRAFT_MS
	 * since the text last changed, or EDITOR_DRAFT_MAX_MS after the first
	 * change not yet given to it when typing goes on without a pause, and
	 * before the text goes to $EDITOR; never while nothing changes.
	 */
	void (*draft)(void *data, const char *text);
	/*
	 * Optional: the text speaks to a card its writer may change.  Ctrl-T (or
	 * F3) asks for the next choice: it returns the context to show from
	 * then on (malloc'd; the editor frees it), or NULL when there is no
	 * other choice.  Without it the editor has no such key.
	 */
	char *(*next_card)(void *data);
	/*
	 * Optional: what the writer must keep an eye on while typing (the
	 * phase's clock and whose turn it is), asked at each draw and shown
	 * after the count on the line under the box: malloc'd (the editor frees
	 * it), or NULL for nothing.
	 */
	char *(*watch)(void *data);
	void *data;
	/* Optional: what the text belongs to (a round's draft file), kept with
	 * the text handed to $EDITOR, so that a program that dies while that is
	 * open gives the text back at the next start (extedit.h). */
	const char *handover_owner;
};

/*
 * When the draft hook is next due (monotonic ms) after the text changed at
 * now, given the time it was due until then (0: the hook has seen every
 * change) and *since, the first change it has not seen (set here when due
 * is 0): after a pause of EDITOR_DRAFT_MS, and no later than
 * EDITOR_DRAFT_MAX_MS after *since.  Never 0.
 */
int64_t editor_draft_due(int64_t now, int64_t due, int64_t *since);

/* An editor screen; o's strings are copied. */
struct view *editor_open(struct app *a, const struct editor_opts *o);

#endif
