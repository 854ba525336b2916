#ifndef CWORDSCAN_H
#define CWORDSCAN_H

#include <stddef.h>
#include <stdint.h>

/// The words of ASCII text bytes[start..<end), a stretch of whole whitespace-delimited chunks
/// (it starts at the text's start, on whitespace or on a word's first byte, and ends on
/// whitespace or at the text's end), by ICU's word rules as the Swift fast path applies them:
/// a word is a run of letters ("@" counts as one), digits and "_", with "." or "'" between two
/// letters and "." "'" "," ";" between two digits; it is a number if it ends in a digit (or in
/// "_" after a digit), a lone "_" is no word.
///
/// Writes at most `capacity` words to `out` as pairs (start, end | 1 << 31 for a number) and
/// returns how many; `*resume` is set to `end`, or to the first byte of the first word not
/// written when `capacity` ran out.
size_t mtl_ascii_words(const uint8_t *bytes, size_t start, size_t end, uint32_t *out, size_t capacity, size_t *resume);

/// ``mtl_ascii_words`` with the 64-byte blocks read 32 bytes at a time if `avx2` (which the
/// processor must have, as ``mtl_has_avx2`` says), 16 otherwise: the same words either way.
/// ``mtl_ascii_words`` asks ``mtl_has_avx2``; tests compare the two.
size_t mtl_ascii_words_with(const uint8_t *bytes, size_t start, size_t end, uint32_t *out, size_t capacity, size_t *resume, int avx2);

/// Whether the processor has AVX2 (and BMI1 and BMI2, which the wide scans are compiled for too).
int mtl_has_avx2(void);

/// Marks the bytes of bytes[0..<count) that may end a sentence or need decoding (a control
/// character, DEL, a byte from 0x80, ".", "!" or "?"): writes `count / 64 + 1` words to
/// `bits`, bit `i % 64` of word `i / 64` set if byte `i` is such a byte or if `i >= count`,
/// so that a search for the next set bit always ends, at `count` at the latest. The sentence
/// rules skip the bytes between such stops with it.
void mtl_sentence_stop_bits(const uint8_t *bytes, size_t count, uint64_t *bits);

/// ``mtl_sentence_stop_bits`` with 32-byte loads if `avx2` (which the processor must have):
/// the same bits either way; tests compare the two.
void mtl_sentence_stop_bits_with(const uint8_t *bytes, size_t count, uint64_t *bits, int avx2);

/// The first index in [from, count) whose byte is 0x80 or above; `count` if none.
size_t mtl_first_non_ascii(const uint8_t *bytes, size_t from, size_t count);

/// ``mtl_first_non_ascii`` with 32-byte loads if `avx2` (which the processor must have): the
/// same index either way; tests compare the two.
size_t mtl_first_non_ascii_with(const uint8_t *bytes, size_t from, size_t count, int avx2);

/// The lines of bytes[0..<count), each ending at a line feed or at the end (so a text
/// ending in one has an empty last line): writes each line's content bounds to `bounds` (start,
/// end: two values a line) and sets bit `i % 64` of word `i / 64` of `non_ascii` if line `i`
/// holds a byte from 0x80, of `blank` if it holds only spaces, tabs and form feeds (both
/// zeroed by the caller, room / 64 + 1 words). Returns the number of lines, or `room + 1` if
/// more than `room`; stops at a carriage return, if the text has one before that, and sets
/// `*carriage_return` to 1 (else to 0): the lines found so far are not to be used then.
size_t mtl_line_feed_lines(const uint8_t *bytes, size_t count, uint32_t *bounds, size_t room, uint64_t *non_ascii, uint64_t *blank,
                           uint8_t *carriage_return);

/// ``mtl_line_feed_lines`` sixty-four bytes a step if `avx2` (which the processor must have),
/// else a byte at a time: the same lines either way; tests compare the two.
size_t mtl_line_feed_lines_with(const uint8_t *bytes, size_t count, uint32_t *bounds, size_t room, uint64_t *non_ascii, uint64_t *blank,
                                uint8_t *carriage_return, int avx2);

/// What decoding needs to know of a text's bytes, found in one pass.
typedef struct {
    /// The first NUL byte's offset, or the count.
    size_t first_nul;
    /// The C0 controls no text holds (all but tab, line feed, form feed, carriage return and
    /// escape; NUL included), and the first one's offset (the count if none).
    size_t binary_controls;
    size_t first_binary_control;
    /// Well-formed UTF-8 sequences of two to four bytes, and ill-formed ones (each byte that
    /// starts none, read on from the next byte).
    size_t valid_multibyte_sequences;
    size_t invalid_sequences;
} mtl_decoding_scan;

/// Fills `scan` for bytes[0..<count).
void mtl_scan_for_decoding(const uint8_t *bytes, size_t count, mtl_decoding_scan *scan);

/// ``mtl_scan_for_decoding`` sixty-four bytes a step if `avx2` (which the processor must
/// have), else a byte at a time: the same counts either way; tests compare the two.
void mtl_scan_for_decoding_with(const uint8_t *bytes, size_t count, mtl_decoding_scan *scan, int avx2);

