/*
 * Loading one file: read it (within the size limit), set aside a UTF-8 BOM,
 * check the text strictly, let cJSON build the tree, give every node its
 * position, and read the tree into a doc.  Any error and the doc is dropped.
 */
#include "core/deck/load.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cJSON.h>

#include "core/base/fileio.h"
#include "core/deck/load_int.h"
#include "core/base/xalloc.h"

/* The line and column of byte off, counted the slow way (only for the unexpected). */
static struct pos pos_of_offset(const char *text, size_t off)
{
	struct pos p = { 1, 1 };
	for (size_t i = 0; i < off; i++) {
		if (text[i] == '\n')
			p.line++, p.col = 1;
		else if (((unsigned char)text[i] & 0xC0) != 0x80)
			p.col++;
	}
	return p;
}

/* The checked text into a doc; NULL after errors. */
static struct doc *load_tree(struct lrep *rep, const char *text, size_t len,
			     const struct jposv *pos)
{
	struct lctx c = { .rep = rep, .text = text, .pos = pos };
	const char *end = NULL;
	struct doc *doc = NULL;
	/* text[len] is the NUL cJSON insists on seeing when asked for no trailing garbage. */
	cJSON *root = cJSON_ParseWithLengthOpts(text, len + 1, &end, 1);

	if (!root) {
		struct pos p = pos_of_offset(text, end && end >= text ? (size_t)(end - text) : 0);
		lrep_add(rep, p.line, p.col, DIAG_ERROR, DIAG_SYNTAX,
			 "cJSON could not parse what the strict check let through");
		return NULL;
	}
	if (posmap_build(&c.map, root, pos) < 0)
		lrep_add(rep, 1, 1, DIAG_ERROR, DIAG_SYNTAX,
			 "the tree does not match the text (a loader bug)");
	else
		doc = load_doc(&c, root, rep->file);
	cJSON_Delete(root);
	return doc;
}

/* text is NUL-terminated at len; the caller keeps it.  claimed, when not
 * NULL, gets the id a file that fails claims, if it got as far as one. */
static int load_text(const char *name, const char *text, size_t len, struct doc **out,
		     char **claimed, struct diags *d)
{
	struct lrep rep = { .file = name, .d = d };
	struct jposv pos = {0};
	struct doc *doc = NULL;

	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
		lrep_add(&rep, 1, 1, DIAG_WARNING, DIAG_ENCODING,
			 "byte-order mark at the start (tolerated; UTF-8 needs none)");
		text += 3, len -= 3;
	}
	if (json_strict_check(text, len, &rep, &pos) == 0)
		doc = load_tree(&rep, text, len, &pos);
	free(pos.v);
	if (rep.errors > 0 || !doc) {
		if (claimed && doc && doc->id)
			*claimed = xstrdup(doc->id);
		doc_free(doc);
		return -1;
	}
	*out = doc;
	return 0;
}

static int too_big(const char *name, struct diags *d)
{
	diags_add(d, name, 0, 0, DIAG_ERROR, DIAG_LIMIT, "file larger than 16 MiB");
	return -1;
}

int load_buffer(const char *name, const char *buf, size_t len, struct doc **out,
		struct diags *d)
{
	char *copy;
	int rc;

	*out = NULL;
	if (len > LOAD_MAX_FILE_BYTES)
		return too_big(name, d);
	copy = xmalloc(len + 1);
	memcpy(copy, buf, len);
	copy[len] = '\0';
	rc = load_text(name, copy, len, out, NULL, d);
	free(copy);
	return rc;
}

static int io_error(const char *name, const char *what, struct diags *d)
{
	diags_add(d, name, 0, 0, DIAG_ERROR, DIAG_IO, "%s: %s", what, strerror(errno));
	return -1;
}

/* Reads at most the limit + 1 bytes, so an endless pipe cannot exhaust memory. */
static int read_all(int fd, const struct stat *st, char **buf, size_t *len)
{
	size_t cap = S_ISREG(st->st_mode) && (size_t)st->st_size <= LOAD_MAX_FILE_BYTES
			     ? (size_t)st->st_size + 1 : 65536;
	size_t n = 0;

	*buf = xmalloc(cap + 1);
	for (;;) {
		if (n == cap) {
			cap = cap * 2 > LOAD_MAX_FILE_BYTES + 1 ? LOAD_MAX_FILE_BYTES + 1 : cap * 2;
			*buf = xrealloc(*buf, cap + 1);
		}
		ssize_t r = read(fd, *buf + n, cap - n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return -1;
		if (r == 0 || (n += (size_t)r) > LOAD_MAX_FILE_BYTES)
			break;
	}
	(*buf)[n] = '\0';
	*len = n;
	return 0;
}

/* A file found in a folder and refused for what it is: said in words
 * ("it is a pipe or device, not a file"), not as the errno's name. */
static int found_refused(const char *name, struct diags *d)
{
	diags_add(d, name, 0, 0, DIAG_ERROR, DIAG_IO, "cannot open: %s", fileio_why(errno));
	return -1;
}

static int load_path(const char *path, enum fileio_use use, struct doc **out, char **claimed,
		     struct diags *d)
{
	struct stat st;
	char *buf = NULL;
	size_t len = 0;
	int fd, rc;

	*out = NULL;
	/* Opened without waiting on a FIFO nobody writes to; a folder is refused. */
	fd = fileio_open(path, use);
	if (fd < 0 && use == FILEIO_READ && errno != ENOENT && errno != EACCES)
		return found_refused(path, d);
	if (fd < 0)
		return io_error(path, errno == EISDIR ? "cannot read" : "cannot open", d);
	if (fstat(fd, &st) < 0) {
		rc = io_error(path, "cannot read", d);
	} else if (S_ISREG(st.st_mode) && (size_t)st.st_size > LOAD_MAX_FILE_BYTES) {
		rc = too_big(path, d);
	} else if (read_all(fd, &st, &buf, &len) < 0) {
		rc = io_error(path, "cannot read", d);
	} else if (len > LOAD_MAX_FILE_BYTES) {
		rc = too_big(path, d);
	} else {
		rc = load_text(path, buf, len, out, claimed, d);
	}
	free(buf);
	close(fd);
	return rc;
}

int load_file(const char *path, struct doc **out, struct diags *d)
{
	return load_path(path, FILEIO_INPUT, out, NULL, d);
}

int load_found_file(const char *path, struct doc **out, struct diags *d)
{
	return load_path(path, FILEIO_READ, out, NULL, d);
}

int load_file_claim(const char *path, bool found, struct doc **out, char **claimed,
		    struct diags *d)
{
	return load_path(path, found ? FILEIO_READ : FILEIO_INPUT, out, claimed, d);
}
