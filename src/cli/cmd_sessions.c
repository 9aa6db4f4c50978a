/* rucksack sessions: the rounds in the sessions folder, newest first. */
#include <cJSON.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli/cmd_session.h"
#include "cli/columns.h"
#include "cli/commands.h"
#include "core/base/json_out.h"
#include "core/round/session.h"
#include "core/base/utf8.h"
#include "core/base/xalloc.h"

static const char *sessions_when(int64_t ms, char *buf, size_t n)
{
	time_t t = (time_t)(ms / 1000);
	struct tm tm;
	localtime_r(&t, &tm);
	strftime(buf, n, "%Y-%m-%d %H:%M", &tm);
	return buf;
}

static char *sessions_people(const struct strv *people)
{
	size_t len = 1;
	for (size_t p = 0; p < people->n; p++)
		len += strlen(people->v[p]) + 2;
	char *s = xcalloc(len, 1);
	for (size_t p = 0; p < people->n; p++) {
		if (p)
			strcat(s, ", ");
		strcat(s, people->v[p]);
	}
	return s;
}

static void sessions_row(struct columns *t, const struct session_info *si)
{
	char when[32], refl[24], notes[24];
	snprintf(refl, sizeof refl, "%zu", si->n_reflections);
	snprintf(notes, sizeof notes, "%zu", si->n_notes);
	char *people = sessions_people(&si->people);
	const char *state = si->damaged ? "DAMAGED"
			    : si->ended ? "ended"
			    : si->torn	? "UNFINISHED, torn"
					: "UNFINISHED";
	char *full = xasprintf("%s%s%s", state, si->missing ? ", older copy" : si->moved ? ", moved"
						: si->rescued ? ", rescued" : "",
			       si->open_elsewhere ? ", open elsewhere" : "");
	columns_add(t, (const char *const[]){si->id, si->flow_id,
					     sessions_when(si->started_at, when, sizeof when),
					     full, refl, notes, people});
	free(full);
	free(people);
}

/* Where a round lives when that is not the sessions folder, and whether
 * another window has it open. */
static void sessions_where(FILE *out, const struct session_info *si)
{
	char *path = utf8_visible(si->path, false), *id = utf8_visible(si->id, false);
	char *missing = si->missing ? utf8_visible(si->missing, false) : NULL;
	if (missing)
		fprintf(out, "%s was saved elsewhere, in %s, which is not there now; listed is "
			"its older copy, %s\n", id, missing, path);
	else if (si->moved)
		fprintf(out, "%s moved to %s\n", id, path);
	else if (si->rescued)
		fprintf(out, "%s rescued to %s (its folder could not be written)\n", id, path);
	if (si->open_elsewhere && si->open_pid > 0)
		fprintf(out, "%s is open in another window (pid %ld): carry on there, or close it "
			"there first\n", id, si->open_pid);
	else if (si->open_elsewhere)
		fprintf(out, "%s is open in another window: carry on there, or close it there first\n",
			id);
	free(path);
	free(id);
	free(missing);
}

static void sessions_text(FILE *out, const struct session_info *v, size_t n)
{
	if (n == 0) {
		fputs("No rounds yet.\n", out);
		return;
	}
	struct columns t;
	columns_init(&t, 7, "llllrrl");
	columns_add(&t, (const char *const[]){"ID", "FLOW", "STARTED", "STATE", "REFLECTIONS",
					      "NOTES", "PEOPLE"});
	bool torn = false, damaged = false;
	for (size_t i = 0; i < n; i++) {
		sessions_row(&t, &v[i]);
		torn |= v[i].torn && !v[i].damaged;
		damaged |= v[i].damaged;
	}
	columns_print(out, &t, 2);
	columns_free(&t);
	if (torn)
		fputs("torn: the journal's last line was cut short by a crash; the round resumes\n"
		      "up to the event before it.\n",
		      out);
	if (damaged)
		fputs("DAMAGED: a line of the journal cannot be read, or holds a record its round\n"
		      "cannot take (the warnings name it); the round can be neither resumed nor\n"
		      "exported until that line is mended.\n",
		      out);
	for (size_t i = 0; i < n; i++)
		sessions_where(out, &v[i]);
}

