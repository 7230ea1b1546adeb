/// Inline SVG charts of the HTML report: grouped horizontal bars and the coverage heatmap.
enum SVGChart {
    /// Colours of the series of a bar chart (planned, measured, ...).
    static let palette = ["#9aa5b1", "#2b6cb0", "#2f855a", "#b7791f"]
    /// Colour of a zero count.
    static let zeroColour = "#d7301f"

    struct Bar {
        var label: String
        var values: [Double]
    }

    /// Horizontal grouped bars, one group per label, one bar per series, value written at the end.
    static func bars(id: String, title: String, series: [String], bars: [Bar], format: (Double) -> String = { String(Int($0)) }) -> String {
        // A single series is drawn in the "measured" colour.
        let colours = series.count == 1 ? [palette[1]] : palette
        let labelWidth = 190.0
        let plotWidth = 460.0
        let barHeight = 14.0
        let groupGap = 8.0
        let legendHeight = 22.0
        let maxValue = max(1, bars.flatMap(\.values).max() ?? 1)
        let groupHeight = Double(series.count) * barHeight + groupGap
        let height = legendHeight + Double(bars.count) * groupHeight + 4
        let width = labelWidth + plotWidth + 70
        var svg = "<svg id=\"\(HTML.escape(id))\" class=\"chart\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\"><title>\(HTML.escape(title))</title>"
        for (index, name) in series.enumerated() {
            let x = labelWidth + Double(index) * 120
            svg += "<rect x=\"\(x)\" y=\"4\" width=\"12\" height=\"12\" fill=\"\(colours[index % colours.count])\"/>"
            svg += "<text x=\"\(x + 16)\" y=\"14\" class=\"legend\">\(HTML.escape(name))</text>"
        }
        for (row, bar) in bars.enumerated() {
            let top = legendHeight + Double(row) * groupHeight
            svg += "<text x=\"\(labelWidth - 6)\" y=\"\(top + Double(series.count) * barHeight / 2 + 4)\" text-anchor=\"end\" class=\"label\">\(HTML.escape(bar.label))</text>"
            for (index, value) in bar.values.enumerated() {
                let y = top + Double(index) * barHeight
                let length = value <= 0 ? 0 : max(1, plotWidth * value / maxValue)
                let colour = value <= 0 && index == bar.values.count - 1 ? zeroColour : colours[index % colours.count]
                svg += "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(length)\" height=\"\(barHeight - 2)\" fill=\"\(colour)\"><title>\(HTML.escape("\(bar.label) \(series[index]): \(format(value))"))</title></rect>"
                svg += "<text x=\"\(labelWidth + length + 4)\" y=\"\(y + barHeight - 4)\" class=\"value\">\(HTML.escape(format(value)))</text>"
            }
        }
        return svg + "</svg>"
    }

    /// Fill colour of a use count: red for zero, light to dark green up to `maximum`.
    static func heat(_ uses: Int, maximum: Int) -> String {
        guard uses > 0 else { return zeroColour }
        let share = maximum <= 1 ? 1 : Double(uses - 1) / Double(maximum - 1)
        let light = (r: 199.0, g: 233.0, b: 192.0)
        let dark = (r: 0.0, g: 109.0, b: 44.0)
        func mix(_ a: Double, _ b: Double) -> Int { Int((a + (b - a) * share).rounded()) }
        return "rgb(\(mix(light.r, dark.r)),\(mix(light.g, dark.g)),\(mix(light.b, dark.b)))"
    }

    /// One row per table (its use count first), one square per column, coloured by use count.
    static func heatmap(id: String, rows: [Report.HeatmapRow]) -> String {
        let labelWidth = 200.0
        let cell = 14.0
        let gap = 2.0
        let widest = rows.map(\.columns.count).max() ?? 0
        let maximum = rows.flatMap(\.columns).map(\.uses).max() ?? 1
        let width = labelWidth + Double(widest + 2) * (cell + gap) + 10
        let height = Double(rows.count) * (cell + gap) + 4
        var svg = "<svg id=\"\(HTML.escape(id))\" class=\"chart heatmap\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\"><title>Column coverage heatmap</title>"
        for (index, row) in rows.enumerated() {
            let y = Double(index) * (cell + gap) + 2
            let label = "\(row.table) (\(row.uses))"
            svg += "<text x=\"\(labelWidth - 6)\" y=\"\(y + cell - 3)\" text-anchor=\"end\" class=\"label\(row.uses == 0 ? " zero" : "")\">\(HTML.escape(label))</text>"
            for (column, uses) in row.columns.enumerated() {
                let x = labelWidth + Double(column) * (cell + gap)
                svg += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(cell)\" height=\"\(cell)\" fill=\"\(heat(uses.uses, maximum: maximum))\" data-uses=\"\(uses.uses)\"><title>\(HTML.escape("\(row.table).\(uses.column): \(uses.uses)"))</title></rect>"
            }
        }
        return svg + "</svg>"
    }

    /// The heatmap's legend: zero, one, and the maximum.
    static func heatLegend(maximum: Int) -> String {
        var svg = "<svg class=\"legend-strip\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\"360\" height=\"20\" viewBox=\"0 0 360 20\"><title>Heatmap legend</title>"
        let stops = [(0, "0 (unused)"), (1, "1"), (max(1, maximum), "\(maximum) uses")]
        for (index, stop) in stops.enumerated() {
            let x = Double(index) * 120
            svg += "<rect x=\"\(x)\" y=\"3\" width=\"14\" height=\"14\" fill=\"\(heat(stop.0, maximum: maximum))\"/>"
            svg += "<text x=\"\(x + 18)\" y=\"15\" class=\"legend\">\(HTML.escape(stop.1))</text>"
        }
        return svg + "</svg>"
    }
}
