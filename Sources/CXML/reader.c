#include "CXML.h"

#include <libxml/HTMLparser.h>
#include <libxml/xmlreader.h>
#include <stdlib.h>
#include <string.h>

struct mtl_xml_reader {
    xmlTextReaderPtr reader;
    htmlDocPtr html; // owned when reading HTML through a tree walker
    int pendingClose; // a self-closing element still owes its CLOSE event
    int finished;
    int line;
    const char *name;
    const char *ns;
    const char *text;
    int attributeCount;
    int attributeCapacity;
    char **attributes; // name, value, name, value, ...
    char errorMessage[512];
    int errorLine;
};

static void clear_attributes(mtl_xml_reader *r) {
    for (int i = 0; i < r->attributeCount * 2; i++) free(r->attributes[i]);
    r->attributeCount = 0;
}

static void record_error(void *context, xmlErrorPtr error) {
    mtl_xml_reader *r = context;
    if (error == NULL || r->errorMessage[0] != '\0') return; // keep the first error
    if (error->level < XML_ERR_ERROR) return;
    const char *message = error->message ? error->message : "malformed XML";
    strncpy(r->errorMessage, message, sizeof r->errorMessage - 1);
    size_t length = strlen(r->errorMessage);
    while (length > 0 && (r->errorMessage[length - 1] == '\n' || r->errorMessage[length - 1] == ' ')) {
        r->errorMessage[--length] = '\0';
    }
    r->errorLine = error->line;
}

mtl_xml_reader *mtl_xml_open(const uint8_t *bytes, int32_t length, const char *name, int32_t html) {
    mtl_xml_reader *r = calloc(1, sizeof *r);
    if (r == NULL) return NULL;
    if (html) {
        r->html = htmlReadMemory((const char *)bytes, length, name, NULL,
                                 HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
        if (r->html != NULL) r->reader = xmlReaderWalker(r->html);
    } else {
        r->reader = xmlReaderForMemory((const char *)bytes, length, name, NULL, XML_PARSE_NONET | XML_PARSE_NOCDATA);
        if (r->reader != NULL) xmlTextReaderSetStructuredErrorHandler(r->reader, record_error, r);
    }
    if (r->reader == NULL) {
        strcpy(r->errorMessage, html ? "cannot parse HTML" : "cannot open XML reader");
    }
    return r;
}

void mtl_xml_close(mtl_xml_reader *r) {
    if (r == NULL) return;
    clear_attributes(r);
    free(r->attributes);
    if (r->reader) xmlFreeTextReader(r->reader);
    if (r->html) xmlFreeDoc(r->html);
    free(r);
}

static int current_line(mtl_xml_reader *r) {
    xmlNodePtr node = xmlTextReaderCurrentNode(r->reader);
    long line = node ? xmlGetLineNo(node) : -1;
    if (line <= 0 && r->html == NULL) line = xmlTextReaderGetParserLineNumber(r->reader);
    return line > 0 ? (int)line : 0;
}

static int collect_attributes(mtl_xml_reader *r) {
    int count = xmlTextReaderAttributeCount(r->reader);
    for (int i = 0; i < count; i++) {
        if (xmlTextReaderMoveToAttributeNo(r->reader, i) != 1) continue;
        const xmlChar *name = xmlTextReaderConstName(r->reader);
        const xmlChar *value = xmlTextReaderConstValue(r->reader);
        if (name == NULL) continue;
        if (strcmp((const char *)name, "xmlns") == 0 || strncmp((const char *)name, "xmlns:", 6) == 0) continue;
        if (r->attributeCount + 1 > r->attributeCapacity) {
            int capacity = r->attributeCapacity ? r->attributeCapacity * 2 : 8;
            char **grown = realloc(r->attributes, sizeof(char *) * 2 * capacity);
            if (grown == NULL) return -1;
            r->attributes = grown;
            r->attributeCapacity = capacity;
        }
        r->attributes[r->attributeCount * 2] = strdup((const char *)name);
        r->attributes[r->attributeCount * 2 + 1] = strdup(value ? (const char *)value : "");
        r->attributeCount++;
    }
    xmlTextReaderMoveToElement(r->reader);
    return 0;
}

int32_t mtl_xml_next(mtl_xml_reader *r) {
    if (r->reader == NULL) return MTL_XML_ERROR;
    clear_attributes(r);
    r->text = NULL;
    if (r->pendingClose) {
        r->pendingClose = 0;
        return MTL_XML_CLOSE; // name, namespace and line stay those of the element
    }
    if (r->finished) return MTL_XML_END;
    while (1) {
        int status = xmlTextReaderRead(r->reader);
        if (status == 0) {
            r->finished = 1;
            return r->errorMessage[0] ? MTL_XML_ERROR : MTL_XML_END;
        }
        if (status < 0 || r->errorMessage[0]) {
            if (!r->errorMessage[0]) strcpy(r->errorMessage, "malformed XML");
            if (!r->errorLine) r->errorLine = xmlTextReaderGetParserLineNumber(r->reader);
            r->finished = 1;
            return MTL_XML_ERROR;
        }
        int type = xmlTextReaderNodeType(r->reader);
        switch (type) {
        case XML_READER_TYPE_ELEMENT:
            r->name = (const char *)xmlTextReaderConstLocalName(r->reader);
            r->ns = (const char *)xmlTextReaderConstNamespaceUri(r->reader);
            r->line = current_line(r);
            if (collect_attributes(r) != 0) return MTL_XML_ERROR;
            r->pendingClose = xmlTextReaderIsEmptyElement(r->reader) == 1;
            return MTL_XML_START;
        case XML_READER_TYPE_END_ELEMENT:
            r->name = (const char *)xmlTextReaderConstLocalName(r->reader);
            r->ns = (const char *)xmlTextReaderConstNamespaceUri(r->reader);
            r->line = current_line(r);
            return MTL_XML_CLOSE;
        case XML_READER_TYPE_TEXT:
        case XML_READER_TYPE_CDATA:
        case XML_READER_TYPE_WHITESPACE:
        case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
            r->text = (const char *)xmlTextReaderConstValue(r->reader);
            r->line = current_line(r);
            return MTL_XML_TEXT;
        default:
            continue; // comments, processing instructions, doctype
        }
    }
}

const char *mtl_xml_name(mtl_xml_reader *r) { return r->name ? r->name : ""; }
const char *mtl_xml_namespace(mtl_xml_reader *r) { return r->ns; }
const char *mtl_xml_text(mtl_xml_reader *r) { return r->text ? r->text : ""; }
int32_t mtl_xml_line(mtl_xml_reader *r) { return r->line; }
int32_t mtl_xml_attribute_count(mtl_xml_reader *r) { return r->attributeCount; }

const char *mtl_xml_attribute_name(mtl_xml_reader *r, int32_t index) {
    return index >= 0 && index < r->attributeCount ? r->attributes[index * 2] : "";
}

const char *mtl_xml_attribute_value(mtl_xml_reader *r, int32_t index) {
    return index >= 0 && index < r->attributeCount ? r->attributes[index * 2 + 1] : "";
}

const char *mtl_xml_error_message(mtl_xml_reader *r) { return r->errorMessage[0] ? r->errorMessage : "malformed XML"; }
int32_t mtl_xml_error_line(mtl_xml_reader *r) { return r->errorLine; }
