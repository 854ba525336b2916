#include "CWordScan.h"
#include "cpu_features.h"

#if defined(__x86_64__)
#include <immintrin.h>
#endif

/// The gap after word `position` (the bytes from its end to the next word's start), if it is
/// one of the common three, marked; 0 if it is another.
static inline __attribute__((always_inline))
int mark_common_gap(const uint32_t *words, size_t position, const uint8_t *bytes, uint8_t *bits, mtl_gap_bits marks) {
    uint32_t end = words[2 * position + 1] & 0x7FFFFFFFu, start = words[2 * position + 2];
    uint32_t length = start - end;
    if (length == 1 && bytes[end] == ' ') {
        bits[position] |= marks.space;
    } else if (length == 2 && bytes[end] == ',' && bytes[end + 1] == ' ') {
        // Joins nothing and breaks no line: no bits.
    } else if (length == 2 && bytes[end] == '.' && bytes[end + 1] == '\n') {
        bits[position] |= marks.line_break;
        bits[position + 1] |= marks.initial;
    } else {
        return 0;
    }
    return 1;
}

/// Words from `position` one at a time, while there is room for another gap.
static size_t mark_common_gaps_scalar(const uint32_t *words, size_t position, size_t count, const uint8_t *bytes, uint8_t *bits, mtl_gap_bits marks,
                                      uint32_t *others, size_t capacity, size_t written, size_t *resume) {
    for (; position + 1 < count; position++) {
        if (mark_common_gap(words, position, bytes, bits, marks)) continue;
        if (written == capacity) break;
        others[written++] = (uint32_t)position;
    }
    *resume = position;
    return written;
}

