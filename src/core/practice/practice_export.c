/* Markdown export of written questions and notes, for a supervision log. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/base/atomicfile.h"
#include "core/base/utf8.h"
#include "core/practice/practice_store.h"

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
static void quote_text(FILE *out, const char *text)
{
	char *vis = utf8_visible(text, true); /* the journal's text never moves the terminal */
	const char *s = vis;
	fputs("> ", out);
	for (; *s; s++) {
		fputc(*s, out);
		if (*s == '\n' && s[1])
			fputs("> ", out);
	}
	fputc('\n', out);
	free(vis);
}

/* Prints fmt with each %s argument (all strings from the journal or a deck)
 * made visible first (utf8_visible). */
static void print_visible(FILE *out, const char *fmt, size_t n, const char *const *args)
{
	char *v[4] = {0};
	for (size_t i = 0; i < n && i < 4; i++)
		v[i] = utf8_visible(args[i], false);
	fprintf(out, fmt, v[0] ? v[0] : "", v[1] ? v[1] : "", v[2] ? v[2] : "", v[3] ? v[3] : "");
	for (size_t i = 0; i < 4; i++)
		free(v[i]);
}

/* Card id of deck id, or NULL when either is not found. */
static const struct card *find_card(const struct catalog *cat, const char *deck, const char *id)
{
	const struct doc *doc = cat && deck ? catalog_find_kind(cat, deck, DOC_DECK) : NULL;
	long i = doc ? deck_find_card(&doc->deck, id) : -1;
	return i >= 0 ? &doc->deck.cards[i] : NULL;
}

/* The title of card id in deck id, or the card id when either is not found. */
static const char *card_title(const struct catalog *cat, const char *deck, const char *id)
{
	const struct card *c = find_card(cat, deck, id);
	return c && c->title ? c->title : id;
}

/* A question or a note, with what places it in an exercise. */
struct xentry {
	int64_t ts;
	const char *deck, *card, *vignettes, *vignette, *id; /* id may be NULL */
	const struct practice_written *w; /* one of w and n */
	const struct practice_note *n;
};

static struct xentry entry_written(const struct practice_written *w)
{
	return (struct xentry){w->ts, w->deck, w->card, w->vignettes, w->vignette, w->id, w, NULL};
}

static struct xentry entry_note(const struct practice_note *n)
{
	return (struct xentry){n->ts, n->deck, n->card, n->vignettes, n->vignette, n->id, NULL, n};
}

/* Questions and notes of one exercise share the part of their id before the '-'. */
static bool same_exercise(const struct xentry *a, const struct xentry *b)
{
	if (!a || strcmp(a->deck, b->deck) || strcmp(a->card, b->card) ||
	    strcmp(a->vignette, b->vignette))
		return false;
	if (!a->id || !b->id)
		return a->ts == b->ts;
	size_t n = strcspn(a->id, "-");
	return strncmp(a->id, b->id, n) == 0 && b->id[n] == '-';
}

static void heading(FILE *out, const struct xentry *e, const struct catalog *cat)
{
	char hm[16];
	local_time(e->ts, "%H:%M", hm, sizeof hm);
	print_visible(out, "\n### %s · %s · %s\n\n", 3,
		      (const char *const[]){hm, card_title(cat, e->deck, e->card),
					    card_title(cat, e->vignettes, e->vignette)});
	print_visible(out, "*Card `%s` of `%s`; vignette `%s` of `%s`.*\n", 4,
		      (const char *const[]){e->card, e->deck, e->vignette, e->vignettes});
	/* The log reads on its own: the questions beside the case they were written for. */
	const struct card *v = find_card(cat, e->vignettes, e->vignette);
	if (v && v->body) {
		fputs("\n*The vignette:*\n\n", out);
		quote_text(out, v->body);
	}
}

static const char *mark_words(enum practice_mark m)
{
	return m == MARK_ON_TARGET ? "**On target.**" : m == MARK_NOT_YET ? "**Not yet.**"
									    : "*Not marked.*";
}

/* The title of phase step of flow, or the step's id when either is not found. */
static const char *step_title(const struct catalog *cat, const char *flow, const char *step)
{
	const struct doc *doc = cat ? catalog_find_kind(cat, flow, DOC_FLOW) : NULL;
	long i = doc ? flow_find_phase(&doc->flow, step) : -1;
	return i >= 0 && doc->flow.phases[i].title ? doc->flow.phases[i].title : step;
}

