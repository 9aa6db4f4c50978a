#ifndef RUCKSACK_PRACTICE_DRAFT_H
#define RUCKSACK_PRACTICE_DRAFT_H
/*
 * Write it's draft: the question or note being typed and not yet kept, in
 * draft.json beside the practice journal, so that a crash (kill -9, a
 * power cut) loses nothing typed.  One draft, replaced whole each time
 * (temp file, fsync, rename; mode 0600), never written through a link;
 * the practice journal's lock makes its window the only writer.
 * journal is the practice journal's path (practice_store's path).
 */
#include "core/base/diag.h"

/* Keeps text as the draft: 0, or -1 with a diagnostic naming the file. */
int practice_draft_keep(const char *journal, const char *text, struct diags *d);
/* The draft's text (caller frees), or NULL when there is none; NULL with a
 * diagnostic when one is there but cannot be read back (it is left there). */
char *practice_draft_read(const char *journal, struct diags *d);
/* The draft is gone: its text was kept, or dropped on purpose. */
void practice_draft_drop(const char *journal);
/* Text left in $EDITOR by a window that died made the draft (extedit.h's
 * hand-over): 0, or -1 with a diagnostic when practice is open in another
 * window now (its draft is that window's) or the draft cannot be written. */
int practice_draft_put_text(const char *journal, const char *text, struct diags *d);

#endif
