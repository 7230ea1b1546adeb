import ArgumentParser
import Foundation
import Runs

/// Options of `generate` and `run` that say how to run (not what): progress, shards, workers, retries.
struct RunFlags: ParsableArguments {
    @Flag(help: "No progress line or log lines.")
    var quiet = false

    @Option(help: ArgumentHelp("Run only shard I of N (0-based I): the batches whose plan index modulo N is I.", valueName: "I/N"))
    var shard: String?

    @Option(help: ArgumentHelp("Number of shards, the index taken from JOB_COMPLETION_INDEX (Kubernetes Indexed Job) or SLURM_ARRAY_TASK_ID minus SLURM_ARRAY_TASK_MIN (Slurm job array). Also read from NL2SQL_SHARD_COUNT.", valueName: "N"))
    var shardCount: Int?

    @Option(help: "Batches generated at once (default: the config's generation.workers, 0: one per processor core, at most 8). The output does not depend on it.")
    var workers: Int?

    @Flag(help: "On resume, also redo the batches that ended with a rejected slot.")
    var retryFailed = false

    @Flag(help: "Exit 0 with a partial dataset: fewer examples than run.min_example_share of the slots, or coverage below the plan's projection (default: exit 3, the dataset kept).")
    var allowPartial = false

    @Flag(help: "Write the dataset into a non-empty --out directory that holds no dataset of this tool (default: refused).")
    var force = false

    /// The options, with the shard resolved from the flags or the environment.
    func options(environment: [String: String] = ProcessInfo.processInfo.environment) throws(ExitCode) -> DatasetJob.Options {
        if let workers, workers < 1 || workers > 64 { throw CLI.fail("--workers must be between 1 and 64") }
        return DatasetJob.Options(quiet: quiet, shard: try resolveShard(environment), workers: workers, retryFailed: retryFailed, allowPartial: allowPartial, force: force)
    }

    private func resolveShard(_ environment: [String: String]) throws(ExitCode) -> ShardSpec {
        if let shard {
            guard shardCount == nil else { throw CLI.fail("give either --shard I/N or --shard-count N, not both") }
            guard let spec = ShardSpec(parsing: shard) else {
                throw CLI.fail("--shard \(shard): expected I/N with 0 <= I < N, e.g. 0/4 (shard indices start at 0)")
            }
            return spec
        }
        let countText = shardCount.map(String.init) ?? environment["NL2SQL_SHARD_COUNT"]
        guard let countText else { return .whole }
        guard let count = Int(countText), count >= 1 else { throw CLI.fail("shard count \(countText): expected a positive integer") }
        let index: Int
        if let text = environment["JOB_COMPLETION_INDEX"] {
            guard let value = Int(text) else { throw CLI.fail("JOB_COMPLETION_INDEX=\(text) is not an integer") }
            index = value
        } else if let text = environment["SLURM_ARRAY_TASK_ID"] {
            let minimum = environment["SLURM_ARRAY_TASK_MIN"] ?? "0"
            guard let value = Int(text), let base = Int(minimum) else {
                throw CLI.fail("SLURM_ARRAY_TASK_ID=\(text) / SLURM_ARRAY_TASK_MIN=\(minimum) are not integers")
            }
            index = value - base
        } else {
            throw CLI.fail("a shard count of \(count) was given but no shard index: pass --shard I/N, or set JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID")
        }
        guard let spec = ShardSpec(index: index, count: count) else {
            throw CLI.fail("shard index \(index) is outside 0..<\(count)")
        }
        return spec
    }
}
