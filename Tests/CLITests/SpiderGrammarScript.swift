/// Python (json, re only): an independent reader of the SQL subset that Spider's `process_sql.py`
/// parses, as docs/export.md states it, written for these tests (not Spider's code). `check(sql,
/// tables)` raises `SpiderGrammarError` at the first place a query leaves the grammar; `tables` maps
/// lower-cased table names to sets of lower-cased column names. The self-test at the end refuses
/// what Spider's evaluators refuse (SELECT aliases, CTEs, CASE, windows, IN lists, LEFT JOIN, other
/// functions, parenthesised conditions) and reads a query of every accepted clause.
enum SpiderGrammarScript {
    static let source = #"""
    import re
    class SpiderGrammarError(Exception): pass
    CLAUSES = {'select', 'from', 'where', 'group', 'order', 'limit', 'intersect', 'union', 'except', 'having'}
    AGGS = {'count', 'sum', 'avg', 'min', 'max'}
    TOKEN = re.compile(r"\s*(?:('[^']*')|(\d+(?:\.\d+)?)(?![A-Za-z_])|([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?)|(!=|>=|<=|[=<>(),*+/-]))")

    def spider_tokens(sql):
        sql, toks, i = sql.strip(), [], 0
        while i < len(sql):
            m = TOKEN.match(sql, i)
            if not m: raise SpiderGrammarError('cannot read %r' % sql[i:i + 20])
            s, n, w, o = m.groups()
            if s is not None and '"' in s: raise SpiderGrammarError('string with a double quote')
            toks.append(('str', s) if s is not None else ('num', n) if n else ('word', w.lower()) if w else ('op', o))
            i = m.end()
        return toks

    class Reader:
        def __init__(self, toks, tables):
            self.t, self.i, self.tables, self.scope = toks, 0, tables, []
            self.alias = {name: name for name in tables}
            for k, (kind, text) in enumerate(toks):
                if (kind, text) == ('word', 'as'):
                    table, name = toks[k - 1][1], toks[k + 1][1] if k + 1 < len(toks) else None
                    if table not in tables or name is None or name in tables:
                        raise SpiderGrammarError('AS after %s: only tables may have aliases' % table)
                    if self.alias.get(name, table) != table: raise SpiderGrammarError('alias %s names two tables' % name)
                    self.alias[name] = table
        def peek(self): return self.t[self.i] if self.i < len(self.t) else (None, None)
        def word(self, *w): return self.peek()[0] == 'word' and self.peek()[1] in w
        def op(self, *o): return self.peek()[0] == 'op' and self.peek()[1] in o
        def fail(self, what): raise SpiderGrammarError('expected %s at %r (token %d)' % (what, self.peek()[1], self.i))
        def take_word(self, w):
            if not self.word(w): self.fail(w)
            self.i += 1
        def take_op(self, o):
            if not self.op(o): self.fail(o)
            self.i += 1
        def clause_end(self): return self.peek()[0] is None or self.op(')') or self.word(*CLAUSES)
        def query(self):
            self.core()
            if self.word('union', 'intersect', 'except'):
                self.i += 1
                self.query()
        def core(self):
            self.take_word('select')
            start, depth = self.i, 0
            while self.peek()[0] is not None and not (depth == 0 and self.word('from')):
                depth += 1 if self.op('(') else -1 if self.op(')') else 0
                self.i += 1
            self.take_word('from')
            outer, self.scope = self.scope, []
            self.table()
            while self.word('join'):
                self.i += 1
                self.table()
                if self.word('on'):
                    self.i += 1
                    self.condition()
            if not self.clause_end(): self.fail('JOIN or a clause')
            after_from, self.i = self.i, start
            if self.word('distinct'): self.i += 1
            while True:
                if self.word(*AGGS):
                    self.i += 1
                    if not self.op('('): self.fail('(')
                self.val_unit()
                if not self.op(','): break
                self.i += 1
            if not self.word('from'): self.fail('"," or FROM (no aliases in SELECT)')
            self.i = after_from
            if self.word('where'):
                self.i += 1
                self.condition()
            if self.word('group'):
                self.i += 1
                self.take_word('by')
                self.col_unit()
                while self.op(','):
                    self.i += 1
                    self.col_unit()
            if self.word('having'):
                self.i += 1
                self.condition()
            if self.word('order'):
                self.i += 1
                self.take_word('by')
                while True:
                    self.val_unit()
                    if self.word('asc', 'desc'): self.i += 1
                    if not self.op(','): break
                    self.i += 1
            if self.word('limit'):
                self.i += 1
                if self.peek()[0] != 'num' or '.' in self.peek()[1]: self.fail('an integer')
                self.i += 1
            self.scope = outer
            if not self.clause_end(): self.fail('a clause')
        def table(self):
            kind, name = self.peek()
            if kind != 'word' or name not in self.tables: self.fail('a table')
            self.scope.append(name)
            self.i += 1
            if self.word('as'): self.i += 2
        def condition(self):
            while True:
                self.val_unit()
                if self.word('not'): self.i += 1
                if self.op('=', '!=', '<', '>', '<=', '>=') or self.word('like', 'in'):
                    self.i += 1
                    self.value()
                elif self.word('between'):
                    self.i += 1
                    self.value()
                    self.take_word('and')
                    self.value()
                else:
                    self.fail('a comparison')
                if not self.word('and', 'or'): break
                self.i += 1
            if not (self.clause_end() or self.word('join')): self.fail('AND, OR or a clause')
        def value(self):
            kind, text = self.peek()
            if self.op('('):
                self.i += 1
                if self.word('select'): self.query()
                else: self.value()
                self.take_op(')')
            elif kind in ('str', 'num'):
                self.i += 1
            else:
                self.col_unit()
        def val_unit(self):
            block = self.op('(')
            if block: self.i += 1
            self.col_unit()
            if self.op('+', '-', '*', '/'):
                self.i += 1
                self.col_unit()
            if block: self.take_op(')')
        def col_unit(self):
            if self.word(*AGGS):
                self.i += 1
                self.take_op('(')
                if self.word('distinct'): self.i += 1
                self.column()
                self.take_op(')')
                return
            if self.word('distinct'): self.i += 1
            self.column()
        def column(self):
            kind, text = self.peek()
            self.i += 1
            if (kind, text) == ('op', '*'): return
            if kind != 'word': self.fail('a column')
            if '.' in text:
                alias, col = text.split('.')
                if alias not in self.alias or col not in self.tables[self.alias[alias]]:
                    raise SpiderGrammarError('%s is not a column' % text)
            elif not any(text in self.tables[t] for t in self.scope):
                raise SpiderGrammarError('%s is not a column of FROM' % text)