#if defined(__x86_64__)
/// Eight gaps a step: the words' ends and the next words' starts in two vectors, the gaps'
/// first bytes gathered, the three kinds compared in every lane, and the bits for the step
/// packed to bytes and added to eight words' bits at once (a lane with another gap adds
/// none); the other gaps' words are listed from the lanes' mask. The text 256 words on is
/// asked for ahead: the processor does not foresee the gathers' reads of it, and on a text
/// larger than its caches the scan waited for them (100 MB file: a quarter of its time).
__attribute__((target("avx2"))) static size_t mark_common_gaps_avx2(const uint32_t *words, size_t from, size_t count, const uint8_t *bytes, size_t byte_count, uint8_t *bits, mtl_gap_bits marks,
                                                                  uint32_t *others, size_t capacity, size_t *resume) {
    size_t position = from, written = 0;
    const __m256i end_mask = _mm256_set1_epi32(0x7FFFFFFF);
    const __m256i one = _mm256_set1_epi32(1), two = _mm256_set1_epi32(2);
    const __m256i low_byte = _mm256_set1_epi32(0xFF), low_two_bytes = _mm256_set1_epi32(0xFFFF);
    const __m256i space = _mm256_set1_epi32(' '), comma_space = _mm256_set1_epi32(',' | ' ' << 8), period_line_feed = _mm256_set1_epi32('.' | '\n' << 8);
    const __m256i space_bits = _mm256_set1_epi32(marks.space), line_break_bits = _mm256_set1_epi32(marks.line_break), initial_bits = _mm256_set1_epi32(marks.initial);
    // Words position..position + 8 are read, and four bytes from each gap's start, which must
    // be in the text: the last gap's start (the greatest) is tested at each step.
    while (position + 9 <= count && written + 8 <= capacity && (size_t)(words[2 * (position + 7) + 1] & 0x7FFFFFFFu) + 4 <= byte_count) {
        if (position + 256 < count) _mm_prefetch((const char *)(bytes + (words[2 * (position + 256) + 1] & 0x7FFFFFFFu)), _MM_HINT_T0);
        __m256i first = _mm256_loadu_si256((const __m256i *)(words + 2 * position));       // words 0-3
        __m256i second = _mm256_loadu_si256((const __m256i *)(words + 2 * position + 8));  // words 4-7
        __m256i next_first = _mm256_loadu_si256((const __m256i *)(words + 2 * position + 2));
        __m256i next_second = _mm256_loadu_si256((const __m256i *)(words + 2 * position + 10));
        // Lanes regrouped (words 0, 1, 4, 5 | 2, 3, 6, 7), so that picking the odd or even
        // 32-bit values of each lane gives the eight in order.
        __m256i low = _mm256_permute2x128_si256(first, second, 0x20), high = _mm256_permute2x128_si256(first, second, 0x31);
        __m256i next_low = _mm256_permute2x128_si256(next_first, next_second, 0x20), next_high = _mm256_permute2x128_si256(next_first, next_second, 0x31);
        __m256i ends = _mm256_and_si256(_mm256_castps_si256(_mm256_shuffle_ps(_mm256_castsi256_ps(low), _mm256_castsi256_ps(high), 0xDD)), end_mask);
        __m256i starts = _mm256_castps_si256(_mm256_shuffle_ps(_mm256_castsi256_ps(next_low), _mm256_castsi256_ps(next_high), 0x88));
        __m256i lengths = _mm256_sub_epi32(starts, ends);
        __m256i gap_bytes = _mm256_i32gather_epi32((const int *)bytes, ends, 1);
        __m256i is_one = _mm256_cmpeq_epi32(lengths, one), is_two = _mm256_cmpeq_epi32(lengths, two);
        __m256i first_two = _mm256_and_si256(gap_bytes, low_two_bytes);
        __m256i is_space = _mm256_and_si256(is_one, _mm256_cmpeq_epi32(_mm256_and_si256(gap_bytes, low_byte), space));
        __m256i is_comma = _mm256_and_si256(is_two, _mm256_cmpeq_epi32(first_two, comma_space));
        __m256i is_line = _mm256_and_si256(is_two, _mm256_cmpeq_epi32(first_two, period_line_feed));
        __m256i common = _mm256_or_si256(_mm256_or_si256(is_space, is_comma), is_line);
        // The eight words' bits and the next eight's, as bytes: packed to 16 bits (a lane
        // each: own 0-3, next 0-3 | own 4-7, next 4-7), to bytes, and the 32-bit groups put
        // in order. (Spreading the masks' bits to bytes with pdep is microcoded on older AMD
        // processors, hundreds of cycles.)
        __m256i own_bits = _mm256_or_si256(_mm256_and_si256(is_space, space_bits), _mm256_and_si256(is_line, line_break_bits));
        __m256i next_bits = _mm256_and_si256(is_line, initial_bits);
        __m256i halves = _mm256_packus_epi32(own_bits, next_bits);
        __m256i packed = _mm256_permutevar8x32_epi32(_mm256_packus_epi16(halves, halves), _mm256_setr_epi32(0, 4, 1, 5, 0, 4, 1, 5));
        __m128i both = _mm256_castsi256_si128(packed);
        uint64_t own, following;
        __builtin_memcpy(&own, bits + position, 8);
        own |= (uint64_t)_mm_cvtsi128_si64(both);
        __builtin_memcpy(bits + position, &own, 8);
        __builtin_memcpy(&following, bits + position + 1, 8);
        following |= (uint64_t)_mm_extract_epi64(both, 1);
        __builtin_memcpy(bits + position + 1, &following, 8);
        unsigned other = ~(unsigned)_mm256_movemask_ps(_mm256_castsi256_ps(common)) & 0xFF;
        while (other != 0) {
            others[written++] = (uint32_t)(position + (size_t)__builtin_ctz(other));
            other &= other - 1;
        }
        position += 8;
    }
    return mark_common_gaps_scalar(words, position, count, bytes, bits, marks, others, capacity, written, resume);
}
#endif

