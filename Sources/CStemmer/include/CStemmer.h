// CStemmer: the only place that sees libstemmer (Snowball). Plain C types, UTF-8.
#ifndef MTLINT_CSTEMMER_H
#define MTLINT_CSTEMMER_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct mtl_stemmer mtl_stemmer;

/// Opens a Snowball stemmer for `language` (e.g. "russian") on UTF-8 input; NULL if the
/// language is unknown. Not thread-safe: use one per thread.
mtl_stemmer *mtl_stemmer_open(const char *language);

void mtl_stemmer_close(mtl_stemmer *stemmer);

/// Stems one lowercase word. Returns the stem (valid until the next call) and its length in
/// `*stemLength`, or NULL when out of memory.
const uint8_t *mtl_stemmer_stem(mtl_stemmer *stemmer, const uint8_t *word, int32_t length, int32_t *stemLength);

#ifdef __cplusplus
}
#endif

#endif
