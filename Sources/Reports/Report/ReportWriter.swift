import Foundation
import Model

/// Writes `report.json` and `report.html` into a dataset directory.
public enum ReportWriter {
    /// Loads the dataset in `directory`, builds the report and writes both files; returns the report.
    @discardableResult
    public static func write(directory: String) throws(DatasetError) -> Report {
        let dataset = try DatasetReader.load(directory: directory)
        let report = ReportBuilder.build(dataset)
        do {
            try CanonicalJSON.write(try CanonicalJSON.pretty(report), to: dataset.path("report.json"))
            try CanonicalJSON.write(Data(HTMLReport.render(report).utf8), to: dataset.path("report.html"))
        } catch {
            throw DatasetError("cannot write the report to \(directory): \(error.localizedDescription)")
        }
        return report
    }
}
