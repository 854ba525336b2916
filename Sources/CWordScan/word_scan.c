#include "CWordScan.h"
#include "cpu_features.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__)
#include <immintrin.h>
#endif

/// One bit a byte, for 64 bytes: bit i is byte i.
typedef struct {
    uint64_t letter, digit, underscore, mid_num_let, mid_num;
} block_masks;

static inline int is_digit(uint8_t byte) { return byte >= '0' && byte <= '9'; }

static inline void classify_byte(uint8_t byte, int bit, block_masks *masks) {
    uint8_t folded = byte | 0x20;
    uint64_t one = (uint64_t)1 << bit;
    if ((folded >= 'a' && folded <= 'z') || byte == '@') masks->letter |= one;
    else if (is_digit(byte)) masks->digit |= one;
    else if (byte == '_') masks->underscore |= one;
    else if (byte == '.' || byte == '\'') masks->mid_num_let |= one;
    else if (byte == ',' || byte == ';') masks->mid_num |= one;
}

#if defined(__x86_64__)
/// The masks of the 64 bytes from bytes[start], 32 at a time, for processors with AVX2 (the
/// caller asks): the same compares as the SSE2 ones below, on twice the bytes, in half the
/// instructions (and without the register copies of two-operand SSE2), some 120 instructions
/// of the 190 a block took.
__attribute__((target("avx2")))
static block_masks masks_of_avx2(const uint8_t *bytes, size_t start) {
    block_masks masks = {0, 0, 0, 0, 0};
    for (int part = 0; part < 2; part++) {
        __m256i v = _mm256_loadu_si256((const __m256i *)(bytes + start + 32 * part));
        __m256i folded = _mm256_or_si256(v, _mm256_set1_epi8(0x20));
        __m256i letter = _mm256_cmpgt_epi8(_mm256_set1_epi8((char)(0x80 + 26)), _mm256_add_epi8(folded, _mm256_set1_epi8((char)(0x80 - 'a'))));
        letter = _mm256_or_si256(letter, _mm256_cmpeq_epi8(v, _mm256_set1_epi8('@')));
        __m256i digit = _mm256_cmpgt_epi8(_mm256_set1_epi8((char)(0x80 + 10)), _mm256_add_epi8(v, _mm256_set1_epi8((char)(0x80 - '0'))));
        __m256i underscore = _mm256_cmpeq_epi8(v, _mm256_set1_epi8('_'));
        __m256i mid_num_let = _mm256_or_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('.')), _mm256_cmpeq_epi8(v, _mm256_set1_epi8('\'')));
        __m256i mid_num = _mm256_or_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8(',')), _mm256_cmpeq_epi8(v, _mm256_set1_epi8(';')));
        int shift = 32 * part;
        masks.letter |= (uint64_t)(uint32_t)_mm256_movemask_epi8(letter) << shift;
        masks.digit |= (uint64_t)(uint32_t)_mm256_movemask_epi8(digit) << shift;
        masks.underscore |= (uint64_t)(uint32_t)_mm256_movemask_epi8(underscore) << shift;
        masks.mid_num_let |= (uint64_t)(uint32_t)_mm256_movemask_epi8(mid_num_let) << shift;
        masks.mid_num |= (uint64_t)(uint32_t)_mm256_movemask_epi8(mid_num) << shift;
    }
    return masks;
}
#endif

/// The masks of bytes[start..<end), at most 64 bytes; bits past the end are clear. `avx2`:
/// whether the processor has AVX2.
static inline block_masks masks_of(const uint8_t *bytes, size_t start, size_t end, int avx2) {
    block_masks masks = {0, 0, 0, 0, 0};
#if defined(__x86_64__)
    if (avx2 && end - start == 64) return masks_of_avx2(bytes, start);
#else
    (void)avx2;
#endif
#if defined(__SSE2__)
    if (end - start == 64) {
        // ASCII bytes are below 0x80, so signed byte comparisons order them as unsigned.
        for (int part = 0; part < 4; part++) {
            __m128i v = _mm_loadu_si128((const __m128i *)(bytes + start + 16 * part));
            __m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
            // A range in one signed compare: the range is moved to the bottom of the signed
            // bytes, where the ASCII bytes outside it are positive or above it.
            __m128i letter = _mm_cmplt_epi8(_mm_add_epi8(folded, _mm_set1_epi8((char)(0x80 - 'a'))), _mm_set1_epi8((char)(0x80 + 26)));
            letter = _mm_or_si128(letter, _mm_cmpeq_epi8(v, _mm_set1_epi8('@')));
            __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - '0'))), _mm_set1_epi8((char)(0x80 + 10)));
            __m128i underscore = _mm_cmpeq_epi8(v, _mm_set1_epi8('_'));
            __m128i mid_num_let = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('.')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\'')));
            __m128i mid_num = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(',')), _mm_cmpeq_epi8(v, _mm_set1_epi8(';')));
            int shift = 16 * part;
            masks.letter |= (uint64_t)(uint16_t)_mm_movemask_epi8(letter) << shift;
            masks.digit |= (uint64_t)(uint16_t)_mm_movemask_epi8(digit) << shift;
            masks.underscore |= (uint64_t)(uint16_t)_mm_movemask_epi8(underscore) << shift;
            masks.mid_num_let |= (uint64_t)(uint16_t)_mm_movemask_epi8(mid_num_let) << shift;
            masks.mid_num |= (uint64_t)(uint16_t)_mm_movemask_epi8(mid_num) << shift;
        }
        return masks;
    }
