import Foundation

/// Turns a parsed JSON tree into a ``Schema``, collecting a diagnostic for every shape problem.
struct SchemaTreeReader {
    var diagnostics: [Diagnostic] = []

    private static let schemaKeys: Set<String> = ["format_version", "name", "description", "tables", "foreign_keys", "metrics"]
    private static let tableKeys: Set<String> = ["name", "kind", "subject_area", "description", "primary_key", "columns", "entity", "semantic"]
    private static let columnKeys: Set<String> = ["name", "type", "nullable", "role", "description", "label", "semantic"]
    private static let entityKeys: Set<String> = ["singular", "plural", "synonyms"]
    private static let foreignKeyKeys: Set<String> = ["child_table", "child_columns", "parent_table", "parent_columns", "role", "role_synonyms"]

    mutating func read(_ root: JSONValue) -> Schema? {
        guard let members = root.objectMembers else {
            error("$", "the schema must be a JSON object, found \(root.kindDescription)")
            return nil
        }
        checkKeys(members, allowed: Self.schemaKeys, at: "$")
        if let version = root["format_version"] {
            if version.intValue != Schema.formatVersion {
                error("$.format_version", "unsupported format version \(version.render()), this build reads \(Schema.formatVersion)")
            }
        } else {
            error("$.format_version", "missing (expected \(Schema.formatVersion))")
        }
        let name = requiredString(root, "name", at: "$") ?? ""
        let description = optionalString(root, "description", at: "$") ?? ""
        var tables: [Table] = []
        if let list = requiredArray(root, "tables", at: "$") {
            if list.isEmpty { error("$.tables", "the schema has no tables") }
            for (index, item) in list.enumerated() {
                if let table = readTable(item, at: "$.tables[\(index)]") { tables.append(table) }
            }
        }
        var foreignKeys: [ForeignKey] = []
        if let list = optionalArray(root, "foreign_keys", at: "$") {
            for (index, item) in list.enumerated() {
                if let key = readForeignKey(item, at: "$.foreign_keys[\(index)]") { foreignKeys.append(key) }
            }
        }
        var metrics: [Metric]?
        if root["metrics"] != nil { metrics = decode([Metric].self, root["metrics"], at: "$.metrics") }
        var schema = Schema(name: name, description: description, tables: tables, foreignKeys: foreignKeys, metrics: metrics)
        schema.formatVersion = root["format_version"]?.intValue ?? Schema.formatVersion
        return schema
    }

