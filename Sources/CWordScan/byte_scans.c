#include "CWordScan.h"
#include "cpu_features.h"

#if defined(__x86_64__)
#include <immintrin.h>
#endif

#if defined(__SSE2__)
#include <emmintrin.h>

/// A test of sixteen bytes at once: a mask with 0xFF in the lanes it accepts.
typedef __m128i (*vector_test)(__m128i);
#define VECTOR_TEST(test) (test)

/// Bytes 0x00-0x1F, the C0 controls (signed compares: bytes from 0x80 are negative, not in it).
static inline __m128i c0_controls(__m128i v) {
    return _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(-1)), _mm_cmplt_epi8(v, _mm_set1_epi8(0x20)));
}

static inline __m128i equal_to(__m128i v, char byte) {
    return _mm_cmpeq_epi8(v, _mm_set1_epi8(byte));
}
#else
typedef const void *vector_test;
#define VECTOR_TEST(test) NULL
#endif

typedef int (*byte_test)(uint8_t);

/// The first index in [from, count) whose byte `test` accepts, or `count`: sixteen bytes a
/// step while `vector` (the same test, on sixteen bytes) accepts none of them. Both tests are
/// constants at every call, so the calls are inlined.
static inline __attribute__((always_inline))
size_t first_where(const uint8_t *bytes, size_t from, size_t count, vector_test vector, byte_test test) {
    size_t index = from;
#if defined(__SSE2__)
    while (index + 16 <= count) {
        int mask = _mm_movemask_epi8(vector(_mm_loadu_si128((const __m128i *)(bytes + index))));
        if (mask != 0) return index + (size_t)__builtin_ctz((unsigned)mask);
        index += 16;
    }
#else
    (void)vector;
#endif
    while (index < count && !test(bytes[index])) index++;
    return index;
}

// Bytes that may stop the sentence rules: controls, DEL and bytes from 0x80, ".", "!", "?".

static inline int is_sentence_stop(uint8_t byte) {
    return byte < 0x20 || byte >= 0x7F || byte == '.' || byte == '!' || byte == '?';
}

#if defined(__SSE2__)
static inline __m128i sentence_stops(__m128i v) {
    // Signed: bytes from 0x80 are negative, so below 0x20 as well.
    __m128i stop = _mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)), equal_to(v, 0x7F));
    return _mm_or_si128(stop, _mm_or_si128(equal_to(v, '.'), _mm_or_si128(equal_to(v, '!'), equal_to(v, '?'))));
}
#endif

#if defined(__x86_64__)
__attribute__((target("avx2")))
static inline __m256i sentence_stops_avx2(__m256i v) {
    __m256i stop = _mm256_or_si256(_mm256_cmpgt_epi8(_mm256_set1_epi8(0x20), v), _mm256_cmpeq_epi8(v, _mm256_set1_epi8(0x7F)));
    __m256i marks = _mm256_or_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('.')),
                                    _mm256_or_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('!')), _mm256_cmpeq_epi8(v, _mm256_set1_epi8('?'))));
    return _mm256_or_si256(stop, marks);
}

/// The words of ``mtl_sentence_stop_bits`` for the whole steps of sixty-four bytes, thirty-two
/// bytes at a time (half the instructions of sixteen); returns how many it wrote.
__attribute__((target("avx2")))
static size_t sentence_stop_words_avx2(const uint8_t *bytes, size_t count, uint64_t *bits) {
    size_t word = 0;
    for (size_t index = 0; index + 64 <= count; index += 64) {
        uint32_t low = (uint32_t)_mm256_movemask_epi8(sentence_stops_avx2(_mm256_loadu_si256((const __m256i *)(bytes + index))));
        uint32_t high = (uint32_t)_mm256_movemask_epi8(sentence_stops_avx2(_mm256_loadu_si256((const __m256i *)(bytes + index + 32))));
        bits[word++] = (uint64_t)low | (uint64_t)high << 32;
    }
    return word;
}
#endif

void mtl_sentence_stop_bits(const uint8_t *bytes, size_t count, uint64_t *bits) {
    mtl_sentence_stop_bits_with(bytes, count, bits, cpu_has_avx2());
}

