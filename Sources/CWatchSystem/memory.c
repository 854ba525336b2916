#include <malloc.h>
#include "CWatchSystem.h"

int mtlint_fix_mmap_threshold(unsigned long bytes) {
    return mallopt(M_MMAP_THRESHOLD, (int)bytes);
}
