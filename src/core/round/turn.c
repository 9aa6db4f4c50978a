/* Whose turn, who has not spoken yet, and a new text's author and card: read from the session. */
#include "core/round/turn.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/deck/model.h"
#include "core/base/xalloc.h"

static size_t *turn_people_buf(const struct session *s)
{
	return xcalloc(session_people(s)->n ? session_people(s)->n : 1, sizeof(size_t));
}

size_t turn_who(const struct session *s, size_t *out)
{
	const struct phase *ph = session_phase(s);
	const int *seats = session_seats(s, session_round_index(s));
	if (!ph || !ph->who || !seats)
		return 0;
	bool all = strcmp(ph->who, DEAL_TO_ALL) == 0;
	const struct flow *f = &session_flow(s)->flow;
	size_t n = 0;
	for (size_t p = 0; p < session_people(s)->n; p++) {
		int r = seats[p];
		if (session_left_at(s, p)) /* gone: not their turn, and not waited for */
			continue;
		if (all || (r >= 0 && (size_t)r < f->n_roles && strcmp(f->roles[r].id, ph->who) == 0))
			out[n++] = p;
	}
	return n;
}

bool turn_has_spoken(const struct session *s, int person)
{
	size_t round = session_round_index(s), phase = session_phase_index(s);
	for (size_t i = 0; i < session_n_entries(s); i++) {
		const struct entry *e = session_entry(s, i);
		if (!e->note && !e->deleted && e->round == round && e->phase == phase &&
		    e->person == person)
			return true;
	}
	return false;
}

size_t turn_not_spoken(const struct session *s, size_t *out)
{
	size_t n = turn_who(s, out), k = 0;
	for (size_t i = 0; i < n; i++)
		if (!turn_has_spoken(s, (int)out[i]))
			out[k++] = out[i];
	return k;
}

int turn_default_author(const struct session *s, bool note)
{
	if (note)
		return SESSION_FACILITATOR;
	const struct phase *ph = session_phase(s);
	size_t *who = turn_people_buf(s);
	size_t n = turn_who(s, who);
	int author = -1;
	if (n == 1)
		author = (int)who[0];
	else if (ph && ph->capture == CAPTURE_EACH && turn_not_spoken(s, who))
		author = (int)who[0];
	free(who);
	return author;
}

/* True when the card dealt i-th is in play in this round by its current phase. */
static bool turn_held(const struct session *s, size_t i)
{
	const struct dealt *c = session_dealt(s, i);
	return !c->withdrawn && c->round == session_round_index(s) && c->phase <= session_phase_index(s);
}

size_t turn_hand(const struct session *s, size_t *out)
{
	size_t n = 0;
	for (long p = 0; p <= (long)session_people(s)->n; p++) {
		int who = p < (long)session_people(s)->n ? (int)p : -1; /* the table last */
		for (size_t i = 0; i < session_n_dealt(s); i++)
			if (turn_held(s, i) && session_dealt(s, i)->person == who)
				out[n++] = i;
	}
	return n;
}

bool turn_is_new(const struct session *s, size_t i)
{
	const struct dealt *c = session_dealt(s, i); /* NULL past the end */
	return c && !c->withdrawn && c->round == session_round_index(s) &&
	       c->phase == session_phase_index(s);
}

long turn_default_card(const struct session *s, int person)
{
	if (person < -1)
		return -1; /* the facilitator is dealt nothing */
	long here = -1, before = -1;
	size_t n_here = 0, n_before = 0;
	for (size_t i = 0; i < session_n_dealt(s); i++) {
		if (!turn_held(s, i) || session_dealt(s, i)->person != person)
			continue;
		if (turn_is_new(s, i))
			here = (long)i, n_here++;
		else
			before = (long)i, n_before++;
	}
	if (n_here)
		return n_here == 1 ? here : -1;
	return n_before == 1 ? before : -1;
}

/* Appends the cards in hand held by person (or, with others, by anyone but person and the table). */
static size_t turn_add_held(const struct session *s, int person, bool others, long skip,
			    size_t *out, size_t k)
{
	size_t *hand = xcalloc(session_n_dealt(s) ? session_n_dealt(s) : 1, sizeof *hand);
	size_t n = turn_hand(s, hand);
	for (size_t i = 0; i < n; i++) {
		int holder = session_dealt(s, hand[i])->person;
		bool take = others ? holder != person && holder != -1 : holder == person;
		if (take && (long)hand[i] != skip)
			out[k++] = hand[i];
	}
	free(hand);
	return k;
}

size_t turn_card_choices(const struct session *s, int person, size_t *out)
{
	long first = turn_default_card(s, person);
	size_t k = 0;
	if (first >= 0)
		out[k++] = (size_t)first;
	k = turn_add_held(s, person, false, first, out, k);
	if (person != -1)
		k = turn_add_held(s, -1, false, first, out, k);
	return turn_add_held(s, person, true, first, out, k);
}

const char *turn_author_name(const struct session *s, int person)
{
	if (person == SESSION_FACILITATOR)
		return session_facilitator(s) ? session_facilitator(s) : "Facilitator";
	if (person >= 0 && (size_t)person < session_people(s)->n)
		return session_people(s)->v[person];
	return "the group";
}

int turn_author_from(const struct session *s, const char *answer, int *out)
{
	while (*answer == ' ')
		answer++;
	size_t len = strlen(answer);
	while (len && answer[len - 1] == ' ')
		len--;
	char *a = xstrndup(answer, len);
	const struct strv *people = session_people(s);
	char *end = NULL;
	long n = strtol(a, &end, 10);
	int found = -3;
	if (*a && end && !*end && n >= 1 && (size_t)n <= people->n)
		found = (int)n - 1;
	else if (!strcasecmp(a, "f") || !strcasecmp(a, "facilitator"))
		found = SESSION_FACILITATOR;
	else if (!strcasecmp(a, "g") || !strcasecmp(a, "group") || !strcasecmp(a, "the group"))
		found = -1;
	for (size_t p = 0; p < people->n && found == -3; p++)
		if (!strcasecmp(a, people->v[p]))
			found = (int)p;
	free(a);
	if (found == -3)
		return -1;
	*out = found;
	return 0;
}

long turn_card_for_author(const struct session *s, const struct entry *e, int person)
{
	long held = -1;
	for (size_t i = 0; i < session_n_dealt(s) && e->card && held < 0; i++) {
		const struct dealt *c = session_dealt(s, i);
		if (c->round == e->round && !strcmp(c->deck, e->deck) &&
		    !strcmp(c->card, e->card))
			held = (long)i;
	}
	if (held >= 0 && e->person >= 0 && session_dealt(s, (size_t)held)->person == e->person)
		return turn_default_card(s, person);
	return held;
}
