#include "CWordScan.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

static inline int is_stop(uint8_t byte) {
    return byte < 0x20 || byte >= 0x7F || byte == '.' || byte == '!' || byte == '?';
}

size_t mtl_sentence_stop(const uint8_t *bytes, size_t from, size_t count) {
    size_t index = from;
#if defined(__SSE2__)
    const __m128i space = _mm_set1_epi8(0x20);
    const __m128i del = _mm_set1_epi8(0x7F);
    const __m128i dot = _mm_set1_epi8('.');
    const __m128i bang = _mm_set1_epi8('!');
    const __m128i question = _mm_set1_epi8('?');
    while (index + 16 <= count) {
        __m128i v = _mm_loadu_si128((const __m128i *)(bytes + index));
        // Signed: bytes from 0x80 are negative, so below 0x20 as well.
        __m128i stop = _mm_cmplt_epi8(v, space);
        stop = _mm_or_si128(stop, _mm_cmpeq_epi8(v, del));
        stop = _mm_or_si128(stop, _mm_or_si128(_mm_cmpeq_epi8(v, dot), _mm_or_si128(_mm_cmpeq_epi8(v, bang), _mm_cmpeq_epi8(v, question))));
        int mask = _mm_movemask_epi8(stop);
        if (mask != 0) return index + (size_t)__builtin_ctz((unsigned)mask);
        index += 16;
    }
#endif
    while (index < count && !is_stop(bytes[index])) index++;
    return index;
}
