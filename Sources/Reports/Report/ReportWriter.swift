import Foundation
import Model

/// Writes `report.json` and `report.html` into a dataset directory.
public enum ReportWriter {
    /// Loads the dataset in `directory`, builds the report and writes both files; returns the report.
    @discardableResult
    public static func write(directory: String) throws(DatasetError) -> Report {
        try write(try DatasetReader.load(directory: directory))
    }

    /// Builds the report of `dataset` (``DatasetReader/dataset(directory:manifest:plan:coverage:examples:rejections:)``
    /// of a run that has just written it) and writes both files into its directory; returns the report.
    @discardableResult
    public static func write(_ dataset: Dataset) throws(DatasetError) -> Report {
        let directory = dataset.directory
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
