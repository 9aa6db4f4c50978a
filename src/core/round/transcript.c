/*
 * What the transcript formats share: names (anonymised or not), titles with
 * id fallbacks, local times, and writing a transcript file atomically.
 */
#include "core/round/transcript.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/base/atomicfile.h"
#include "core/round/transcript_int.h"
#include "core/base/utf8.h"
#include "core/base/xalloc.h"

void tx_init(struct tx *t, const struct session *s, bool anon)
{
	const struct strv *people = session_people(s);
	const char *facilitator = session_facilitator(s);
	*t = (struct tx){.s = s, .anon = anon};
	t->names = xcalloc(people->n + 1, sizeof *t->names);
	for (size_t i = 0; i < people->n; i++)
		t->names[i] = anon ? xasprintf("P%zu", i + 1) : xstrdup(people->v[i]);
	t->facilitator = facilitator && anon ? "Facilitator" : facilitator;
	const struct strv *absent = session_apologies(s);
	t->absent = xcalloc(absent->n + 1, sizeof *t->absent);
	for (size_t i = 0; i < absent->n; i++) /* A1, A2: P numbers are the people's */
		t->absent[i] = anon ? xasprintf("A%zu", i + 1) : xstrdup(absent->v[i]);
	if (!anon)
		return;
	for (size_t i = 0; i < people->n; i++)
		anon_add(&t->names_found, people->v[i], t->names[i]);
	for (size_t i = 0; i < absent->n; i++)
		anon_add(&t->names_found, absent->v[i], t->absent[i]);
	anon_add(&t->names_found, facilitator, "Facilitator");
}

void tx_fini(struct tx *t)
{
	for (size_t i = 0; i < session_people(t->s)->n; i++)
		free(t->names[i]);
	free(t->names);
	for (size_t i = 0; i < session_apologies(t->s)->n; i++)
		free(t->absent[i]);
	free(t->absent);
	anon_free(&t->names_found);
}

const char *tx_person(const struct tx *t, int p)
{
	if (p == SESSION_FACILITATOR)
		return t->facilitator ? t->facilitator : "Facilitator";
	return p >= 0 && (size_t)p < session_people(t->s)->n ? t->names[p] : "the group";
}

const char *tx_author_role(const struct tx *t, const struct entry *e)
{
	if (e->person == SESSION_FACILITATOR)
		return "facilitator";
	const int *seat = session_seats(t->s, e->round);
	if (e->person < 0 || (size_t)e->person >= session_people(t->s)->n || !seat ||
	    seat[e->person] < 0)
		return NULL;
	return tx_role_title(t, seat[e->person]);
}

char *tx_apologies(const struct tx *t)
{
	size_t n = session_apologies(t->s)->n;
	char *out = xstrdup("");
	for (size_t i = 0; i < n; i++) {
		char *next = xasprintf("%s%s%s", out, i == 0 ? "" : i + 1 < n ? ", " : " and ",
				       t->absent[i]);
		free(out);
		out = next;
	}
	return out;
}

/* Person p's first role in the round (the round they came in, for a late arrival). */
static int tx_first_role(const struct tx *t, size_t p)
{
	for (size_t r = 0; r < session_rounds(t->s); r++) {
		const int *seat = session_seats(t->s, r);
		if (seat && seat[p] >= 0)
			return seat[p];
	}
	return -1;
}

/* ", left 10:30, back 10:41, left 10:50": each time person p left, and came back. */
static char *tx_away(const struct tx *t, size_t p)
{
	char *out = xstrdup(""), b1[16], b2[16];
	int64_t left, back;
	for (size_t k = 0; (back = session_away(t->s, p, k, &left)) >= 0; k++) {
		char *next = xasprintf("%s, left %s%s%s", out, tx_hhmm(left, b1), back ? ", back " : "",
				       back ? tx_hhmm(back, b2) : "");
		free(out);
		out = next;
	}
	return out;
}

char *tx_present(const struct tx *t)
{
	char *out = xstrdup(""), b1[16];
	for (size_t p = 0; p < session_people(t->s)->n; p++) {
		int64_t joined = session_joined_at(t->s, p);
		char *role = tx_role_inline(tx_role_title(t, tx_first_role(t, p)));
		char *away = tx_away(t, p);
		char *next = xasprintf("%s%s%s (%s%s%s%s)", out, p ? ", " : "", t->names[p], role,
				       joined ? ", joined " : "", joined ? tx_hhmm(joined, b1) : "",
				       away);
		free(role);
		free(away);
		free(out);
		out = next;
	}
	return out;
}

