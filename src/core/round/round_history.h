#ifndef RUCKSACK_ROUND_HISTORY_H
#define RUCKSACK_ROUND_HISTORY_H
/*
 * What the rounds kept on this machine tell the setup screen: the groups of
 * earlier rounds (to start from "the same group as on 2 December") and when
 * each person last presented (held the role with id "presenter" in any round
 * of a round), to propose as presenter whoever presented longest ago, or
 * never.  Read from the listing of the rounds (session_list), so from the
 * summaries kept beside the journals, not from every journal each time
 * setup opens (a late arrival belongs to the group); a journal that cannot
 * be read is passed over.  It only proposes: the facilitator decides.
 */
#include <stddef.h>
#include <stdint.h>

#include "core/base/strv.h"

struct history_group {
	int64_t started_at;
	char *flow_id;
	struct strv people;
};

struct history {
	struct history_group *groups; /* newest first; one per different group of people */
	size_t n_groups;
	struct strv presenters; /* names that presented, with ... */
	int64_t *presented_at;	/* ... when last (ms since the epoch) */
};

/* Reads the rounds of the sessions folder dir into h (zeroed first; dir NULL: none). */
void history_load(struct history *h, const char *dir);
void history_free(struct history *h);
/* When name last presented (exactly as written), or 0: never, on this machine. */
int64_t history_presented_at(const struct history *h, const char *name);
/* The index in people of whoever presented longest ago (never before the
 * rest; ties: the first listed), or -1 when people is empty. */
long history_propose_presenter(const struct history *h, const struct strv *people);

#endif
