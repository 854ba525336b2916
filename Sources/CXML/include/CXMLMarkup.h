// libxml2's SAX parsers (XML and forgiving HTML) as a stream of events with the input
// position of each, in plain C types, so Swift can map extracted text back to byte offsets
// (the pull reader in CXML.h gives line numbers only). Only markup.c includes <libxml/...>.
#ifndef MTLINT_CXML_MARKUP_H
#define MTLINT_CXML_MARKUP_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

enum {
    MTL_MARKUP_START = 1,   ///< an element opens (HTML: also elements the parser implies)
    MTL_MARKUP_END = 2,     ///< an element closes
    MTL_MARKUP_TEXT = 3,    ///< character data, entities resolved (several events may make one run)
    MTL_MARKUP_RAW_TEXT = 4 ///< HTML script and style content, XML CDATA sections
};

typedef struct mtl_markup_event {
    int32_t kind;
    /// START, END: the element's local name (lower case in HTML).
    const char *name;
    /// START: attribute names (qualified, e.g. "xml:lang") and values, alternating, then NULL.
    const char *const *attributes;
    /// TEXT, RAW_TEXT: UTF-8 text, `length` bytes, not NUL-terminated.
    const char *text;
    int32_t length;
    /// Bytes of input the parser had consumed when it reported the event. For START it lies
    /// inside the start tag, after its attributes; for END just past the end tag. Text events
    /// may be reported before the parser moves past them: locate text from element positions.
    int64_t position;
} mtl_markup_event;

typedef void (*mtl_markup_handler)(void *context, const mtl_markup_event *event);

/// Parses `length` bytes of UTF-8 (any encoding declaration inside is ignored: the caller has
/// decoded the text) as XML, or as HTML when `html` != 0, calling `handler` for each event.
/// Never touches the network and never loads or expands external entities. Returns 0, or -1
/// when XML is malformed: then `message` holds the parser's first error and `line` its line.
int32_t mtl_markup_parse(const uint8_t *bytes, int32_t length, int32_t html,
                         mtl_markup_handler handler, void *context,
                         char *message, int32_t messageCapacity, int32_t *line);

#ifdef __cplusplus
}
#endif

#endif
