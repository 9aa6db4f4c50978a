/*
 * Locks that say who holds them (lockfile.h).  A holder removes its file
 * while it still holds the lock; a taker that got the lock of a file removed
 * (or replaced) meanwhile sees that its file is no longer the one at path
 * and tries again, so two takers never both think they hold it.
 */
#include "core/base/lockfile.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "core/base/fileio.h"
#include "core/base/xalloc.h"

/* A taker that meets a file removed under it tries again; more than this is no race. */
#define LOCKFILE_TRIES 8
/* lockfile_busy holds a shared lock for an instant; a taker asks again
 * this many times, 20 ms apart, before it calls the lock held. */
#define LOCKFILE_PATIENCE 5

struct lockfile {
	int fd;
	char *path;
};

/* The process id written in the file, or 0. */
static long lockfile_read_pid(int fd)
{
	char buf[32];
	ssize_t n = pread(fd, buf, sizeof buf - 1, 0);
	if (n <= 0)
		return 0;
	buf[n] = '\0';
	long pid = strtol(buf, NULL, 10);
	return pid > 0 ? pid : 0;
}

/* Whether fd is still the file at path (not removed or replaced since it was opened). */
static bool lockfile_still_there(int fd, const char *path)
{
	struct stat a, b;
	return fstat(fd, &a) == 0 && stat(path, &b) == 0 && a.st_dev == b.st_dev &&
	       a.st_ino == b.st_ino;
}

/* flock(LOCK_EX | LOCK_NB), asking again while someone only looks (lockfile_busy). */
static int lockfile_flock(int fd)
{
	for (int i = 0;; i++) {
		if (flock(fd, LOCK_EX | LOCK_NB) == 0)
			return 0;
		if (errno != EWOULDBLOCK || i + 1 >= LOCKFILE_PATIENCE)
			return -1;
		nanosleep(&(struct timespec){0, 20 * 1000 * 1000}, NULL);
	}
}

/* Whether errno says fileio_open refused what it found at the path (a
 * link, a pipe, a folder, another user's file), not that it failed. */
static bool lockfile_refused(void)
{
	return errno == ELOOP || errno == ENXIO || errno == EISDIR || errno == EPERM;
}

/* Opens path to lock it: for writing (made if absent), else for reading
 * only; never through a link, and only a regular file of the user's own, so
 * a link planted at path cannot make us truncate the file it leads to. */
static int lockfile_open(const char *path)
{
	int fd = fileio_open(path, FILEIO_LOCK);
	if (fd >= 0 || lockfile_refused())
		return fd;
	return fileio_open(path, FILEIO_LOCK_PEEK);
}

/* Writes our process id into the file we hold (best effort: it only names us). */
static void lockfile_write_pid(int fd)
{
	char buf[32];
	int n = snprintf(buf, sizeof buf, "%ld\n", (long)getpid());
	if (ftruncate(fd, 0) != 0 || pwrite(fd, buf, (size_t)n, 0) != n) {
		/* a read-only file: the lock holds all the same, only unnamed */
	}
}

enum lockfile_status lockfile_take(const char *path, struct lockfile **out, long *holder)
{
	*out = NULL;
	if (holder)
		*holder = 0;
	for (int i = 0; i < LOCKFILE_TRIES; i++) {
		int fd = lockfile_open(path);
		if (fd < 0)
			return lockfile_refused() ? LOCKFILE_UNSAFE : LOCKFILE_NO_FILE;
		if (lockfile_flock(fd) != 0) {
			bool busy = errno == EWOULDBLOCK;
			if (busy && holder)
				*holder = lockfile_read_pid(fd);
			close(fd);
			return busy ? LOCKFILE_BUSY : LOCKFILE_NO_FILE;
		}
		if (!lockfile_still_there(fd, path)) { /* its holder removed it as we came */
			close(fd);
			continue;
		}
		lockfile_write_pid(fd);
		struct lockfile *l = xmalloc(sizeof *l);
		*l = (struct lockfile){.fd = fd, .path = xstrdup(path)};
		*out = l;
		return LOCKFILE_HELD;
	}
	return LOCKFILE_NO_FILE;
}

bool lockfile_busy(const char *path, long *holder)
{
	if (holder)
		*holder = 0;
	int fd = fileio_open(path, FILEIO_LOCK_PEEK);
	if (fd < 0)
		return false;
	bool busy = flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
	if (busy && holder)
		*holder = lockfile_read_pid(fd);
	close(fd); /* lets the shared lock go, if it was taken */
	return busy;
}

const char *lockfile_path(const struct lockfile *l)
{
	return l->path;
}

void lockfile_release(struct lockfile *l)
{
	if (!l)
		return;
	if (lockfile_still_there(l->fd, l->path)) /* not one someone made after removing ours */
		unlink(l->path);		      /* while still held: see the top of this file */
	close(l->fd);
	free(l->path);
	free(l);
}
