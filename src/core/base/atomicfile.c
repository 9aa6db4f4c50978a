/*
 * The core's one implementation of replacing a file whole: journals written
 * again (journal_write_all), drafts, practice records, transcripts and
 * exported questions all come through atomic_write.
 */
#include "core/base/atomicfile.h"

#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/base/fileio.h"
#include "core/base/xalloc.h"

static void atomic_error(struct diags *d, const char *path, const char *what, int e)
{
	diags_error(d, path, 0, 0, DIAG_IO, "cannot %s: %s", what, e ? fileio_why(e) : "unknown error");
	diags_set_errnum(d, e);
}

/*
 * Puts the finished temporary file at path: replacing what is there, or,
 * for a file that must never replace another, by link(), which fails with
 * EEXIST when path exists (as a link too, even a dangling one) — checking
 * first and renaming after would let a file made in between be lost.  A
 * file system without hard links (some shared drives) gets that check
 * and rename: the best it allows.
 */
static int atomic_place(const char *tmp, const char *path, bool replace)
{
	if (replace)
		return rename(tmp, path);
	if (link(tmp, path) == 0) {
		unlink(tmp); /* left behind, it would only be a stray copy */
		return 0;
	}
	if (errno != EPERM && errno != ENOSYS && errno != EOPNOTSUPP && errno != EXDEV)
		return -1;
	struct stat st;
	if (lstat(path, &st) == 0) {
		errno = EEXIST;
		return -1;
	}
	return rename(tmp, path);
}

/* The temporary file is made 0600 and widened to mode (a printed deck,
 * 0644) before anything is written into it. */
static int atomic_write_to(const char *path, const char *what, mode_t mode,
			   int (*fn)(FILE *f, void *data), void *data, bool replace,
			   struct diags *d)
{
	char *tmp = xasprintf("%s.tmp.%ld", path, (long)getpid());
	/* made anew, never opened through a link someone planted under that
	 * name in a shared folder (export -o /tmp/x.md) */
	unlink(tmp);
	int fd = fileio_open(tmp, FILEIO_NEW);
	if (fd >= 0 && mode != 0600 && fchmod(fd, mode) != 0)
		close(fd), fd = -1;
	FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
	int rc = -1, e = errno;
	if (f) {
		errno = 0;
		rc = fn(f, data);
		e = errno;
		if (fflush(f) != 0 || fileio_fsync(fd) != 0)
			rc = -1, e = errno;
		if (fclose(f) != 0 && rc == 0)
			rc = -1, e = errno;
	} else if (fd >= 0) {
		e = errno;
		close(fd);
	}
	if (rc == 0 && atomic_place(tmp, path, replace) != 0)
		rc = -1, e = errno;
	if (rc != 0) {
		unlink(tmp);
		char *why = xasprintf("write %s", what);
		atomic_error(d, path, why, e);
		free(why);
	} else if (fileio_sync_dir(path) != 0) {
		/* as journal_created: a name not synced may not survive a power cut */
		rc = -1;
		atomic_error(d, path, "save the folder to disk", errno);
	}
	free(tmp);
	return rc;
}

int atomic_write(const char *path, const char *what, int (*fn)(FILE *f, void *data),
		 void *data, struct diags *d)
{
	return atomic_write_to(path, what, 0600, fn, data, true, d);
}

int atomic_write_new(const char *path, const char *what, int (*fn)(FILE *f, void *data),
		     void *data, struct diags *d)
{
	return atomic_write_to(path, what, 0600, fn, data, false, d);
}

/* Writes straight into what is at path (a device, a pipe): there is nothing
 * to rename over, and renaming over a device node would replace it. */
static int atomic_write_direct(const char *path, const char *what,
			       int (*fn)(FILE *f, void *data), void *data, struct diags *d)
{
	FILE *f = fileio_fopen(path, FILEIO_OUTPUT, "w");
	int rc = -1, e = errno;
	if (f) {
		errno = 0;
		rc = fn(f, data);
		e = errno;
		if (fflush(f) != 0)
			rc = -1, e = errno;
		if (fclose(f) != 0 && rc == 0)
			rc = -1, e = errno;
	}
	if (rc != 0) {
		char *why = xasprintf("write %s", what);
		atomic_error(d, path, why, e);
		free(why);
	}
	return rc;
}

int atomic_write_output_mode(const char *path, const char *what, mode_t mode,
			     int (*fn)(FILE *f, void *data), void *data, struct diags *d)
{
	struct stat st;
	if (stat(path, &st) != 0)
		return atomic_write_to(path, what, mode, fn, data, true, d);
	if (!S_ISREG(st.st_mode))
		return atomic_write_direct(path, what, fn, data, d);
	char *real = realpath(path, NULL); /* a link stays a link: its file is replaced */
	int rc = atomic_write_to(real ? real : path, what, mode, fn, data, true, d);
	free(real);
	return rc;
}

int atomic_write_output(const char *path, const char *what, int (*fn)(FILE *f, void *data),
			void *data, struct diags *d)
{
	return atomic_write_output_mode(path, what, 0600, fn, data, d);
}