static void entry(FILE *out, const struct xentry *e, const struct catalog *cat)
{
	fputc('\n', out);
	if (e->n)
		print_visible(out, "*Note at “%s” (step `%s` of flow `%s`):*\n\n", 3,
			      (const char *const[]){step_title(cat, e->n->flow, e->n->step),
						    e->n->step, e->n->flow});
	quote_text(out, e->w ? e->w->text : e->n->text);
	if (e->w)
		fprintf(out, "\n%s\n", mark_words(e->w->mark));
}

/* The next entry for deck in time order (questions first at the same second); false at the end. */
static bool next_entry(const struct practice_log *log, const char *deck, size_t *i, size_t *j,
		       struct xentry *e)
{
	for (;;) {
		bool w = *i < log->n_w, n = *j < log->n_notes;
		if (!w && !n)
			return false;
		if (w && (!n || log->w[*i].ts <= log->notes[*j].ts))
			*e = entry_written(&log->w[(*i)++]);
		else
			*e = entry_note(&log->notes[(*j)++]);
		if (!deck || strcmp(e->deck, deck) == 0)
			return true;
	}
}

/* Name it answers counted for one local day, or the period. */
struct day_score {
	char day[16];
	unsigned asked, right, sub_asked, sub_right;
};

/* Counted as the run's summary and stats count: types, then subtypes where
 * the type was right and the card was asked. */
static void score_add(struct day_score *s, const struct practice_answer *a)
{
	bool sub = a->suit_ok && a->given_card;
	s->asked++;
	s->right += a->suit_ok;
	s->sub_asked += sub;
	s->sub_right += sub && a->card_ok;
}

static void score_line(FILE *out, const char *label, const struct day_score *s)
{
	fprintf(out, "- %s: %u of %u types right (%u%%)", label, s->right, s->asked,
		s->right * 100 / s->asked);
	if (s->sub_asked)
		fprintf(out, "; %u of %u subtypes right (%u%%)", s->sub_right, s->sub_asked,
			s->sub_right * 100 / s->sub_asked);
	fputs("\n", out);
}

/* The Name it scores of the period, by local day then in all; nothing
 * when no question was named. */
static void export_scores(FILE *out, const struct practice_log *log, const char *deck)
{
	struct day_score day = {0}, all = {0};
	char first[16] = "";
	for (size_t i = 0; i < log->n_a; i++) {
		const struct practice_answer *a = &log->a[i];
		char d[16];
		if (deck && strcmp(a->deck, deck) != 0)
			continue;
		local_time(a->ts, "%Y-%m-%d", d, sizeof d);
		if (!all.asked) {
			fputs("\n## Name it: scores\n\n", out);
			snprintf(first, sizeof first, "%s", d);
		}
		if (day.asked && strcmp(day.day, d) != 0) {
			score_line(out, day.day, &day);
			day = (struct day_score){0};
		}
		snprintf(day.day, sizeof day.day, "%s", d);
		score_add(&day, a);
		score_add(&all, a);
	}
	if (!all.asked)
		return;
	score_line(out, day.day, &day);
	if (strcmp(first, day.day) != 0) {
		char period[48];
		snprintf(period, sizeof period, "In all, %s to %s", first, day.day);
		score_line(out, period, &all);
	}
}

size_t practice_export_markdown(FILE *out, const struct practice_log *log,
				const char *deck, const struct catalog *cat)
{
	char day[16] = "";
	struct xentry prev = {0}, e;
	bool have_prev = false;
	size_t n = 0, i = 0, j = 0;
	fputs("# Practice: questions written\n", out);
	while (next_entry(log, deck, &i, &j, &e)) {
		char d[16];
		local_time(e.ts, "%Y-%m-%d", d, sizeof d);
		if (strcmp(d, day) != 0) {
			fprintf(out, "\n## %s\n", d);
			snprintf(day, sizeof day, "%s", d);
			have_prev = false;
		}
		if (!same_exercise(have_prev ? &prev : NULL, &e))
			heading(out, &e, cat);
		entry(out, &e, cat);
		prev = e;
		have_prev = true;
		n++;
	}
	if (n == 0)
		fputs("\nNo questions written yet.\n", out);
	export_scores(out, log, deck);
	return n;
}

int practice_export_job_write(FILE *f, void *job)
{
	const struct practice_export_job *a = job;
	practice_export_markdown(f, a->log, a->deck, a->cat);
	return ferror(f) ? -1 : 0;
}

int practice_export_file(const char *path, const struct practice_log *log,
			 const char *deck, const struct catalog *cat, struct diags *d)
{
	struct practice_export_job a = {log, deck, cat};
	return atomic_write_output(path, "the questions", practice_export_job_write, &a, d);
}
