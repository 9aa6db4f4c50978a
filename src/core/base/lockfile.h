#ifndef RUCKSACK_LOCKFILE_H
#define RUCKSACK_LOCKFILE_H
/*
 * An exclusive lock that says who holds it: flock(LOCK_EX | LOCK_NB) on a
 * small file (mode 0600) that holds the holder's process id.  The lock dies
 * with the process, so a crash or kill -9 leaves none held (a file left
 * behind is taken over by the next taker); a holder that lets go removes the
 * file.  Taking it never waits for another holder.  Used so that one round
 * is open in one window at a time (session.h).
 */
#include <stdbool.h>

#include "core/base/diag.h"

struct lockfile;

enum lockfile_status {
	LOCKFILE_HELD,	  /* taken: *out holds it until lockfile_release */
	LOCKFILE_BUSY,	  /* another open of it (another process, or window) holds it */
	LOCKFILE_NO_FILE, /* the file cannot be made or opened (a read-only folder...): no lock */
	LOCKFILE_UNSAFE,  /* at path is a link, a pipe, a folder or another user's file:
			   * left alone, errno says which (fileio.h) */
};

/* Takes the lock at path, creating the file when absent.  *holder (may be
 * NULL) gets the holding process's id when BUSY, 0 when it cannot be told.
 * The file is opened never through a link, and only when it is a regular
 * file of the user's own (else UNSAFE). */
enum lockfile_status lockfile_take(const char *path, struct lockfile **out, long *holder);
/* Whether another open holds the lock at path now (*holder as above); never
 * takes it.  What lockfile_take would call UNSAFE is not busy. */
bool lockfile_busy(const char *path, long *holder);
/* The path the lock was taken at. */
const char *lockfile_path(const struct lockfile *l);
/* Removes the file and lets the lock go; NULL is fine. */
void lockfile_release(struct lockfile *l);

#endif