    private mutating func readTable(_ value: JSONValue, at path: String) -> Table? {
        guard let members = value.objectMembers else {
            error(path, "a table must be an object, found \(value.kindDescription)")
            return nil
        }
        checkKeys(members, allowed: Self.tableKeys, at: path)
        guard let name = requiredString(value, "name", at: path) else { return nil }
        var kind = TableKind.dimension
        if let text = optionalString(value, "kind", at: path) {
            if let parsed = TableKind(rawValue: text) { kind = parsed } else {
                error("\(path).kind", "unknown table kind \"\(text)\" (expected one of: \(TableKind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
        }
        let subjectArea = optionalString(value, "subject_area", at: path) ?? ""
        let description = optionalString(value, "description", at: path) ?? ""
        let primaryKey = optionalStringArray(value, "primary_key", at: path) ?? []
        var columns: [Column] = []
        if let list = requiredArray(value, "columns", at: path) {
            for (index, item) in list.enumerated() {
                if let column = readColumn(item, at: "\(path).columns[\(index)]") { columns.append(column) }
            }
        }
        return Table(name: name, kind: kind, subjectArea: subjectArea, description: description,
                     primaryKey: primaryKey, columns: columns, entity: readEntity(value, at: path),
                     semantic: decode(TableSemantics.self, value["semantic"], at: "\(path).semantic"))
    }

    private mutating func readColumn(_ value: JSONValue, at path: String) -> Column? {
        guard let members = value.objectMembers else {
            error(path, "a column must be an object, found \(value.kindDescription)")
            return nil
        }
        checkKeys(members, allowed: Self.columnKeys, at: path)
        guard let name = requiredString(value, "name", at: path) else { return nil }
        let type = requiredString(value, "type", at: path) ?? ""
        var nullable = true
        if let flag = value["nullable"] {
            if let parsed = flag.boolValue { nullable = parsed } else {
                error("\(path).nullable", "expected a boolean, found \(flag.kindDescription)")
            }
        }
        var role = ColumnRole.attribute
        if let text = optionalString(value, "role", at: path) {
            if let parsed = ColumnRole(rawValue: text) { role = parsed } else {
                error("\(path).role", "unknown column role \"\(text)\" (expected one of: \(ColumnRole.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
        }
        let description = optionalString(value, "description", at: path) ?? ""
        return Column(name: name, type: type, nullable: nullable, role: role, description: description,
                      label: optionalNonEmptyString(value, "label", at: path),
                      semantic: decode(ColumnSemantics.self, value["semantic"], at: "\(path).semantic"))
    }

    private mutating func readForeignKey(_ value: JSONValue, at path: String) -> ForeignKey? {
        guard let members = value.objectMembers else {
            error(path, "a foreign key must be an object, found \(value.kindDescription)")
            return nil
        }
        checkKeys(members, allowed: Self.foreignKeyKeys, at: path)
        guard let childTable = requiredString(value, "child_table", at: path),
              let childColumns = requiredStringArray(value, "child_columns", at: path),
              let parentTable = requiredString(value, "parent_table", at: path),
              let parentColumns = requiredStringArray(value, "parent_columns", at: path) else { return nil }
        let synonyms = optionalPhrases(value, "role_synonyms", at: path)
        return ForeignKey(childTable: childTable, childColumns: childColumns,
                          parentTable: parentTable, parentColumns: parentColumns,
                          role: optionalNonEmptyString(value, "role", at: path), roleSynonyms: synonyms)
    }

    /// The optional `entity` object of a table: `{"singular": ..., "plural": ..., "synonyms": [...]}`,
    /// singular and plural non-empty, synonyms optional.
    private mutating func readEntity(_ table: JSONValue, at path: String) -> EntityName? {
        guard let value = table["entity"] else { return nil }
        let entityPath = "\(path).entity"
        guard let members = value.objectMembers else {
            error(entityPath, "expected an object {\"singular\": ..., \"plural\": ...}, found \(value.kindDescription)")
            return nil
        }
        checkKeys(members, allowed: Self.entityKeys, at: entityPath)
        guard let singular = requiredString(value, "singular", at: entityPath),
              let plural = requiredString(value, "plural", at: entityPath) else { return nil }
        let synonyms = optionalPhrases(value, "synonyms", at: entityPath)
        return EntityName(singular: singular, plural: plural, synonyms: synonyms)
    }

    /// An optional semantic-model object decoded from its JSON, with one error naming what is wrong.
    private mutating func decode<T: Decodable>(_ type: T.Type, _ value: JSONValue?, at path: String) -> T? {
        guard let value else { return nil }
        do {
            return try JSONDecoder().decode(T.self, from: Data(value.render().utf8))
        } catch let DecodingError.dataCorrupted(context) {
            error(path + Self.codingPath(context.codingPath), context.debugDescription)
        } catch let DecodingError.keyNotFound(key, context) {
            error(path + Self.codingPath(context.codingPath + [key]), "missing")
        } catch let DecodingError.typeMismatch(_, context) {
            error(path + Self.codingPath(context.codingPath), context.debugDescription)
        } catch let DecodingError.valueNotFound(_, context) {
            error(path + Self.codingPath(context.codingPath), context.debugDescription)
        } catch {
            self.error(path, "\(error)")
        }
        return nil
    }

    private static func codingPath(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }

    // MARK: Field access with diagnostics

    private mutating func checkKeys(_ members: [JSONMember], allowed: Set<String>, at path: String) {
        var seen: Set<String> = []
        for member in members {
            if !seen.insert(member.key).inserted {
                error("\(path).\(member.key)", "duplicate key")
            }
            if !allowed.contains(member.key) {
                warning("\(path).\(member.key)", "unknown key (ignored); expected one of: \(allowed.sorted().joined(separator: ", "))")
            }
        }
    }

    private mutating func requiredString(_ object: JSONValue, _ key: String, at path: String) -> String? {
        guard let value = object[key] else {
            error("\(path).\(key)", "missing (expected a string)")
            return nil
        }
        guard let text = value.stringValue else {
            error("\(path).\(key)", "expected a string, found \(value.kindDescription)")
            return nil
        }
        if text.trimmingCharacters(in: .whitespaces).isEmpty {
            error("\(path).\(key)", "must not be empty")
            return nil
        }
        return text
    }

    private mutating func optionalString(_ object: JSONValue, _ key: String, at path: String) -> String? {
        guard let value = object[key] else { return nil }
        guard let text = value.stringValue else {
            error("\(path).\(key)", "expected a string, found \(value.kindDescription)")
            return nil
        }
        return text
    }

    /// An optional string that, when present, must not be empty.
    private mutating func optionalNonEmptyString(_ object: JSONValue, _ key: String, at path: String) -> String? {
        guard let text = optionalString(object, key, at: path) else { return nil }
        if text.trimmingCharacters(in: .whitespaces).isEmpty {
            error("\(path).\(key)", "must not be empty (leave the key out to use the derived value)")
            return nil
        }
        return text
    }

    private mutating func requiredArray(_ object: JSONValue, _ key: String, at path: String) -> [JSONValue]? {
        guard object[key] != nil else {
            error("\(path).\(key)", "missing (expected an array)")
            return nil
        }
        return optionalArray(object, key, at: path)
    }

    private mutating func optionalArray(_ object: JSONValue, _ key: String, at path: String) -> [JSONValue]? {
        guard let value = object[key] else { return nil }
        guard let items = value.arrayValue else {
            error("\(path).\(key)", "expected an array, found \(value.kindDescription)")
            return nil
        }
        return items
    }

    private mutating func requiredStringArray(_ object: JSONValue, _ key: String, at path: String) -> [String]? {
        guard object[key] != nil else {
            error("\(path).\(key)", "missing (expected an array of strings)")
            return nil
        }
        return optionalStringArray(object, key, at: path)
    }

    /// An optional list of non-empty noun phrases (synonyms); an error for each empty one, [] when absent.
    private mutating func optionalPhrases(_ object: JSONValue, _ key: String, at path: String) -> [String] {
        let phrases = optionalStringArray(object, key, at: path) ?? []
        for (index, phrase) in phrases.enumerated() where phrase.trimmingCharacters(in: .whitespaces).isEmpty {
            error("\(path).\(key)[\(index)]", "expected a non-empty noun phrase")
        }
        return phrases
    }

    private mutating func optionalStringArray(_ object: JSONValue, _ key: String, at path: String) -> [String]? {
        guard let items = optionalArray(object, key, at: path) else { return nil }
        var strings: [String] = []
        for (index, item) in items.enumerated() {
            guard let text = item.stringValue else {
                error("\(path).\(key)[\(index)]", "expected a string, found \(item.kindDescription)")
                return nil
            }
            strings.append(text)
        }
        return strings
    }

    private mutating func error(_ path: String, _ message: String) {
        diagnostics.append(Diagnostic(.error, at: path, message))
    }

    private mutating func warning(_ path: String, _ message: String) {
        diagnostics.append(Diagnostic(.warning, at: path, message))
    }
}
