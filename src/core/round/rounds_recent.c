/* The rounds the home screen shows: see rounds_recent.h. */
#include "core/round/rounds_recent.h"

#include <stdbool.h>

/* Whether v[i] must not be left off for an older round. */
static bool recent_kept(const struct session_info *v, size_t i, long resume)
{
	return session_info_unsaved(&v[i]) || (long)i == resume;
}

size_t rounds_recent(const struct session_info *v, size_t n, size_t room, size_t *idx)
{
	long resume = session_newest_unfinished(v, n);
	size_t kept = 0;
	for (size_t i = 0; i < n && kept < room; i++)
		kept += recent_kept(v, i, resume);
	/* the newest others fill the places the kept ones leave; then all, in order */
	size_t others = room - kept, k = 0;
	for (size_t i = 0; i < n && k < room; i++) {
		bool keep = recent_kept(v, i, resume);
		if (keep && kept) {
			kept--;
			idx[k++] = i;
		} else if (!keep && others) {
			others--;
			idx[k++] = i;
		}
	}
	return k;
}
