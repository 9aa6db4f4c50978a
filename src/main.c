/* main() alone, so the tests can link everything else. */
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"

int main(int argc, char **argv)
{
	/* Deck text is UTF-8 whatever the locale says: measure it as such. */
	if (!setlocale(LC_ALL, "") || strcmp(nl_langinfo(CODESET), "UTF-8") != 0)
		setlocale(LC_CTYPE, "C.UTF-8");
	return cli_main(argc, argv, NULL, stdout, stderr);
}
