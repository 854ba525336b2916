#include <limits.h>
#include <malloc.h>
#include "CWatchSystem.h"

int mtlint_fix_mmap_threshold(unsigned long bytes) {
    return mallopt(M_MMAP_THRESHOLD, (int)bytes);
}

int mtlint_keep_freed_memory(unsigned long mapping_threshold) {
    int mapping = mallopt(M_MMAP_THRESHOLD, (int)mapping_threshold);
    int trim = mallopt(M_TRIM_THRESHOLD, INT_MAX);
    return mapping == 1 && trim == 1;
}
