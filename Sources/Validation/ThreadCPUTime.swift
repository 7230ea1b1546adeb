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
        seconds(of: CLOCK_THREAD_CPUTIME_ID)
    }

    /// Seconds of the monotonic wall clock: read without a system call on Linux (the thread's
    /// processor clock takes one, several microseconds), and never behind the processor time a
    /// thread used since an earlier reading.
    static func wallNow() -> Double {
        seconds(of: CLOCK_MONOTONIC)
    }

    private static func seconds(of clock: clockid_t) -> Double {
        var time = timespec()
        guard clock_gettime(clock, &time) == 0 else { return 0 }
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
