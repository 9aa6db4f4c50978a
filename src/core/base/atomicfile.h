#ifndef RUCKSACK_ATOMICFILE_H
#define RUCKSACK_ATOMICFILE_H
/*
 * Writing a whole file so that a reader (or a crash) sees either the old
 * file or the complete new one: a temporary file beside it (mode 0600),
 * filled, flushed and synced, then renamed over path and the folder synced.
 * It is the core's only such code: everything written whole goes through it.
 */
#include <stdio.h>
#include <sys/types.h>

#include "core/base/diag.h"

/*
 * Writes path with fn(f, data), which returns 0 or -1.  0 when the new file
 * is in place; -1 with an io diagnostic at path saying what failed ("cannot
 * write <what>: the disk is full", its errno kept: diags_set_errnum), in which case
 * path is as it was and no temporary file is left — except when only the
 * folder could not be synced after the rename ("cannot save the folder to
 * disk: ..."): then path may already be the new file.  Syncs go through
 * fileio_fsync, so its test hook can make them fail.  Whatever is at path
 * (a link, a pipe) is replaced, never followed or written into.
 */
int atomic_write(const char *path, const char *what, int (*fn)(FILE *f, void *data),
		 void *data, struct diags *d);

/*
 * atomic_write for a file that must not replace another (a starter deck):
 * when something is at path already (a file, a folder, a link, even a
 * dangling one) it is left as it is, and -1 comes with errnum EEXIST.
 */
int atomic_write_new(const char *path, const char *what, int (*fn)(FILE *f, void *data),
		     void *data, struct diags *d);

/*
 * atomic_write for a file the user named (export -o): when path is a link to
 * a regular file, that file is replaced and the link kept; when it is not a
 * regular file (a device such as /dev/stdout, a pipe) it is written straight
 * into, not replaced.  Returns as atomic_write; a direct write's diagnostic
 * names path ("cannot write <what>: ...").
 */
int atomic_write_output(const char *path, const char *what, int (*fn)(FILE *f, void *data),
			void *data, struct diags *d);
/* atomic_write_output, the file replaced or made with mode (0644 for a
 * printed deck anyone may read) instead of 0600.  A device or pipe written
 * straight into keeps its own mode. */
int atomic_write_output_mode(const char *path, const char *what, mode_t mode,
			     int (*fn)(FILE *f, void *data), void *data, struct diags *d);

#endif
