/* The suites' catalog of source-tree folders (catalog_fixture.h). */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "core/base/xalloc.h"

#include "catalog_fixture.h"

void cfx_load(struct catalog *c, const char *const *dirs_in)
{
	const char *src = getenv("RUCKSACK_SRCDIR");
	struct strv dirs = {0};
	struct diags d = {0};
	for (size_t i = 0; dirs_in[i]; i++)
		strv_push_owned(&dirs, xasprintf("%s/%s", src ? src : ".", dirs_in[i]));
	memset(c, 0, sizeof *c);
	catalog_load(c, &dirs, &d);
	ck_assert_msg(diags_count_errors(&d, false) == 0, "%s", d.n ? d.v[0].message : "");
	diags_free(&d);
	strv_free(&dirs);
}
