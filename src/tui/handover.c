#include "handover.h"

#include <stdbool.h>
#include <stdlib.h>

#include "core/base/xalloc.h"
#include "core/round/session.h"
#include "extedit.h"

/* Puts st's text into its round's draft; true when it is kept there. */
static bool handover_to_draft(const struct extedit_stale *st)
{
	if (!st->owner)
		return false;
	struct diags d = {0};
	bool ok = session_draft_put_text(st->owner, st->text, &d) == 0;
	diags_free(&d);
	return ok;
}

char *handover_recover(env_fn env)
{
	static bool done;
	if (done)
		return NULL;
	done = true;
	char *dir = extedit_dir(env);
	struct extedit_stale *v = NULL;
	size_t n = extedit_stale(dir, &v), back = 0;
	char *kept = NULL;
	for (size_t i = 0; i < n; i++) {
		if (handover_to_draft(&v[i])) {
			extedit_forget(&v[i]);
			back++;
		} else if (!kept) {
			kept = xasprintf("%s/text.txt", v[i].dir);
		}
	}
	char *say = NULL;
	if (kept)
		say = xasprintf("Text left in the editor when rucksack stopped is kept in %s (yours "
				"alone): copy it out, then delete its folder%s", kept,
				back ? "; other such text is back in its round's draft" : "");
	else if (back)
		say = xasprintf("Text left in the editor when rucksack stopped is back in its round's "
				"draft: resuming the round reopens it");
	free(kept);
	extedit_stale_free(v, n);
	free(dir);
	return say;
}
