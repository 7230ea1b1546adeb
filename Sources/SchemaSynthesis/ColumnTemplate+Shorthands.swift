import Model

// Shorthands the business-area catalogs use to list column templates.

func attribute(_ name: String, _ type: String, _ description: String) -> ColumnTemplate {
    ColumnTemplate(name, type, .attribute, description)
}

func measure(_ name: String, _ type: String, _ description: String) -> ColumnTemplate {
    ColumnTemplate(name, type, .measure, description)
}

func datePart(_ name: String, _ type: String, _ description: String) -> ColumnTemplate {
    ColumnTemplate(name, type, .date, description)
}

func identifier(_ name: String, _ type: String, _ description: String) -> ColumnTemplate {
    ColumnTemplate(name, type, .identifier, description)
}

let money = "decimal(7,2)"