char *tx_anon_text(const struct tx *t, const char *text)
{
	return t->anon ? anon_text(&t->names_found, text) : xstrdup(text ? text : "");
}

static const struct doc *tx_deck(const struct tx *t, const char *deck)
{
	return session_deck(t->s, deck);
}

const char *tx_deck_title(const struct tx *t, const char *deck)
{
	const struct doc *dk = tx_deck(t, deck);
	return dk && dk->title ? dk->title : deck;
}

const char *tx_card_title(const struct tx *t, const char *deck, const char *card)
{
	const struct doc *dk = tx_deck(t, deck);
	long i = dk ? deck_find_card(&dk->deck, card) : -1;
	return i >= 0 && dk->deck.cards[i].title ? dk->deck.cards[i].title : card;
}

const char *tx_phase_title(const struct tx *t, size_t phase)
{
	const struct doc *flow = session_flow(t->s);
	const struct strv *ids = session_phase_ids(t->s);
	if (flow && phase < flow->flow.n_phases && flow->flow.phases[phase].title)
		return flow->flow.phases[phase].title;
	return phase < ids->n ? ids->v[phase] : "phase";
}

const char *tx_role_title(const struct tx *t, int role)
{
	const struct doc *flow = session_flow(t->s);
	const struct strv *ids = session_role_ids(t->s);
	if (role < 0)
		return "not seated";
	if (flow && (size_t)role < flow->flow.n_roles && flow->flow.roles[role].title)
		return flow->flow.roles[role].title;
	return (size_t)role < ids->n ? ids->v[role] : "role";
}

char *tx_role_inline(const char *title)
{
	size_t n = strlen(title);
	const char *open = strstr(title, " (");
	if (!open || n < 2 || title[n - 1] != ')' || strchr(open + 2, '(') ||
	    strchr(open + 2, ')') != title + n - 1)
		return xstrdup(title);
	return xasprintf("%.*s, %.*s", (int)(open - title), title, (int)(title + n - 1 - open - 2),
			 open + 2);
}

static const char *tx_strftime(int64_t at_ms, const char *fmt, char *buf)
{
	time_t tt = (time_t)(at_ms / 1000);
	struct tm tm;
	localtime_r(&tt, &tm);
	strftime(buf, 16, fmt, &tm);
	return buf;
}

const char *tx_hhmm(int64_t at_ms, char *buf)
{
	return tx_strftime(at_ms, "%H:%M", buf);
}

const char *tx_date(int64_t at_ms, char *buf)
{
	return tx_strftime(at_ms, "%Y-%m-%d", buf);
}

int64_t tx_dealt_on_arrival(const struct tx *t, const struct dealt *x)
{
	bool arrival = x->person >= 0 && x->at && x->at == session_joined_at(t->s, (size_t)x->person);
	return arrival ? x->at : 0;
}

bool tx_phase_used(const struct tx *t, size_t round, size_t phase)
{
	const struct session *s = t->s;
	if (session_entered(s, round, phase))
		return true;
	for (size_t i = 0; i < session_n_entries(s); i++) {
		const struct entry *e = session_entry(s, i);
		if (e->round == round && e->phase == phase && !e->deleted)
			return true;
	}
	return false;
}

int transcript_job_write(FILE *f, void *job)
{
	const struct transcript_job *t = job;
	return t->fmt == TRANSCRIPT_JSON ? transcript_write_json(f, t->s, t->anonymise, t->d)
					 : transcript_write_md(f, t->s, t->anonymise, t->d);
}

int transcript_write_file(const char *path, const struct session *s, enum transcript_format fmt,
			  bool anonymise, struct diags *d)
{
	struct transcript_job t = {s, fmt, anonymise, d};
	return atomic_write_output(path, "the transcript", transcript_job_write, &t, d);
}

int transcript_save(const struct session *s, struct diags *d)
{
	char *path = transcript_path(s);
	struct transcript_job t = {s, TRANSCRIPT_MD, false, d};
	/* not atomic_write_output: only a file the user names may be a link or pipe */
	int rc = atomic_write(path, "the transcript", transcript_job_write, &t, d);
	free(path);
	return rc;
}
