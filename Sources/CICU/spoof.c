#include "CICU.h"

#include <stdlib.h>
#include <unicode/uspoof.h>

struct MTLSpoofChecker { USpoofChecker *checker; };

MTLSpoofChecker *mtl_spoof_open(void) {
    UErrorCode status = U_ZERO_ERROR;
    USpoofChecker *checker = uspoof_open(&status);
    if (U_FAILURE(status)) return NULL;
    // Highly restrictive: Latin may mix only with Han/Kana/Hangul, never with Cyrillic or Greek.
    uspoof_setRestrictionLevel(checker, USPOOF_HIGHLY_RESTRICTIVE);
    uspoof_setChecks(checker, USPOOF_RESTRICTION_LEVEL | USPOOF_MIXED_SCRIPT_CONFUSABLE, &status);
    if (U_FAILURE(status)) { uspoof_close(checker); return NULL; }
    MTLSpoofChecker *wrapper = (MTLSpoofChecker *)malloc(sizeof(MTLSpoofChecker));
    if (wrapper == NULL) { uspoof_close(checker); return NULL; }
    wrapper->checker = checker;
    return wrapper;
}

void mtl_spoof_close(MTLSpoofChecker *checker) {
    if (checker == NULL) return;
    uspoof_close(checker->checker);
    free(checker);
}

int32_t mtl_spoof_skeleton(const MTLSpoofChecker *checker, const uint8_t *text, int32_t length,
                           uint8_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t needed = uspoof_getSkeletonUTF8(checker->checker, 0, (const char *)text, length,
                                            (char *)out, capacity, &status);
    if (U_FAILURE(status) && status != U_BUFFER_OVERFLOW_ERROR) return -1;
    return needed;
}

int32_t mtl_spoof_check(const MTLSpoofChecker *checker, const uint8_t *text, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t result = uspoof_checkUTF8(checker->checker, (const char *)text, length, NULL, &status);
    return U_SUCCESS(status) ? result : -1;
}
