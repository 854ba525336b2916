#include "CICU.h"

#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

// Converts UTF-8 to a freshly allocated UTF-16 buffer; the caller frees it.
static UChar *toUTF16(const uint8_t *text, int32_t length, int32_t *outLength) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t needed = 0;
    u_strFromUTF8WithSub(NULL, 0, &needed, (const char *)text, length, 0xFFFD, NULL, &status);
    UChar *buffer = (UChar *)malloc(sizeof(UChar) * (size_t)(needed + 1));
    if (buffer == NULL) return NULL;
    status = U_ZERO_ERROR;
    u_strFromUTF8WithSub(buffer, needed + 1, outLength, (const char *)text, length, 0xFFFD, NULL, &status);
    if (U_FAILURE(status)) { free(buffer); return NULL; }
    return buffer;
}

static int32_t toUTF8(const UChar *text, int32_t length, uint8_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t needed = 0;
    u_strToUTF8((char *)out, capacity, &needed, text, length, &status);
    if (U_FAILURE(status) && status != U_BUFFER_OVERFLOW_ERROR) return -1;
    return needed;
}

int32_t mtl_is_nfc(const uint8_t *text, int32_t length) {
    // The quick check of UAX #15 run on the UTF-8 itself, one property lookup per code point
    // from U+0300 up (nothing below it is ever changed by NFC), instead of converting the
    // whole text to UTF-16 for unorm2_quickCheck. "Maybe" counts as not NFC: the caller then
    // normalizes, which leaves NFC text as it is.
    int32_t index = 0;
    uint8_t lastClass = 0;
    while (index < length) {
        if (text[index] < 0x80) {
            index += 1;
            lastClass = 0;
            continue;
        }
        UChar32 c;
        U8_NEXT(text, index, length, c);
        if (c < 0x300) { // includes ill-formed input (c < 0), which ICU reads as U+FFFD
            lastClass = 0;
            continue;
        }
        uint8_t combiningClass = u_getCombiningClass(c);
        if (combiningClass != 0 && lastClass > combiningClass) return 0;
        if (u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) != UNORM_YES) return 0;
        lastClass = combiningClass;
    }
    return 1;
}

int32_t mtl_nfc(const uint8_t *text, int32_t length, uint8_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status)) return -1;
    int32_t utf16Length = 0;
    UChar *utf16 = toUTF16(text, length, &utf16Length);
    if (utf16 == NULL) return -1;
    int32_t normalizedCapacity = utf16Length * 3 + 16;
    UChar *normalized = (UChar *)malloc(sizeof(UChar) * (size_t)normalizedCapacity);
    if (normalized == NULL) { free(utf16); return -1; }
    int32_t normalizedLength = unorm2_normalize(nfc, utf16, utf16Length, normalized, normalizedCapacity, &status);
    free(utf16);
    if (U_FAILURE(status)) { free(normalized); return -1; }
    int32_t needed = toUTF8(normalized, normalizedLength, out, capacity);
    free(normalized);
    return needed;
}

struct MTLBreaker {
    UBreakIterator *iterator;
    UText *text;
};

MTLBreaker *mtl_breaker_open(int32_t kind, const uint8_t *text, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIteratorType type = UBRK_WORD;
    const char *locale = "en";
    switch (kind) {
    case MTL_BREAK_CHARACTER: type = UBRK_CHARACTER; break;
    case MTL_BREAK_LINE: type = UBRK_LINE; break;
    case MTL_BREAK_SENTENCE: type = UBRK_SENTENCE; locale = "en@ss=standard"; break;
    default: type = UBRK_WORD; break;
    }
    MTLBreaker *breaker = (MTLBreaker *)calloc(1, sizeof(MTLBreaker));
    if (breaker == NULL) return NULL;
    breaker->text = utext_openUTF8(NULL, (const char *)text, length, &status);
    breaker->iterator = ubrk_open(type, locale, NULL, 0, &status);
    if (U_SUCCESS(status)) ubrk_setUText(breaker->iterator, breaker->text, &status);
    if (U_FAILURE(status)) { mtl_breaker_close(breaker); return NULL; }
    return breaker;
}

int32_t mtl_breaker_next(MTLBreaker *breaker, int32_t *ruleStatus) {
    int32_t boundary = ubrk_next(breaker->iterator);
    if (boundary == UBRK_DONE) return -1;
    if (ruleStatus) *ruleStatus = ubrk_getRuleStatus(breaker->iterator);
    return boundary;
}

int32_t mtl_breaker_following(MTLBreaker *breaker, int32_t offset, int32_t *ruleStatus) {
    int32_t boundary = ubrk_following(breaker->iterator, offset);
    if (boundary == UBRK_DONE) return -1;
    if (ruleStatus) *ruleStatus = ubrk_getRuleStatus(breaker->iterator);
    return boundary;
}

void mtl_breaker_close(MTLBreaker *breaker) {
    if (breaker == NULL) return;
    if (breaker->iterator) ubrk_close(breaker->iterator);
    if (breaker->text) utext_close(breaker->text);
    free(breaker);
}

int32_t mtl_script(uint32_t codePoint) {
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript((UChar32)codePoint, &status);
    return U_SUCCESS(status) ? (int32_t)script : -1;
}

int32_t mtl_char_name(uint32_t codePoint, char *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = u_charName((UChar32)codePoint, U_UNICODE_CHAR_NAME, out, capacity, &status);
    return U_SUCCESS(status) ? length : 0;
}
