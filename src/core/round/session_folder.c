/* A folder to keep a round in, made ready before session_save_as moves the round there. */
#include <errno.h>
#include <sys/stat.h>

#include "core/base/paths.h"
#include "core/round/session.h"

enum session_folder session_folder_make(const char *dir, int *err)
{
	struct stat st;
	*err = 0;
	if (stat(dir, &st) == 0 && !S_ISDIR(st.st_mode))
		return SESSION_FOLDER_IS_FILE;
	if (paths_mkdirs(dir, 0700) != 0) {
		*err = errno;
		return SESSION_FOLDER_UNMADE;
	}
	return SESSION_FOLDER_READY;
}
