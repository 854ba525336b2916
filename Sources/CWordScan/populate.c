#include "CWordScan.h"

#include <errno.h>
#include <sys/mman.h>
#include <unistd.h>

// Linux 5.14; older kernels answer EINVAL and the pages fault in one at a time as before.
#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
#endif

int mtl_populate_for_writing(void *start, size_t count) {
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    uintptr_t first = ((uintptr_t)start + page - 1) & ~(page - 1);
    uintptr_t end = ((uintptr_t)start + count) & ~(page - 1);
    if (end <= first) return 0;
    return madvise((void *)first, end - first, MADV_POPULATE_WRITE) == 0 ? 0 : errno;
}
