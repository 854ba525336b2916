#include "CWordScan.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

static inline int is_binary_control(uint8_t byte) {
    return byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D && byte != 0x1B;
}

size_t mtl_first_binary_control(const uint8_t *bytes, size_t from, size_t count) {
    size_t index = from;
#if defined(__SSE2__)
    const __m128i space = _mm_set1_epi8(0x20);
    const __m128i minus_one = _mm_set1_epi8(-1);
    while (index + 16 <= count) {
        __m128i v = _mm_loadu_si128((const __m128i *)(bytes + index));
        // 0 <= byte < 0x20 as signed bytes: the C0 controls, not the bytes from 0x80.
        __m128i control = _mm_and_si128(_mm_cmpgt_epi8(v, minus_one), _mm_cmplt_epi8(v, space));
        __m128i allowed = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(0x09)), _mm_cmpeq_epi8(v, _mm_set1_epi8(0x0A))),
                                       _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(0x0C)), _mm_cmpeq_epi8(v, _mm_set1_epi8(0x0D))),
                                                    _mm_cmpeq_epi8(v, _mm_set1_epi8(0x1B))));
        int mask = _mm_movemask_epi8(_mm_andnot_si128(allowed, control));
        if (mask != 0) return index + (size_t)__builtin_ctz((unsigned)mask);
        index += 16;
    }
#endif
    while (index < count && !is_binary_control(bytes[index])) index++;
    return index;
}

size_t mtl_first_non_ascii(const uint8_t *bytes, size_t from, size_t count) {
    size_t index = from;
#if defined(__SSE2__)
    // Thirty-two bytes a step: the high bits of both halves, or-ed, tell whether to look closer.
    while (index + 32 <= count) {
        __m128i low = _mm_loadu_si128((const __m128i *)(bytes + index));
        __m128i high = _mm_loadu_si128((const __m128i *)(bytes + index + 16));
        if (_mm_movemask_epi8(_mm_or_si128(low, high)) != 0) {
            int mask = _mm_movemask_epi8(low);
            if (mask != 0) return index + (size_t)__builtin_ctz((unsigned)mask);
            return index + 16 + (size_t)__builtin_ctz((unsigned)_mm_movemask_epi8(high));
        }
        index += 32;
    }
#endif
    while (index < count && bytes[index] < 0x80) index++;
    return index;
}

static inline int is_json_special(uint8_t byte) {
    return byte < 0x20 || byte == '"' || byte == '\\' || byte == 0x7F || byte == 0xE2;
}

size_t mtl_first_json_special(const uint8_t *bytes, size_t from, size_t count) {
    size_t index = from;
#if defined(__SSE2__)
    const __m128i space = _mm_set1_epi8(0x20);
    const __m128i minus_one = _mm_set1_epi8(-1);
    while (index + 16 <= count) {
        __m128i v = _mm_loadu_si128((const __m128i *)(bytes + index));
        __m128i special = _mm_and_si128(_mm_cmpgt_epi8(v, minus_one), _mm_cmplt_epi8(v, space));
        special = _mm_or_si128(special, _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
        special = _mm_or_si128(special, _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F)), _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xE2))));
        int mask = _mm_movemask_epi8(special);
        if (mask != 0) return index + (size_t)__builtin_ctz((unsigned)mask);
        index += 16;
    }
#endif
    while (index < count && !is_json_special(bytes[index])) index++;
    return index;
}
