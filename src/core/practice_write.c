#include "practice_write.h"

#include <stdlib.h>
#include <string.h>

#include "practice_store.h"
#include "xalloc.h"

void practice_write_begin(struct practice_write *w, const struct doc *drill, size_t card,
			  const struct doc *vignettes, size_t vignette)
{
	*w = (struct practice_write){
		.drill = drill, .card = card, .vignettes = vignettes, .vignette = vignette,
	};
}

long practice_write_add(struct practice_write *w, const char *text)
{
	if (text[strspn(text, " \t\n")] == '\0')
		return -1;
	strv_push(&w->questions, text);
	xgrow((void **)&w->marks, &w->cap_marks, w->questions.n, sizeof *w->marks);
	w->marks[w->questions.n - 1] = MARK_NONE;
	return (long)w->questions.n - 1;
}

void practice_write_mark(struct practice_write *w, size_t i, enum practice_mark m)
{
	if (i < w->questions.n)
		w->marks[i] = m;
}

bool practice_write_complete(const struct practice_write *w)
{
	for (size_t i = 0; i < w->questions.n; i++)
		if (w->marks[i] == MARK_NONE)
			return false;
	return w->questions.n > 0;
}

int practice_write_save(const struct practice_write *w, struct journal *j, int64_t now,
			struct diags *d)
{
	for (size_t i = 0; i < w->questions.n; i++) {
		struct practice_written r = {
			.ts = now, .deck = w->drill->id,
			.card = w->drill->deck.cards[w->card].id,
			.vignette = w->vignettes->deck.cards[w->vignette].id,
			.text = w->questions.v[i], .on_target = w->marks[i] == MARK_ON_TARGET,
		};
		char *rec = practice_written_record(&r);
		int rc = journal_append(j, rec, d);
		free(rec);
		if (rc != 0)
			return -1;
	}
	return 0;
}

void practice_write_free(struct practice_write *w)
{
	strv_free(&w->questions);
	free(w->marks);
	*w = (struct practice_write){0};
}
