/* Export's -o never replaces a round's files or the practice store's. */
#include <stdlib.h>
#include <string.h>

#include "cli/cmd_output.h"
#include "core/base/atomicfile.h"
#include "core/base/paths.h"
#include "core/practice/practice_store.h"
#include "core/round/session.h"

int cmd_output_check(env_fn env, const char *out, const char *journal, struct diags *d)
{
	if (!out || !strcmp(out, "-"))
		return 0;
	struct diags quiet = {0}; /* no data folder: no files of ours to keep */
	char *sessions = paths_private_dir(env, "sessions", 0, &quiet);
	char *practice = practice_journal_path(env, 0, &quiet);
	struct strv rescue = {0};
	session_rescue_dirs(env, &rescue);
	int rc = session_output_refuse(out, sessions, &rescue, journal, d) == 0 &&
			 practice_output_refuse(out, practice, d) == 0
		 ? 0
		 : -1;
	strv_free(&rescue);
	free(sessions);
	free(practice);
	diags_free(&quiet);
	return rc;
}

int cmd_output_write(const struct cmd_output *o, const char *out, struct diags *d)
{
	if (!out || !strcmp(out, "-"))
		return o->fn(o->std_out, o->data) == 0 && fflush(o->std_out) == 0 ? 0 : -1;
	if (cmd_output_check(o->env, out, o->journal, d) != 0)
		return -1;
	return atomic_write_output_mode(out, o->what, o->mode, o->fn, o->data, d);
}
