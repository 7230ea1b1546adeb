/* The limit for the validation benchmark: a plain loop of sqlite3_prepare_v2/sqlite3_finalize
 * over the same statements (NUL-separated file written by `nl2sqlgen bench validation --emit`).
 * Usage: prepare_loop DATABASE STATEMENTS COUNT */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int main(int argc, char **argv) {
    if (argc != 4) { fprintf(stderr, "usage: %s DATABASE STATEMENTS COUNT\n", argv[0]); return 2; }
    FILE *file = fopen(argv[2], "rb");
    if (!file) { perror(argv[2]); return 2; }
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    char *text = malloc(size + 1);
    if (fread(text, 1, size, file) != (size_t)size) { perror("read"); return 2; }
    text[size] = 0;
    fclose(file);
    const char *statements[4096];
    int n = 0;
    for (char *cursor = text; cursor < text + size && n < 4096; cursor += strlen(cursor) + 1) statements[n++] = cursor;
    sqlite3 *db;
    if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY, 0) != SQLITE_OK) { fprintf(stderr, "cannot open %s\n", argv[1]); return 2; }
    long count = atol(argv[3]);
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (long i = 0; i < count; i++) {
        sqlite3_stmt *stmt;
        if (sqlite3_prepare_v2(db, statements[i % n], -1, &stmt, 0) != SQLITE_OK) { fprintf(stderr, "prepare failed: %s\n", sqlite3_errmsg(db)); return 1; }
        sqlite3_finalize(stmt);
    }
    clock_gettime(CLOCK_MONOTONIC, &end);
    double seconds = (end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) / 1e9;
    printf("statements: %d distinct, %ld prepared in %.3f s: %.0f statements/s\n", n, count, seconds, count / seconds);
    sqlite3_close(db);
    free(text);
    return 0;
}
