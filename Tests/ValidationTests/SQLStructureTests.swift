import Testing
import Model
import SQLite
@testable import Validation
import TestSupport

/// Handwritten SQL for each construct of the structure analysis, with the uses, joins, unused
/// tables and fan traps expected. SQLite checks every SQL too: it must compile, and the columns the
/// analysis finds must be the columns SQLite's authorizer reports as read by name.
@Suite struct SQLStructureTests {
    let schema: Schema
    let validator: Validator
    let connection: Connection

    init() throws {
        schema = try TPCDSDatabase.schema()
        (validator, connection) = try TPCDSDatabase.emptyValidator()
    }

    func analyze(_ sql: String, sameColumnsAsSQLite: Bool = true, sourceLocation: SourceLocation = #_sourceLocation) throws -> SQLStructure {
        let structure = try SQLStructure.analyze(sql, schema: schema)
        let result = validator.analyze(sql)
        #expect(result.verdict == .ok, "SQLite: \(result.message ?? "")", sourceLocation: sourceLocation)
        if sameColumnsAsSQLite {
            let found = Set(structure.columnUses.map(\.ref))
            #expect(found == Set(result.columns), "differs from SQLite: \(found.symmetricDifference(result.columns).sorted())",
                    sourceLocation: sourceLocation)
        }
        return structure
    }

    /// Each use as `clause alias.column [AGGREGATE] {FUNCTIONS} =lit`.
    func uses(_ sql: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        try analyze(sql, sourceLocation: sourceLocation).columnUses.map(Self.render)
    }

    static func render(_ use: ColumnUse) -> String {
        var text = "\(use.clause.rawValue) \(use.instance.alias).\(use.ref.column)"
        if let aggregate = use.aggregate { text += " [\(aggregate)]" }
        if !use.functions.isEmpty { text += " {\(use.functions.joined(separator: ","))}" }
        if use.comparedToLiteral { text += " =lit" }
        return text
    }

    // MARK: Clauses, aggregates, functions

    @Test func clausesAggregatesAndFunctions() throws {
        let sql = """
            SELECT i_category, ROUND(SUM(ss_net_paid), 2) AS total, COUNT(DISTINCT ss_customer_sk) AS buyers
            FROM store_sales JOIN item ON ss_item_sk = i_item_sk
            WHERE ss_quantity > 5 AND strftime('%Y', i_rec_start_date) = '2000'
            GROUP BY i_category
            HAVING AVG(ss_sales_price) BETWEEN 1 AND 100
            ORDER BY total DESC, MAX(i_current_price) NULLS LAST
            LIMIT 10;
            """
        #expect(try uses(sql) == [
            "select item.i_category",
            "select store_sales.ss_net_paid [SUM] {ROUND}",
            "select store_sales.ss_customer_sk [COUNT DISTINCT]",
            "join store_sales.ss_item_sk",
            "join item.i_item_sk",
            "filter store_sales.ss_quantity =lit",
            "filter item.i_rec_start_date {STRFTIME} =lit",
            "group item.i_category",
            "having store_sales.ss_sales_price [AVG] =lit",
            "order item.i_current_price [MAX]",
        ])
        let structure = try analyze(sql)
        #expect(structure.scopes.count == 1)
        let scope = structure.scopes[0]
        #expect(scope.tables == [TableInstance(scope: 0, alias: "store_sales", table: "store_sales"),
                                 TableInstance(scope: 0, alias: "item", table: "item")])
        #expect(scope.hasGroupBy && scope.hasAggregate && scope.orderBy && !scope.readsStar)
        #expect(scope.limit == 10)
        #expect(scope.uses == structure.columnUses)
        #expect(structure.joinedEdges(schema: schema) == ["store_sales(ss_item_sk)->item(i_item_sk)"])
    }

    @Test func expressionsOfEveryKind() throws {
        let sql = """
            SELECT "c".c_first_name || ' ' || [c].`c_last_name` AS name,
                   CASE c_preferred_cust_flag WHEN 'Y' THEN 1 ELSE 0 END,
                   CASE WHEN c_birth_year IS NOT NULL THEN CAST(c_birth_year AS INTEGER) END,
                   coalesce(c_email_address, x'00', 0x1F, -1.5e3, 'it''s') COLLATE NOCASE,
                   max(c_birth_month, c_birth_day)
            FROM customer AS "c"
            WHERE c_last_name LIKE 'S%' ESCAPE '!' AND c_first_name NOT GLOB 'A*' AND c_salutation IN ('Mr.', 'Dr.')
              AND c_birth_country NOT IN (SELECT ca_country FROM customer_address) AND c_login ISNULL
              AND (c_customer_id, c_birth_year) = ('A', 1970) AND c_birth_day NOT BETWEEN 1 AND 5
              AND c_email_address IS NOT 'x' AND c_current_addr_sk = c_current_cdemo_sk
            """
        #expect(try uses(sql) == [
            "select c.c_first_name",
            "select c.c_last_name",
            "select c.c_preferred_cust_flag =lit",
            "select c.c_birth_year =lit",
            "select c.c_birth_year {CAST}",
            "select c.c_email_address {COALESCE}",
            "select c.c_birth_month {MAX}",
            "select c.c_birth_day {MAX}",
            "filter c.c_last_name =lit",
            "filter c.c_first_name =lit",
            "filter c.c_salutation =lit",
            "filter c.c_birth_country",
            "select customer_address.ca_country",
            "filter c.c_login =lit",
            "filter c.c_customer_id =lit",
            "filter c.c_birth_year =lit",
            "filter c.c_birth_day =lit",
            "filter c.c_email_address =lit",
            "filter c.c_current_addr_sk",
            "filter c.c_current_cdemo_sk",
        ])
        let structure = try analyze(sql)
        #expect(structure.scopes.count == 2)
        #expect(structure.scopes[1].parent == 0)
        #expect(structure.scopes[1].uses.map(Self.render) == ["select customer_address.ca_country"])
        #expect(!structure.scopes[0].hasAggregate)
    }

    @Test func aliasesInOrderGroupAndHavingAreNotColumns() throws {
        let sql = """
            SELECT s_state AS st, COUNT(*) AS n FROM store GROUP BY st HAVING n > 1 ORDER BY n, st
            """
        #expect(try uses(sql) == ["select store.s_state"])
        // A result alias that is also a column name: ORDER BY reads the alias, WHERE the column.
        let shadow = "SELECT s_city AS s_state FROM store WHERE s_state = 'TN' ORDER BY s_state"
        #expect(try uses(shadow) == ["select store.s_city", "filter store.s_state =lit"])
        #expect(try analyze("SELECT s_store_name FROM store ORDER BY 1 LIMIT 5 OFFSET 2").scopes[0].limit == 5)
        #expect(try analyze("SELECT s_store_name FROM store LIMIT 2, 5").scopes[0].limit == 5)
    }

    @Test func windowsFiltersAndTheWindowClause() throws {
        let sql = """
            SELECT i_brand,
                   SUM(ss_net_paid) OVER (PARTITION BY i_category ORDER BY ss_sold_date_sk ROWS BETWEEN 2 PRECEDING AND CURRENT ROW),
                   rank() OVER w,
                   COUNT(*) FILTER (WHERE ss_quantity > 2)
            FROM store_sales, item
            WHERE ss_item_sk = i_item_sk
            WINDOW w AS (PARTITION BY i_class ORDER BY ss_list_price DESC RANGE UNBOUNDED PRECEDING)
            """
        #expect(try uses(sql) == [
            "select item.i_brand",
            "select store_sales.ss_net_paid [SUM]",
            "window item.i_category",
            "window store_sales.ss_sold_date_sk",
            "filter store_sales.ss_quantity =lit",
            "join store_sales.ss_item_sk",
            "join item.i_item_sk",
            "window item.i_class",
            "window store_sales.ss_list_price",
        ])
        let scope = try analyze(sql).scopes[0]
        #expect(scope.hasAggregate)
        #expect(!scope.hasGroupBy)
        // A window aggregate alone does not make the scope aggregate.
        #expect(!(try analyze("SELECT SUM(ss_net_paid) OVER () FROM store_sales").scopes[0].hasAggregate))
        // A window ORDER BY on an aggregate keeps the aggregate.
        #expect(try uses("SELECT i_brand, rank() OVER (ORDER BY sum(ss_net_paid)) FROM store_sales JOIN item ON ss_item_sk = i_item_sk GROUP BY i_brand")
            .contains("window store_sales.ss_net_paid [SUM]"))
    }

    @Test func moreSyntaxSQLiteAccepts() throws {
        // Each SQL with the uses expected (SQLite compiles it and reads the same columns).
        let cases: [(sql: String, uses: [String])] = [
            ("SELECT s.s_store_name AS 'name', [s].\"s_city\" FROM main.store AS s NOT INDEXED WHERE s_city NOT NULL",
             ["select s.s_store_name", "select s.s_city", "filter s.s_city =lit"]),
            ("SELECT DISTINCT w_state FROM (warehouse w JOIN inventory ON inv_warehouse_sk = w_warehouse_sk) RIGHT JOIN item ON i_item_sk = inv_item_sk",
             ["select w.w_state", "join inventory.inv_warehouse_sk", "join w.w_warehouse_sk", "join item.i_item_sk", "join inventory.inv_item_sk"]),
            ("SELECT group_concat(DISTINCT r_reason_desc), group_concat(r_reason_id, ',') FROM reason",
             ["select reason.r_reason_desc [GROUP_CONCAT DISTINCT]", "select reason.r_reason_id [GROUP_CONCAT]"]),
            ("SELECT sm_type FROM ship_mode WHERE sm_carrier IS NOT DISTINCT FROM ? AND sm_code IS DISTINCT FROM :code AND sm_contract GLOB @g",
             ["select ship_mode.sm_type", "filter ship_mode.sm_carrier =lit", "filter ship_mode.sm_code =lit", "filter ship_mode.sm_contract =lit"]),
            ("WITH hours AS (SELECT 1) SELECT t_hour FROM time_dim WHERE t_hour IN hours OR t_minute IN (SELECT 1 UNION SELECT 2)",
             ["select time_dim.t_hour", "filter time_dim.t_hour", "filter time_dim.t_minute"]),
            ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5) SELECT i, d_date FROM n, date_dim WHERE d_dom = i",
             ["select date_dim.d_date", "join date_dim.d_dom"]),
            ("SELECT cc_name, SUM(cs_net_profit) FILTER (WHERE cs_quantity > 1) OVER win FROM catalog_sales LEFT JOIN call_center ON cs_call_center_sk = cc_call_center_sk WINDOW win AS (PARTITION BY cc_class)",
             ["select call_center.cc_name", "select catalog_sales.cs_net_profit [SUM]", "filter catalog_sales.cs_quantity =lit",
              "join catalog_sales.cs_call_center_sk", "join call_center.cc_call_center_sk", "window call_center.cc_class"]),
            ("SELECT p_promo_name FROM promotion WHERE NOT EXISTS (SELECT 1 FROM store_sales WHERE ss_promo_sk = p_promo_sk) AND p_cost * 2 >= 100 AND -p_response_target < ~1",
             ["select promotion.p_promo_name", "filter store_sales.ss_promo_sk", "filter promotion.p_promo_sk",
              "filter promotion.p_cost =lit", "filter promotion.p_response_target =lit"]),
            ("SELECT COUNT(*) FROM store_sales CROSS JOIN store NATURAL JOIN (SELECT 1 AS one) WHERE ss_store_sk = s_store_sk",
             ["join store_sales.ss_store_sk", "join store.s_store_sk"]),
            ("SELECT substr(ca_zip, 1, 5), ca_gmt_offset FROM customer_address WHERE substr(ca_zip, 1, 5) IN ('85669', '86197') ORDER BY ca_gmt_offset COLLATE BINARY ASC NULLS FIRST, 1",
             ["select customer_address.ca_zip {SUBSTR}", "select customer_address.ca_gmt_offset",
              "filter customer_address.ca_zip {SUBSTR} =lit", "order customer_address.ca_gmt_offset"]),
            ("SELECT v.column1, cd_gender FROM (VALUES ('M', 1), ('F', 2)) v JOIN customer_demographics ON cd_gender = v.column1",
             ["select customer_demographics.cd_gender", "join customer_demographics.cd_gender"]),
            ("SELECT like('a%', web_name), glob('*', web_city) FROM web_site",
             ["select web_site.web_name {LIKE}", "select web_site.web_city {GLOB}"]),
            ("SELECT web_name FROM web_site WHERE web_rec_start_date BETWEEN date('2000-01-01') AND date('2000-01-01', '+30 days') AND web_tax_percentage > (SELECT AVG(web_tax_percentage) FROM web_site)",
             ["select web_site.web_name", "filter web_site.web_rec_start_date =lit", "filter web_site.web_tax_percentage",
              "select web_site.web_tax_percentage [AVG]"]),
        ]
        for (sql, expected) in cases {
            #expect(try uses(sql) == expected, "\(sql)")
        }
        // Table-valued functions (the sandbox refuses them, so SQLite does not check this one).
        let function = try SQLStructure.analyze("SELECT j.value, t_hour FROM time_dim, json_each('[1,2]') AS j WHERE j.value = t_minute",
                                                schema: schema)
        #expect(function.columnUses.map(Self.render) == ["select time_dim.t_hour", "join time_dim.t_minute"])
    }

    // MARK: Joins

    @Test func joinsOnUsingNaturalAndComma() throws {
        let sql = """
            SELECT d1.d_year, cd_gender FROM catalog_sales cs
            LEFT OUTER JOIN date_dim d1 ON d1.d_date_sk = cs.cs_sold_date_sk AND d1.d_moy = 11
            INNER JOIN customer_demographics ON cs_bill_cdemo_sk = cd_demo_sk, warehouse w
            WHERE w.w_warehouse_sk = cs.cs_warehouse_sk
            """
        let structure = try analyze(sql)
        #expect(structure.columnUses.map(Self.render) == [
            "select d1.d_year", "select customer_demographics.cd_gender",
            "join d1.d_date_sk", "join cs.cs_sold_date_sk", "filter d1.d_moy =lit",
            "join cs.cs_bill_cdemo_sk", "join customer_demographics.cd_demo_sk",
            "join w.w_warehouse_sk", "join cs.cs_warehouse_sk",
        ])
        #expect(structure.joinedEdges(schema: schema) == [
            "catalog_sales(cs_bill_cdemo_sk)->customer_demographics(cd_demo_sk)",
            "catalog_sales(cs_sold_date_sk)->date_dim(d_date_sk)",
            "catalog_sales(cs_warehouse_sk)->warehouse(w_warehouse_sk)",
        ])
        #expect(structure.scopes[0].joins.count == 3)

        // USING and NATURAL equate the named / common columns.
        // (SQLite's authorizer does not report the columns of USING and NATURAL as named.)
        let using = try analyze("SELECT a.ca_city FROM customer_address a JOIN customer_address b USING (ca_address_sk)",
                                sameColumnsAsSQLite: false)
        #expect(using.scopes[0].joins.map { "\($0.left.instance.alias).\($0.left.ref.column)=\($0.right.instance.alias).\($0.right.ref.column)" }
            == ["a.ca_address_sk=b.ca_address_sk"])
        let natural = try analyze("SELECT a.r_reason_desc FROM reason a NATURAL JOIN reason b", sameColumnsAsSQLite: false)
        #expect(natural.scopes[0].joins.count == 3)
    }

    @Test func aSiblingDateKeyDoesNotJoinTheSoldDateEdge() throws {
        let structure = try analyze("""
            SELECT d_year, SUM(ws_net_paid) FROM web_sales JOIN date_dim ON ws_ship_date_sk = d_date_sk GROUP BY d_year
            """)
        #expect(structure.joinedEdges(schema: schema) == ["web_sales(ws_ship_date_sk)->date_dim(d_date_sk)"])
    }

    @Test func aCrossJoinWithTheKeysComparedInASubqueryIsNotAJoin() throws {
        let structure = try analyze("""
            SELECT d_year, ss_net_paid FROM store_sales CROSS JOIN date_dim
            WHERE EXISTS (SELECT 1 FROM store WHERE s_store_sk = ss_store_sk AND ss_sold_date_sk = d_date_sk)
            """)
        // The store is semi-joined (its key equated to the outer store key); the two outer
        // instances compared inside the subquery are not joined.
        #expect(structure.joinedEdges(schema: schema) == ["store_sales(ss_store_sk)->store(s_store_sk)"])
        #expect(structure.scopes[0].joins.isEmpty)
        #expect(structure.scopes[1].joins.isEmpty)
        let inner = structure.scopes[1].uses.map(Self.render)
        #expect(inner == ["filter store.s_store_sk", "filter store_sales.ss_store_sk",
                          "filter store_sales.ss_sold_date_sk", "filter date_dim.d_date_sk"])
        // The correlated uses name the outer scope's instances.
        #expect(structure.scopes[1].uses[1].instance.scope == 0)
        // An equality of two columns of one instance, or under OR, is a filter, not a join.
        let notJoins = try analyze("SELECT 1 FROM store_sales, date_dim WHERE ss_sold_date_sk = d_date_sk OR d_year = 2000")
        #expect(notJoins.joinedEdges(schema: schema).isEmpty)
        #expect(notJoins.columnUses.allSatisfy { $0.clause == .filter })
    }

    @Test func aCompositeKeyNeedsEveryColumnEquated() throws {
        let both = try analyze("""
            SELECT sr_return_amt FROM store_returns JOIN store_sales ON ss_item_sk = sr_item_sk
            WHERE sr_ticket_number = ss_ticket_number
            """)
        #expect(both.joinedEdges(schema: schema).contains(
            "store_returns(sr_item_sk,sr_ticket_number)->store_sales(ss_item_sk,ss_ticket_number)"))
        let half = try analyze("SELECT sr_return_amt FROM store_returns JOIN store_sales ON ss_item_sk = sr_item_sk")
        #expect(!half.joinedEdges(schema: schema).contains { $0.hasPrefix("store_returns(sr_item_sk,sr_ticket_number)") })
    }

    // MARK: Unused tables and fan traps

    @Test func aTableUsedOnlyToJoinIsUnused() throws {
        let structure = try analyze("""
            SELECT hd_buy_potential, SUM(sr_return_quantity) FROM store_returns
            JOIN household_demographics ON sr_hdemo_sk = hd_demo_sk
            JOIN customer c ON sr_customer_sk = c.c_customer_sk
            JOIN customer_address ca ON c.c_current_addr_sk = ca.ca_address_sk
            GROUP BY hd_buy_potential
            """)
        #expect(structure.unusedTables() == [TableInstance(scope: 0, alias: "c", table: "customer"),
                                             TableInstance(scope: 0, alias: "ca", table: "customer_address")])
        // Read through `*` or `alias.*`, or used in a correlated subquery: used.
        #expect(try analyze("SELECT * FROM store_sales JOIN store ON ss_store_sk = s_store_sk").unusedTables().isEmpty)
        let tableStar = try analyze("SELECT s.* FROM store_sales ss JOIN store s ON ss_store_sk = s_store_sk")
        #expect(tableStar.unusedTables() == [TableInstance(scope: 0, alias: "ss", table: "store_sales")])
        let correlated = try analyze("""
            SELECT s_store_name FROM store_sales ss JOIN store ON ss_store_sk = s_store_sk
            WHERE EXISTS (SELECT 1 FROM store_returns WHERE sr_ticket_number = ss.ss_ticket_number)
            """)
        #expect(correlated.unusedTables().isEmpty)
        // COUNT(*) counts the rows of the many side; the joined dimension that only joins is unused.
        let counted = try analyze("SELECT COUNT(*) FROM store_sales JOIN store ON ss_store_sk = s_store_sk")
        #expect(counted.unusedTables() == [TableInstance(scope: 0, alias: "store", table: "store")])
        let filtered = try analyze("SELECT COUNT(*) FROM store_sales, date_dim WHERE ss_sold_date_sk = d_date_sk AND d_year = 2000")
        #expect(filtered.unusedTables().isEmpty)
        // Joined to a derived table only: unused too.
        let derived = try analyze("""
            SELECT t.n FROM (SELECT ss_store_sk AS k, COUNT(*) AS n FROM store_sales GROUP BY ss_store_sk) t JOIN store ON s_store_sk = t.k
            """)
        #expect(derived.unusedTables() == [TableInstance(scope: 0, alias: "store", table: "store")])
    }

    @Test func twoFactsThroughOneDateAreAFanTrap() throws {
        let trap = try analyze("""
            SELECT d_year, SUM(ss_net_paid), SUM(ws_net_paid) FROM store_sales ss
            JOIN date_dim d ON ss_sold_date_sk = d_date_sk JOIN web_sales ws ON ws_sold_date_sk = d_date_sk
            GROUP BY d_year
            """)
        let d = TableInstance(scope: 0, alias: "d", table: "date_dim")
        let ss = TableInstance(scope: 0, alias: "ss", table: "store_sales")
        let ws = TableInstance(scope: 0, alias: "ws", table: "web_sales")
        #expect(trap.fanTraps(schema: schema) == [FanTrap(scope: 0, parent: d, children: [ss, ws])])
        // Meeting through a chain: the trap is where the paths meet, not further up.
        let chain = try analyze("""
            SELECT i_brand, SUM(ss_net_paid), SUM(cs_net_paid) FROM store_sales, catalog_sales, item, date_dim
            WHERE ss_item_sk = i_item_sk AND cs_item_sk = i_item_sk AND ss_sold_date_sk = d_date_sk
            GROUP BY i_brand
            """)
        #expect(chain.fanTraps(schema: schema).map(\.parent.table) == ["item"])
    }

    @Test func returnsToSalesToDateIsNoFanTrap() throws {
        let structure = try analyze("""
            SELECT d_year, SUM(sr_return_amt) FROM store_returns
            JOIN store_sales ON sr_item_sk = ss_item_sk AND sr_ticket_number = ss_ticket_number
            JOIN date_dim ON ss_sold_date_sk = d_date_sk JOIN item ON ss_item_sk = i_item_sk AND sr_item_sk = i_item_sk
            GROUP BY d_year
            """)
        #expect(structure.fanTraps(schema: schema).isEmpty)
        // Two facts in separate aggregates joined afterwards: no trap in any scope.
        let separate = try analyze("""
            WITH s AS (SELECT ss_sold_date_sk AS k, SUM(ss_net_paid) AS t FROM store_sales GROUP BY 1),
                 w AS (SELECT ws_sold_date_sk AS k, SUM(ws_net_paid) AS t FROM web_sales GROUP BY 1)
            SELECT d_year, SUM(s.t), SUM(w.t) FROM date_dim JOIN s ON s.k = d_date_sk JOIN w ON w.k = d_date_sk GROUP BY d_year
            """)
        #expect(separate.fanTraps(schema: schema).isEmpty)
    }

    // MARK: Scopes

    @Test func correlatedSubqueryResolvesColumnsInOuterScopes() throws {
        let sql = """
            SELECT c_customer_id FROM customer c
            WHERE c_birth_year > (SELECT AVG(c2.c_birth_year) FROM customer c2 WHERE c2.c_birth_country = c.c_birth_country)
              AND EXISTS (SELECT * FROM store_sales WHERE ss_customer_sk = c_customer_sk)
            """
        let structure = try analyze(sql)
        #expect(structure.scopes.map(\.parent) == [nil, 0, 0])
        #expect(structure.scopes[1].uses.map(Self.render) == [
            "select c2.c_birth_year [AVG]", "filter c2.c_birth_country", "filter c.c_birth_country",
        ])
        #expect(structure.scopes[1].uses[2].instance == TableInstance(scope: 0, alias: "c", table: "customer"))
        #expect(structure.scopes[2].readsStar)
        #expect(structure.scopes[2].uses.map(Self.render) == ["filter store_sales.ss_customer_sk", "filter c.c_customer_sk"])
        #expect(structure.columnUses.map(Self.render) == [
            "select c.c_customer_id", "filter c.c_birth_year",
            "select c2.c_birth_year [AVG]", "filter c2.c_birth_country", "filter c.c_birth_country",
            "filter store_sales.ss_customer_sk", "filter c.c_customer_sk",
        ])
    }

    @Test func commonTablesAndWindows() throws {
        let sql = """
            WITH RECURSIVE yearly(yr, total) AS (
                SELECT d_year, SUM(ss_net_paid) FROM store_sales JOIN date_dim ON ss_sold_date_sk = d_date_sk GROUP BY d_year
            ), ranked AS MATERIALIZED (
                SELECT yr, total, RANK() OVER (ORDER BY total DESC) AS rk FROM yearly
            )
            SELECT r.yr, r.total, d.d_year FROM ranked r JOIN date_dim d ON d.d_year = r.yr WHERE rk <= 3 ORDER BY yr
            """
        let structure = try analyze(sql)
        #expect(structure.scopes.count == 3)
        #expect(structure.scopes[0].tables == [TableInstance(scope: 0, alias: "d", table: "date_dim")])
        #expect(structure.scopes[0].uses.map(Self.render) == ["select d.d_year", "join d.d_year"])
        #expect(structure.scopes[1].uses.map(Self.render) == [
            "select date_dim.d_year", "select store_sales.ss_net_paid [SUM]",
            "join store_sales.ss_sold_date_sk", "join date_dim.d_date_sk", "group date_dim.d_year",
        ])
        #expect(structure.scopes[2].tables.isEmpty)
        #expect(structure.scopes.map(\.parent) == [nil, nil, nil])
        #expect(structure.joinedEdges(schema: schema) == ["store_sales(ss_sold_date_sk)->date_dim(d_date_sk)"])
        // A derived table works like a CTE; its columns are not schema columns.
        let derived = try analyze("""
            SELECT t.s, s_store_name FROM (SELECT ss_store_sk AS k, SUM(ss_net_paid) AS s FROM store_sales GROUP BY ss_store_sk) t
            JOIN store ON s_store_sk = t.k
            """)
        #expect(derived.scopes.map(\.parent) == [nil, 0])
        #expect(derived.scopes[0].uses.map(Self.render) == ["select store.s_store_name", "join store.s_store_sk"])
        #expect(derived.scopes[0].joins.isEmpty)
    }

    @Test func setOperations() throws {
        let sql = """
            SELECT 'store' AS channel, ss_net_paid AS amount FROM store_sales
            UNION ALL VALUES ('x', 1)
            UNION ALL SELECT 'web', ws_net_paid FROM web_sales
            INTERSECT SELECT 'catalog', cs_net_paid FROM catalog_sales
            ORDER BY amount DESC LIMIT 3
            """
        let structure = try analyze(sql)
        #expect(structure.scopes.count == 4)
        #expect(structure.scopes.map { $0.tables.map(\.table) } == [["store_sales"], [], ["web_sales"], ["catalog_sales"]])
        #expect(structure.scopes[0].orderBy && structure.scopes[0].limit == 3)
        #expect(!structure.scopes[1].orderBy && structure.scopes[1].limit == nil)
        #expect(structure.columnUses.map(Self.render) == [
            "select store_sales.ss_net_paid", "select web_sales.ws_net_paid", "select catalog_sales.cs_net_paid",
        ])
    }

    @Test func theStatementsFirstCoreComesFirstThenTextOrder() throws {
        let structure = try analyze("""
            WITH a AS (SELECT s_store_sk FROM store) SELECT (SELECT MAX(d_year) FROM date_dim), s_store_sk FROM a
            UNION SELECT 1, w_warehouse_sk FROM warehouse
            """)
        #expect(structure.scopes.map(\.index) == [0, 1, 2, 3])
        #expect(structure.scopes.map { $0.tables.map(\.table) } == [[], ["store"], ["date_dim"], ["warehouse"]])
        #expect(structure.scopes.map(\.parent) == [nil, nil, 0, nil])
        #expect(structure.scopes[2].tables[0].scope == 2)
    }

    // MARK: Errors

    @Test func errorsSayWhatAndWhere() throws {
        func failure(_ sql: String) -> SQLStructureError? {
            do {
                _ = try SQLStructure.analyze(sql, schema: schema)
                return nil
            } catch {
                return error
            }
        }
        let missingFrom = try #require(failure("SELECT s_store_name FROM WHERE s_state = 'TN'"))
        #expect(missingFrom.offset == 25)
        #expect(missingFrom.message.contains("table name"))
        #expect(missingFrom.description.contains("offset 25"))
        #expect(failure("SELECT nope FROM store")?.message == "no column named nope")
        #expect(failure("SELECT s.s_nope FROM store s")?.offset == 7)
        #expect(failure("SELECT 1 FROM stores")?.message == "no table named stores in the schema")
        #expect(failure("SELECT 'abc FROM store")?.message == "unterminated string")
        #expect(failure("SELECT 1; SELECT 2")?.offset == 10)
        #expect(failure("")?.message.contains("empty") == true)
        #expect(failure("SELECT (1")?.offset == 9)
        #expect(failure("DELETE FROM store") != nil)
        // Nesting up to the limit is analysed (no stack overflow), beyond it refused.
        for depth in [10, 40, 70, 74, 75, 80] {
            let functions = "SELECT " + String(repeating: "abs(", count: depth) + "s_store_sk" + String(repeating: ")", count: depth) + " FROM store"
            _ = try? SQLStructure.analyze(functions, schema: schema)
            let subqueries = "SELECT " + String(repeating: "(SELECT ", count: depth) + "s_store_sk" + String(repeating: " FROM store)", count: depth)
            _ = try? SQLStructure.analyze(subqueries, schema: schema)
        }
        let chain = "SELECT 1 FROM store WHERE " + Array(repeating: "s_store_sk = 1", count: 5_000).joined(separator: " AND ")
        #expect(failure(chain) == nil)
        let mixed = "SELECT " + Array(repeating: "1 - 1", count: 10_000).joined(separator: " + ")
        #expect(failure(mixed)?.message.contains("deeper") == true)
        let deep = "SELECT " + String(repeating: "(", count: 5_000) + "1" + String(repeating: ")", count: 5_000)
        #expect(failure(deep)?.message.contains("deeper") == true)
        #expect(failure("SELECT " + String(repeating: "- ", count: 5_000) + "1")?.message.contains("deeper") == true)
    }

    @Test func randomTokenSoupNeverCrashes() throws {
        let words = ["SELECT", "FROM", "WHERE", "(", ")", ",", "store", "s_store_sk", "s.", "*", "=", "AND", "OR", "NOT",
                     "IN", "BETWEEN", "CASE", "WHEN", "THEN", "END", "JOIN", "ON", "USING", "GROUP", "BY", "ORDER", "'x'",
                     "1", "WITH", "AS", "UNION", "OVER", "PARTITION", "LIMIT", ";", "\"", "[", "sum", "EXISTS", ".", "-",
                     "CAST", "NULL", "IS", "LIKE", "ESCAPE", "COLLATE", "FILTER", "VALUES", "x'", "?", ":", "--", "/*"]
        var random = SeededRandom(seed: 13)
        var parsed = 0
        for _ in 0..<3_000 {
            let count = Int(random.next() % 30) + 1
            var sql = random.next() % 2 == 0 ? "SELECT " : ""
            for _ in 0..<count { sql += words[Int(random.next() % UInt64(words.count))] + " " }
            if (try? SQLStructure.analyze(sql, schema: schema)) != nil { parsed += 1 }
        }
        #expect(parsed < 3_000)
    }
}
