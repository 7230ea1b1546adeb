#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Seconds of a monotonic wall clock (read without a system call on Linux, unlike the thread's
/// processor clock of ``ThreadCPUTime``).
enum MonotonicTime {
    static func now() -> Double {
        var time = timespec()
        guard clock_gettime(CLOCK_MONOTONIC, &time) == 0 else { return 0 }
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