void mtl_sentence_stop_bits_with(const uint8_t *bytes, size_t count, uint64_t *bits, int avx2) {
    size_t index = 0;
    size_t word = 0;
#if defined(__x86_64__)
    if (avx2) {
        word = sentence_stop_words_avx2(bytes, count, bits);
        index = 64 * word;
    }
#else
    (void)avx2;
#endif
#if defined(__SSE2__)
    // Every byte is tested once, sixty-four a word: a scan from each stop to the next tested
    // again the bytes after a stop in its sixteen and paid a call per stop (7.6 M
    // instructions for 55,553 calls on the 5 MB head).
    for (; index + 64 <= count; index += 64) {
        uint64_t mask = 0;
        for (size_t offset = 0; offset < 64; offset += 16) {
            unsigned lanes = (unsigned)_mm_movemask_epi8(sentence_stops(_mm_loadu_si128((const __m128i *)(bytes + index + offset))));
            mask |= (uint64_t)lanes << offset;
        }
        bits[word++] = mask;
    }
#endif
    // The last word: fewer than sixty-four bytes, the bits from `count` on set.
    size_t rest = count - index;
    uint64_t mask = ~0ULL << rest;
    size_t offset = 0;
#if defined(__SSE2__)
    for (; offset + 16 <= rest; offset += 16) {
        unsigned lanes = (unsigned)_mm_movemask_epi8(sentence_stops(_mm_loadu_si128((const __m128i *)(bytes + index + offset))));
        mask |= (uint64_t)lanes << offset;
    }
    if (offset < rest && count >= 16) {
        // The text's last sixteen bytes, the lanes of bytes already tested shifted out,
        // instead of a byte loop over the rest (every paragraph ends in one).
        unsigned lanes = (unsigned)_mm_movemask_epi8(sentence_stops(_mm_loadu_si128((const __m128i *)(bytes + count - 16))));
        mask |= (uint64_t)(lanes >> (16 - (rest - offset))) << offset;
        offset = rest;
    }
#endif
    for (; offset < rest; offset++) {
        if (is_sentence_stop(bytes[index + offset])) mask |= 1ULL << offset;
    }
    bits[word] = mask;
}

// C0 controls no text file holds: all but tab, line feed, form feed, carriage return, escape.

static inline int is_binary_control(uint8_t byte) {
    return byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D && byte != 0x1B;
}

#if defined(__SSE2__)
static inline __m128i binary_controls(__m128i v) {
    __m128i allowed = _mm_or_si128(_mm_or_si128(equal_to(v, 0x09), equal_to(v, 0x0A)),
                                   _mm_or_si128(_mm_or_si128(equal_to(v, 0x0C), equal_to(v, 0x0D)), equal_to(v, 0x1B)));
    return _mm_andnot_si128(allowed, c0_controls(v));
}
#endif

// Bytes that may need an escape in a JSON string: controls, quote, backslash, DEL, and 0xE2,
// the lead byte of U+2028 and U+2029.

#if defined(__SSE2__)
static inline __m128i json_specials(__m128i v) {
    __m128i special = _mm_or_si128(c0_controls(v), _mm_or_si128(equal_to(v, '"'), equal_to(v, '\\')));
    return _mm_or_si128(special, _mm_or_si128(equal_to(v, 0x7F), equal_to(v, (char)0xE2)));
}
#endif

#if defined(__x86_64__)
/// ``mtl_first_json_special`` for processors with AVX2: thirty-two bytes a step (the last
/// bytes as the 16-byte scan takes them).
__attribute__((target("avx2")))
static size_t first_json_special_avx2(const uint8_t *bytes, size_t from, size_t count) {
    while (from + 32 <= count) {
        __m256i v = _mm256_loadu_si256((const __m256i *)(bytes + from));
        // Signed: bytes from 0x80 are negative, so not controls; 0xE2 is tested apart.
        __m256i controls = _mm256_and_si256(_mm256_cmpgt_epi8(v, _mm256_set1_epi8(-1)), _mm256_cmpgt_epi8(_mm256_set1_epi8(0x20), v));
        __m256i quotes = _mm256_or_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('"')), _mm256_cmpeq_epi8(v, _mm256_set1_epi8('\\')));
        __m256i others = _mm256_or_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8(0x7F)), _mm256_cmpeq_epi8(v, _mm256_set1_epi8((char)0xE2)));
        uint32_t mask = (uint32_t)_mm256_movemask_epi8(_mm256_or_si256(controls, _mm256_or_si256(quotes, others)));
        if (mask != 0) return from + (size_t)__builtin_ctz(mask);
        from += 32;
    }
    return first_where(bytes, from, count, VECTOR_TEST(json_specials), mtl_is_json_special);
}
#endif

