import Foundation
import Model
import SyntheticData

/// A validation database built on a background thread while the caller does other work: `generate`
/// starts it before planning, since the database depends only on the schema, the seed and the
/// scale, not on the plan. ``ValidationDatabase/build(plan:schema:directory:prebuilt:)`` takes it
/// when the plan's seed and scale match, and builds anew otherwise.
public final class DatabasePrebuild: @unchecked Sendable {
    let seed: Int
    let scale: Double
    /// A temporary file; moved into the dataset directory or removed.
    let path: String
    private let finished = NSCondition()
    private var outcome: Result<SyntheticDatabaseReport, any Error>?
    private var taken = false

    /// Starts building the database of `schema` with `seed` and `scale` (the config's `seed` and
    /// `database.scale`) into a temporary file.
    public init(schema: Schema, seed: Int, scale: Double) {
        self.seed = seed
        self.scale = scale
        path = FileManager.default.temporaryDirectory.appendingPathComponent("nl2sqlgen-\(UUID().uuidString).sqlite").path
        let thread = Thread { [self] in
            let result = Result { try SyntheticDatabaseBuilder(schema: schema, seed: UInt64(seed), scale: scale).build(path: path) }
            finished.lock()
            outcome = result
            finished.broadcast()
            finished.unlock()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Waits for the build; the report, or nil when it failed or was already taken. Once taken,
    /// the file belongs to the caller.
    func take(seed: Int, scale: Double) -> SyntheticDatabaseReport? {
        built(seed: seed, scale: scale, taking: true)
    }

    /// Waits for the build and returns its file to read (the dry run's estimate renders prompts
    /// over it) while it stays this object's; nil as for ``take(seed:scale:)``.
    public func readablePath(seed: Int, scale: Double) -> String? {
        built(seed: seed, scale: scale, taking: false) == nil ? nil : path
    }

    private func built(seed: Int, scale: Double, taking: Bool) -> SyntheticDatabaseReport? {
        guard seed == self.seed, scale == self.scale else { return nil }
        let result = wait()
        finished.lock()
        defer { finished.unlock() }
        guard !taken, case .success(let report) = result else { return nil }
        if taking { taken = true }
        return report
    }

    /// Waits for the build and removes its file unless it was taken (call it when done, whatever happened).
    public func discard() {
        _ = wait()
        finished.lock()
        let remove = !taken
        taken = true
        finished.unlock()
        if remove { try? FileManager.default.removeItem(atPath: path) }
    }

    private func wait() -> Result<SyntheticDatabaseReport, any Error> {
        finished.lock()
        defer { finished.unlock() }
        while outcome == nil { finished.wait() }
        return outcome!
    }
}
