#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The processor time the calling thread has used (user and system), in seconds. Unlike wall
/// time it does not grow while the thread waits for a core, so sums over parallel workers on a
/// busy machine stay the work SQLite did.
enum ThreadCPUTime {
    static func now() -> Double {
        var time = timespec()
        guard clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time) == 0 else { return 0 }
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
