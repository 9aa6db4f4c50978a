/* Markdown export of written questions, for a supervision log. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "practice_store.h"

static void day_of(int64_t ts, char *buf, size_t n)
{
	time_t t = (time_t)ts;
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(buf, n, "%Y-%m-%d", &tm);
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

static void write_one(FILE *out, const struct practice_written *w, char *day,
		      size_t day_n)
{
	char d[16];
	day_of(w->ts, d, sizeof d);
	if (strcmp(d, day) != 0) {
		fprintf(out, "\n## %s\n", d);
		snprintf(day, day_n, "%s", d);
	}
	fprintf(out, "\n- Deck `%s`, card `%s`, vignette `%s`: **%s**\n\n", w->deck,
		w->card, w->vignette, w->on_target ? "on target" : "not yet");
	quote_text(out, w->text);
}

size_t practice_export_markdown(FILE *out, const struct practice_log *log,
				const char *deck)
{
	char day[16] = "";
	size_t n = 0;
	fputs("# Practice: questions written\n", out);
	for (size_t i = 0; i < log->n_w; i++) {
		const struct practice_written *w = &log->w[i];
		if (deck && strcmp(w->deck, deck) != 0)
			continue;
		write_one(out, w, day, sizeof day);
		n++;
	}
	if (n == 0)
		fputs("\nNo questions written yet.\n", out);
	return n;
}
