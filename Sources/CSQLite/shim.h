#ifndef NL2SQLGEN_CSQLITE_SHIM_H
#define NL2SQLGEN_CSQLITE_SHIM_H
#include <sqlite3.h>

// SQLITE_TRANSIENT is a macro cast of -1 that Swift cannot import.
static inline sqlite3_destructor_type nl2sqlgen_sqlite_transient(void) { return SQLITE_TRANSIENT; }

// sqlite3_db_config is variadic; these fixed-signature shims make it callable from Swift.
static inline int nl2sqlgen_db_config_int(sqlite3 *db, int op, int value) {
    return sqlite3_db_config(db, op, value, (int *)0);
}
#endif
