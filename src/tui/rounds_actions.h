#ifndef RUCKSACK_ROUNDS_ACTIONS_H
#define RUCKSACK_ROUNDS_ACTIONS_H
/*
 * What a screen that lists rounds (the rounds list, the home screen) does to
 * the one selected: read its transcript, export it (a choice of format, a
 * file named, asked before one is replaced), delete it (asked first).  The
 * boxes it opens call back the owner screen through the three hooks, which
 * hand on to rounds_export_chosen, rounds_export_replace and
 * rounds_delete_yes with the owner's struct rounds_acts.
 */
#include <stdbool.h>
#include <stddef.h>

#include "app.h"
#include "core/round/session.h"
#include "core/round/transcript.h"

struct rounds_acts {
	struct view *owner; /* the screen listing the rounds: the boxes' owner */
	int (*chosen)(struct view *owner, size_t i); /* a format taken */
	int (*replace)(struct view *owner);	      /* yes: replace the file there */
	int (*delete_yes)(struct view *owner);	      /* yes: delete the round */
	/* an export under way: its format, the round's journal and id, and the
	 * file named (when it is there already and the user is asked) */
	enum transcript_format fmt;
	bool anonymise, ask_replace;
	char *ex_journal, *ex_id, *ex_path;
	char *del_found; /* the round being deleted (asked about): where it was found */
};

/* What ACT_RD_READ (t), ACT_RD_EXPORT (e) or ACT_RD_DELETE (x) does to si
 * (NULL: nothing selected), for every screen that lists rounds; R_ flags,
 * R_PASS for any other action. */
int rounds_act(struct rounds_acts *x, enum action act, const struct session_info *si);
/* The hooks' work: the format i taken; the file replaced; the round deleted
 * (the owner then reads its rounds again). */
int rounds_export_chosen(struct rounds_acts *x, size_t i);
int rounds_export_replace(struct rounds_acts *x);
void rounds_delete_yes(struct rounds_acts *x);
/* Back on top after an export's file was found there already: asks whether to replace it. */
void rounds_ask_replace(struct rounds_acts *x);
/* Frees what an export or a delete under way holds. */
void rounds_actions_free(struct rounds_acts *x);

#endif
