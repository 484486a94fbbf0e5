#ifndef CLI_INPUT_LS_CYAML_SHIM_H
#define CLI_INPUT_LS_CYAML_SHIM_H
#include <yaml.h>
#endif
