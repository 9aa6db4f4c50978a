#ifndef RUCKSACK_TRANSCRIPT_H
#define RUCKSACK_TRANSCRIPT_H
/*
 * The transcript of a round, rebuilt from its session state: flow, date and
 * times, facilitator, people and their roles per round, decks and versions,
 * then per round and phase the cards dealt (to whom) and the reflections in
 * the order spoken (who, in what role that round, card, time, text).  Deleted
 * reflections and cards put back are left out; edited reflections are
 * marked.  Works for a session from session_load with no catalog: titles
 * then fall back to ids.
 *
 * Anonymising replaces each person's name with P1, P2... (by entry order)
 * and the facilitator's with "Facilitator", everywhere, the reflections
 * included: every part of a name, in any case, with or without accents, and
 * initials (anonymise.h has the rules).  It replaces the names it was told
 * of and cannot promise more: transcript_check_names points out the rest.
 */
#include <stdbool.h>
#include <stdio.h>
#include <time.h>

#include "core/base/diag.h"
#include "core/round/session.h"

enum transcript_format {
	TRANSCRIPT_MD,
	TRANSCRIPT_JSON,
};

/* Writes Markdown to out.  0, or -1 with an io diagnostic when out fails. */
int transcript_write_md(FILE *out, const struct session *s, bool anonymise, struct diags *d);
/* The same Markdown as a string (free it), for a reader or a printer;
 * NULL after an error in d. */
char *transcript_md_text(const struct session *s, bool anonymise, struct diags *d);
/* The same content as one JSON object (see transcript_json.c for its fields). */
int transcript_write_json(FILE *out, const struct session *s, bool anonymise, struct diags *d);

/* A transcript to be written by a callee that opens the file (atomic_write's
 * fn, or cli/cmd_output.h's). */
struct transcript_job {
	const struct session *s;
	enum transcript_format fmt;
	bool anonymise;
	struct diags *d;
};
/* Writes job (a struct transcript_job) to f in its format: 0 or -1, as the
 * format's writer returns. */
int transcript_job_write(FILE *f, void *job);

/* Writes the transcript to path atomically (temp file in the same folder,
 * fsync, rename), mode 0600 — to the file a link leads to, or straight into
 * a device or pipe (atomic_write_output).  0 or -1 with an io diagnostic. */
int transcript_write_file(const char *path, const struct session *s, enum transcript_format fmt,
			  bool anonymise, struct diags *d);
/* One line into out for each word of the anonymised reflections that looks
 * like a name that was not replaced (anon_suspects): the word in quotes,
 * where it is (round, phase, time, line of the reflection) and that line,
 * all made visible (utf8_visible). */
void transcript_check_names(const struct session *s, struct strv *out);
/* The Markdown transcript next to the journal: <journal minus .jsonl>.md,
 * always replaced atomically (atomic_write): a link or pipe someone put at
 * that name is replaced, never followed or written into. */
int transcript_save(const struct session *s, struct diags *d);

/* Where transcript_save writes (transcript_place.c); caller frees. */
char *transcript_path(const struct session *s);
/* That transcript when it is there (a regular file): its path (caller
 * frees) with *written its time; NULL when there is none. */
char *transcript_find(const struct session *s, time_t *written);

#endif