size_t mtl_first_json_special(const uint8_t *bytes, size_t from, size_t count) {
    return mtl_first_json_special_with(bytes, from, count, cpu_has_avx2());
}

size_t mtl_first_json_special_with(const uint8_t *bytes, size_t from, size_t count, int avx2) {
#if defined(__x86_64__)
    if (avx2) return first_json_special_avx2(bytes, from, count);
#else
    (void)avx2;
#endif
    return first_where(bytes, from, count, VECTOR_TEST(json_specials), mtl_is_json_special);
}

#if defined(__x86_64__)
/// ``mtl_first_non_ascii`` thirty-two bytes a load: sixty-four a step as two loads or-ed,
/// and the last bytes (fewer than thirty-two) in one load that ends at the text's end, the
/// lanes before `index` shifted out, instead of a byte loop (a scan that finds nothing pays
/// it at every call, and the text is scanned in pieces: some 14,000 calls on the 5 MB head).
__attribute__((target("avx2")))
static size_t first_non_ascii_avx2(const uint8_t *bytes, size_t index, size_t count) {
    while (index + 64 <= count) {
        __m256i low = _mm256_loadu_si256((const __m256i *)(bytes + index));
        __m256i high = _mm256_loadu_si256((const __m256i *)(bytes + index + 32));
        if (_mm256_movemask_epi8(_mm256_or_si256(low, high)) != 0) {
            uint64_t mask = (uint64_t)(uint32_t)_mm256_movemask_epi8(low) | (uint64_t)(uint32_t)_mm256_movemask_epi8(high) << 32;
            return index + (size_t)__builtin_ctzll(mask);
        }
        index += 64;
    }
    if (index + 32 <= count) {
        uint32_t mask = (uint32_t)_mm256_movemask_epi8(_mm256_loadu_si256((const __m256i *)(bytes + index)));
        if (mask != 0) return index + (size_t)__builtin_ctz(mask);
        index += 32;
    }
    if (index < count && count >= 32) {
        uint32_t mask = (uint32_t)_mm256_movemask_epi8(_mm256_loadu_si256((const __m256i *)(bytes + count - 32))) >> (index - (count - 32));
        return mask != 0 ? index + (size_t)__builtin_ctz(mask) : count;
    }
    while (index < count && bytes[index] < 0x80) index++;
    return index;
}
#endif

size_t mtl_first_non_ascii(const uint8_t *bytes, size_t from, size_t count) {
    return mtl_first_non_ascii_with(bytes, from, count, cpu_has_avx2());
}

size_t mtl_first_non_ascii_with(const uint8_t *bytes, size_t from, size_t count, int avx2) {
#if defined(__x86_64__)
    if (avx2) return first_non_ascii_avx2(bytes, from, count);
#else
    (void)avx2;
#endif
    size_t index = from;
#if defined(__SSE2__)
    // Sixty-four bytes a step, the high bits of the four vectors or-ed, while they may (the
    // text is scanned whole several times, by callers in several passes; 32-byte steps cost
    // 8.3 M instructions on the 5 MB head).
    while (index + 64 <= count) {
        __m128i first = _mm_loadu_si128((const __m128i *)(bytes + index));
        __m128i second = _mm_loadu_si128((const __m128i *)(bytes + index + 16));
        __m128i third = _mm_loadu_si128((const __m128i *)(bytes + index + 32));
        __m128i fourth = _mm_loadu_si128((const __m128i *)(bytes + index + 48));
        if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(first, second), _mm_or_si128(third, fourth))) != 0) {
            uint64_t mask = (uint64_t)(unsigned)_mm_movemask_epi8(first) | (uint64_t)(unsigned)_mm_movemask_epi8(second) << 16
                | (uint64_t)(unsigned)_mm_movemask_epi8(third) << 32 | (uint64_t)(unsigned)_mm_movemask_epi8(fourth) << 48;
            return index + (size_t)__builtin_ctzll(mask);
        }
        index += 64;
    }
    // Then thirty-two: the high bits of both halves, or-ed, tell whether to look closer.
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

