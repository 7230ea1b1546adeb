#ifndef NL2SQLGEN_CCURL_SHIM_H
#define NL2SQLGEN_CCURL_SHIM_H
#include <curl/curl.h>

// curl_easy_setopt and curl_easy_getinfo are variadic; these fixed-signature shims make them
// callable from Swift.
static inline CURLcode nl2sqlgen_curl_setopt_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}
static inline CURLcode nl2sqlgen_curl_setopt_pointer(CURL *handle, CURLoption option, const void *value) {
    return curl_easy_setopt(handle, option, value);
}
static inline CURLcode nl2sqlgen_curl_setopt_offset(CURL *handle, CURLoption option, curl_off_t value) {
    return curl_easy_setopt(handle, option, value);
}
typedef size_t (*nl2sqlgen_curl_data_callback)(char *data, size_t size, size_t count, void *context);
static inline CURLcode nl2sqlgen_curl_setopt_callback(CURL *handle, CURLoption option, nl2sqlgen_curl_data_callback value) {
    return curl_easy_setopt(handle, option, value);
}
typedef int (*nl2sqlgen_curl_progress_callback)(void *context, curl_off_t dltotal, curl_off_t dlnow, curl_off_t ultotal, curl_off_t ulnow);
static inline CURLcode nl2sqlgen_curl_setopt_progress(CURL *handle, nl2sqlgen_curl_progress_callback value) {
    return curl_easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, value);
}
static inline CURLcode nl2sqlgen_curl_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return curl_easy_getinfo(handle, info, value);
}
#endif
