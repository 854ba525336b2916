#include "CICU.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ures.h>
#include <unicode/uset.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

// A transliterator is a sequence of ICU transliterators applied one after the other to the
// whole text: one when opened by ID through ICU's registry, two when ICU's compound rules
// were split into their passes (mtl_translit_open_russian_bgn).
enum { MTL_MAX_PASSES = 2 };
struct MTLTransliterator {
    UTransliterator *passes[MTL_MAX_PASSES];
    int32_t count;
};

static MTLTransliterator *wrap(UTransliterator **passes, int32_t count) {
    MTLTransliterator *wrapper = (MTLTransliterator *)calloc(1, sizeof(MTLTransliterator));
    if (wrapper == NULL) {
        for (int32_t i = 0; i < count; i++) utrans_close(passes[i]);
        return NULL;
    }
    for (int32_t i = 0; i < count; i++) wrapper->passes[i] = passes[i];
    wrapper->count = count;
    return wrapper;
}

MTLTransliterator *mtl_translit_open(const char *identifier) {
    UErrorCode status = U_ZERO_ERROR;
    UChar id[128];
    u_strFromUTF8(id, 128, NULL, identifier, -1, &status);
    if (U_FAILURE(status)) return NULL;
    UTransliterator *transliterator = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &status);
    if (U_FAILURE(status)) return NULL;
    return wrap(&transliterator, 1);
}

// ---- BGN transliterators without the registry ------------------------------------------
//
// Opening any transliterator by ID, or from rules that contain a `::ID` line, first builds
// ICU's transliterator registry: ~700 entries registered in O(n^2) (UVector::indexOf in
// TransliteratorRegistry::registerEntry), 10-35 ms, once per process. ICU's BGN rules for
// Russian and Ukrainian (translit bundle, RuleBasedTransliteratorIDs/<id>/file/resource)
// have the shape
//     ::[F];  ::NFC;  <pass 1 rules>  [::Null;  <pass 2 rules>]
// (spaces allowed around the tokens) which ICU runs as a compound: for each maximal run of
// characters in the filter F, pass 1 then pass 2 over that run (context: the whole text).
// Here the same is done without `::`:
// - `::NFC;` is dropped: it only ever sees runs of F, and it is the identity on them when
//   every character of F is NFC quick-check "yes" with combining class 0 (checked below:
//   no character of F composes with another or reorders).
// - `::Null;` (Russian) separates the passes; each pass is opened from its own rules (one
//   rule set without `::` lines makes a plain rule-based transliterator, no registry) and
//   they are applied one after the other to the whole text. Pass 1 gets the filter F, as in
//   the compound. Pass 2 runs unfiltered: its keys are all letters of F, which appear only
//   in the runs, and its contexts see the same text as in the compound (tests compare the
//   output with the registry's on every Cyrillic word of the corpus and on random text).
// If ICU's data ever has another shape, NULL is returned and the caller uses the registry.

static const UChar *findString(const UChar *haystack, const UChar *haystackEnd, const char *needle) {
    size_t needleLength = strlen(needle);
    for (const UChar *p = haystack; p + needleLength <= haystackEnd; p++) {
        size_t i = 0;
        while (i < needleLength && p[i] == (UChar)(unsigned char)needle[i]) i++;
        if (i == needleLength) return p;
    }
    return NULL;
}

static int32_t countString(const UChar *text, const UChar *end, const char *needle) {
    int32_t count = 0;
    for (const UChar *p = findString(text, end, needle); p != NULL; p = findString(p + 1, end, needle)) count++;
    return count;
}

static const UChar *skipSpaces(const UChar *p, const UChar *end) {
    while (p < end && (*p == u' ' || *p == u'\t' || *p == u'\n' || *p == u'\r')) p++;
    return p;
}

// After optional spaces, `literal` at `p`: the position after it, or NULL.
static const UChar *expect(const UChar *p, const UChar *end, const char *literal) {
    p = skipSpaces(p, end);
    size_t length = strlen(literal);
    if ((size_t)(end - p) < length) return NULL;
    for (size_t i = 0; i < length; i++) if (p[i] != (UChar)(unsigned char)literal[i]) return NULL;
    return p + length;
}