// What decoding asks of a text's bytes, in one pass: where the binary controls are, and how
// many UTF-8 sequences are valid and how many not.

/// The length of the well-formed UTF-8 sequence at `at` (2-4) of a lead byte from 0x80, or 0
/// if it is ill-formed (the ranges of the Unicode standard's table 3-7).
static inline size_t utf8_sequence_length(const uint8_t *bytes, size_t at, size_t count) {
#define CONTINUES(offset, low, high) (at + (offset) < count && bytes[at + (offset)] >= (low) && bytes[at + (offset)] <= (high))
    uint8_t lead = bytes[at];
    if (lead >= 0xC2 && lead <= 0xDF) return CONTINUES(1, 0x80, 0xBF) ? 2 : 0;
    if (lead == 0xE0) return CONTINUES(1, 0xA0, 0xBF) && CONTINUES(2, 0x80, 0xBF) ? 3 : 0;
    if ((lead >= 0xE1 && lead <= 0xEC) || lead == 0xEE || lead == 0xEF) return CONTINUES(1, 0x80, 0xBF) && CONTINUES(2, 0x80, 0xBF) ? 3 : 0;
    if (lead == 0xED) return CONTINUES(1, 0x80, 0x9F) && CONTINUES(2, 0x80, 0xBF) ? 3 : 0;
    if (lead == 0xF0) return CONTINUES(1, 0x90, 0xBF) && CONTINUES(2, 0x80, 0xBF) && CONTINUES(3, 0x80, 0xBF) ? 4 : 0;
    if (lead >= 0xF1 && lead <= 0xF3) return CONTINUES(1, 0x80, 0xBF) && CONTINUES(2, 0x80, 0xBF) && CONTINUES(3, 0x80, 0xBF) ? 4 : 0;
    if (lead == 0xF4) return CONTINUES(1, 0x80, 0x8F) && CONTINUES(2, 0x80, 0xBF) && CONTINUES(3, 0x80, 0xBF) ? 4 : 0;
    return 0;
#undef CONTINUES
}

/// Takes the byte at `at`, a binary control or a byte from 0x80 at or after `*next` (the end
/// of the last sequence taken): counts it, and sets `*next` past it.
static inline void take_decoding_stop(const uint8_t *bytes, size_t at, size_t count, size_t *next, mtl_decoding_scan *scan) {
    uint8_t byte = bytes[at];
    if (byte < 0x80) {
        if (byte == 0 && scan->first_nul == count) scan->first_nul = at;
        if (scan->binary_controls++ == 0) scan->first_binary_control = at;
        *next = at + 1;
        return;
    }
    size_t length = utf8_sequence_length(bytes, at, count);
    if (length > 0) {
        scan->valid_multibyte_sequences++;
        *next = at + length;
    } else {
        scan->invalid_sequences++;
        *next = at + 1;
    }
}

static inline void start_decoding_scan(size_t count, mtl_decoding_scan *scan) {
    scan->first_nul = count;
    scan->first_binary_control = count;
    scan->binary_controls = 0;
    scan->valid_multibyte_sequences = 0;
    scan->invalid_sequences = 0;
}

/// The bytes in [index, end), one at a time (a sequence taken may reach past `end`); returns
/// where the next stop may be.
static inline size_t scan_for_decoding_bytes(const uint8_t *bytes, size_t index, size_t end, size_t next, size_t count, mtl_decoding_scan *scan) {
    for (index = index > next ? index : next; index < end; index = index + 1 > next ? index + 1 : next) {
        if (bytes[index] >= 0x80 || is_binary_control(bytes[index])) take_decoding_stop(bytes, index, count, &next, scan);
    }
    return next;
}