#endif
    for (size_t index = start; index < end; index++) classify_byte(bytes[index], (int)(index - start), &masks);
    return masks;
}

static inline int trailing_zeros(uint64_t value) { return __builtin_ctzll(value); }

/// Writes the word bytes[start..<end) to `out` as its start and its end with the number flag on top.
static inline void write_word(uint32_t *out, size_t start, size_t end, uint64_t number) {
    out[0] = (uint32_t)start;
    out[1] = (uint32_t)end | (uint32_t)number << 31;
}

int mtl_has_avx2(void) { return cpu_has_avx2(); }

size_t mtl_ascii_words(const uint8_t *bytes, size_t start, size_t end, uint32_t *out, size_t capacity, size_t *resume) {
    return mtl_ascii_words_with(bytes, start, end, out, capacity, resume, cpu_has_avx2());
}

size_t mtl_ascii_words_with(const uint8_t *bytes, size_t start, size_t end, uint32_t *out, size_t capacity, size_t *resume, int avx2) {
    size_t written = 0;
    // Bit 63 of the previous block (0 at the start: the stretch begins on whitespace or on a
    // word's first byte, never on a mark that needs the byte before it).
    uint64_t letter_carry = 0, digit_carry = 0, joined_carry = 0;
    // The start of a word still open at the end of the previous block, or SIZE_MAX.
    size_t open = SIZE_MAX;
    size_t block = start;
    block_masks next = masks_of(bytes, block, block + 64 < end ? block + 64 : end, avx2);
    while (block < end) {
        block_masks current = next;
        size_t following = block + 64;
        if (following < end) {
            next = masks_of(bytes, following, following + 64 < end ? following + 64 : end, avx2);
        } else {
            next = (block_masks){0, 0, 0, 0, 0};
        }
        uint64_t letter_before = current.letter << 1 | letter_carry;
        uint64_t digit_before = current.digit << 1 | digit_carry;
        uint64_t letter_after = current.letter >> 1 | next.letter << 63;
        uint64_t digit_after = current.digit >> 1 | next.digit << 63;
        uint64_t joined = current.letter | current.digit | current.underscore
            | (current.mid_num_let & letter_before & letter_after)
            | ((current.mid_num_let | current.mid_num) & digit_before & digit_after);
        // Whether the next block's first byte is in a word, by the same rules.
        uint64_t next_joined = ((next.letter | next.digit | next.underscore)
            | (next.mid_num_let & current.letter >> 63 & next.letter >> 1)
            | ((next.mid_num_let | next.mid_num) & current.digit >> 63 & next.digit >> 1)) & 1;
        // Each word's first and last byte, so that the loop below goes per word with two
        // trailing-zero counts (finding each word's start and end bit by bit, and its tag from
        // its last bytes, cost 43 instructions a word on the peer subset).
        uint64_t first = joined & ~(joined << 1 | joined_carry);
        uint64_t last = joined & ~(joined >> 1 | next_joined << 63);
        // A word is a number if it ends in a digit, or in "_" after a digit (a trailing "_"
        // takes the tag of what it joined); a lone "_" is no word.
        uint64_t number = current.digit | (current.underscore & digit_before);
        uint64_t lone = first & last & current.underscore;
        letter_carry = current.letter >> 63;
        digit_carry = current.digit >> 63;
        joined_carry = joined >> 63;
        if (open != SIZE_MAX) {
            if (last == 0) {
                block = following;
                continue; /* the word goes on into the next block */
            }
            int bit = trailing_zeros(last);
            last &= last - 1;
            write_word(out + 2 * written, open, block + (size_t)bit + 1, number >> bit & 1);
            written++;
            open = SIZE_MAX;
        }
        // A lone "_" is a first and a last byte at once: taken out of both, it makes no word
        // and the others still pair up (testing each word for it cost 3 instructions a word).
        first &= ~lone;
        last &= ~lone;
        if (written + 64 <= capacity) {
            // Room for every word that starts in the block, so none is checked for it
            // (2 instructions a word). A word that goes on into the next block is the last
            // to start in this one: taken out first, the other firsts and lasts pair up
            // without a test at each word for a missing last.
            if (joined >> 63 & next_joined) {
                int bit = 63 - __builtin_clzll(first);
                first &= ~((uint64_t)1 << bit);
                open = block + (size_t)bit;
            }
            while (first != 0) {
                int bit = trailing_zeros(first);
                first &= first - 1;
                int last_bit = trailing_zeros(last);
                last &= last - 1;
                write_word(out + 2 * written, block + (size_t)bit, block + (size_t)last_bit + 1, number >> last_bit & 1);
                written++;
            }
        } else {
            while (first != 0) {
                int bit = trailing_zeros(first);
                first &= first - 1;
                if (written == capacity) {
                    *resume = block + (size_t)bit;
                    return written;
                }
                if (last == 0) {
                    open = block + (size_t)bit;
                    break; /* the word goes on into the next block */
                }
                int last_bit = trailing_zeros(last);
                last &= last - 1;
                write_word(out + 2 * written, block + (size_t)bit, block + (size_t)last_bit + 1, number >> last_bit & 1);
                written++;
            }
        }
        block = following;
    }
    *resume = end;
    return written;
}
