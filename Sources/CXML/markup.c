#include "CXMLMarkup.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    xmlParserCtxtPtr parser;
    mtl_markup_handler handler;
    void *context;
    char *message;
    int32_t messageCapacity;
    int32_t errorLine;
    int failed;
} state;

static void emit(state *s, int32_t kind, const xmlChar *name, const char *const *attributes,
                 const xmlChar *text, int length) {
    mtl_markup_event event = {kind, (const char *)name, attributes, (const char *)text, length,
                              (int64_t)xmlByteConsumed(s->parser)};
    s->handler(s->context, &event);
}

static void html_start(void *c, const xmlChar *name, const xmlChar **attributes) {
    static const char *const none[] = {NULL};
    emit(c, MTL_MARKUP_START, name, attributes ? (const char *const *)attributes : none, NULL, 0);
}

static void any_end(void *c, const xmlChar *name) { emit(c, MTL_MARKUP_END, name, NULL, NULL, 0); }

static void text(void *c, const xmlChar *chars, int length) { emit(c, MTL_MARKUP_TEXT, NULL, NULL, chars, length); }

static void raw_text(void *c, const xmlChar *chars, int length) { emit(c, MTL_MARKUP_RAW_TEXT, NULL, NULL, chars, length); }

static void xml_start(void *c, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri,
                      int namespaceCount, const xmlChar **namespaces, int attributeCount, int defaulted,
                      const xmlChar **attributes) {
    (void)uri; (void)prefix; (void)namespaceCount; (void)namespaces; (void)defaulted;
    // SAX2 gives (localname, prefix, URI, value, value end) per attribute; make NUL-terminated pairs.
    char **pairs = calloc((size_t)attributeCount * 2 + 1, sizeof(char *));
    if (pairs == NULL) return;
    for (int i = 0; i < attributeCount; i++) {
        const xmlChar **a = attributes + i * 5;
        size_t nameLength = strlen((const char *)a[0]) + (a[1] ? strlen((const char *)a[1]) + 1 : 0);
        char *qualified = malloc(nameLength + 1);
        if (qualified) {
            if (a[1]) { strcpy(qualified, (const char *)a[1]); strcat(qualified, ":"); strcat(qualified, (const char *)a[0]); }
            else strcpy(qualified, (const char *)a[0]);
        }
        size_t valueLength = (size_t)(a[4] - a[3]);
        char *value = malloc(valueLength + 1);
        if (value) { memcpy(value, a[3], valueLength); value[valueLength] = '\0'; }
        pairs[i * 2] = qualified ? qualified : strdup("");
        pairs[i * 2 + 1] = value ? value : strdup("");
    }
    emit(c, MTL_MARKUP_START, localname, (const char *const *)pairs, NULL, 0);
    for (int i = 0; i < attributeCount * 2; i++) free(pairs[i]);
    free(pairs);
}

static void xml_end(void *c, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri) {
    (void)prefix; (void)uri;
    any_end(c, localname);
}

static void record_error(void *c, xmlErrorPtr error) {
    state *s = c;
    if (error == NULL || error->level < XML_ERR_ERROR || s->failed) return;
    s->failed = 1;
    s->errorLine = error->line;
    if (s->message && s->messageCapacity > 0) {
        const char *text = error->message ? error->message : "malformed XML";
        strncpy(s->message, text, (size_t)s->messageCapacity - 1);
        s->message[s->messageCapacity - 1] = '\0';
        size_t n = strlen(s->message);
        while (n > 0 && (s->message[n - 1] == '\n' || s->message[n - 1] == ' ')) s->message[--n] = '\0';
    }
}

// libxml2 must be initialized once before threads parse concurrently.
static pthread_once_t initialized = PTHREAD_ONCE_INIT;
static void initialize(void) { xmlInitParser(); }

int32_t mtl_markup_parse(const uint8_t *bytes, int32_t length, int32_t html,
                         mtl_markup_handler handler, void *context,
                         char *message, int32_t messageCapacity, int32_t *line) {
    state s = {NULL, handler, context, message, messageCapacity, 0, 0};
    if (message && messageCapacity > 0) message[0] = '\0';
    xmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.characters = text;
    sax.ignorableWhitespace = text;
    sax.cdataBlock = raw_text;
    pthread_once(&initialized, initialize);
    // No resolveEntity handler, no XML_PARSE_DTDLOAD or XML_PARSE_NOENT: external subsets and
    // entities are never loaded or expanded.
    xmlParserCtxtPtr parser;
    if (html) {
        sax.startElement = html_start;
        sax.endElement = any_end;
        parser = htmlCreateMemoryParserCtxt((const char *)bytes, length);
    } else {
        sax.initialized = XML_SAX2_MAGIC;
        sax.startElementNs = xml_start;
        sax.endElementNs = xml_end;
        sax.serror = record_error;
        parser = xmlCreateMemoryParserCtxt((const char *)bytes, length);
    }
    if (parser == NULL) {
        if (message && messageCapacity > 0) strncpy(message, "out of memory", (size_t)messageCapacity - 1);
        if (line) *line = 0;
        return -1;
    }
    xmlSAXHandlerPtr own = malloc(sizeof sax);
    memcpy(own, &sax, sizeof sax);
    xmlFree(parser->sax);
    parser->sax = own;
    parser->userData = &s;
    s.parser = parser;
    int32_t result = 0;
    if (html) {
        xmlSwitchEncoding(parser, XML_CHAR_ENCODING_UTF8);
        htmlCtxtUseOptions(parser, HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                                   HTML_PARSE_NOWARNING | HTML_PARSE_IGNORE_ENC | HTML_PARSE_NOIMPLIED);
        htmlParseDocument(parser);
    } else {
        xmlCtxtUseOptions(parser, XML_PARSE_NONET | XML_PARSE_IGNORE_ENC | XML_PARSE_NOWARNING);
        xmlParseDocument(parser);
        if (!parser->wellFormed || s.failed) {
            result = -1;
            if (!s.failed && message && messageCapacity > 0) strncpy(message, "malformed XML", (size_t)messageCapacity - 1);
            if (line) *line = s.failed ? s.errorLine : parser->input ? parser->input->line : 0;
        }
    }
    if (html) htmlFreeParserCtxt(parser); else xmlFreeParserCtxt(parser);
    return result;
}
