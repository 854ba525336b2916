// CXML: the only place that sees libxml2. A pull reader over XML (or HTML) in memory that
// hands out elements, attributes and text with their line numbers, in plain C types, so
// the Swift side never includes <libxml/...>.
#ifndef MTLINT_CXML_H
#define MTLINT_CXML_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct mtl_xml_reader mtl_xml_reader;

/// What `mtl_xml_next` found.
enum {
    MTL_XML_ERROR = -1, ///< malformed input: see mtl_xml_error_message / mtl_xml_error_line
    MTL_XML_END = 0,    ///< end of the document
    MTL_XML_START = 1,  ///< an element opens (a self-closing one is followed by MTL_XML_CLOSE)
    MTL_XML_CLOSE = 2,  ///< an element closes
    MTL_XML_TEXT = 3    ///< character data (text, CDATA, whitespace between elements)
};

/// Opens a reader over `length` bytes (not copied: they must outlive the reader). `name`
/// (e.g. a file path) appears in error messages. `html` != 0 parses forgiving HTML instead
/// of XML. Never fetches anything from the network and does not expand external entities.
/// Returns NULL only when out of memory.
mtl_xml_reader *mtl_xml_open(const uint8_t *bytes, int32_t length, const char *name, int32_t html);

void mtl_xml_close(mtl_xml_reader *reader);

/// Advances to the next event (one of the MTL_XML_ constants).
int32_t mtl_xml_next(mtl_xml_reader *reader);

/// The current element's local name (START, CLOSE), without a namespace prefix.
const char *mtl_xml_name(mtl_xml_reader *reader);

/// The current element's namespace URI, or NULL.
const char *mtl_xml_namespace(mtl_xml_reader *reader);

/// The current text (TEXT), UTF-8 with entities resolved.
const char *mtl_xml_text(mtl_xml_reader *reader);

/// The 1-based line of the current event (0 if unknown).
int32_t mtl_xml_line(mtl_xml_reader *reader);

/// Number of attributes of the current element (START); namespace declarations excluded.
int32_t mtl_xml_attribute_count(mtl_xml_reader *reader);

/// The qualified name (e.g. "xml:lang", "type") and value of attribute `index` (START).
const char *mtl_xml_attribute_name(mtl_xml_reader *reader, int32_t index);
const char *mtl_xml_attribute_value(mtl_xml_reader *reader, int32_t index);

/// After MTL_XML_ERROR: the parser's message (never NULL) and its 1-based line (0 if unknown).
const char *mtl_xml_error_message(mtl_xml_reader *reader);
int32_t mtl_xml_error_line(mtl_xml_reader *reader);

// SAX events with input positions, for text extracted from HTML and XLIFF (markup.c).
#include "CXMLMarkup.h"

#ifdef __cplusplus
}
#endif

#endif