#if defined(__x86_64__)
/// ``mtl_scan_for_decoding`` sixty-four bytes a step: a step of ASCII without controls (or
/// with only those a text holds) is passed over after a lane-wise minimum and an or.
__attribute__((target("avx2")))
static void scan_for_decoding_avx2(const uint8_t *bytes, size_t count, mtl_decoding_scan *scan) {
    const __m256i last_control = _mm256_set1_epi8(0x1F);
    size_t index = 0, next = 0;
    for (; index + 64 <= count; index += 64) {
        __m256i low = _mm256_loadu_si256((const __m256i *)(bytes + index));
        __m256i high = _mm256_loadu_si256((const __m256i *)(bytes + index + 32));
        __m256i least = _mm256_min_epu8(low, high);
        uint32_t any_control = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_min_epu8(least, last_control), least));
        uint32_t any_high = (uint32_t)_mm256_movemask_epi8(_mm256_or_si256(low, high));
        if ((any_control | any_high) == 0) continue;
        uint64_t stops = 0;
        if (any_high != 0) stops = (uint64_t)(uint32_t)_mm256_movemask_epi8(low) | (uint64_t)(uint32_t)_mm256_movemask_epi8(high) << 32;
        if (any_control != 0) {
            uint64_t controls = (uint64_t)(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_min_epu8(low, last_control), low))
                | (uint64_t)(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_min_epu8(high, last_control), high)) << 32;
            // Nearly always line breaks: only the controls no text holds are stops.
            while (controls != 0) {
                unsigned lane = (unsigned)__builtin_ctzll(controls);
                if (is_binary_control(bytes[index + lane])) stops |= 1ULL << lane;
                controls &= controls - 1;
            }
        }
        while (stops != 0) {
            size_t at = index + (size_t)__builtin_ctzll(stops);
            stops &= stops - 1;
            // The continuation bytes of a sequence taken are not stops.
            if (at >= next) take_decoding_stop(bytes, at, count, &next, scan);
        }
    }
    scan_for_decoding_bytes(bytes, index, count, next, count, scan);
}
#endif

void mtl_scan_for_decoding(const uint8_t *bytes, size_t count, mtl_decoding_scan *scan) {
    mtl_scan_for_decoding_with(bytes, count, scan, cpu_has_avx2());
}

void mtl_scan_for_decoding_with(const uint8_t *bytes, size_t count, mtl_decoding_scan *scan, int avx2) {
    start_decoding_scan(count, scan);
#if defined(__x86_64__)
    if (avx2) {
        scan_for_decoding_avx2(bytes, count, scan);
        return;
    }
#else
    (void)avx2;
#endif
    size_t index = 0, next = 0;
#if defined(__SSE2__)
    // Sixteen bytes of ASCII without binary controls at a time.
    for (; index + 16 <= count; index += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(bytes + index));
        if (_mm_movemask_epi8(_mm_or_si128(v, binary_controls(v))) == 0) continue;
        next = scan_for_decoding_bytes(bytes, index, index + 16, next, count, scan);
    }
#endif
    scan_for_decoding_bytes(bytes, index, count, next, count, scan);
}

// The lines of a text whose lines all end in LF, with what later walks ask of each line.

static inline int is_blank_byte(uint8_t byte) {
    return byte == ' ' || byte == '\t' || byte == '\f';
}

/// Writes line `line` (its content bytes[start..<end)) and its bits; false if there is no room.
static inline int take_line(const uint8_t *bytes, size_t start, size_t end, uint64_t high, size_t line, size_t room,
                            uint32_t *bounds, uint64_t *non_ascii, uint64_t *blank) {
    if (line >= room) return 0;
    bounds[2 * line] = (uint32_t)start;
    bounds[2 * line + 1] = (uint32_t)end;
    if (high != 0) non_ascii[line >> 6] |= 1ULL << (line & 63);
    // Blank lines are rare, and most lines show it by their first byte (still in the cache).
    size_t offset = start;
    while (offset < end && is_blank_byte(bytes[offset])) offset++;
    if (offset == end) blank[line >> 6] |= 1ULL << (line & 63);
    return 1;
}

