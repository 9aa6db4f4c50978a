/*
 * main() of rucksack-print: `rucksack print` alone, which rucksack runs
 * (src/cli/cmd_print_exec.c) with its own command line, so that Pango and
 * Cairo are loaded by print and by nothing else.  The same global options,
 * settings and search path as rucksack; its only command is print.
 */
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/commands.h"

const struct cli_cmd_entry *const cli_table[] = {
	&cmd_print_entry,
	NULL,
};

static int print_main_alone(struct cli_ctx *ctx, const struct cli_args *args)
{
	(void)args;
	fputs("rucksack-print: run by 'rucksack print'; see 'rucksack print --help'\n", ctx->err);
	return 2;
}

const struct cli_cmd_entry cli_default_entry = {
	.name = "rucksack-print",
	.args = {.options = (const struct cli_option[]){{0}}},
	.usage = "",
	.summary = "rucksack-print makes rucksack print's PDFs; run 'rucksack print'.",
	.about = "",
	.exec = print_main_alone,
};

int main(int argc, char **argv)
{
	/* As rucksack's main: deck text is UTF-8 whatever the locale says. */
	if (!setlocale(LC_ALL, "") || strcmp(nl_langinfo(CODESET), "UTF-8") != 0)
		setlocale(LC_CTYPE, "C.UTF-8");
	return cli_main_after_rucksack(argc, argv, NULL, stdout, stderr);
}
