#ifndef RUCKSACK_FILEID_H
#define RUCKSACK_FILEID_H
/*
 * Which file a path is: its device and inode, so that a hard link, a
 * symbolic link or another spelling of a path is known for the file it is.
 */
#include <stdbool.h>
#include <sys/types.h>

struct fileid {
	dev_t dev;
	ino_t ino;
};

/* The file path leads to (links followed): true and *out filled, false when there is none. */
bool fileid_get(const char *path, struct fileid *out);
/* Whether path leads to the file id. */
bool fileid_is(const struct fileid *id, const char *path);
/*
 * Whether id is one of the files in folder dir whose names end with one of
 * exts (NULL-terminated; exts NULL: any name not starting with '.').  When
 * it is, *which (may be NULL) is that file's path (caller frees).  A folder
 * that cannot be read holds nothing.
 */
bool fileid_in_folder(const struct fileid *id, const char *dir, const char *const *exts,
		      char **which);
/*
 * Whether path, once made, would be a file of folder dir whose name ends
 * with one of exts (NULL: any name but a hidden one): the folder known by
 * what it is, so another spelling or a link to it counts.
 */
bool fileid_would_be_in(const char *path, const char *dir, const char *const *exts);

#endif
