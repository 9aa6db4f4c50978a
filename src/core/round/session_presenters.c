/*
 * Who presented in a round (held the role with id "presenter" in any round
 * of it), as a listing keeps it (session_info.presenters): what the setup
 * screen's history proposes a presenter from (round_history.h), read from
 * the rounds' summaries instead of every journal.
 */
#include <string.h>

#include "core/round/session_int.h"

long session_presenter_role(const struct strv *role_ids)
{
	for (size_t i = 0; i < role_ids->n; i++)
		if (!strcmp(role_ids->v[i], "presenter"))
			return (long)i;
	return -1;
}

static void presenters_add(struct session_info *si, const char *name)
{
	if (strv_find(&si->presenters, name) < 0)
		strv_push(&si->presenters, name);
}

void session_presenters_of(struct session_info *si, const struct session *s)
{
	long role = session_presenter_role(&s->role_ids);
	for (size_t r = 0; role >= 0 && r < s->rounds; r++)
		for (size_t p = 0; s->seats[r] && p < s->people.n; p++)
			if (s->seats[r][p] == role)
				presenters_add(si, s->people.v[p]);
}

void session_presenters_seats(struct session_info *si, long role, const cJSON *rec)
{
	size_t p = 0;
	const cJSON *it;
	cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(rec, "seats"))
	{
		if (role >= 0 && p < si->people.n && cJSON_IsNumber(it) && it->valuedouble == role)
			presenters_add(si, si->people.v[p]);
		p++;
	}
}
