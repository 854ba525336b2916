// The body of the ASCII word scan, made once for each way of reading the blocks (included by
// word_scan.c, which defines ASCII_WORDS_NAME, ASCII_WORDS_TARGET and ASCII_WORDS_MASKS): the
// variant for processors with AVX2 is compiled for them as a whole, so that its block masks
// are made inline and its bit arithmetic uses their instructions.

ASCII_WORDS_TARGET
static size_t ASCII_WORDS_NAME(const uint8_t *bytes, size_t start, size_t end, uint32_t *out, size_t capacity, size_t *resume) {
    size_t written = 0;
    // Bit 63 of the previous block (0 at the start: the stretch begins on whitespace or on a
    // word's first byte, never on a mark that needs the byte before it).
    uint64_t letter_carry = 0, digit_carry = 0, joined_carry = 0;
    // The start of a word still open at the end of the previous block, or SIZE_MAX.
    size_t open = SIZE_MAX;
    size_t block = start;
    block_masks next = ASCII_WORDS_MASKS(bytes, block, block + 64 < end ? block + 64 : end);
    while (block < end) {
        block_masks current = next;
        size_t following = block + 64;
        if (following < end) {
            next = ASCII_WORDS_MASKS(bytes, following, following + 64 < end ? following + 64 : end);
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
            // A word ends after its last byte: from `after_block`, one add a word, not two.
            size_t after_block = block + 1;
            while (first != 0) {
                int bit = trailing_zeros(first);
                first &= first - 1;
                int last_bit = trailing_zeros(last);
                last &= last - 1;
                write_word(out + 2 * written, block + (size_t)bit, after_block + (size_t)last_bit, number >> last_bit & 1);
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
