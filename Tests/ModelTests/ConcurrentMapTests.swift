import Model
import Testing

/// The ordered concurrent map gives what `map` gives, and throws the first failing element's error.
@Suite struct ConcurrentMapTests {
    struct Refused: Error, Equatable { let value: Int }

    @Test(arguments: [0, 1, 2, 3, 7, 1000])
    func keepsTheOrderOfMap(count: Int) {
        let values = Array(0..<count)
        #expect(values.concurrentMap { $0 * $0 + 1 } == values.map { $0 * $0 + 1 })
    }

    @Test func throwsTheErrorOfTheFirstFailingElement() {
        let values = Array(0..<100)
        #expect(throws: Refused(value: 17)) {
            _ = try values.concurrentMap(throwing: { (value: Int) throws(Refused) -> Int in
                if value == 17 || value == 90 { throw Refused(value: value) }
                return value
            })
        }
    }
}
