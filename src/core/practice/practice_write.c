#include "core/practice/practice_write.h"

#include <stdlib.h>
#include <string.h>

#include "core/base/xalloc.h"

void practice_write_begin(struct practice_write *w, const struct doc *drill, size_t card,
			  const struct doc *vignettes, size_t vignette, struct journal *j,
			  uint64_t nonce)
{
	*w = (struct practice_write){
		.drill = drill, .card = card, .vignettes = vignettes, .vignette = vignette,
		.journal = j, .nonce = nonce,
	};
}

bool practice_write_blank(const char *text)
{
	return text[strspn(text, " \t\n")] == '\0';
}

static int write_record(struct practice_write *w, char *rec, struct diags *d)
{
	int rc = w->journal ? journal_append(w->journal, rec, d) : 0;
	free(rec);
	return rc;
}

long practice_write_add(struct practice_write *w, const char *text, int64_t now,
			struct diags *d)
{
	if (practice_write_blank(text))
		return -1;
	char *id = xasprintf("%016llx-%zu", (unsigned long long)w->nonce, w->questions.n + 1);
	struct practice_written r = {
		.ts = now, .deck = w->drill->id, .card = w->drill->deck.cards[w->card].id,
		.vignettes = w->vignettes->id,
		.vignette = w->vignettes->deck.cards[w->vignette].id, .text = (char *)text,
		.id = id, .mark = MARK_NONE,
	};
	if (write_record(w, practice_written_record(&r), d) != 0) {
		free(id);
		return -1;
	}
	strv_push(&w->questions, text);
	strv_push_owned(&w->ids, id);
	xgrow((void **)&w->marks, &w->cap_marks, w->questions.n, sizeof *w->marks);
	w->marks[w->questions.n - 1] = MARK_NONE;
	return (long)w->questions.n - 1;
}

long practice_write_note(struct practice_write *w, const char *flow, const char *step,
			 const char *text, int64_t now, struct diags *d)
{
	if (practice_write_blank(text))
		return -1;
	char *id = xasprintf("%016llx-n%zu", (unsigned long long)w->nonce, w->notes.n + 1);
	struct practice_note r = {
		.ts = now, .deck = w->drill->id, .card = w->drill->deck.cards[w->card].id,
		.vignettes = w->vignettes->id,
		.vignette = w->vignettes->deck.cards[w->vignette].id, .flow = (char *)flow,
		.step = (char *)step, .id = id, .text = (char *)text,
	};
	int rc = write_record(w, practice_note_record(&r), d);
	free(id);
	if (rc != 0)
		return -1;
	strv_push(&w->notes, text);
	strv_push(&w->note_steps, step);
	return (long)w->notes.n - 1;
}

int practice_write_mark(struct practice_write *w, size_t i, enum practice_mark m,
			int64_t now, struct diags *d)
{
	if (i >= w->questions.n || m == MARK_NONE)
		return 0;
	if (w->marks[i] == m)
		return 0; /* nothing new to record */
	if (write_record(w, practice_mark_record(now, w->drill->id, w->ids.v[i], m), d) != 0)
		return -1;
	w->marks[i] = m;
	return 0;
}

bool practice_write_complete(const struct practice_write *w)
{
	return w->questions.n > 0 && practice_write_count(w, MARK_NONE) == 0;
}

size_t practice_write_count(const struct practice_write *w, enum practice_mark m)
{
	size_t n = 0;
	for (size_t i = 0; i < w->questions.n; i++)
		n += w->marks[i] == m;
	return n;
}

void practice_write_free(struct practice_write *w)
{
	strv_free(&w->questions);
	strv_free(&w->ids);
	strv_free(&w->notes);
	strv_free(&w->note_steps);
	free(w->marks);
	*w = (struct practice_write){0};
}