    def check(sql, tables):
        reader = Reader(spider_tokens(sql), tables)
        reader.query()
        if reader.i != len(reader.t): reader.fail('the end')

    def spider_tables(entry):
        names = [t.lower() for t in entry['table_names_original']]
        tables = {name: set() for name in names}
        for index, column in entry['column_names_original']:
            if index >= 0: tables[names[index]].add(column.lower())
        return tables

    _T = {'a': {'x', 'y', 'k'}, 'b': {'k', 'z'}}
    for _good in ["SELECT t0.x, SUM(t1.z), COUNT(DISTINCT t0.y) FROM a AS t0 JOIN b AS t1 ON t0.k = t1.k WHERE t0.y LIKE 'A%' AND t1.z BETWEEN 1 AND 5 OR t0.x != 'q' GROUP BY t0.x HAVING COUNT(*) > 2 ORDER BY SUM(t1.z) DESC LIMIT 5",
                  "SELECT DISTINCT x FROM a WHERE k IN (SELECT k FROM b) UNION SELECT z FROM b"]:
        check(_good, _T)
    for _bad in ["SELECT SUM(t0.x) AS total FROM a AS t0 ORDER BY total", "WITH c AS (SELECT x FROM a) SELECT x FROM c",
                 "SELECT CASE WHEN x = 1 THEN 1 END FROM a", "SELECT RANK() OVER (ORDER BY x) FROM a", "SELECT x FROM a WHERE x IN (1, 2)",
                 "SELECT x FROM a LEFT JOIN b ON a.k = b.k", "SELECT strftime('%Y', x) FROM a", "SELECT x FROM a WHERE (x = 1 OR y = 2)",
                 "SELECT SUM(x) / SUM(y) FROM a", "SELECT x FROM a WHERE x IS NULL", "SELECT w FROM a"]:
        try:
            check(_bad, _T)
        except SpiderGrammarError:
            continue
        raise AssertionError('the grammar check read %s' % _bad)
    """#
}
