import Foundation
import Model

/// Writes of a dataset directory's files that a kill cannot leave half done.
public enum RunFiles {
    /// Writes `data` to `path` atomically, creating its folder.
    public static func write(_ data: Data, to path: String) throws(RunError) {
        do {
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try CanonicalJSON.write(data, to: path)
        } catch {
            throw RunError("cannot write \(path): \(error.localizedDescription)")
        }
    }

    /// ``write(_:to:)`` unless the file already holds exactly `data` (a resume leaves it untouched).
    public static func writeIfChanged(_ data: Data, to path: String) throws(RunError) {
        if FileManager.default.contents(atPath: path) == data { return }
        try write(data, to: path)
    }

    /// Removes the temporary files of atomic writes that a kill cut short (Foundation names them
    /// `.dat.nosync…`); call it only while holding the directory's lock.
    public static func removeInterruptedWrites(in directory: String) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] where name.hasPrefix(".dat.nosync") {
            try? FileManager.default.removeItem(atPath: (directory as NSString).appendingPathComponent(name))
        }
    }
}
