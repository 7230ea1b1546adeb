import Foundation

/// What a dataset directory held before a run started, so that a run failing during its set-up
/// (before any batch) can leave the directory as it found it: the entries it added are removed,
/// and the directory itself when the run created it.
struct SetupRollback {
    let directory: String
    private let existed: Bool
    private let entries: Set<String>

    init(directory: String) {
        self.directory = directory
        existed = FileManager.default.fileExists(atPath: directory)
        entries = Set((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
    }

    /// Removes what was added since ``init(directory:)``.
    func restore() {
        let files = FileManager.default
        guard existed else {
            try? files.removeItem(atPath: directory)
            return
        }
        for name in (try? files.contentsOfDirectory(atPath: directory)) ?? [] where !entries.contains(name) {
            try? files.removeItem(atPath: (directory as NSString).appendingPathComponent(name))
        }
    }
}
