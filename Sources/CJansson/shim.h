#ifndef CLI_INPUT_LS_CJANSSON_SHIM_H
#define CLI_INPUT_LS_CJANSSON_SHIM_H
#include <jansson.h>

/* JSON_INDENT(n) and JSON_REAL_PRECISION(n) are function-like macros Swift cannot call. */
static inline size_t cjansson_indent(int n) { return JSON_INDENT(n); }
static inline size_t cjansson_real_precision(int n) { return JSON_REAL_PRECISION(n); }
/* json_decref is an inline function with a macro-guarded refcount; give Swift a plain call. */
static inline void cjansson_decref(json_t *json) { json_decref(json); }
static inline json_t *cjansson_incref(json_t *json) { return json_incref(json); }
static inline int cjansson_typeof(const json_t *json) { return (int)json_typeof(json); }
#endif
