/* Files known by what they are (device and inode), not by how they are named. */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/base/fileid.h"
#include "core/base/paths.h"
#include "core/base/xalloc.h"

bool fileid_get(const char *path, struct fileid *out)
{
	struct stat st;
	if (stat(path, &st) != 0)
		return false;
	*out = (struct fileid){st.st_dev, st.st_ino};
	return true;
}

bool fileid_is(const struct fileid *id, const char *path)
{
	struct fileid other;
	return fileid_get(path, &other) && other.dev == id->dev && other.ino == id->ino;
}

/* Whether name ends with one of exts (NULL: any name but a hidden one). */
static bool fileid_name_fits(const char *name, const char *const *exts)
{
	if (!exts)
		return name[0] != '.';
	size_t n = strlen(name);
	for (size_t i = 0; exts[i]; i++) {
		size_t k = strlen(exts[i]);
		if (n > k && !strcmp(name + n - k, exts[i]))
			return true;
	}
	return false;
}

bool fileid_in_folder(const struct fileid *id, const char *dir, const char *const *exts,
		      char **which)
{
	DIR *dh = opendir(dir);
	if (!dh)
		return false;
	bool found = false;
	for (struct dirent *de; !found && (de = readdir(dh)) != NULL;) {
		if (!fileid_name_fits(de->d_name, exts))
			continue;
		char *path = xasprintf("%s/%s", dir, de->d_name);
		found = fileid_is(id, path);
		if (found && which)
			*which = path;
		else
			free(path);
	}
	closedir(dh);
	return found;
}

bool fileid_would_be_in(const char *path, const char *dir, const char *const *exts)
{
	const char *slash = strrchr(path, '/');
	const char *name = slash ? slash + 1 : path;
	if (!*name || !fileid_name_fits(name, exts))
		return false;
	char *parent = paths_parent(path);
	struct fileid folder;
	bool in = fileid_get(dir, &folder) && fileid_is(&folder, parent);
	free(parent);
	return in;
}