// 1 if every string over the set is NFC and stays so (see above).
static int32_t isNFCInert(const UChar *pattern, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    USet *set = uset_openPattern(pattern, length, &status);
    if (U_FAILURE(status)) return 0;
    int32_t inert = uset_size(set) > 0;
    int32_t ranges = uset_getItemCount(set);
    for (int32_t r = 0; r < ranges && inert; r++) {
        UChar32 start, end;
        status = U_ZERO_ERROR;
        int32_t stringLength = uset_getItem(set, r, &start, &end, NULL, 0, &status);
        if (stringLength != 0) { inert = 0; break; }
        for (UChar32 c = start; c <= end && inert; c++) {
            inert = u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES && u_getCombiningClass(c) == 0;
        }
    }
    uset_close(set);
    return inert;
}

// Copies the variable definitions ("$name = ... ;") among the rules [rules, end) to `out`;
// returns their length, or -1 if the rules quote or escape anything (then a ';' might not
// end a rule, and this simple split would be wrong).
static int32_t variableDefinitions(const UChar *rules, const UChar *end, UChar *out) {
    int32_t written = 0;
    const UChar *statement = rules;
    for (const UChar *p = rules; p < end; p++) {
        if (*p == u'\\' || *p == u'\'' || *p == u'"') return -1;
        if (*p != u';') continue;
        const UChar *q = statement;
        while (q < p && *q == u' ') q++;
        if (q < p && *q == u'$') {
            q++;
            while (q < p && (u_isalnum(*q) || *q == u'_')) q++;
            while (q < p && *q == u' ') q++;
            if (q < p && *q == u'=') {
                memcpy(out + written, statement, sizeof(UChar) * (size_t)(p + 1 - statement));
                written += (int32_t)(p + 1 - statement);
            }
        }
        statement = p + 1;
    }
    return written;
}

static UTransliterator *openRules(const UChar *rules, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parseError;
    static const UChar id[] = u"mtlint-pass";
    UTransliterator *transliterator = utrans_openU(id, -1, UTRANS_FORWARD, rules, length, &parseError, &status);
    return U_SUCCESS(status) ? transliterator : NULL;
}

// The passes opened from rules (NULL where that failed) as one transliterator, the first
// pass filtered by `filter` as in the compound; NULL, with every pass closed, if one failed.
static MTLTransliterator *filtered(UTransliterator **passes, int32_t count, const UChar *filter, int32_t filterLength) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t opened = 1;
    for (int32_t i = 0; i < count; i++) opened = opened && passes[i] != NULL;
    if (opened) utrans_setFilter(passes[0], filter, filterLength, &status);
    if (!opened || U_FAILURE(status)) {
        for (int32_t i = 0; i < count; i++) if (passes[i] != NULL) utrans_close(passes[i]);
        return NULL;
    }
    return wrap(passes, count);
}

static int32_t bgnRules(const char *rulesID, const UChar **rules, int32_t *length) {
    UErrorCode status = U_ZERO_ERROR;
    UResourceBundle *bundle = ures_openDirect(U_ICUDATA_NAME "-translit", "root", &status);
    UResourceBundle *ids = ures_getByKey(bundle, "RuleBasedTransliteratorIDs", NULL, &status);
    UResourceBundle *entry = ures_getByKey(ids, rulesID, NULL, &status);
    UResourceBundle *file = ures_getByKey(entry, "file", NULL, &status);
    int32_t directionLength = 0;
    const UChar *direction = ures_getStringByKey(file, "direction", &directionLength, &status);
    // The strings live in ICU's memory-mapped data and stay valid after the bundles close.
    *rules = ures_getStringByKey(file, "resource", length, &status);
    int32_t ok = U_SUCCESS(status) && directionLength > 0 && direction[0] == u'F';
    ures_close(file);
    ures_close(entry);
    ures_close(ids);
    ures_close(bundle);
    return ok;
}

