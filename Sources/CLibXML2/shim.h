#ifndef GAINSAY_CLIBXML2_SHIM_H
#define GAINSAY_CLIBXML2_SHIM_H
/* Debian's libxml2 is built with ICU, so <libxml/encoding.h> would pull in the system's
   <unicode/ucnv.h>, whose enums clash with the ICU copy that Foundation bundles
   (_FoundationICU) and break every Swift file that imports both. Gainsay never touches the ICU
   converter fields (they only sit at the end of xmlCharEncodingHandler, which Swift code does not
   allocate or read), so the ICU part of the headers is switched off. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xmlerror.h>

/* libxml2 reports some errors (encoding conversion, I/O) through a per-thread "generic error"
   callback that writes to stderr even when a parse asks for XML_PARSE_NOERROR. The callback is
   variadic, which Swift cannot define, so the discarding handler lives here. Call
   gainsay_xml_silence_errors() on the parsing thread before each parse. */
static void gainsay_xml_discard_error(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

static void gainsay_xml_discard_structured_error(void *context, xmlErrorPtr error) {
    (void)context;
    (void)error;
}

static inline void gainsay_xml_silence_errors(void) {
    xmlSetGenericErrorFunc(NULL, gainsay_xml_discard_error);
    xmlSetStructuredErrorFunc(NULL, gainsay_xml_discard_structured_error);
}

#endif
