/* Names told apart: see names.h. */
#include "core/round/names.h"

#include <stdlib.h>
#include <string.h>

#include "core/base/utf8.h"
#include "core/base/utf8_fold.h"
#include "core/base/xalloc.h"

char *names_trim(const char *name)
{
	while (*name == ' ' || *name == '\t')
		name++;
	size_t len = strlen(name);
	while (len && (name[len - 1] == ' ' || name[len - 1] == '\t'))
		len--;
	return xstrndup(name, len);
}

const char *names_alike(const struct strv *names, const char *name)
{
	char *want = utf8_fold_str(name);
	const char *found = NULL;
	for (size_t p = 0; names && !found && p < names->n; p++) {
		char *have = utf8_fold_str(names->v[p]);
		if (strcmp(have, want) == 0)
			found = names->v[p];
		free(have);
	}
	free(want);
	return found;
}

int names_check(const struct strv *present, const struct strv *absent, const char *t,
		struct diags *d)
{
	const char *alike = names_alike(present, t), *absent_alike = names_alike(absent, t);
	if (!*t)
		diags_error(d, NULL, 0, 0, DIAG_SCHEMA, "a name cannot be empty");
	else if (utf8_has_control(t)) /* a name stays on one line and moves no terminal */
		diags_error(d, NULL, 0, 0, DIAG_SCHEMA, "a name cannot hold control characters");
	else if (strv_find(present, t) >= 0)
		diags_error(d, NULL, 0, 0, DIAG_SCHEMA, "\"%s\" is already present", t);
	else if (absent && strv_find(absent, t) >= 0)
		diags_error(d, NULL, 0, 0, DIAG_SCHEMA,
			    "\"%s\" is listed under apologies (remove them there first)", t);
	else if (alike || absent_alike)
		diags_error(d, NULL, 0, 0, DIAG_SCHEMA,
			    "\"%s\" reads the same as \"%s\": add a surname or an initial", t,
			    alike ? alike : absent_alike);
	else
		return 0;
	return -1;
}
