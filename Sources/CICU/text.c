#include "CICU.h"

#include <emmintrin.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
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

// The two blocks above U+0300 that most text here is written in, Cyrillic (U+0400-U+04FF)
// and General Punctuation with its neighbours (U+2000-U+20FF: quotes, dashes, ellipsis): for
// each code point, whether its combining class is 0 and its NFC quick check Yes, asked of
// ICU once. The two property lookups per code point were two thirds of checking a Russian
// original (about 200 instructions a byte).
static uint8_t plainCyrillic[256];
static uint8_t plainPunctuation[256];
static pthread_once_t plainOnce = PTHREAD_ONCE_INIT;

static int isPlainForNFC(UChar32 c) {
    return u_getCombiningClass(c) == 0 && u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES;
}

static void fillPlainTables(void) {
    for (int offset = 0; offset < 256; offset++) {
        plainCyrillic[offset] = (uint8_t)isPlainForNFC(0x400 + offset);
        plainPunctuation[offset] = (uint8_t)isPlainForNFC(0x2000 + offset);
    }
}

int32_t mtl_is_nfc(const uint8_t *text, int32_t length) {
    // The quick check of UAX #15 run on the UTF-8 itself, one property lookup per code point
    // from U+0300 up (nothing below it is ever changed by NFC), instead of converting the
    // whole text to UTF-16 for unorm2_quickCheck. "Maybe" counts as not NFC: the caller then
    // normalizes, which leaves NFC text as it is.
    pthread_once(&plainOnce, fillPlainTables);
    int32_t index = 0;
    uint8_t lastClass = 0;
    while (index < length) {
        if (text[index] < 0x80) {
            index += 1;
            lastClass = 0;
            // On to the next non-ASCII byte, sixty-four bytes a step while they are all ASCII
            // (the high bits of four loads or-ed: sixteen a step took 3.2 M instructions on
            // the 5 MB head), then sixteen at a time (eight at a time was most of the check on
            // English text, and English text is most of what it reads).
            while (index + 64 <= length) {
                __m128i first = _mm_loadu_si128((const __m128i *)(text + index));
                __m128i second = _mm_loadu_si128((const __m128i *)(text + index + 16));
                __m128i third = _mm_loadu_si128((const __m128i *)(text + index + 32));
                __m128i fourth = _mm_loadu_si128((const __m128i *)(text + index + 48));
                if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(first, second), _mm_or_si128(third, fourth))) != 0) break;
                index += 64;
            }
            while (index + 16 <= length) {
                int mask = _mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(text + index)));
                if (mask != 0) {
                    index += __builtin_ctz((unsigned)mask);
                    break;
                }
                index += 16;
            }
            continue;
        }
        UChar32 c;
        U8_NEXT(text, index, length, c);
        if (c < 0x300 // includes ill-formed input (c < 0), which ICU reads as U+FFFD
            || (c >= 0x400 && c < 0x500 && plainCyrillic[c - 0x400])
            || (c >= 0x2000 && c < 0x2100 && plainPunctuation[c - 0x2000])) {
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

static UBreakIteratorType breakType(int32_t kind, const char **locale) {
    *locale = "en";
    switch (kind) {
    case MTL_BREAK_CHARACTER: return UBRK_CHARACTER;
    case MTL_BREAK_LINE: return UBRK_LINE;
    case MTL_BREAK_SENTENCE: *locale = "en@ss=standard"; return UBRK_SENTENCE;
    default: return UBRK_WORD;
    }
}

struct MTLBreakPrototype { UBreakIterator *iterator; };

MTLBreakPrototype *mtl_break_prototype_open(int32_t kind) {
    UErrorCode status = U_ZERO_ERROR;
    const char *locale = NULL;
    UBreakIteratorType type = breakType(kind, &locale);
    UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &status);
    if (U_FAILURE(status)) return NULL;
    MTLBreakPrototype *prototype = (MTLBreakPrototype *)malloc(sizeof(MTLBreakPrototype));
    if (prototype == NULL) { ubrk_close(iterator); return NULL; }
    prototype->iterator = iterator;
    return prototype;
}

void mtl_break_prototype_close(MTLBreakPrototype *prototype) {
    if (prototype == NULL) return;
    ubrk_close(prototype->iterator);
    free(prototype);
}

MTLBreaker *mtl_breaker_open_cloning(const MTLBreakPrototype *prototype, const uint8_t *text, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    MTLBreaker *breaker = (MTLBreaker *)calloc(1, sizeof(MTLBreaker));
    if (breaker == NULL) return NULL;
    breaker->text = utext_openUTF8(NULL, (const char *)text, length, &status);
    breaker->iterator = ubrk_clone(prototype->iterator, &status);
    if (U_SUCCESS(status)) ubrk_setUText(breaker->iterator, breaker->text, &status);
    if (U_FAILURE(status)) { mtl_breaker_close(breaker); return NULL; }
    return breaker;
}

struct MTLSentenceBreaker {
    UBreakIterator *iterator;
    UChar *buffer;
    int32_t capacity;
};

MTLSentenceBreaker *mtl_sentence_breaker_open(const MTLBreakPrototype *prototype) {
    UErrorCode status = U_ZERO_ERROR;
    MTLSentenceBreaker *breaker = (MTLSentenceBreaker *)calloc(1, sizeof(MTLSentenceBreaker));
    if (breaker == NULL) return NULL;
    breaker->iterator = ubrk_clone(prototype->iterator, &status);
    if (U_FAILURE(status)) { free(breaker); return NULL; }
    return breaker;
}

void mtl_sentence_breaker_close(MTLSentenceBreaker *breaker) {
    if (breaker == NULL) return;
    ubrk_close(breaker->iterator);
    free(breaker->buffer);
    free(breaker);
}

int32_t mtl_sentence_boundaries(MTLSentenceBreaker *breaker, const uint8_t *text, int32_t length,
                                int32_t *boundaries) {
    // UTF-16 never needs more units than UTF-8 has bytes.
    if (breaker->capacity < length + 1) {
        UChar *grown = (UChar *)realloc(breaker->buffer, sizeof(UChar) * (size_t)(length + 1));
        if (grown == NULL) return -1;
        breaker->buffer = grown;
        breaker->capacity = length + 1;
    }
    UErrorCode status = U_ZERO_ERROR;
    int32_t utf16Length = 0;
    int32_t substitutions = 0;
    u_strFromUTF8WithSub(breaker->buffer, breaker->capacity, &utf16Length, (const char *)text, length,
                         0xFFFD, &substitutions, &status);
    if (U_FAILURE(status) || substitutions > 0) return -1;
    ubrk_setText(breaker->iterator, breaker->buffer, utf16Length, &status);
    if (U_FAILURE(status)) return -1;
    // Boundaries come in ascending order: walk UTF-8 and UTF-16 offsets along with them.
    int32_t count = 0;
    int32_t utf8Offset = 0;
    int32_t utf16Offset = 0;
    int32_t boundary;
    while ((boundary = ubrk_next(breaker->iterator)) != UBRK_DONE) {
        while (utf16Offset < boundary && utf8Offset < length) {
            uint8_t lead = text[utf8Offset];
            if (lead < 0x80) { utf8Offset += 1; utf16Offset += 1; }
            else if (lead < 0xE0) { utf8Offset += 2; utf16Offset += 1; }
            else if (lead < 0xF0) { utf8Offset += 3; utf16Offset += 1; }
            else { utf8Offset += 4; utf16Offset += 2; }
        }
        boundaries[count++] = utf8Offset;
    }
    return count;
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
