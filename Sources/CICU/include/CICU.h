// CICU: the only place that sees ICU. Everything here speaks plain C types and UTF-8,
// so the Swift side never includes <unicode/...> (Foundation on Linux embeds its own ICU,
// and the two sets of headers clash).
#ifndef MTLINT_CICU_H
#define MTLINT_CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

// ---- Charsets (ucsdet, ucnv) ----------------------------------------------------------

/// Runs ICU's charset detector. Writes up to `maxMatches` candidate names (each at most
/// `nameStride` bytes including NUL, at names + i * nameStride) and their confidences
/// (0-100). Returns the number of candidates, or -1 on failure.
int32_t mtl_detect_charsets(const uint8_t *bytes, int32_t length,
                            char *names, int32_t nameStride,
                            int32_t *confidences, int32_t maxMatches);

/// Writes ICU's canonical name for `charset` into `out`; returns 0, or -1 if ICU does not
/// know the charset.
int32_t mtl_charset_canonical_name(const char *charset, char *out, int32_t capacity);

/// Converts `in` from `charset` to UTF-8. Invalid or unmappable input becomes U+FFFD and
/// is counted in `*invalidCount`; `*firstInvalidOffset` receives the byte offset in `in` of
/// the first such sequence (or -1). Returns the UTF-8 length needed; the output is written
/// only if it fits in `capacity`. Returns -1 if the charset is unknown, -2 on other errors.
int32_t mtl_convert_to_utf8(const char *charset,
                            const uint8_t *in, int32_t inLength,
                            uint8_t *out, int32_t capacity,
                            int32_t *invalidCount, int32_t *firstInvalidOffset);

// ---- Normalization (unorm2) ------------------------------------------------------------

/// 1 if the UTF-8 text is certainly NFC already (quick check "yes"), else 0.
int32_t mtl_is_nfc(const uint8_t *text, int32_t length);

/// NFC-normalizes UTF-8 text. Returns the length needed; writes only if it fits. -1 on error.
int32_t mtl_nfc(const uint8_t *text, int32_t length, uint8_t *out, int32_t capacity);

// ---- Break iteration (ubrk over UText on UTF-8) ----------------------------------------

enum { MTL_BREAK_CHARACTER = 0, MTL_BREAK_WORD = 1, MTL_BREAK_LINE = 2, MTL_BREAK_SENTENCE = 3 };

typedef struct MTLBreaker MTLBreaker;

/// Opens a break iterator over UTF-8 text, which must stay alive and unchanged until
/// mtl_breaker_close. Sentence breaks suppress English abbreviations ("Mr.", "U.S.").
MTLBreaker *mtl_breaker_open(int32_t kind, const uint8_t *text, int32_t length);

/// Moves to the next boundary: returns its byte offset, or -1 at the end. `*ruleStatus`
/// receives ICU's rule status (word: 0 none, 100 number, 200 letter, 300 kana, 400 ideo).
int32_t mtl_breaker_next(MTLBreaker *breaker, int32_t *ruleStatus);

/// Moves to the first boundary after `offset` (as if the whole text had been iterated from
/// its start): returns its byte offset, or -1 at the end; `*ruleStatus` as for next.
int32_t mtl_breaker_following(MTLBreaker *breaker, int32_t offset, int32_t *ruleStatus);

void mtl_breaker_close(MTLBreaker *breaker);

/// An opened break iterator kept only to be cloned: opening the English sentence iterator
/// with its abbreviation filter costs about 0.4 ms, cloning it next to nothing. Cloning is a
/// const operation, so one prototype may be shared by all threads.
typedef struct MTLBreakPrototype MTLBreakPrototype;
MTLBreakPrototype *mtl_break_prototype_open(int32_t kind);
void mtl_break_prototype_close(MTLBreakPrototype *prototype);

/// Like mtl_breaker_open, from a clone of `prototype`.
MTLBreaker *mtl_breaker_open_cloning(const MTLBreakPrototype *prototype, const uint8_t *text, int32_t length);

/// A sentence segmenter that runs ICU over UTF-16 (about 40% faster than over UTF-8 UText),
/// reusing its iterator and buffer from call to call. Not thread-safe.
typedef struct MTLSentenceBreaker MTLSentenceBreaker;
MTLSentenceBreaker *mtl_sentence_breaker_open(const MTLBreakPrototype *prototype);
void mtl_sentence_breaker_close(MTLSentenceBreaker *breaker);

