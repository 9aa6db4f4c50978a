#ifndef RUCKSACK_SESSION_SUMMARY_H
#define RUCKSACK_SESSION_SUMMARY_H
/*
 * Private to session_list.c: what listing a sessions folder learnt of each
 * journal, kept so that the next listing need not replay them all (a
 * facilitator keeps years of rounds).  One file in the folder,
 * SESSION_SUMMARIES: a line naming its version, then one line a journal,
 * its fields apart by tabs (name, flow, inode, size, modification time in
 * seconds and nanoseconds, then the listing's numbers, the people and who
 * presented), text
 * escaped with backslashes, so that it is read back without a JSON parser.
 *
 * A summary is only a shortcut, never trusted over its journal: it is used
 * only while the journal's inode, size and modification time are exactly
 * those it was made from (taken before the journal was read, so a record
 * appended meanwhile makes it stale), and a journal whose summary is
 * missing, stale or unreadable is replayed as before.  A damaged journal is
 * never summarised (its warnings come from replaying it).  The file is
 * rewritten whole (atomic_write) when anything in it changed; a folder that
 * cannot take it only makes the next listing slower.
 */
#include <stdbool.h>
#include <sys/stat.h>

#include "core/round/session.h"

#define SESSION_SUMMARIES ".summaries"

struct summaries;

/* The summaries kept in dir (none when the file is missing or unreadable;
 * an unreadable line is ignored). */
struct summaries *summaries_load(const char *dir);
/* Fills si's summarised fields (flow, people, times, counts, where it stands)
 * from the summary of the journal called name, when st (its stat, taken
 * before anything else) matches the one it was made from.  True when it did. */
bool summaries_take(struct summaries *sm, const char *name, const struct stat *st,
		    struct session_info *si);
/* Keeps si (read from its journal, not damaged) as the summary of name. */
void summaries_put(struct summaries *sm, const char *name, const struct stat *st,
		   const struct session_info *si);
/* Writes the summaries back when they changed: only those of journals
 * taken or put since the load (the others' journals are gone).  Frees sm. */
void summaries_save(struct summaries *sm);

#endif
