/* Projector text: word wrap by display width, then letter-spacing when it fits. */
#include "round_projector.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"

/* Appends the first n bytes of s to the buffer *buf of length *len. */
static void rproj_cat(char **buf, size_t *len, const char *s, size_t n)
{
	*buf = xrealloc(*buf, *len + n + 1);
	memcpy(*buf + *len, s, n);
	*len += n;
	(*buf)[*len] = '\0';
}

/* s with one space after each character but the last. */
static char *rproj_spaced(const char *s, rproj_next_fn next)
{
	char *out = NULL;
	size_t len = 0, sl = strlen(s);
	for (size_t off = 0; off < sl;) {
		size_t end = next(s, sl, off);
		rproj_cat(&out, &len, s + off, end - off);
		if (end < sl)
			rproj_cat(&out, &len, " ", 1);
		off = end;
	}
	return out ? out : xstrdup("");
}

/* Width of s as it will be drawn: letter-spaced or plain. */
static size_t rproj_measure(const char *s, bool spaced, rproj_width_fn width, rproj_next_fn next)
{
	if (!spaced)
		return width(s);
	char *t = rproj_spaced(s, next);
	size_t w = width(t);
	free(t);
	return w;
}

/* Wraps text into lines (words split on blanks) no wider than cols once drawn. */
static void rproj_wrap(const char *text, size_t cols, bool spaced, rproj_width_fn width,
		       rproj_next_fn next, struct strv *lines)
{
	char *line = NULL;
	char *copy = xstrdup(text);
	for (char *save = NULL, *w = strtok_r(copy, " \t\n", &save); w;
	     w = strtok_r(NULL, " \t\n", &save)) {
		char *trial = xasprintf("%s%s%s", line ? line : "", line ? " " : "", w);
		if (rproj_measure(trial, spaced, width, next) <= cols) {
			free(line);
			line = trial;
			continue;
		}
		free(trial);
		if (line)
			strv_push_owned(lines, line);
		line = NULL;
		/* a word too wide on its own: cut between characters */
		size_t wl = strlen(w);
		for (size_t off = 0; off < wl;) {
			size_t end = next(w, wl, off);
			char *piece = xasprintf("%s%.*s", line ? line : "", (int)(end - off), w + off);
			if (line && rproj_measure(piece, spaced, width, next) > cols) {
				free(piece);
				strv_push_owned(lines, line);
				line = NULL;
				continue;
			}
			free(line);
			line = piece;
			off = end;
		}
	}
	if (line)
		strv_push_owned(lines, line);
	free(copy);
}

/* True when every word of text, letter-spaced, fits in cols (so spacing cuts none). */
static bool rproj_words_fit(const char *text, size_t cols, rproj_width_fn width,
			    rproj_next_fn next)
{
	char *copy = xstrdup(text);
	bool fit = true;
	for (char *save = NULL, *w = strtok_r(copy, " \t\n", &save); w && fit;
	     w = strtok_r(NULL, " \t\n", &save))
		fit = rproj_measure(w, true, width, next) <= cols;
	free(copy);
	return fit;
}

/* Letter-spacing is used only when no word has to be cut for it. */
size_t rproj_layout(const char *text, size_t cols, rproj_width_fn width, rproj_next_fn next,
		    struct strv *out)
{
	if (cols == 0)
		return 0;
	struct strv lines = {0};
	bool spaced = rproj_words_fit(text, cols, width, next);
	rproj_wrap(text, cols, spaced, width, next, &lines);
	for (size_t i = 0; i < lines.n; i++)
		strv_push_owned(out, spaced ? rproj_spaced(lines.v[i], next) : xstrdup(lines.v[i]));
	size_t n = lines.n;
	strv_free(&lines);
	return n;
}
