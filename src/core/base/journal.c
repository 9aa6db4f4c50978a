/*
 * The append-only JSON Lines journal.  One write() per record so a record is
 * never interleaved; fsync() before success is reported; a short or failed
 * write is cut back off the file so replay never meets a torn line we made.
 */
#include "core/base/journal.h"

#include <cJSON.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/base/atomicfile.h"
#include "core/base/fileio.h"
#include "core/base/xalloc.h"

struct journal {
	int fd;
	char *path;
};

void journal_set_fsync_hook(int (*hook)(int fd))
{
	fileio_set_fsync_hook(hook);
}

/* One cause, said once: the words of fileio_why, not those and strerror's again. */
static void journal_io_error(struct diags *d, const char *path, const char *what, int e)
{
	diags_error(d, path, 0, 0, DIAG_IO, "cannot %s: %s", what, fileio_why(e));
	diags_set_errnum(d, e);
}

/* A file just created has its folder synced too: without that its name may
 * not survive a power cut (POSIX), however well its data is synced later.
 * When the folder cannot be synced the create is undone, so that a retry
 * creates (and syncs) it again. */
static int journal_created(int fd, const char *path, struct diags *d)
{
	if (fileio_sync_dir(path) == 0)
		return fd;
	int e = errno;
	close(fd);
	unlink(path);
	journal_io_error(d, path, "save the journal's folder to disk", e);
	return -1;
}

/* Opens path for appending, creating it when absent; -1 with an io diagnostic.
 * One that exists is appended to only when it is a regular file of the
 * user's own: never a pipe, nor a file someone else planted for our notes. */
static int journal_open_fd(const char *path, struct diags *d)
{
	int fd = fileio_open(path, FILEIO_CREATE);
	if (fd >= 0)
		return journal_created(fd, path, d);
	if (errno == EEXIST)
		fd = fileio_open(path, FILEIO_APPEND);
	if (fd < 0)
		journal_io_error(d, path, "open the journal", errno);
	return fd;
}

int journal_open(struct journal **out, const char *path, struct diags *d)
{
	*out = NULL;
	int fd = journal_open_fd(path, d);
	if (fd < 0)
		return -1;
	struct journal *j = xmalloc(sizeof *j);
	j->fd = fd;
	j->path = xstrdup(path);
	*out = j;
	return 0;
}

const char *journal_path(const struct journal *j)
{
	return j->path;
}

void journal_close(struct journal *j)
{
	if (!j)
		return;
	close(j->fd);
	free(j->path);
	free(j);
}

/* Cuts the file back to size so a half-written record cannot stay. */
static void journal_undo(struct journal *j, off_t size)
{
	if (size >= 0 && ftruncate(j->fd, size) == 0)
		fileio_fsync(j->fd);
}

int journal_append(struct journal *j, const char *record, struct diags *d)
{
	size_t len = strlen(record);
	char *buf = xmalloc(len + 1);
	memcpy(buf, record, len);
	buf[len] = '\n';
	off_t before = lseek(j->fd, 0, SEEK_END);
	ssize_t w = write(j->fd, buf, len + 1);
	int e = errno;
	free(buf);
	if (w != (ssize_t)(len + 1)) {
		journal_undo(j, before);
		journal_io_error(d, j->path, "write to the journal", w < 0 ? e : ENOSPC);
		return -1;
	}
	if (fileio_fsync(j->fd) != 0) {
		e = errno;
		journal_undo(j, before);
		journal_io_error(d, j->path, "save the journal to disk", e);
		return -1;
	}
	return 0;
}

static char *journal_slurp(const char *path, size_t *len, struct diags *d)
{
	char *buf = fileio_slurp(path, len);
	if (!buf)
		journal_io_error(d, path, "read the journal", errno);
	return buf;
}

/* Whole lines in the middle only need to look like an object (the reader parses
 * them anyway); the last line, the one a crash can tear, is parsed in full. */
static bool journal_line_ok(const char *s, bool last)
{
	size_t n = strlen(s);
	if (n < 2 || s[0] != '{' || s[n - 1] != '}')
		return false;
	if (!last)
		return true;
	cJSON *j = cJSON_Parse(s);
	bool ok = j && cJSON_IsObject(j);
	cJSON_Delete(j);
	return ok;
}

int journal_read(const char *path, struct strv *lines, bool *torn, struct diags *d)
{
	return journal_read_numbered(path, lines, NULL, torn, d);
}

/* Records the file line number of the n-th record kept; the array doubles
 * whenever n reaches a power of two, so it is always big enough. */
static void journal_note_line(int **linenos, size_t n, int lineno)
{
	if (!linenos)
		return;
	if ((n & (n - 1)) == 0)
		*linenos = xrealloc(*linenos, 2 * n * sizeof **linenos);
	(*linenos)[n - 1] = lineno;
}

int journal_read_numbered(const char *path, struct strv *lines, int **linenos, bool *torn,
			  struct diags *d)
{
	*torn = false;
	size_t len = 0;
	char *buf = journal_slurp(path, &len, d);
	if (!buf)
		return -1;
	int rc = 0, lineno = 0;
	for (char *p = buf; p < buf + len && rc == 0;) {
		char *nl = memchr(p, '\n', (size_t)(buf + len - p));
		lineno++;
		bool last = !nl || nl + 1 == buf + len;
		if (nl)
			*nl = '\0';
		if (nl && journal_line_ok(p, last)) {
			strv_push(lines, p);
			journal_note_line(linenos, lines->n, lineno);
		} else if (last) {
			*torn = true;
			diags_warn(d, path, lineno, 1, DIAG_SYNTAX,
				   "the last line of the journal is torn (an unfinished write); "
				   "it was dropped and everything before it kept");
		} else if (*p == '\0') {
			/* an empty line carries nothing; skip it */
		} else {
			diags_error(d, path, lineno, 1, DIAG_SYNTAX,
				    "line %d of the journal is not a JSON object", lineno);
			rc = -1;
		}
		p = nl ? nl + 1 : buf + len;
	}
	free(buf);
	return rc;
}

static int journal_write_lines(FILE *f, void *data)
{
	const struct strv *lines = data;
	for (size_t i = 0; i < lines->n; i++)
		if (fputs(lines->v[i], f) == EOF || fputc('\n', f) == EOF)
			return -1;
	return 0;
}

/* The one way the core replaces a file whole (atomicfile.c). */
int journal_write_all(const char *path, const struct strv *lines, struct diags *d)
{
	return atomic_write(path, "the file", journal_write_lines, (void *)lines, d);
}