MTLTransliterator *mtl_translit_open_bgn(const char *rulesID) {
    const UChar *rules = NULL;
    int32_t length = 0;
    if (!bgnRules(rulesID, &rules, &length)) return NULL;
    const UChar *end = rules + length;
    // Expected: "::" "[" F "]" ";" "::" "NFC" ";" pass1, then optionally "::" "Null" ";" pass2,
    // and no other "::".
    const UChar *filter = expect(rules, end, "::");
    if (filter == NULL) return NULL;
    filter = skipSpaces(filter, end);
    if (filter >= end || *filter != u'[') return NULL;
    const UChar *filterEnd = filter;
    for (int32_t depth = 0; filterEnd < end; filterEnd++) {
        if (*filterEnd == u'\\') return NULL;
        if (*filterEnd == u'[') depth++;
        if (*filterEnd == u']' && --depth == 0) break;
    }
    if (filterEnd >= end) return NULL;
    filterEnd++;
    const UChar *pass1 = expect(filterEnd, end, ";");
    if (pass1 != NULL) pass1 = expect(pass1, end, "::");
    if (pass1 != NULL) pass1 = expect(pass1, end, "NFC");
    if (pass1 != NULL) pass1 = expect(pass1, end, ";");
    if (pass1 == NULL) return NULL;
    int32_t filterLength = (int32_t)(filterEnd - filter);
    if (!isNFCInert(filter, filterLength)) return NULL;

    int32_t separators = countString(pass1, end, "::");
    if (separators == 0) {
        UTransliterator *pass = openRules(pass1, (int32_t)(end - pass1));
        return filtered(&pass, 1, filter, filterLength);
    }
    const UChar *null = findString(pass1, end, "::");
    const UChar *pass2 = separators == 1 ? expect(null + 2, end, "Null") : NULL;
    if (pass2 != NULL) pass2 = expect(pass2, end, ";");
    if (pass2 == NULL) return NULL;

    // Variables are defined once for the whole compound (in pass 1's part): pass 2 gets
    // those definitions in front of its own rules.
    int32_t pass2Length = (int32_t)(end - pass2);
    UChar *pass2Rules = (UChar *)malloc(sizeof(UChar) * (size_t)(length + 1));
    if (pass2Rules == NULL) return NULL;
    int32_t definitions = variableDefinitions(pass1, null, pass2Rules);
    if (definitions < 0) { free(pass2Rules); return NULL; }
    memcpy(pass2Rules + definitions, pass2, sizeof(UChar) * (size_t)pass2Length);
    UTransliterator *passes[2] = { openRules(pass1, (int32_t)(null - pass1)), openRules(pass2Rules, definitions + pass2Length) };
    free(pass2Rules);
    return filtered(passes, 2, filter, filterLength);
}

void mtl_translit_close(MTLTransliterator *transliterator) {
    if (transliterator == NULL) return;
    for (int32_t i = 0; i < transliterator->count; i++) utrans_close(transliterator->passes[i]);
    free(transliterator);
}

int32_t mtl_translit(MTLTransliterator *transliterator, const uint8_t *text, int32_t length,
                     uint8_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t inputLength = 0;
    u_strFromUTF8WithSub(NULL, 0, &inputLength, (const char *)text, length, 0xFFFD, NULL, &status);
    // Transliteration can grow text (one Cyrillic letter to up to four Latin ones); if a pass
    // needs more room, start again with twice as much.
    int32_t bufferCapacity = inputLength * 4 + 16;
    for (int32_t attempt = 0; attempt < 4; attempt++, bufferCapacity *= 2) {
        UChar *buffer = (UChar *)malloc(sizeof(UChar) * (size_t)bufferCapacity);
        if (buffer == NULL) return -1;
        int32_t utf16Length = 0;
        status = U_ZERO_ERROR;
        u_strFromUTF8WithSub(buffer, bufferCapacity, &utf16Length, (const char *)text, length, 0xFFFD, NULL, &status);
        for (int32_t i = 0; i < transliterator->count && U_SUCCESS(status); i++) {
            int32_t limit = utf16Length;
            utrans_transUChars(transliterator->passes[i], buffer, &utf16Length, bufferCapacity, 0, &limit, &status);
        }
        if (status == U_BUFFER_OVERFLOW_ERROR) { free(buffer); continue; }
        if (U_FAILURE(status)) { free(buffer); return -1; }
        int32_t needed = 0;
        status = U_ZERO_ERROR;
        u_strToUTF8((char *)out, capacity, &needed, buffer, utf16Length, &status);
        free(buffer);
        if (U_FAILURE(status) && status != U_BUFFER_OVERFLOW_ERROR) return -1;
        return needed;
    }
    return -1;
}
