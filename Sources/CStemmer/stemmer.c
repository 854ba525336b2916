#include "CStemmer.h"

#include <libstemmer.h>

struct mtl_stemmer;

mtl_stemmer *mtl_stemmer_open(const char *language) {
    return (mtl_stemmer *)sb_stemmer_new(language, "UTF_8");
}

void mtl_stemmer_close(mtl_stemmer *stemmer) {
    if (stemmer) sb_stemmer_delete((struct sb_stemmer *)stemmer);
}

const uint8_t *mtl_stemmer_stem(mtl_stemmer *stemmer, const uint8_t *word, int32_t length, int32_t *stemLength) {
    const sb_symbol *stem = sb_stemmer_stem((struct sb_stemmer *)stemmer, word, length);
    *stemLength = stem ? sb_stemmer_length((struct sb_stemmer *)stemmer) : 0;
    return stem;
}
