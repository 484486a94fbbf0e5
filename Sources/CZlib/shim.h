#ifndef CLI_INPUT_LS_CZLIB_SHIM_H
#define CLI_INPUT_LS_CZLIB_SHIM_H
#include <zlib.h>
/* inflateInit2 is a function-like macro. */
static inline int czlib_inflate_init2(z_streamp strm, int windowBits) { return inflateInit2(strm, windowBits); }
#endif
