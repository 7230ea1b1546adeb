import Testing
@testable import Reports

@Suite struct HTMLAndMetricsTests {
    @Test func textIsEscaped() {
        #expect(HTML.escape("<script>alert('x') & \"y\"</script>") == "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;")
        let chart = SVGChart.bars(id: "c", title: "<t>", series: ["s"], bars: [.init(label: "<b>", values: [2])])
        #expect(!chart.contains("<b>") && chart.contains("&lt;b&gt;"))
    }

    @Test func heatmapColoursZeroRed() {
        #expect(SVGChart.heat(0, maximum: 5) == SVGChart.zeroColour)
        #expect(SVGChart.heat(1, maximum: 5) != SVGChart.heat(5, maximum: 5))
        let svg = SVGChart.heatmap(id: "h", rows: [.init(table: "t", uses: 1, columns: [.init(column: "a", uses: 0), .init(column: "b", uses: 3)])])
        #expect(svg.contains("fill=\"\(SVGChart.zeroColour)\" data-uses=\"0\""))
        #expect(svg.contains("t.a: 0"))
    }

    @Test func ngramsAndDistances() {
        let grams = DiversityMetrics.ngrams(["how many items are sold", "how many items are returned", "hi"], n: 3)
        #expect(grams.total == 3 + 3 + 1)
        #expect(grams.distinct == 2 + 1 + 1 + 1, "`how many items` and `many items are` repeat")
        #expect(DiversityMetrics.distinctTemplates(["SELECT 1 FROM t WHERE x = 'a'", "select 2 from t where x = 'b'", "SELECT y FROM t"]) == 2)
    }
}