size_t mtl_mark_common_gaps(const uint32_t *words, size_t from, size_t count, const uint8_t *bytes, size_t byte_count, uint8_t *bits, mtl_gap_bits marks,
                            uint32_t *others, size_t capacity, size_t *resume) {
    return mtl_mark_common_gaps_with(words, from, count, bytes, byte_count, bits, marks, others, capacity, resume, cpu_has_avx2());
}

size_t mtl_mark_common_gaps_with(const uint32_t *words, size_t from, size_t count, const uint8_t *bytes, size_t byte_count, uint8_t *bits, mtl_gap_bits marks,
                                 uint32_t *others, size_t capacity, size_t *resume, int avx2) {
#if defined(__x86_64__)
    if (avx2) return mark_common_gaps_avx2(words, from, count, bytes, byte_count, bits, marks, others, capacity, resume);
#else
    (void)avx2;
#endif
    (void)byte_count;
    return mark_common_gaps_scalar(words, from, count, bytes, bits, marks, others, capacity, 0, resume);
}

/// The first word at or after `position` that starts at or after `offset`, one at a time.
static inline size_t first_starting_at(const uint32_t *words, size_t position, size_t count, uint32_t offset) {
    while (position < count && words[2 * position] < offset) position++;
    return position;
}

static void mark_sentence_starts_scalar(const uint32_t *words, size_t count, const uint32_t *sentences, size_t sentence_count, uint8_t *bits, uint8_t initial) {
    size_t first = 0;
    for (size_t sentence = 0; sentence < sentence_count; sentence++) {
        first = first_starting_at(words, first, count, sentences[2 * sentence]);
        if (first >= count) return;
        bits[first] |= initial;
    }
}

#if defined(__x86_64__)
/// Eight words' starts compared with a sentence's start at once: the starts ascend, so the
/// words before the first one at or after it are those that compare below, in whatever order
/// the lanes hold them (no need to put the starts back in order).
__attribute__((target("avx2"))) static void mark_sentence_starts_avx2(const uint32_t *words, size_t count, const uint32_t *sentences, size_t sentence_count, uint8_t *bits, uint8_t initial) {
    size_t first = 0;
    for (size_t sentence = 0; sentence < sentence_count; sentence++) {
        uint32_t offset = sentences[2 * sentence];
        // Offsets are below 2^31: signed comparisons order them.
        const __m256i before = _mm256_set1_epi32((int)offset - 1);
        while (first + 8 <= count) {
            __m256i low = _mm256_loadu_si256((const __m256i *)(words + 2 * first));
            __m256i high = _mm256_loadu_si256((const __m256i *)(words + 2 * first + 8));
            __m256i starts = _mm256_castps_si256(_mm256_shuffle_ps(_mm256_castsi256_ps(low), _mm256_castsi256_ps(high), 0x88));
            unsigned past = (unsigned)_mm256_movemask_ps(_mm256_castsi256_ps(_mm256_cmpgt_epi32(starts, before)));
            if (past != 0) {
                first += (size_t)__builtin_popcount(~past & 0xFF);
                goto found;
            }
            first += 8;
        }
        first = first_starting_at(words, first, count, offset);
        if (first >= count) return;
    found:
        bits[first] |= initial;
    }
}
#endif

void mtl_mark_sentence_starts(const uint32_t *words, size_t count, const uint32_t *sentences, size_t sentence_count, uint8_t *bits, uint8_t initial) {
    mtl_mark_sentence_starts_with(words, count, sentences, sentence_count, bits, initial, cpu_has_avx2());
}

void mtl_mark_sentence_starts_with(const uint32_t *words, size_t count, const uint32_t *sentences, size_t sentence_count, uint8_t *bits, uint8_t initial, int avx2) {
#if defined(__x86_64__)
    if (avx2) {
        mark_sentence_starts_avx2(words, count, sentences, sentence_count, bits, initial);
        return;
    }
#else
    (void)avx2;
#endif
    mark_sentence_starts_scalar(words, count, sentences, sentence_count, bits, initial);
}
