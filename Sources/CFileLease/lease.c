#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include "CFileLease.h"

int mtlint_take_read_lease(int descriptor) {
    if (fcntl(descriptor, F_SETSIG, SIGURG) != 0) return -1;
    return fcntl(descriptor, F_SETLEASE, F_RDLCK);
}
