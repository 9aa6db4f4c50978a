/* What the rounds list does to a round: read its transcript, export it, delete it. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/base/xalloc.h"
#include "core/round/transcript_export.h"
#include "rounds_actions.h"
#include "view_choice.h"
#include "view_confirm.h"
#include "view_prompt.h"
#include "view_reader.h"

static int rounds_read(struct rounds_acts *r, const struct session_info *si)
{
	if (!si)
		return R_NONE;
	char *title = xasprintf("Transcript › %s", si->id);
	struct view *v = reader_open(r->owner->app, si->path, title);
	free(title);
	if (v)
		app_push(r->owner->app, v);
	return R_REDRAW;
}

void rounds_actions_free(struct rounds_acts *r)
{
	free(r->ex_journal);
	free(r->ex_id);
	free(r->ex_path);
	free(r->del_found);
	r->ex_journal = r->ex_id = r->ex_path = r->del_found = NULL;
	r->ask_replace = false;
}

/* Writes the export (replace: over a file there); a message says how it went. */
static int rounds_export_write(struct rounds_acts *r, bool replace, char **msg)
{
	struct app *a = r->owner->app;
	struct diags d = {0};
	struct strv suspects = {0};
	int rc = texport_write(r->ex_journal, a->opts ? a->opts->cat : NULL, r->ex_path, r->fmt,
			       r->anonymise, replace, &suspects, &d);
	if (rc == 0 && suspects.n) /* the anonymiser replaces the names it was told of, no others */
		app_message(a, PAL_WARN, "Exported to %s; %zu %s it did not replace: check "
			    "before sharing (rucksack export --anonymise lists them)", r->ex_path,
			    suspects.n, suspects.n == 1 ? "word looks like a name" : "words look like names");
	else if (rc == 0)
		app_message(a, PAL_OK, "Exported to %s", r->ex_path);
	else if (rc < 0)
		*msg = xasprintf("Not exported: %s", d.n ? d.v[0].message : "it could not be written");
	strv_free(&suspects);
	diags_free(&d);
	return rc;
}

int rounds_export_replace(struct rounds_acts *r)
{
	char *msg = NULL;
	if (rounds_export_write(r, true, &msg) < 0)
		app_message(r->owner->app, PAL_WARN, "%s", msg);
	free(msg);
	return R_REDRAW;
}

void rounds_ask_replace(struct rounds_acts *r)
{
	if (!r->ask_replace)
		return;
	r->ask_replace = false;
	char *q = xasprintf("Replace %s?", r->ex_path);
	app_push(r->owner->app, confirm_open(r->owner, q, "A file of that name is there already: "
					     "the transcript would take its place.", r->replace, false));
	free(q);
}

/* The file named: written, or (there already) asked about once the box has closed. */
static int rounds_export_accept(void *data, const char *text, char **msg)
{
	struct rounds_acts *r = data;
	if (!*text) {
		*msg = xstrdup("Name the file to write the transcript to.");
		return -1;
	}
	free(r->ex_path);
	r->ex_path = texport_path(r->owner->app->opts ? r->owner->app->opts->env : NULL, text);
	int rc = rounds_export_write(r, false, msg);
	r->ask_replace = rc == 1; /* asked when the box has gone (rounds_ask_replace) */
	return rc < 0 ? -1 : 0;
}

static const char *const rounds_formats[] = {"Markdown", "Markdown, anonymised", "JSON",
					      "JSON, anonymised"};

/* path as offered in the box: under $HOME as ~/..., so that it fits (the box takes ~/ back). */
static char *rounds_offered_path(const struct app *a, char *path)
{
	const char *home = app_env(a, "HOME");
	size_t n = home ? strlen(home) : 0;
	if (!n || strncmp(path, home, n) != 0 || path[n] != '/')
		return path;
	char *shown = xasprintf("~%s", path + n);
	free(path);
	return shown;
}

int rounds_export_chosen(struct rounds_acts *r, size_t i)
{
	struct app *a = r->owner->app;
	r->fmt = i >= 2 ? TRANSCRIPT_JSON : TRANSCRIPT_MD;
	r->anonymise = i % 2 == 1;
	char *def = rounds_offered_path(a, texport_default_path(a->opts ? a->opts->env : NULL,
								r->ex_id, r->fmt, r->anonymise));
	char *title = xasprintf("Export %s as %s", r->ex_id, rounds_formats[i]);
	struct prompt_opts o = {.title = title, .label = "File (Enter writes it; Esc: not now)",
				.text = def, .accept = rounds_export_accept, .data = r};
	app_push(a, prompt_open(a, &o));
	free(title);
	free(def);
	return R_REDRAW;
}

static int rounds_export(struct rounds_acts *r, const struct session_info *si)
{
	if (!si)
		return R_NONE;
	if (si->damaged) {
		app_message(r->owner->app, PAL_WARN,
			    "Cannot export a damaged round: mend its journal first");
		return R_REDRAW;
	}
	rounds_actions_free(r);
	r->ex_journal = xstrdup(si->path);
	r->ex_id = xstrdup(si->id);
	app_push(r->owner->app, choice_open(r->owner, "Export the transcript as", rounds_formats,
					    sizeof rounds_formats / sizeof *rounds_formats, r->chosen));
	return R_REDRAW;
}

void rounds_delete_yes(struct rounds_acts *r)
{
	struct app *a = r->owner->app;
	struct strv rescue = {0};
	struct diags d = {0};
	session_rescue_dirs(a->opts ? a->opts->env : NULL, &rescue);
	if (session_delete(r->del_found, &rescue, &d) == 0)
		app_message(a, PAL_OK, "Deleted");
	else
		app_message(a, PAL_WARN, "Not deleted: %s: %s", d.n ? d.v[0].file : r->del_found,
			    d.n ? d.v[0].message : "it could not be removed");
	diags_free(&d);
	strv_free(&rescue);
	rounds_actions_free(r);
}

static int rounds_delete(struct rounds_acts *r, const struct session_info *si)
{
	if (!si)
		return R_NONE;
	rounds_actions_free(r);
	r->del_found = xstrdup(si->found);
	time_t t = (time_t)(si->started_at / 1000);
	struct tm tm;
	char when[40];
	localtime_r(&t, &tm);
	strftime(when, sizeof when, "%d %b %Y %H:%M", &tm);
	char *q = xasprintf("Delete the round of %s (%s)?", when, si->flow_id);
	app_push(r->owner->app, confirm_open(r->owner, q, "Its journal, draft, transcript and "
					     "pointers are removed. This cannot be undone.",
					     r->delete_yes, false));
	free(q);
	return R_REDRAW;
}

int rounds_act(struct rounds_acts *r, enum action act, const struct session_info *si)
{
	switch (act) {
	case ACT_RD_READ: return rounds_read(r, si);
	case ACT_RD_EXPORT: return rounds_export(r, si);
	case ACT_RD_DELETE: return rounds_delete(r, si);
	default: return R_PASS;
	}
}
