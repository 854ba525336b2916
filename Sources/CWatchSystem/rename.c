#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include "CWatchSystem.h"

int mtlint_rename_noreplace(int from_directory, const char *from_name, int to_directory, const char *to_name) {
    return renameat2(from_directory, from_name, to_directory, to_name, RENAME_NOREPLACE);
}
