#include "CICU.h"

#include <stdlib.h>
#include <unicode/uspoof.h>
#include <unicode/utrans.h>
#include <unicode/ustring.h>

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

struct MTLTransliterator { UTransliterator *transliterator; };

MTLTransliterator *mtl_translit_open(const char *identifier) {
    UErrorCode status = U_ZERO_ERROR;
    UChar id[128];
    u_strFromUTF8(id, 128, NULL, identifier, -1, &status);
    if (U_FAILURE(status)) return NULL;
    UTransliterator *transliterator = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &status);
    if (U_FAILURE(status)) return NULL;
    MTLTransliterator *wrapper = (MTLTransliterator *)malloc(sizeof(MTLTransliterator));
    if (wrapper == NULL) { utrans_close(transliterator); return NULL; }
    wrapper->transliterator = transliterator;
    return wrapper;
}

void mtl_translit_close(MTLTransliterator *transliterator) {
    if (transliterator == NULL) return;
    utrans_close(transliterator->transliterator);
    free(transliterator);
}

int32_t mtl_translit(MTLTransliterator *transliterator, const uint8_t *text, int32_t length,
                     uint8_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t utf16Length = 0;
    u_strFromUTF8WithSub(NULL, 0, &utf16Length, (const char *)text, length, 0xFFFD, NULL, &status);
    status = U_ZERO_ERROR;
    // Transliteration can grow text (one Cyrillic letter to up to four Latin ones).
    int32_t bufferCapacity = utf16Length * 4 + 16;
    UChar *buffer = (UChar *)malloc(sizeof(UChar) * (size_t)bufferCapacity);
    if (buffer == NULL) return -1;
    u_strFromUTF8WithSub(buffer, bufferCapacity, &utf16Length, (const char *)text, length, 0xFFFD, NULL, &status);
    int32_t limit = utf16Length;
    utrans_transUChars(transliterator->transliterator, buffer, &utf16Length, bufferCapacity, 0, &limit, &status);
    if (U_FAILURE(status)) { free(buffer); return -1; }
    int32_t needed = 0;
    status = U_ZERO_ERROR;
    u_strToUTF8((char *)out, capacity, &needed, buffer, utf16Length, &status);
    free(buffer);
    if (U_FAILURE(status) && status != U_BUFFER_OVERFLOW_ERROR) return -1;
    return needed;
}
