/*
 * The actions agreed in a round: what will be done, who will do it (a person
 * of the round, or any name typed) and by when.  Records "action",
 * "action_edit" and "action_delete" (session.h lists them), made and applied
 * here; an action keeps its id across edits, as an entry does.
 */
#include <stdlib.h>
#include <string.h>

#include "core/round/session_int.h"
#include "core/base/xalloc.h"

#define ACTION_FAIL(...)                                                  \
	do {                                                              \
		diags_error(d, file, line, 1, DIAG_SCHEMA, __VA_ARGS__); \
		return -1;                                                \
	} while (0)

static bool actions_writable(struct session *s, struct diags *d)
{
	if (s->read_only)
		session_refuse(s, d, "this round was opened for reading only");
	else if (s->ended_at)
		session_refuse(s, d, "this round has ended: reopen it to change it");
	return !s->read_only && !s->ended_at;
}

/* Refuses what a record could not hold: no text for what, no person of the round. */
static bool actions_fields_ok(struct session *s, const struct action_fields *f, struct diags *d)
{
	if (!f->what || !f->what[strspn(f->what, " \t\n\r")]) {
		session_refuse(s, d, "an action needs what will be done");
		return false;
	}
	if (f->person < -1 || f->person >= (int)s->people.n) {
		session_refuse(s, d, "no such person in this round");
		return false;
	}
	return true;
}

static void actions_add_fields(cJSON *rec, const struct action_fields *f)
{
	cJSON_AddStringToObject(rec, "what", f->what);
	cJSON_AddNumberToObject(rec, "person", f->person);
	if (f->person < 0 && f->who && *f->who)
		cJSON_AddStringToObject(rec, "who", f->who);
	cJSON_AddStringToObject(rec, "by", f->by ? f->by : "");
}

enum session_status session_add_action(struct session *s, const struct action_fields *f,
				       unsigned *id_out, struct diags *d)
{
	if (!actions_writable(s, d) || !actions_fields_ok(s, f, d))
		return SESSION_INVALID;
	unsigned id = s->next_action_id ? s->next_action_id : 1;
	cJSON *rec = session_rec_new("action");
	cJSON_AddNumberToObject(rec, "id", id);
	cJSON_AddNumberToObject(rec, "round", (double)s->round);
	cJSON_AddNumberToObject(rec, "phase", (double)s->phase);
	actions_add_fields(rec, f);
	if (id_out)
		*id_out = id;
	return session_commit(s, rec, d);
}

static const struct round_action *actions_live(const struct session *s, unsigned id)
{
	const struct round_action *a = session_find_action(s, id);
	return a && !a->deleted ? a : NULL;
}

enum session_status session_edit_action(struct session *s, unsigned id,
					const struct action_fields *f, struct diags *d)
{
	if (!actions_writable(s, d) || !actions_fields_ok(s, f, d))
		return SESSION_INVALID;
	if (!actions_live(s, id))
		return session_refuse(s, d, "no such action (it may have been deleted)");
	cJSON *rec = session_rec_new("action_edit");
	cJSON_AddNumberToObject(rec, "id", id);
	actions_add_fields(rec, f);
	return session_commit(s, rec, d);
}

enum session_status session_delete_action(struct session *s, unsigned id, struct diags *d)
{
	if (!actions_writable(s, d))
		return SESSION_INVALID;
	if (!actions_live(s, id))
		return session_refuse(s, d, "no such action (it may have been deleted)");
	cJSON *rec = session_rec_new("action_delete");
	cJSON_AddNumberToObject(rec, "id", id);
	return session_commit(s, rec, d);
}

/* Reads what, person, who and by into a (replacing what it held). */
static int actions_read_fields(struct session *s, struct round_action *a, const cJSON *r,
			       const char *file, int line, struct diags *d)
{
	const char *what = session_get_str(r, "what"), *by = session_get_str(r, "by");
	long long person = session_get_int(r, "person", -2);
	if (!what || person < -1 || person >= (long long)s->people.n)
		ACTION_FAIL("an action record without what, or with a bad person");
	free(a->what), free(a->who), free(a->by);
	a->what = xstrdup(what);
	a->person = (int)person;
	a->who = person < 0 ? xstrdup(session_get_str(r, "who")) : NULL;
	a->by = xstrdup(by ? by : "");
	return 0;
}

int session_action_apply(struct session *s, const cJSON *r, const char *file, int line,
			 struct diags *d)
{
	long long id = session_get_int(r, "id", 0);
	long long round = session_get_int(r, "round", -1), phase = session_get_int(r, "phase", -1);
	/* ids only grow, which keeps actions sorted by id for session_find_action */
	unsigned next = s->next_action_id ? s->next_action_id : 1;
	if (id < (long long)next || id > 0xffffffffLL || round < 0 ||
	    (unsigned long long)round >= s->rounds || phase < 0 ||
	    (unsigned long long)phase >= s->n_phases)
		ACTION_FAIL("an \"action\" record with a bad id, round or phase");
	struct round_action a = {.id = (unsigned)id, .round = (size_t)round, .phase = (size_t)phase,
			   .at = session_get_int(r, "at", 0), .seq = s->seq};
	if (actions_read_fields(s, &a, r, file, line, d) != 0)
		return -1;
	xgrow((void **)&s->actions, &s->cap_actions, s->n_actions + 1, sizeof *s->actions);
	s->actions[s->n_actions++] = a;
	s->next_action_id = (unsigned)id + 1;
	return 0;
}

static struct round_action *actions_apply_target(struct session *s, const cJSON *r)
{
	long long id = session_get_int(r, "id", 0);
	const struct round_action *a = id > 0 && id <= 0xffffffffLL ? actions_live(s, (unsigned)id) : NULL;
	return (struct round_action *)a;
}

int session_action_edit_apply(struct session *s, const cJSON *r, const char *file, int line,
			      struct diags *d)
{
	struct round_action *a = actions_apply_target(s, r);
	if (!a)
		ACTION_FAIL("an \"action_edit\" record for no live action");
	if (actions_read_fields(s, a, r, file, line, d) != 0)
		return -1;
	a->edited_at = session_get_int(r, "at", 0);
	a->edited_seq = s->seq;
	return 0;
}

int session_action_delete_apply(struct session *s, const cJSON *r, const char *file, int line,
				struct diags *d)
{
	struct round_action *a = actions_apply_target(s, r);
	if (!a)
		ACTION_FAIL("an \"action_delete\" record for no live action");
	a->deleted = true;
	return 0;
}

size_t session_n_actions(const struct session *s)
{
	return s->n_actions;
}

const struct round_action *session_action(const struct session *s, size_t i)
{
	return i < s->n_actions ? &s->actions[i] : NULL;
}

/* Actions are kept in increasing id order (their apply refuses any other). */
const struct round_action *session_find_action(const struct session *s, unsigned id)
{
	size_t lo = 0, hi = s->n_actions;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (s->actions[mid].id == id)
			return &s->actions[mid];
		if (s->actions[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

int session_person_named(const struct session *s, const char *name)
{
	return name ? (int)strv_find(&s->people, name) : -1;
}

void session_actions_free(struct session *s)
{
	for (size_t i = 0; i < s->n_actions; i++)
		free(s->actions[i].what), free(s->actions[i].who), free(s->actions[i].by);
	free(s->actions);
	free(s->case_ref);
	free(s->question);
}
