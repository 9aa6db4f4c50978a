/*
 * Keeping the round: the transcript, ending, saving again or elsewhere, and
 * leaving (a rescue copy for what is only in memory).  The files are the
 * core's (transcript.h, session.h); this says what happened.
 */
#include <stdlib.h>
#include <string.h>

#include "core/round/transcript.h"
#include "core/base/utf8.h"
#include "core/base/xalloc.h"
#include "round_int.h"
#include "round_save.h"
#include "view_confirm.h"
#include "view_prompt.h"

/* The transcript beside the journal, if there is one: r->transcript and its time. */
void round_find_transcript(struct round *r)
{
	free(r->transcript);
	r->transcript = transcript_find(r->s, &r->transcript_at);
}

int round_transcript(struct round *r)
{
	struct diags d = {0};
	if (transcript_save(r->s, &d) != 0) {
		app_message(r->v.app, PAL_WARN, "Transcript not written: %s",
			    d.n ? d.v[0].message : "write error");
		diags_free(&d);
		return R_REDRAW;
	}
	diags_free(&d);
	round_find_transcript(r);
	char *path = transcript_path(r->s);
	app_message(r->v.app, PAL_OK, "Transcript written: %s", path);
	free(path);
	return R_REDRAW;
}

static int round_end_yes(struct view *owner)
{
	struct round *r = (struct round *)owner;
	struct diags d = {0};
	int st = session_end(r->s, &d);
	if (st == SESSION_INVALID)
		return round_report(r, st, &d, NULL);
	diags_free(&d);
	round_refresh(r);
	round_transcript(r);
	if (st == SESSION_UNSAVED)
		app_message(r->v.app, PAL_WARN, "Ended, but not saved · " RSAVE_KEYS);
	return R_REDRAW;
}

int round_end(struct round *r)
{
	if (session_ended_at(r->s))
		return round_transcript(r);
	/* where it stands, and what ending does: a round ended by mistake at phase 2 is plain to see */
	char *q = session_rounds(r->s) > 1
			  ? xasprintf("End the round? It is at phase %zu of %zu, round %zu of %u.",
				      session_phase_index(r->s) + 1, session_n_phases(r->s),
				      session_round_index(r->s) + 1, session_rounds(r->s))
			  : xasprintf("End the round? It is at phase %zu of %zu.",
				      session_phase_index(r->s) + 1, session_n_phases(r->s));
	app_push(r->v.app, confirm_open(&r->v, q,
					"Ending stops the timer, makes the round read only and writes "
					"its transcript next to the journal; R reopens it later for a "
					"correction or an addendum.",
					round_end_yes, false));
	free(q);
	return R_REDRAW;
}

int round_retry(struct round *r)
{
	if (!session_n_pending(r->s)) {
		app_message(r->v.app, PAL_OK, "Everything is saved.");
		return R_REDRAW;
	}
	struct diags d = {0};
	int st = session_retry_save(r->s, &d);
	return round_report(r, st, &d, "Saved: everything is on the disk now");
}

static int round_saved_as(void *data, const char *text, char **msg)
{
	struct round *r = data;
	struct diags d = {0};
	int err;
	if (!*text) {
		*msg = xstrdup("Type a folder, e.g. /media/usb/rounds");
		return -1;
	}
	if (utf8_has_control(text)) { /* the prompt keeps them; a folder name must not */
		*msg = xstrdup("A folder name cannot hold control characters.");
		return -1;
	}
	enum session_folder f = session_folder_make(text, &err);
	if (f != SESSION_FOLDER_READY) {
		*msg = f == SESSION_FOLDER_IS_FILE
			       ? xstrdup("That is a file, not a folder.")
			       : xasprintf("The folder cannot be made: %s", strerror(err));
		return -1;
	}
	if (session_save_as(r->s, text, &d) != SESSION_OK) {
		*msg = xasprintf("Not saved there: %s", rsave_why(&d));
		diags_free(&d);
		return -1;
	}
	if (r->transcript)
		round_transcript(r);
	diags_free(&d);
	round_refresh(r);
	app_message(r->v.app, PAL_OK, "Saved in %s", session_journal_path(r->s));
	return 0;
}

int round_save_as(struct round *r)
{
	struct prompt_opts o = {
		.title = "Save elsewhere",
		.label = "A folder to keep the round in (its journal, draft and transcript):",
		.accept = round_saved_as,
		.data = r,
	};
	app_push(r->v.app, prompt_open(r->v.app, &o));
	return R_REDRAW;
}

/* Leaving on purpose stops the timer, so the round does not come back hours
 * over time (a crash lets it count: session.h). */
static int round_quit_yes(struct view *owner)
{
	struct round *r = (struct round *)owner;
	if (rtimer_running(&r->timer) && !session_ended_at(r->s)) {
		struct diags d = {0};
		session_timer(r->s, SESSION_TIMER_PAUSE, &d);
		diags_free(&d);
	}
	return R_CLOSE;
}

int round_quit(struct round *r)
{
	if (session_ended_at(r->s) && !session_n_pending(r->s))
		return R_CLOSE;
	const char *q = session_n_pending(r->s) ? "Leave with changes not saved?" : "Leave the round?";
	const char *detail = session_n_pending(r->s)
				     ? "They are NOT on the disk here: on leaving they go to a rescue "
				       "copy elsewhere (rucksack says where), which the next start offers."
				     : "It is kept: rucksack resume carries on from here.";
	app_push(r->v.app, confirm_open(&r->v, q, detail, round_quit_yes, true));
	return R_REDRAW;
}

/* Leaving (a signal, or q confirmed) with something only in memory: it
 * goes to the journal after all or to a rescue copy, and the program says
 * where once the terminal is given back (session_rescue). */
void round_rescue(struct round *r)
{
	struct app *a = r->v.app;
	if (!session_needs_rescue(r->s))
		return;
	struct diags d = {0};
	char *where = NULL;
	int rc = session_rescue(r->s, session_rescue_dirs_of(r->s), &where, &d);
	free(a->farewell);
	a->farewell = rsave_farewell(r->s, rc, where, &d);
	a->lost = a->lost || rc != 0;
	free(where);
	diags_free(&d);
}
