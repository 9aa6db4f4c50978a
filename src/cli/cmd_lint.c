/*
 * rucksack lint: load each file named strictly, check the flows' references
 * against the files named and the search path, and print every problem the
 * way compilers do (or as JSON).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/cli.h"
#include "cli/commands.h"
#include "core/base/fileio.h"
#include "core/deck/load.h"
#include "core/base/utf8.h"
#include "core/base/xalloc.h"

/* Length of the folder part of path ("" for a bare name). */
static size_t lint_dirlen(const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash ? (size_t)(slash - path) : 0;
}

/* The folder path is in ("." for a bare name); the caller frees it. */
static char *lint_dir(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return xstrdup(".");
	return xstrndup(path, slash == path ? 1 : (size_t)(slash - path));
}

/* Whether a and b name one file or folder, however spelt ("dup/a", "./dup/a", "dup//a"). */
static bool lint_same_node(const char *a, const char *b)
{
	struct stat sa, sb;
	if (stat(a, &sa) != 0 || stat(b, &sb) != 0)
		return strcmp(a, b) == 0;
	return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

static bool lint_same_dir(const char *a, const char *b)
{
	char *da = lint_dir(a), *db = lint_dir(b);
	bool same = lint_same_node(da, db);
	free(da);
	free(db);
	return same;
}

/*
 * What lint keeps of a file named once it is loaded.  Decks are freed at once
 * (a champion may lint hundreds of files, and holding every card of every
 * deck only costs memory); a flow is kept, as its references are checked
 * after every file is read.
 */
struct lint_file {
	const char *path; /* argv's, or one of a folder named */
	bool found;	  /* in a folder named: read only when a regular file */
	char *id;	  /* NULL: the file did not load */
	char *claimed;	  /* the id a file that did not load got as far as */
	bool failed;	  /* it did not load */
	struct pos id_pos;
	struct doc *flow;
};

/* Whether file i was named before, maybe spelt otherwise. */
static bool lint_named_before(const struct lint_file *f, size_t i)
{
	for (size_t j = 0; j < i; j++)
		if (lint_same_node(f[i].path, f[j].path))
			return true;
	return false;
}

/* The one of two files with one id that the catalog would use and not
 * report: the first named, unless only the second is named after the id. */
static void lint_duplicate(const struct lint_file *first, const struct lint_file *second,
			   struct diags *d)
{
	const struct lint_file *used = first, *dup = second;
	if (catalog_named_for_id(second->path, second->id) &&
	    !catalog_named_for_id(first->path, first->id))
		used = second, dup = first;
	diags_error(d, dup->path, dup->id_pos.line, dup->id_pos.col, DIAG_SCHEMA,
		    "id: duplicate id \"%s\" (rucksack uses %s)", dup->id, used->path);
}

/* Two files named from one folder may not share an id, as on the search path. */
static void lint_duplicates(const struct lint_file *f, size_t n, struct diags *d)
{
	for (size_t i = 0; i < n; i++) {
		for (size_t j = 0; f[i].id && j < i; j++) {
			/* files are looked at (stat) only when their ids clash */
			if (!f[j].id || strcmp(f[i].id, f[j].id) != 0 ||
			    !lint_same_dir(f[i].path, f[j].path))
				continue;
			if (!lint_named_before(f, i))
				lint_duplicate(&f[j], &f[i], d);
			break;
		}
	}
}

static bool lint_is_schema(const char *path)
{
	return strcmp(path + lint_dirlen(path) + (strchr(path, '/') ? 1 : 0), "schema.json") == 0;
}

static int lint_read(const struct lint_file *f, struct doc **doc, struct diags *d)
{
	return f->found ? load_found_file(f->path, doc, d) : load_file(f->path, doc, d);
}

/* schema.json beside the decks is the JSON Schema, which the catalog never
 * loads as a deck; so lint of every file of that folder skips it. */
static void lint_load(struct cli_ctx *ctx, struct lint_file *f, struct diags *d)
{
	struct doc *doc = NULL;
	if (lint_is_schema(f->path)) {
		char *vis = utf8_visible(f->path, false);
		fprintf(ctx->err, "rucksack lint: skipping %s (the schema of the format)\n", vis);
		free(vis);
		return;
	}
	if (load_file_claim(f->path, f->found, &doc, &f->claimed, d) != 0) {
		f->failed = true;
		return;
	}
	f->id = xstrdup(doc->id);
	f->id_pos = doc->id_pos;
	if (doc->kind == DOC_FLOW)
		f->flow = doc;
	else
		doc_free(doc);
}

static bool lint_any_flow(const struct lint_file *f, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (f[i].flow)
			return true;
	return false;
}

/* Whether some flow named deals from deck id. */
static bool lint_dealt_from(const struct lint_file *f, size_t n, const char *id)
{
	for (size_t i = 0; i < n; i++) {
		const struct flow *fl = f[i].flow ? &f[i].flow->flow : NULL;
		for (size_t p = 0; fl && p < fl->n_phases; p++)
			for (size_t k = 0; k < fl->phases[p].n_deals; k++)
				if (strcmp(fl->phases[p].deals[k].deck, id) == 0)
					return true;
	}
	return false;
}

/*
 * Checks each flow named against the files named (which shadow the search
 * path) and the search path.  Only the decks named that a flow deals from
 * are loaded again, quietly: their own problems were reported already.
 * Problems of search-path files are not lint's subject here: they are left
 * out; a folder named by --decks or RUCKSACK_PATH that is missing is warned
 * of on standard error (the references were checked without it).  Frees the
 * flows.
 */
static void lint_refs(struct cli_ctx *ctx, struct lint_file *f, size_t n, struct diags *d)
{
	struct catalog cat = {0};
	struct strv dirs = {0};
	struct diags ignored = {0};
	size_t named = cli_search_path(ctx, &dirs);
	catalog_load_named(&cat, &dirs, named, &ignored);
	for (size_t i = 0; i < ignored.n; i++)
		if (strv_find(&cat.missing, ignored.v[i].file) >= 0)
			diag_print_text(ctx->err, &ignored.v[i]);
	for (size_t i = 0; i < n; i++) { /* in order: the first named wins a tie */
		struct doc *doc = f[i].flow;
		if (!doc && f[i].id && lint_dealt_from(f, n, f[i].id))
			lint_read(&f[i], &doc, &ignored);
		if (doc)
			catalog_add_first(&cat, doc);
		else if (f[i].failed)
			catalog_add_broken_first(&cat, f[i].path, f[i].claimed);
	}
	for (size_t i = 0; i < n; i++)
		if (f[i].flow)
			catalog_check_flow_refs(&cat, f[i].flow, d);
	catalog_free(&cat);
	diags_free(&ignored);
	strv_free(&dirs);
}

/* Problems by file in the order named, then by line and column. */
static void lint_sort(struct diags *d, char *const *files, size_t n)
{
	struct diags sorted = {.v = xcalloc(d->n ? d->n : 1, sizeof *d->v), .cap = d->n};
	diags_sort(d);
	for (size_t f = 0; f < n; f++)
		for (size_t i = 0; i < d->n; i++)
			if (d->v[i].file && strcmp(d->v[i].file, files[f]) == 0) {
				sorted.v[sorted.n++] = d->v[i];
				d->v[i].file = NULL;
			}
	for (size_t i = 0; i < d->n; i++) /* anything else keeps its place, last */
		if (d->v[i].file)
			sorted.v[sorted.n++] = d->v[i];
	free(d->v);
	*d = sorted;
}

/*
 * The last line, on standard error: a champion who sees no output cannot
 * tell a clean file from a command that did nothing.  Skipped files (the
 * schema) are not counted as checked.
 */
static void lint_summary(FILE *err, const struct lint_file *f, size_t n, const struct diags *d)
{
	size_t checked = 0, errors = diags_count_errors(d, false);
	size_t warnings = d->n - errors;

	for (size_t i = 0; i < n; i++)
		checked += !lint_is_schema(f[i].path);
	fprintf(err, "%zu file%s checked: ", checked, checked == 1 ? "" : "s");
	if (d->n == 0)
		fputs("no problems\n", err);
	else if (warnings == 0)
		fprintf(err, "%zu error%s\n", errors, errors == 1 ? "" : "s");
	else if (errors == 0)
		fprintf(err, "%zu warning%s\n", warnings, warnings == 1 ? "" : "s");
	else
		fprintf(err, "%zu error%s, %zu warning%s\n", errors, errors == 1 ? "" : "s",
			warnings, warnings == 1 ? "" : "s");
}

/* A folder named: its files as the catalog reads them, appended to paths. */
static void lint_folder(const char *dir, struct strv *paths, struct diags *d)
{
	size_t before = paths->n;
	if (catalog_folder_files(dir, paths) != 0)
		diags_error(d, dir, 0, 0, DIAG_IO, "cannot read the folder: %s", fileio_why(errno));
	else if (paths->n == before)
		diags_warn(d, dir, 0, 0, DIAG_IO, "no .json files in this folder");
}

/*
 * The files to check, in order: each FILE as named, and for each folder
 * its *.json files in name order, not those of folders inside it (as the
 * catalog reads a deck folder).  paths holds their names.
 */
static struct lint_file *lint_collect(const struct cli_args *args, struct strv *paths,
				      size_t *n, struct diags *d)
{
	struct lint_file *files = NULL;
	size_t cap = 0;
	*n = 0;
	for (int i = 0; i < args->n_pos; i++) {
		struct stat st;
		bool folder = stat(args->pos[i], &st) == 0 && S_ISDIR(st.st_mode);
		if (folder)
			lint_folder(args->pos[i], paths, d);
		else
			strv_push(paths, args->pos[i]);
		xgrow((void **)&files, &cap, paths->n + 1, sizeof *files);
		while (*n < paths->n)
			files[(*n)++] = (struct lint_file){.found = folder};
	}
	for (size_t i = 0; i < *n; i++)
		files[i].path = paths->v[i];
	return files;
}

static int cmd_lint(struct cli_ctx *ctx, const struct cli_args *args)
{
	struct strv paths = {0};
	struct diags d = {0};
	size_t n;
	struct lint_file *files = lint_collect(args, &paths, &n, &d);
	for (size_t i = 0; i < n; i++)
		lint_load(ctx, &files[i], &d);
	lint_duplicates(files, n, &d);
	if (lint_any_flow(files, n))
		lint_refs(ctx, files, n, &d);
	lint_sort(&d, paths.v, n);
	if (cli_args_value_is(args, "format", "json"))
		diags_print_json(ctx->out, &d);
	else
		diags_print_text(ctx->out, &d);
	int rc = diags_count_errors(&d, cli_args_has(args, "werror")) > 0 ? 1 : 0;
	if (!cli_args_has(args, "quiet"))
		lint_summary(ctx->err, files, n, &d);
	diags_free(&d);
	for (size_t i = 0; i < n; i++) {
		free(files[i].id);
		free(files[i].claimed);
	}
	free(files);
	strv_free(&paths);
	return rc;
}

const struct cli_cmd_entry cmd_lint_entry = {
	.name = "lint",
	.args = {
		.options = (const struct cli_option[]){
			{0, "format", NULL, CLI_CHOICE, "text|json", 0, 0,
			 "text (the default), or the problems as one JSON array"},
			{0, "werror", NULL, CLI_FLAG, NULL, 0, 0, "count warnings as errors"},
			{'q', "quiet", NULL, CLI_FLAG, NULL, 0, 0,
			 "no closing line (\"3 files checked: no problems\") on standard error"},
			{0},
		},
		.lower = 1,
		.upper = -1,
		.missing = "which files? name at least one",
	},
	.usage = "[--format=text|json] [--werror] [-q] FILE...",
	.summary = "check deck and flow files strictly",
	.about = "Checks deck and flow files strictly: JSON syntax, encoding, limits, the\n"
		 "format of rucksack-deck(5), and the decks and suits a flow deals from\n"
		 "(looked for among the files named, then on the search path).  A FILE\n"
		 "that is a folder stands for its *.json files, in name order, as the\n"
		 "program reads a deck folder: not the folders inside it, nor schema.json\n"
		 "or names starting with '.'; one that is not a regular file is refused.\n"
		 "Each problem is printed as FILE:LINE:COLUMN: error|warning: MESSAGE;\n"
		 "a last line on standard error counts the files and problems.\n"
		 "Exit status: 0 no file has an error, 1 some file has one, 2 bad usage.",
	.exec = cmd_lint,
};
