#ifndef RUCKSACK_ROUND_ENTRIES_H
#define RUCKSACK_ROUND_ENTRIES_H
/*
 * The reflections and notes of the current phase, as the phase screen lists
 * them (oldest first, deleted ones left out), and the label each row starts
 * with.  No curses.
 */
#include <stddef.h>

#include "core/round/session.h"

/* Writes to out (room for s->n_entries) the indexes into s->entries of the
 * live entries of the current round and phase; returns how many. */
size_t rentries_phase(const struct session *s, size_t *out);

/* "Note", "Group" or the person's name, then ", on CARD" when it speaks to a
 * card and " (edited)" when revised; caller frees. */
char *rentries_label(const struct session *s, const struct entry *e);

#endif
