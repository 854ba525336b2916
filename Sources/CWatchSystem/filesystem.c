#include <sys/vfs.h>
#include "CWatchSystem.h"

long mtlint_filesystem_type(int descriptor) {
    struct statfs status;
    if (fstatfs(descriptor, &status) != 0) return -1;
    return (long)status.f_type;
}