/// The lines from `start` on, a byte at a time; returns the line count, or room + 1.
static size_t line_feed_lines_bytes(const uint8_t *bytes, size_t index, size_t start, uint64_t high, size_t line, size_t count,
                                    uint32_t *bounds, size_t room, uint64_t *non_ascii, uint64_t *blank, uint8_t *carriage_return) {
    for (; index < count; index++) {
        if (bytes[index] == '\r') {
            *carriage_return = 1;
            return line;
        }
        if (bytes[index] == '\n') {
            if (!take_line(bytes, start, index, high, line++, room, bounds, non_ascii, blank)) return room + 1;
            start = index + 1;
            high = 0;
        } else {
            high |= bytes[index] & 0x80;
        }
    }
    if (!take_line(bytes, start, count, high, line++, room, bounds, non_ascii, blank)) return room + 1;
    return line;
}

#if defined(__x86_64__)
/// ``mtl_line_feed_lines`` sixty-four bytes a step: the feeds of a step as a mask, and its
/// high bits, only if it has any, as another; each line's high bits are those between its
/// start and its feed.
__attribute__((target("avx2")))
static size_t line_feed_lines_avx2(const uint8_t *bytes, size_t count, uint32_t *bounds, size_t room, uint64_t *non_ascii, uint64_t *blank,
                                   uint8_t *carriage_return) {
    const __m256i line_feed = _mm256_set1_epi8('\n');
    const __m256i return_byte = _mm256_set1_epi8('\r');
    size_t start = 0, line = 0;
    uint64_t high = 0;
    const uint8_t *step = bytes;
    const uint8_t *last_step = count >= 64 ? bytes + count - 64 : NULL;
    for (; last_step != NULL && step <= last_step; step += 64) {
        __m256i low = _mm256_loadu_si256((const __m256i *)step);
        __m256i upper = _mm256_loadu_si256((const __m256i *)(step + 32));
        uint64_t feeds = (uint64_t)(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(low, line_feed))
            | (uint64_t)(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(upper, line_feed)) << 32;
        // A CR ends the scan (the caller walks such text byte by byte): tested here, the text
        // is read once, where a memchr for CR first read all of a text without one.
        if (_mm256_movemask_epi8(_mm256_or_si256(_mm256_cmpeq_epi8(low, return_byte), _mm256_cmpeq_epi8(upper, return_byte))) != 0) {
            *carriage_return = 1;
            return line;
        }
        uint64_t highs = 0;
        // English text: most steps have no byte from 0x80 at all.
        if (_mm256_movemask_epi8(_mm256_or_si256(low, upper)) != 0) {
            highs = (uint64_t)(uint32_t)_mm256_movemask_epi8(low) | (uint64_t)(uint32_t)_mm256_movemask_epi8(upper) << 32;
        }
        size_t index = (size_t)(step - bytes);
        while (feeds != 0) {
            unsigned lane = (unsigned)__builtin_ctzll(feeds);
            // The high bits before this feed (those before the line's start were taken
            // with the lines before it and cleared).
            uint64_t through = feeds ^ (feeds - 1);
            if (!take_line(bytes, start, index + lane, high | (highs & (through >> 1)), line++, room, bounds, non_ascii, blank)) return room + 1;
            highs &= ~through;
            high = 0;
            start = index + lane + 1;
            feeds &= feeds - 1;
        }
        high |= highs;
    }
    return line_feed_lines_bytes(bytes, (size_t)(step - bytes), start, high, line, count, bounds, room, non_ascii, blank, carriage_return);
}
#endif

size_t mtl_line_feed_lines(const uint8_t *bytes, size_t count, uint32_t *bounds, size_t room, uint64_t *non_ascii, uint64_t *blank,
                           uint8_t *carriage_return) {
    return mtl_line_feed_lines_with(bytes, count, bounds, room, non_ascii, blank, carriage_return, cpu_has_avx2());
}

size_t mtl_line_feed_lines_with(const uint8_t *bytes, size_t count, uint32_t *bounds, size_t room, uint64_t *non_ascii, uint64_t *blank,
                                uint8_t *carriage_return, int avx2) {
    *carriage_return = 0;
#if defined(__x86_64__)
    if (avx2) return line_feed_lines_avx2(bytes, count, bounds, room, non_ascii, blank, carriage_return);
#else
    (void)avx2;
#endif
    return line_feed_lines_bytes(bytes, 0, 0, 0, 0, count, bounds, room, non_ascii, blank, carriage_return);
}
