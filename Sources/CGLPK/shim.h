#ifndef NL2SQLGEN_CGLPK_SHIM_H
#define NL2SQLGEN_CGLPK_SHIM_H
#include <glpk.h>

// Only the module `LinearProgramming` imports this. GLPK keeps its environment per thread
// (built with _Thread_local), so every problem lives inside one synchronous solve call.
#endif
