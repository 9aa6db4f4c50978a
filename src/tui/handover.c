#include "handover.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "core/base/xalloc.h"
#include "core/practice/practice_draft.h"
#include "core/round/session.h"
#include "extedit.h"

/* A round's owner is its draft (ID.draft); Write it's is the practice journal. */
static bool handover_is_round(const char *owner)
{
	size_t n = strlen(owner);
	return n > 6 && !strcmp(owner + n - 6, ".draft");
}

/* Puts st's text into the draft it was typed for; true when it is kept there. */
static bool handover_to_draft(const struct extedit_stale *st)
{
	if (!st->owner)
		return false;
	struct diags d = {0};
	bool ok = handover_is_round(st->owner)
			  ? session_draft_put_text(st->owner, st->text, &d) == 0
			  : practice_draft_put_text(st->owner, st->text, &d) == 0;
	diags_free(&d);
	return ok;
}

/* What to say: where a text that could not go back is, and where the others went. */
static char *handover_say(const char *kept, size_t rounds, size_t practice)
{
	const char *back = rounds && practice ? "back in its round's draft or in Write it's"
			   : rounds	      ? "back in its round's draft"
					      : "back in Write it's draft";
	if (kept)
		return xasprintf("Text left in the editor when rucksack stopped is kept in %s (yours "
				 "alone): copy it out, then delete its folder%s%s", kept,
				 rounds || practice ? "; other such text is " : "",
				 rounds || practice ? back : "");
	if (!rounds && !practice)
		return NULL;
	return xasprintf("Text left in the editor when rucksack stopped is %s: %s", back,
			 practice ? "w in Write it reopens it" : "resuming the round reopens it");
}

char *handover_recover(env_fn env)
{
	static bool done;
	if (done)
		return NULL;
	done = true;
	char *dir = extedit_dir(env);
	struct extedit_stale *v = NULL;
	size_t n = extedit_stale(dir, &v), rounds = 0, practice = 0;
	char *kept = NULL;
	for (size_t i = 0; i < n; i++) {
		if (handover_to_draft(&v[i])) {
			*(handover_is_round(v[i].owner) ? &rounds : &practice) += 1;
			extedit_forget(&v[i]);
		} else if (!kept) {
			kept = xasprintf("%s/text.txt", v[i].dir);
		}
	}
	char *say = handover_say(kept, rounds, practice);
	free(kept);
	extedit_stale_free(v, n);
	free(dir);
	return say;
}
