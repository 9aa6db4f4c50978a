/*
 * Opening files (fileio.h): what each use may meet at its path is decided
 * here once, from fstat on the descriptor opened, so there is no window
 * between a check and the open it was for.
 */
#include "core/base/fileio.h"

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/base/paths.h"
#include "core/base/xalloc.h"

/* What a use opens with, and what it accepts once open. */
enum fileio_want {
	WANT_FILE,	/* a regular file */
	WANT_OWN_FILE,	/* a regular file owned by the user */
	WANT_PRIVATE_FILE, /* the same, and writable by no one else */
	WANT_NOT_FOLDER, /* anything but a folder */
	WANT_FOLDER,
};

struct fileio_rule {
	int flags;
	enum fileio_want want;
};

static const struct fileio_rule fileio_rules[] = {
	[FILEIO_READ] = {O_RDONLY, WANT_FILE},
	[FILEIO_CREATE] = {O_WRONLY | O_APPEND | O_CREAT | O_EXCL | O_NOFOLLOW, WANT_OWN_FILE},
	[FILEIO_APPEND] = {O_WRONLY | O_APPEND, WANT_OWN_FILE},
	[FILEIO_LOCK] = {O_RDWR | O_CREAT | O_NOFOLLOW, WANT_OWN_FILE},
	[FILEIO_LOCK_PEEK] = {O_RDONLY | O_NOFOLLOW, WANT_OWN_FILE},
	[FILEIO_NEW] = {O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, WANT_OWN_FILE},
	[FILEIO_INPUT] = {O_RDONLY, WANT_NOT_FOLDER},
	/* the user named it: a pipe is waited on for its reader, as shells do */
	[FILEIO_OUTPUT] = {O_WRONLY | O_CREAT | O_TRUNC, WANT_NOT_FOLDER},
	[FILEIO_FOLDER] = {O_RDONLY | O_DIRECTORY, WANT_FOLDER},
	[FILEIO_SETTINGS] = {O_RDONLY, WANT_PRIVATE_FILE},
};

/* 0 when st is what want accepts, else the errno that says what it is. */
static int fileio_refusal(const struct stat *st, enum fileio_want want)
{
	bool folder = S_ISDIR(st->st_mode);
	switch (want) {
	case WANT_FOLDER:
		return folder ? 0 : ENOTDIR;
	case WANT_NOT_FOLDER:
		return folder ? EISDIR : 0;
	case WANT_FILE:
	case WANT_OWN_FILE:
	case WANT_PRIVATE_FILE:
		break;
	}
	if (folder)
		return EISDIR;
	if (S_ISLNK(st->st_mode))
		return ELOOP;
	if (!S_ISREG(st->st_mode))
		return ENXIO;
	if (want == WANT_PRIVATE_FILE && (st->st_mode & (S_IWGRP | S_IWOTH)))
		return EPERM;
	return want != WANT_FILE && st->st_uid != geteuid() ? EPERM : 0;
}

int fileio_open(const char *path, enum fileio_use use)
{
	const struct fileio_rule *r = &fileio_rules[use];
	/* Under O_NONBLOCK a read-only open of a pipe returns at once, a
	 * write-only one fails with ENXIO: never a wait on a planted pipe. */
	int nonblock = use == FILEIO_OUTPUT ? 0 : O_NONBLOCK;
	int fd = open(path, r->flags | nonblock | O_CLOEXEC, 0600);
	if (fd < 0)
		return -1;
	struct stat st;
	int e = fstat(fd, &st) != 0 ? errno : fileio_refusal(&st, r->want);
	if (e == 0 && fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK) != 0)
		e = errno;
	if (e != 0) {
		close(fd);
		errno = e;
		return -1;
	}
	return fd;
}

FILE *fileio_fopen(const char *path, enum fileio_use use, const char *mode)
{
	int fd = fileio_open(path, use);
	if (fd < 0)
		return NULL;
	FILE *f = fdopen(fd, mode);
	if (!f) {
		int e = errno;
		close(fd);
		errno = e;
	}
	return f;
}

char *fileio_slurp(const char *path, size_t *len)
{
	FILE *f = fileio_fopen(path, FILEIO_READ, "rb");
	if (!f)
		return NULL;
	size_t cap = 65536, n = 0;
	char *buf = xmalloc(cap);
	size_t r;
	while ((r = fread(buf + n, 1, cap - n, f)) > 0) {
		n += r;
		if (n == cap)
			xgrow((void **)&buf, &cap, cap * 2, 1);
	}
	int bad = ferror(f);
	fclose(f);
	if (bad) {
		free(buf);
		errno = EIO;
		return NULL;
	}
	buf[n] = '\0';
	if (len)
		*len = n;
	return buf;
}

static int (*fileio_fsync_fn)(int fd);

void fileio_set_fsync_hook(int (*hook)(int fd))
{
	fileio_fsync_fn = hook;
}

int fileio_fsync(int fd)
{
	return fileio_fsync_fn ? fileio_fsync_fn(fd) : fsync(fd);
}

int fileio_sync_dir(const char *path)
{
	char *dir = paths_parent(path);
	int fd = fileio_open(dir, FILEIO_FOLDER);
	free(dir);
	if (fd < 0)
		return -1;
	int rc = fileio_fsync(fd);
	close(fd);
	return rc;
}

const char *fileio_why(int e)
{
	switch (e) {
	case ENOSPC:
	case EDQUOT:
		return "the disk is full";
	case EROFS:
		return "the folder is read-only";
	case EACCES:
	case EPERM:
		return "permission denied";
	case ENOENT:
		return "the folder is missing";
	case ENOTDIR:
		return "a file is where a folder should be";
	case EIO:
		return "the disk failed (input/output error)";
	case EISDIR:
		return "it is a folder, not a file";
	case ELOOP:
		return "it is a link, which is not followed";
	case ENXIO:
		return "it is a pipe or device, not a file";
	default:
		return strerror(e);
	}
}
