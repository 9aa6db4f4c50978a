#include "rounds_text.h"

#include <stdlib.h>
#include <time.h>

#include "core/base/xalloc.h"

char *rounds_reached(const struct session_info *si)
{
	if (si->ended)
		return xstrdup("ended");
	if (!si->n_phases)
		return xstrdup("unfinished");
	if (si->rounds > 1)
		return xasprintf("round %zu of %u, phase %zu of %zu", si->round + 1, si->rounds,
				 si->phase + 1, si->n_phases);
	return xasprintf("phase %zu of %zu", si->phase + 1, si->n_phases);
}

const char *rounds_unsaved(const struct session_info *si)
{
	return si->draft ? "a draft waits" : si->rescued ? "a rescue copy waits" : NULL;
}

char *rounds_people(const struct strv *people)
{
	char *names = xstrdup("");
	for (size_t i = 0; i < people->n; i++) {
		char *x = xasprintf("%s%s%s", names, i ? ", " : "", people->v[i]);
		free(names);
		names = x;
	}
	return names;
}

/* The mark of a round that cannot be resumed, before its line ("" when it can). */
static const char *rounds_mark(const struct session_info *si, const char *why)
{
	return si->damaged	   ? "DAMAGED · "
	       : si->missing	   ? "OLDER COPY · "
	       : si->open_elsewhere ? "OPEN ELSEWHERE · "
	       : why		   ? "FLOW NOT FOUND · "
				   : "";
}

char *rounds_date(const struct session_info *si)
{
	time_t t = (time_t)(si->started_at / 1000);
	struct tm tm;
	char when[64];
	localtime_r(&t, &tm);
	if (!strftime(when, sizeof when, "%d %b %Y", &tm))
		when[0] = '\0';
	return xstrdup(when);
}

void rounds_row(const struct session_info *si, const char *title, const char *why, int line,
		char **first, char **second)
{
	time_t t = (time_t)(si->started_at / 1000);
	struct tm tm;
	char when[40];
	localtime_r(&t, &tm);
	strftime(when, sizeof when, "%d %b %Y %H:%M", &tm);
	char *reached = rounds_reached(si);
	const char *unsaved = rounds_unsaved(si);
	/* on the first line, which long names cannot push off a narrow screen */
	*first = xasprintf("%s%s · %s · %s%s%s%s", rounds_mark(si, why), when,
			   title ? title : si->flow_id, reached, unsaved ? " · " : "",
			   unsaved ? unsaved : "", si->torn && !why ? " · last line torn" : "");
	free(reached);
	char *names = rounds_people(&si->people);
	/* a damaged journal's counts stop at the damage: say where it is instead */
	if (si->damaged && line > 0)
		*second = xasprintf("  %s · line %d is damaged", names, line);
	else
		*second = xasprintf("  %s · %zu reflection%s, %zu note%s", names, si->n_reflections,
				    si->n_reflections == 1 ? "" : "s", si->n_notes,
				    si->n_notes == 1 ? "" : "s");
	free(names);
}
