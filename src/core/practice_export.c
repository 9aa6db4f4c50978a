/* Markdown export of written questions, for a supervision log. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "atomicfile.h"
#include "practice_store.h"

/* A supervision log is kept in the mentor's own days and hours. */
static void local_time(int64_t ts, const char *fmt, char *buf, size_t n)
{
	time_t t = (time_t)ts;
	struct tm tm;
	localtime_r(&t, &tm);
	strftime(buf, n, fmt, &tm);
}

/* Markdown would read a leading '#', '-' or '>' in the user's text as markup;
 * quoting each line as a block quote keeps their words as they wrote them. */
static void quote_text(FILE *out, const char *s)
{
	fputs("> ", out);
	for (; *s; s++) {
		fputc(*s, out);
		if (*s == '\n' && s[1])
			fputs("> ", out);
	}
	fputc('\n', out);
}

/* The title of card id in deck id, or the card id when either is not found. */
static const char *card_title(const struct catalog *cat, const char *deck, const char *id)
{
	const struct doc *doc = cat ? catalog_find_kind(cat, deck, DOC_DECK) : NULL;
	long i = doc ? deck_find_card(&doc->deck, id) : -1;
	return i >= 0 && doc->deck.cards[i].title ? doc->deck.cards[i].title : id;
}

/* Questions of one exercise share the part of their id before the '-'. */
static bool same_exercise(const struct practice_written *a, const struct practice_written *b)
{
	if (!a || strcmp(a->deck, b->deck) || strcmp(a->card, b->card) ||
	    strcmp(a->vignette, b->vignette))
		return false;
	if (!a->id || !b->id)
		return a->ts == b->ts;
	size_t n = strcspn(a->id, "-");
	return strncmp(a->id, b->id, n) == 0 && b->id[n] == '-';
}

static void heading(FILE *out, const struct practice_written *w, const struct catalog *cat)
{
	char hm[16];
	local_time(w->ts, "%H:%M", hm, sizeof hm);
	fprintf(out, "\n### %s · %s · %s\n\n", hm, card_title(cat, w->deck, w->card),
		card_title(cat, w->vignettes, w->vignette));
	fprintf(out, "*Card `%s` of `%s`; vignette `%s` of `%s`.*\n", w->card, w->deck,
		w->vignette, w->vignettes);
}

static const char *mark_words(enum practice_mark m)
{
	return m == MARK_ON_TARGET ? "**On target.**" : m == MARK_NOT_YET ? "**Not yet.**"
									    : "*Not marked.*";
}

size_t practice_export_markdown(FILE *out, const struct practice_log *log,
				const char *deck, const struct catalog *cat)
{
	char day[16] = "";
	const struct practice_written *prev = NULL;
	size_t n = 0;
	fputs("# Practice: questions written\n", out);
	for (size_t i = 0; i < log->n_w; i++) {
		const struct practice_written *w = &log->w[i];
		if (deck && strcmp(w->deck, deck) != 0)
			continue;
		char d[16];
		local_time(w->ts, "%Y-%m-%d", d, sizeof d);
		if (strcmp(d, day) != 0) {
			fprintf(out, "\n## %s\n", d);
			snprintf(day, sizeof day, "%s", d);
			prev = NULL;
		}
		if (!same_exercise(prev, w))
			heading(out, w, cat);
		fputc('\n', out);
		quote_text(out, w->text);
		fprintf(out, "\n%s\n", mark_words(w->mark));
		prev = w;
		n++;
	}
	if (n == 0)
		fputs("\nNo questions written yet.\n", out);
	return n;
}

struct export_args {
	const struct practice_log *log;
	const char *deck;
	const struct catalog *cat;
};

static int export_fn(FILE *f, void *data)
{
	const struct export_args *a = data;
	practice_export_markdown(f, a->log, a->deck, a->cat);
	return ferror(f) ? -1 : 0;
}

int practice_export_file(const char *path, const struct practice_log *log,
			 const char *deck, const struct catalog *cat, struct diags *d)
{
	struct export_args a = {log, deck, cat};
	return atomic_write(path, "the questions", export_fn, &a, d);
}
