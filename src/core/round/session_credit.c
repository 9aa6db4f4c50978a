/*
 * Who said it, and what it speaks to: giving a saved entry to another author
 * or card ("credit"), and putting back a card taken by mistake ("putback").
 */
#include <stdlib.h>
#include <string.h>

#include "core/round/session_int.h"
#include "core/base/xalloc.h"

#define CREDIT_FAIL(...)                                                  \
	do {                                                              \
		diags_error(d, file, line, 1, DIAG_SCHEMA, __VA_ARGS__); \
		return -1;                                                \
	} while (0)

bool session_author_ok(const struct session *s, long long p)
{
	return p == SESSION_FACILITATOR || (p >= -1 && p < (long long)s->people.n);
}

enum session_status session_credit_entry(struct session *s, unsigned id, int person,
					 const char *deck, const char *card, struct diags *d)
{
	if (s->read_only)
		return session_refuse(s, d, "this round was opened for reading only");
	const struct entry *e = session_find_entry(s, id);
	if (!e || e->deleted)
		return session_refuse(s, d, "no such reflection (it may have been deleted)");
	if (!session_author_ok(s, person) || !deck != !card)
		return session_refuse(s, d, "a text's author must be someone present, the "
					   "facilitator or the group, and its card a whole card");
	cJSON *rec = session_rec_new("credit");
	cJSON_AddNumberToObject(rec, "id", id);
	cJSON_AddNumberToObject(rec, "person", person);
	if (deck) {
		cJSON_AddStringToObject(rec, "deck", deck);
		cJSON_AddStringToObject(rec, "card", card);
	}
	return session_commit(s, rec, d);
}

enum session_status session_put_back(struct session *s, size_t index, struct diags *d)
{
	if (s->read_only)
		return session_refuse(s, d, "this round was opened for reading only");
	if (s->ended_at)
		return session_refuse(s, d, "the round has ended");
	if (index >= s->n_dealt || s->dealt[index].withdrawn || s->dealt[index].round != s->round)
		return session_refuse(s, d, "no card of this round in play there");
	cJSON *rec = session_rec_new("putback");
	cJSON_AddNumberToObject(rec, "index", (double)index);
	return session_commit(s, rec, d);
}

int session_credit_apply(struct session *s, const cJSON *rec, const char *file, int line,
			 struct diags *d)
{
	long long id = session_get_int(rec, "id", 0), person = session_get_int(rec, "person", -3);
	const char *deck = session_get_str(rec, "deck"), *card = session_get_str(rec, "card");
	struct entry *e = id > 0 && id <= 0xffffffffLL ? session_entry_by_id(s, (unsigned)id) : NULL;
	if (!e || e->deleted || !session_author_ok(s, person) || !deck != !card)
		CREDIT_FAIL("a \"credit\" record for no live entry, or with a bad person or card");
	e->person = (int)person;
	free(e->deck);
	free(e->card);
	e->deck = xstrdup(deck);
	e->card = xstrdup(card);
	return 0;
}

int session_putback_apply(struct session *s, const cJSON *rec, const char *file, int line,
			  struct diags *d)
{
	long long index = session_get_int(rec, "index", -1);
	if (index < 0 || (size_t)index >= s->n_dealt || s->dealt[index].withdrawn)
		CREDIT_FAIL("a \"putback\" record names no card in play (index %lld)", index);
	session_withdraw(s, (size_t)index);
	s->dealt[index].put_back = true;
	return 0;
}