/// Has the kernel map in, writable, the whole pages of start[0..<count) (memory just
/// allocated and about to be written whole) in one call: the 100 MB file's tables of a
/// word each (340 MB) took 0.13 s when each page faulted in on its first write, 0.085 s so.
/// Returns 0, or the error of `madvise` (EINVAL before Linux 5.14), in which case nothing
/// changed and the pages fault in as they are written.
int mtl_populate_for_writing(void *start, size_t count);

/// Asks for the cache line at `address` ahead of its use (a hint, which never faults): for
/// walks that skip through one table and read another only here and there, whose reads the
/// processor cannot foresee.
static inline void mtl_prefetch(const void *address) {
    __builtin_prefetch(address);
}

/// Whether a byte may need an escape in a JSON string written for JavaScript too: a control
/// character, '"', '\\', DEL, or 0xE2 (the lead byte of U+2028 and U+2029). Inline here so
/// that a caller scanning a few bytes itself uses the same rule as the scan below.
static inline int mtl_is_json_special(uint8_t byte) {
    return byte < 0x20 || byte == '"' || byte == '\\' || byte == 0x7F || byte == 0xE2;
}

/// The first index in [from, count) whose byte ``mtl_is_json_special`` accepts; `count` if none.
size_t mtl_first_json_special(const uint8_t *bytes, size_t from, size_t count);

/// ``mtl_first_json_special`` with 32-byte loads if `avx2` (which the processor must have):
/// the same index either way; tests compare the two.
size_t mtl_first_json_special_with(const uint8_t *bytes, size_t from, size_t count, int avx2);

/// out[i] = table[indices[i]] for i in [0, count): a value for each word from a table by its
/// form, say. Every index must be in the table (none is checked).
void mtl_gather_int32(const int32_t *table, const int32_t *indices, int32_t *out, size_t count);

/// ``mtl_gather_int32`` with eight values a gather if `avx2` (which the processor must have),
/// one at a time otherwise: the same values either way; tests compare the two.
void mtl_gather_int32_with(const int32_t *table, const int32_t *indices, int32_t *out, size_t count, int avx2);

/// out[i] = table[indices[i]] for i in [0, count), where every row of the table is a byte
/// value (0-255): a byte for each word from its form's row. Every index must be in the table
/// (none is checked).
void mtl_gather_bytes(const int32_t *table, const int32_t *indices, uint8_t *out, size_t count);

/// ``mtl_gather_bytes`` with sixteen bytes a step if `avx2` (which the processor must have),
/// one at a time otherwise: the same bytes either way; tests compare the two.
void mtl_gather_bytes_with(const int32_t *table, const int32_t *indices, uint8_t *out, size_t count, int avx2);

/// The first index in [from, count) whose row rows[indices[i]] is negative; `count` if none.
/// Every index must be in the table (none is checked).
size_t mtl_first_negative(const int32_t *rows, const int32_t *indices, size_t from, size_t count);

/// ``mtl_first_negative`` with sixteen rows a step if `avx2` (which the processor must have),
/// one at a time otherwise: the same index either way; tests compare the two.
size_t mtl_first_negative_with(const int32_t *rows, const int32_t *indices, size_t from, size_t count, int avx2);

/// The bits a word is given for the common gaps after it (see ``mtl_mark_common_gaps``).
typedef struct {
    /// After a word followed by one space.
    uint8_t space;
    /// After a word followed by ".\n".
    uint8_t line_break;
    /// On the word after ".\n".
    uint8_t initial;
} mtl_gap_bits;

/// Marks the common gaps after words[from], words[from + 1]... (`words` as pairs: start, end
/// with a number flag in the top bit; `count` words of the text bytes[0..<byte_count)): one
/// space ORs `marks.space` into the word's bits, ", " nothing, ".\n" `marks.line_break` and
/// `marks.initial` into the next word's. Writes the index of each word with another gap
/// after it to `others` (the last word has none), at most `capacity` of them, in order, and
/// returns how many; `*resume` is set to `count - 1` when all are done, else to the word to
/// go on from.
size_t mtl_mark_common_gaps(const uint32_t *words, size_t from, size_t count, const uint8_t *bytes, size_t byte_count, uint8_t *bits, mtl_gap_bits marks,
                            uint32_t *others, size_t capacity, size_t *resume);

/// ``mtl_mark_common_gaps`` with eight gaps a step if `avx2` (which the processor must have),
/// one at a time otherwise: the same bits and words either way; tests compare the two.
size_t mtl_mark_common_gaps_with(const uint32_t *words, size_t from, size_t count, const uint8_t *bytes, size_t byte_count, uint8_t *bits, mtl_gap_bits marks,
                                 uint32_t *others, size_t capacity, size_t *resume, int avx2);

/// ORs `initial` into the bits of each sentence's first word: the first word starting at or
/// after the sentence's start (`words` as pairs: start, end with a number flag in the top
/// bit, starts ascending, below 2^31; `sentences` as pairs: start, end, in text order).
void mtl_mark_sentence_starts(const uint32_t *words, size_t count, const uint32_t *sentences, size_t sentence_count, uint8_t *bits, uint8_t initial);

/// ``mtl_mark_sentence_starts`` with eight words a step if `avx2` (which the processor must
/// have), one at a time otherwise: the same bits either way; tests compare the two.
void mtl_mark_sentence_starts_with(const uint32_t *words, size_t count, const uint32_t *sentences, size_t sentence_count, uint8_t *bits, uint8_t initial, int avx2);

#endif
