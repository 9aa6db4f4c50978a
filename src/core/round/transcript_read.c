/*
 * The transcript as the program's reader shows it (transcript_read.h).
 */
#include "core/round/transcript_read.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/round/session.h"
#include "core/round/transcript.h"
#include "core/base/xalloc.h"

/* text (len bytes) without its inline marks: a backslash keeps the
 * character after it, an unescaped * or ` goes; trailing spaces (a hard
 * break) go too.  Caller frees. */
static char *tread_plain(const char *text, size_t len)
{
	char *out = xcalloc(len + 1, 1);
	size_t o = 0;
	for (size_t i = 0; i < len; i++) {
		if (text[i] == '\\' && i + 1 < len)
			out[o++] = text[++i];
		else if (!strchr("*`~", text[i]))
			out[o++] = text[i];
	}
	while (o > 0 && out[o - 1] == ' ')
		o--;
	out[o] = '\0';
	return out;
}

/* A table's row: its cells (escaped pipes kept) joined by "  ·  "; NULL for its rule. */
static char *tread_row(const char *line, size_t len)
{
	if (strspn(line, "|-: ") >= len)
		return NULL;
	char *out = xstrdup("");
	size_t start = 1; /* after the opening | */
	for (size_t i = 1; i <= len; i++) {
		if (i < len && (line[i] != '|' || line[i - 1] == '\\'))
			continue;
		if (i == len && start >= len)
			break;
		char *cell = tread_plain(line + start, i - start);
		const char *c = cell + strspn(cell, " ");
		char *joined = xasprintf("%s%s%s", out, *out && *c ? "  ·  " : "", c);
		free(out);
		free(cell);
		out = joined;
		start = i + 1;
	}
	return out;
}

static void tread_push(struct tread_line **v, size_t *n, size_t *cap, enum tread_kind k, char *text)
{
	if (k == TREAD_GAP && (*n == 0 || (*v)[*n - 1].kind == TREAD_GAP)) {
		free(text);
		return; /* one empty line between blocks, none at the top */
	}
	xgrow((void **)v, cap, *n + 1, sizeof **v);
	(*v)[(*n)++] = (struct tread_line){.kind = k, .text = text};
}

/* One line of Markdown (len bytes, no newline) as a line to read. */
static void tread_one(const char *line, size_t len, struct tread_line **v, size_t *n, size_t *cap)
{
	size_t hashes = strspn(line, "#");
	size_t lead = strspn(line, " ");
	if (len == 0 || lead == len)
		tread_push(v, n, cap, TREAD_GAP, xstrdup(""));
	else if (hashes > 0 && hashes < len && line[hashes] == ' ')
		tread_push(v, n, cap, hashes == 1 ? TREAD_TITLE : TREAD_HEADING,
			   tread_plain(line + hashes + 1, len - hashes - 1));
	else if (line[lead] == '>')
		tread_push(v, n, cap, TREAD_QUOTE,
			   tread_plain(line + lead + 1 + (line[lead + 1] == ' '),
				       len - lead - 1 - (line[lead + 1] == ' ')));
	else if (line[0] == '-' && line[1] == ' ')
		tread_push(v, n, cap, TREAD_ITEM, tread_plain(line + 2, len - 2));
	else if (line[0] == '|') {
		char *row = tread_row(line, len);
		if (row)
			tread_push(v, n, cap, TREAD_TEXT, row);
	} else
		tread_push(v, n, cap, TREAD_TEXT, tread_plain(line + lead, len - lead));
}

void tread_lines(const char *md, struct tread_line **out, size_t *n)
{
	size_t cap = 0;
	*out = NULL;
	*n = 0;
	for (const char *s = md; *s;) {
		const char *nl = strchr(s, '\n');
		size_t len = nl ? (size_t)(nl - s) : strlen(s);
		tread_one(s, len, out, n, &cap);
		s += len + (nl != NULL);
	}
	while (*n && (*out)[*n - 1].kind == TREAD_GAP)
		free((*out)[--*n].text);
}

int tread_load(const char *journal, const struct catalog *c, struct tread_line **out, size_t *n,
	       struct diags *d)
{
	*out = NULL;
	*n = 0;
	struct session *s = NULL;
	if (session_load(&s, c, journal, d) != 0)
		return -1;
	char *md = transcript_md_text(s, false, d);
	int rc = md ? 0 : -1;
	if (md)
		tread_lines(md, out, n);
	free(md);
	session_free(s);
	return rc;
}

void tread_free(struct tread_line *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i].text);
	free(v);
}