/// Writes the sentence boundaries of the UTF-8 `text` (byte offsets after each sentence,
/// the last one `length`) into `boundaries`, which must hold `length` + 1 entries; returns
/// their count, or -1 if the text is not well-formed UTF-8 or ICU fails.
int32_t mtl_sentence_boundaries(MTLSentenceBreaker *breaker, const uint8_t *text, int32_t length,
                                int32_t *boundaries);

// ---- Sentence break data (uchar, ures) -------------------------------------------------

/// UAX #29 Sentence_Break classes, in our own numbering.
enum {
    MTL_SB_OTHER = 0, MTL_SB_ATERM = 1, MTL_SB_CLOSE = 2, MTL_SB_FORMAT = 3, MTL_SB_LOWER = 4,
    MTL_SB_NUMERIC = 5, MTL_SB_OLETTER = 6, MTL_SB_SEP = 7, MTL_SB_SP = 8, MTL_SB_STERM = 9,
    MTL_SB_UPPER = 10, MTL_SB_CR = 11, MTL_SB_EXTEND = 12, MTL_SB_LF = 13, MTL_SB_SCONTINUE = 14,
    MTL_SB_UNKNOWN = 15
};

/// ICU's Sentence_Break class of a code point (an MTL_SB_* value; MTL_SB_UNKNOWN for a value
/// this ICU has and we do not).
int32_t mtl_sentence_break_class(uint32_t codePoint);

/// Writes the abbreviations after which ICU's "ss=standard" sentence iterator suppresses a
/// break (ICU's brkitr data, `<locale>/exceptions/SentenceBreak`) into `out`, each as UTF-8
/// followed by a NUL, in ICU's order. Returns the bytes needed (writes all only if they fit),
/// or -1 if ICU has no such data.
int32_t mtl_sentence_break_exceptions(const char *locale, char *out, int32_t capacity);

// ---- Character properties (uchar, uscript) ---------------------------------------------

/// ICU's UScriptCode for a code point (0 Common, 1 Inherited, 8 Cyrillic, 14 Greek, 25 Latin).
int32_t mtl_script(uint32_t codePoint);

/// Writes the Unicode name of a code point ("CYRILLIC SMALL LETTER O"); returns its length.
int32_t mtl_char_name(uint32_t codePoint, char *out, int32_t capacity);

// ---- Confusables (uspoof, UTS #39) -----------------------------------------------------

typedef struct MTLSpoofChecker MTLSpoofChecker;

/// Opens a spoof checker; safe to share between threads once opened.
MTLSpoofChecker *mtl_spoof_open(void);
void mtl_spoof_close(MTLSpoofChecker *checker);

/// Writes the UTS #39 confusable skeleton of a UTF-8 string; returns the length needed.
int32_t mtl_spoof_skeleton(const MTLSpoofChecker *checker, const uint8_t *text, int32_t length,
                           uint8_t *out, int32_t capacity);

/// Runs the restriction-level and mixed-script checks; returns ICU's USpoofChecks bit set
/// (0 when the string passes), or -1 on error.
int32_t mtl_spoof_check(const MTLSpoofChecker *checker, const uint8_t *text, int32_t length);

// ---- Transliteration (utrans) ----------------------------------------------------------

typedef struct MTLTransliterator MTLTransliterator;

/// Opens a transliterator by ICU id ("Russian-Latin/BGN", "Any-Latin"); NULL if unknown.
/// Not thread-safe: use one per thread or guard it.
MTLTransliterator *mtl_translit_open(const char *identifier);
/// Opens ICU's own BGN rules `rulesID` ("ru-ru_Latn/BGN", "uk-uk_Latn/BGN", read from ICU's
/// data) without ICU's transliterator registry, whose construction costs 10-35 ms per
/// process; the output is the same as opening "Russian-Latin/BGN" or "Ukrainian-Latin/BGN"
/// by ID. NULL if ICU's rules do not have the expected shape (then open it by ID).
MTLTransliterator *mtl_translit_open_bgn(const char *rulesID);

void mtl_translit_close(MTLTransliterator *transliterator);

/// Transliterates UTF-8 text; returns the UTF-8 length needed (writes only if it fits), -1 on error.
int32_t mtl_translit(MTLTransliterator *transliterator, const uint8_t *text, int32_t length,
                     uint8_t *out, int32_t capacity);

#ifdef __cplusplus
}
#endif

#endif
