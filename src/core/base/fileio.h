#ifndef RUCKSACK_FILEIO_H
#define RUCKSACK_FILEIO_H
/*
 * The core's one way to open a file, with the rules for each use in one
 * place, and the syncs and error words that journals and atomic writes
 * share.  Nothing else in src/core calls open, fopen or openat
 * (tests/layering.sh refuses it).
 *
 * Every open is O_CLOEXEC and, but for FILEIO_OUTPUT, O_NONBLOCK (cleared
 * before returning), so a pipe or device planted where a file of ours
 * belongs is never waited on; fstat then decides.  A refusal sets errno to say what was found:
 * EISDIR a folder, ELOOP a link where none is followed, ENXIO a pipe,
 * device or socket, EPERM a file of another user.  fileio_why words each.
 */
#include <stdio.h>

enum fileio_use {
	FILEIO_READ,	/* a file of ours to read (journal, draft, pointer): a regular
			 * file, reached through links */
	FILEIO_CREATE,	/* a journal made anew for appending: O_EXCL, 0600, never
			 * through a link */
	FILEIO_APPEND,	/* a journal that exists, for appending: a regular file of
			 * the user's own, reached through links */
	FILEIO_LOCK,	/* a lock file, read-write, made 0600 when absent: never
			 * through a link, a regular file of the user's own */
	FILEIO_LOCK_PEEK, /* the same read-only, never made: to see who holds it */
	FILEIO_NEW,	/* a temporary file made anew for writing: O_EXCL, 0600,
			 * never through a link (atomic_write) */
	FILEIO_INPUT,	/* a file the user named to read (a deck): anything but a
			 * folder, so `lint /dev/stdin` works */
	FILEIO_OUTPUT,	/* a file the user named to write into (export -o to a
			 * device or pipe): truncated, made 0600 when absent */
	FILEIO_FOLDER,	/* a folder, to sync it */
	FILEIO_SETTINGS, /* a file of the user's settings, to read: a regular file
			 * of the user's own that no one else may write (EPERM),
			 * reached through links, as dotfile managers make them */
};

/* Opens path for use: a file descriptor, or -1 with errno set (see above). */
int fileio_open(const char *path, enum fileio_use use);
/* fileio_open and fdopen(mode); NULL with errno set. */
FILE *fileio_fopen(const char *path, enum fileio_use use, const char *mode);
/* The whole of the file of ours at path (FILEIO_READ), NUL-terminated,
 * its length in *len (may be NULL); NULL with errno set (EIO when a read
 * failed).  Caller frees. */
char *fileio_slurp(const char *path, size_t *len);

/* fsync(fd), or the test hook's stand-in: every sync in the core goes through it. */
int fileio_fsync(int fd);
/* Test hook: replaces fsync() (and so can make it fail). NULL restores it. */
void fileio_set_fsync_hook(int (*hook)(int fd));
/* Syncs the folder holding path (after a rename or create in it); 0 or -1. */
int fileio_sync_dir(const char *path);

/* Words a facilitator can act on for errno e ("the disk is full", "it is a
 * folder, not a file"...), short enough for a 40-column screen; else
 * strerror(e).  An io error says it once ("cannot write to the journal:
 * the disk is full") and carries e as the diagnostic's errnum. */
const char *fileio_why(int e);

#endif