static cJSON *sessions_json_one(const struct session_info *si)
{
	char when[32];
	cJSON *o = cJSON_CreateObject();
	cJSON_AddStringToObject(o, "id", si->id);
	cJSON_AddStringToObject(o, "path", si->path);
	cJSON_AddStringToObject(o, "flow", si->flow_id);
	cJSON_AddStringToObject(o, "date", sessions_when(si->started_at, when, sizeof when));
	cJSON_AddNumberToObject(o, "started_at", (double)si->started_at);
	cJSON_AddNumberToObject(o, "last_at", (double)si->last_at);
	cJSON *people = cJSON_AddArrayToObject(o, "people");
	for (size_t p = 0; p < si->people.n; p++)
		cJSON_AddItemToArray(people, cJSON_CreateString(si->people.v[p]));
	cJSON_AddNumberToObject(o, "reflections", (double)si->n_reflections);
	cJSON_AddNumberToObject(o, "notes", (double)si->n_notes);
	cJSON_AddBoolToObject(o, "ended", si->ended);
	cJSON_AddNumberToObject(o, "round", (double)si->round + 1); /* where it stands, from 1 */
	cJSON_AddNumberToObject(o, "rounds", (double)si->rounds);
	cJSON_AddNumberToObject(o, "phase", (double)si->phase + 1);
	cJSON_AddNumberToObject(o, "phases", (double)si->n_phases);
	cJSON_AddBoolToObject(o, "draft", si->draft);
	cJSON_AddBoolToObject(o, "torn", si->torn);
	cJSON_AddBoolToObject(o, "damaged", si->damaged);
	cJSON_AddNumberToObject(o, "events", (double)si->n_events);
	cJSON_AddBoolToObject(o, "moved", si->moved);
	cJSON_AddBoolToObject(o, "rescued", si->rescued);
	if (si->missing)
		cJSON_AddStringToObject(o, "missing", si->missing);
	else
		cJSON_AddNullToObject(o, "missing");
	cJSON_AddBoolToObject(o, "open_elsewhere", si->open_elsewhere);
	if (si->open_elsewhere && si->open_pid > 0)
		cJSON_AddNumberToObject(o, "open_pid", (double)si->open_pid);
	else
		cJSON_AddNullToObject(o, "open_pid");
	return o;
}

static void sessions_json(FILE *out, const struct session_info *v, size_t n)
{
	cJSON *arr = cJSON_CreateArray();
	for (size_t i = 0; i < n; i++)
		cJSON_AddItemToArray(arr, sessions_json_one(&v[i]));
	char *s = json_out_print(arr, true);
	fprintf(out, "%s\n", s);
	free(s);
	cJSON_Delete(arr);
}

static int cmd_sessions(struct cli_ctx *ctx, const struct cli_args *args)
{
	bool json = cli_args_value_is(args, "format", "json");
	char *dir = cmd_session_dir(ctx, "sessions");
	if (!dir)
		return 1;
	struct diags d = {0};
	struct session_info *v = NULL;
	size_t n = 0;
	cmd_session_list(ctx, dir, &v, &n, &d);
	if (json)
		sessions_json(ctx->out, v, n);
	else
		sessions_text(ctx->out, v, n);
	diags_print_text(ctx->err, &d);
	session_info_free(v, n);
	diags_free(&d);
	free(dir);
	return 0;
}

const struct cli_cmd_entry cmd_sessions_entry = {
	.name = "sessions",
	.args = {.options = (const struct cli_option[]){
			 {0, "format", NULL, CLI_CHOICE, "text|json", 0, 0,
			  "text (the default), or one JSON array"},
			 {0},
		 }},
	.usage = "[--format=text|json]",
	.summary = "list the rounds kept, newest first, unfinished marked",
	.about = "Lists the supervision rounds kept under $XDG_DATA_HOME/rucksack/sessions,\n"
		 "newest first: id, flow, when it started, whether it ended, its reflections\n"
		 "and notes, and who took part.  Unfinished rounds are marked; a round whose\n"
		 "journal's last line was torn by a crash is noted (it resumes up to the\n"
		 "event before it).  A round saved elsewhere is listed once, where it lives\n"
		 "now (marked moved, and where is said below the list); rescue copies,\n"
		 "written when a round's folder could not be written as the program ended,\n"
		 "are listed too (marked rescued).  A round open in another window is\n"
		 "marked open elsewhere (and which process has it is said below the list);\n"
		 "one whose journal resume and export would refuse is marked DAMAGED.\n"
		 "The JSON form also says the round and phase each reached, and whether a\n"
		 "draft (text typed and not yet saved) waits beside it.\n"
		 "Export one with 'rucksack export ID'.",
	.exec = cmd_sessions,
};
