#ifndef NL2SQLGEN_CPOSTGRES_SHIM_H
#define NL2SQLGEN_CPOSTGRES_SHIM_H
#include <libpq-fe.h>

// The PG_DIAG_* field codes are character macros; these fixed functions make them callable from Swift.
static inline const char *nl2sqlgen_pq_sqlstate(const PGresult *result) {
    return PQresultErrorField(result, PG_DIAG_SQLSTATE);
}
static inline const char *nl2sqlgen_pq_primary_message(const PGresult *result) {
    return PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY);
}
static inline const char *nl2sqlgen_pq_detail(const PGresult *result) {
    return PQresultErrorField(result, PG_DIAG_MESSAGE_DETAIL);
}
static inline const char *nl2sqlgen_pq_hint(const PGresult *result) {
    return PQresultErrorField(result, PG_DIAG_MESSAGE_HINT);
}
#endif
