/// The parts of a dbt MetricFlow YAML file this build reads (docs/semantic-model.md, "MetricFlow
/// import"): `semantic_models` with entities, dimensions and measures, and `metrics`. Other keys of
/// a dbt file (`version`, `models`, `sources`) are ignored.
struct MetricFlowFile: Decodable {
    var semanticModels: [MetricFlowSemanticModel]?
    var metrics: [MetricFlowMetric]?

    enum CodingKeys: String, CodingKey {
        case metrics
        case semanticModels = "semantic_models"
    }
}

/// One `semantic_models` entry: a table with its entities, dimensions and measures.
struct MetricFlowSemanticModel: Decodable {
    var name: String
    var description: String?
    var label: String?
    /// `ref('orders')`: the dbt model the semantic model is built on.
    var model: String?
    var nodeRelation: NodeRelation?
    var defaults: Defaults?
    var entities: [Entity]?
    var dimensions: [Dimension]?
    var measures: [Measure]?

    struct NodeRelation: Decodable {
        var alias: String?
        var relationName: String?

        enum CodingKeys: String, CodingKey {
            case alias
            case relationName = "relation_name"
        }
    }

    struct Defaults: Decodable {
        var aggTimeDimension: String?

        enum CodingKeys: String, CodingKey { case aggTimeDimension = "agg_time_dimension" }
    }

    struct Entity: Decodable {
        var name: String
        /// primary, foreign, unique or natural.
        var type: String
        var expr: String?
        var description: String?
        var label: String?
    }

    struct Dimension: Decodable {
        var name: String
        /// categorical or time.
        var type: String
        var expr: String?
        var description: String?
        var label: String?
        var typeParams: TypeParams?

        struct TypeParams: Decodable {
            var timeGranularity: String?
            var validityParams: ValidityParams?

            enum CodingKeys: String, CodingKey {
                case timeGranularity = "time_granularity"
                case validityParams = "validity_params"
            }
        }

        struct ValidityParams: Decodable {
            var isStart: Bool?
            var isEnd: Bool?

            enum CodingKeys: String, CodingKey {
                case isStart = "is_start"
                case isEnd = "is_end"
            }
        }

        enum CodingKeys: String, CodingKey {
            case name, type, expr, description, label
            case typeParams = "type_params"
        }
    }

    struct Measure: Decodable {
        var name: String
        /// sum, average (avg), min, max, count, count_distinct, sum_boolean, median, percentile.
        var agg: String
        var expr: String?
        var description: String?
        var label: String?
        var nonAdditiveDimension: NonAdditiveDimension?
        var aggTimeDimension: String?

        struct NonAdditiveDimension: Decodable {
            var name: String
            var windowChoice: String?

            enum CodingKeys: String, CodingKey {
                case name
                case windowChoice = "window_choice"
            }
        }

        enum CodingKeys: String, CodingKey {
            case name, agg, expr, description, label
            case nonAdditiveDimension = "non_additive_dimension"
            case aggTimeDimension = "agg_time_dimension"
        }
    }

    enum CodingKeys: String, CodingKey {
        case name, description, label, model, defaults, entities, dimensions, measures
        case nodeRelation = "node_relation"
    }
}

/// One `metrics` entry: simple, ratio, derived or cumulative.
struct MetricFlowMetric: Decodable {
    var name: String
    var type: String
    var label: String?
    var description: String?
    var typeParams: TypeParams?

    struct TypeParams: Decodable {
        var measure: Reference?
        var numerator: Reference?
        var denominator: Reference?
        var expr: String?
        var metrics: [Input]?

        enum CodingKeys: String, CodingKey { case measure, numerator, denominator, expr, metrics }
    }

    /// A measure or metric named by a string or by `{name: ...}`.
    struct Reference: Decodable {
        var name: String

        init(from decoder: any Decoder) throws {
            if let text = try? decoder.singleValueContainer().decode(String.self) {
                name = text
            } else {
                name = try decoder.container(keyedBy: CodingKeys.self).decode(String.self, forKey: .name)
            }
        }

        enum CodingKeys: String, CodingKey { case name }
    }

    /// An input metric of a derived metric.
    struct Input: Decodable {
        var name: String
        var alias: String?
        var offsetWindow: String?

        enum CodingKeys: String, CodingKey {
            case name, alias
            case offsetWindow = "offset_window"
        }
    }

    enum CodingKeys: String, CodingKey {
        case name, type, label, description
        case typeParams = "type_params"
    }
}
