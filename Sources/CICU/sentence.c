#include "CICU.h"

#include <string.h>
#include <unicode/uchar.h>
#include <unicode/udata.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>

int32_t mtl_sentence_break_class(uint32_t codePoint) {
    // Our own numbering (CICU.h), so Swift needs no ICU header; ICU's USentenceBreak values
    // are mapped one by one rather than assumed equal.
    switch ((USentenceBreak)u_getIntPropertyValue((UChar32)codePoint, UCHAR_SENTENCE_BREAK)) {
    case U_SB_ATERM: return MTL_SB_ATERM;
    case U_SB_CLOSE: return MTL_SB_CLOSE;
    case U_SB_FORMAT: return MTL_SB_FORMAT;
    case U_SB_LOWER: return MTL_SB_LOWER;
    case U_SB_NUMERIC: return MTL_SB_NUMERIC;
    case U_SB_OLETTER: return MTL_SB_OLETTER;
    case U_SB_SEP: return MTL_SB_SEP;
    case U_SB_SP: return MTL_SB_SP;
    case U_SB_STERM: return MTL_SB_STERM;
    case U_SB_UPPER: return MTL_SB_UPPER;
    case U_SB_CR: return MTL_SB_CR;
    case U_SB_EXTEND: return MTL_SB_EXTEND;
    case U_SB_LF: return MTL_SB_LF;
    case U_SB_SCONTINUE: return MTL_SB_SCONTINUE;
    case U_SB_OTHER: return MTL_SB_OTHER;
    default: return MTL_SB_UNKNOWN;
    }
}

int32_t mtl_sentence_break_exceptions(const char *locale, char *out, int32_t capacity) {
    // The same data ICU's FilteredBreakIteratorBuilder reads for "ss=standard": the brkitr
    // tree's <locale>/exceptions/SentenceBreak string array.
    UErrorCode status = U_ZERO_ERROR;
    UResourceBundle *bundle = ures_openDirect(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", locale, &status);
    UResourceBundle *exceptions = ures_getByKey(bundle, "exceptions", NULL, &status);
    UResourceBundle *strings = ures_getByKey(exceptions, "SentenceBreak", NULL, &status);
    int32_t needed = -1;
    if (U_SUCCESS(status)) {
        needed = 0;
        int32_t count = ures_getSize(strings);
        for (int32_t index = 0; index < count && needed >= 0; index++) {
            int32_t length = 0;
            const UChar *string = ures_getStringByIndex(strings, index, &length, &status);
            int32_t utf8Length = 0;
            UErrorCode convert = U_ZERO_ERROR;
            char *at = needed < capacity ? out + needed : NULL;
            int32_t room = needed < capacity ? capacity - needed : 0;
            u_strToUTF8(at, room, &utf8Length, string, length, &convert);
            if (U_FAILURE(status) || (U_FAILURE(convert) && convert != U_BUFFER_OVERFLOW_ERROR)) {
                needed = -1;
                break;
            }
            needed += utf8Length;
            if (needed < capacity) out[needed] = 0;
            needed += 1;
        }
    }
    ures_close(strings);
    ures_close(exceptions);
    ures_close(bundle);
    return needed;
}
