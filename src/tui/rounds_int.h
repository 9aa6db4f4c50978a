#ifndef RUCKSACK_ROUNDS_INT_H
#define RUCKSACK_ROUNDS_INT_H
/* Private to view_rounds.c and rounds_actions.c: the rounds list's state. */
#include <stdbool.h>

#include "app.h"
#include "core/round/session.h"
#include "core/round/transcript.h"
#include "scroll.h"

struct rounds {
	struct view v;
	bool all;     /* every round kept (Rounds kept); else the unfinished ones (Resume a round) */
	bool fresh;   /* just read: the first on_top need not read it again */
	struct session_info *list; /* every round found */
	size_t n_list;
	char **why;    /* why[i]: why list[i] cannot be resumed ("FILE:LINE: ..."), or NULL */
	int *line;     /* line[i]: list[i]'s damaged line, or 0 */
	size_t *shown; /* indexes into list of the rounds shown */
	size_t n;
	int row_h; /* lines a round takes: 3 when one lives away from home (where, on the third) */
	struct scroll sc;
	int detail; /* rows under the list for why the selected round cannot be resumed */
	/* an export under way: its format, the round's journal and id, and the
	 * file named (when it is there already and the user is asked) */
	enum transcript_format fmt;
	bool anonymise, ask_replace;
	char *ex_journal, *ex_id, *ex_path;
	char *del_found; /* the round being deleted (asked about): where it was found */
};

/* The round selected, or NULL when none is shown. */
const struct session_info *rounds_selected(const struct rounds *r);
/* Reads the rounds again (after a delete, or back on top), keeping the selection's place. */
void rounds_load(struct rounds *r);

/* t, e and x on the selected round (rounds_actions.c); R_ flags. */
int rounds_read(struct rounds *r);
int rounds_export(struct rounds *r);
int rounds_delete(struct rounds *r);
/* Back on top after an export's file was found there already: asks whether to replace it. */
void rounds_ask_replace(struct rounds *r);
/* Frees what an export or a delete under way holds. */
void rounds_actions_free(struct rounds *r);

#endif
