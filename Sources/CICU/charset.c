#include "CICU.h"

#include <string.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>
#include <stdlib.h>

int32_t mtl_detect_charsets(const uint8_t *bytes, int32_t length,
                            char *names, int32_t nameStride,
                            int32_t *confidences, int32_t maxMatches) {
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&status);
    if (U_FAILURE(status)) return -1;
    ucsdet_setText(detector, (const char *)bytes, length, &status);
    int32_t found = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector, &found, &status);
    if (U_FAILURE(status)) { ucsdet_close(detector); return -1; }
    int32_t count = found < maxMatches ? found : maxMatches;
    for (int32_t i = 0; i < count; i++) {
        UErrorCode itemStatus = U_ZERO_ERROR;
        const char *name = ucsdet_getName(matches[i], &itemStatus);
        int32_t confidence = ucsdet_getConfidence(matches[i], &itemStatus);
        if (U_FAILURE(itemStatus) || name == NULL) name = "";
        strncpy(names + (size_t)i * nameStride, name, (size_t)nameStride - 1);
        names[(size_t)i * nameStride + nameStride - 1] = '\0';
        confidences[i] = confidence;
    }
    ucsdet_close(detector);
    return count;
}

int32_t mtl_charset_canonical_name(const char *charset, char *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &status);
    if (U_FAILURE(status)) {
        if (converter) ucnv_close(converter);
        return -1;
    }
    // An ambiguous alias (e.g. "windows-1251") still opens a usable converter.
    status = U_ZERO_ERROR;
    const char *name = ucnv_getName(converter, &status);
    if (U_FAILURE(status)) { ucnv_close(converter); return -1; }
    strncpy(out, name, (size_t)capacity - 1);
    out[capacity - 1] = '\0';
    ucnv_close(converter);
    return 0;
}

// Counts invalid input and records where the first one was, then substitutes U+FFFD.
typedef struct {
    int32_t count;
    int32_t firstOffset;
    const char *base;
} InvalidTally;

static void countingSubstitute(const void *context, UConverterToUnicodeArgs *args,
                               const char *codeUnits, int32_t length,
                               UConverterCallbackReason reason, UErrorCode *err) {
    InvalidTally *tally = (InvalidTally *)context;
    if (reason <= UCNV_IRREGULAR) {
        if (tally->count == 0) tally->firstOffset = (int32_t)(args->source - tally->base) - length;
        tally->count += 1;
    }
    UCNV_TO_U_CALLBACK_SUBSTITUTE(NULL, args, codeUnits, length, reason, err);
}

int32_t mtl_convert_to_utf8(const char *charset,
                            const uint8_t *in, int32_t inLength,
                            uint8_t *out, int32_t capacity,
                            int32_t *invalidCount, int32_t *firstInvalidOffset) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &status);
    if (U_FAILURE(status)) return -1;
    InvalidTally tally = {0, -1, (const char *)in};
    ucnv_setToUCallBack(converter, countingSubstitute, &tally, NULL, NULL, &status);
    // A single-byte charset never needs more UTF-16 units than bytes; multi-byte fewer.
    int32_t utf16Capacity = inLength + 2;
    UChar *utf16 = (UChar *)malloc(sizeof(UChar) * (size_t)utf16Capacity);
    if (utf16 == NULL) { ucnv_close(converter); return -2; }
    UChar *target = utf16;
    const char *source = (const char *)in;
    ucnv_toUnicode(converter, &target, utf16 + utf16Capacity, &source, source + inLength,
                   NULL, 1, &status);
    ucnv_close(converter);
    if (U_FAILURE(status)) { free(utf16); return -2; }
    int32_t needed = 0;
    UErrorCode utf8Status = U_ZERO_ERROR;
    u_strToUTF8((char *)out, capacity, &needed, utf16, (int32_t)(target - utf16), &utf8Status);
    free(utf16);
    if (U_FAILURE(utf8Status) && utf8Status != U_BUFFER_OVERFLOW_ERROR) return -2;
    *invalidCount = tally.count;
    *firstInvalidOffset = tally.firstOffset;
    return needed;
}
