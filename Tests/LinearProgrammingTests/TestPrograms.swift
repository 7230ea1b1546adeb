import LinearProgramming

/// A tiny linear congruential generator, so the tests do not depend on another module's random source.
struct TestLCG {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed &* 6364136223846793005 &+ 1442695040888963407
    }

    mutating func next(below bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }
}

/// Programs with known answers shared by the tests.
enum TestPrograms {
    /// Six elements, six sets; the unique optimum picks the three cost-1 sets (indices 1, 3, 4), cost 3.
    static func smallSetCover() -> LinearProgram {
        let sets: [(elements: [Int], cost: Double)] = [
            ([0, 1, 2], 3), ([2, 3], 1), ([3, 4, 5], 3), ([0, 5], 1), ([1, 4], 1), ([0, 1, 2, 3, 4, 5], 5),
        ]
        return setCover(elementCount: 6, sets: sets)
    }

    /// `count` random sets over `elementCount` elements; every element is in at least one set.
    static func randomSetCover(sets count: Int, elements elementCount: Int, seed: UInt64) -> LinearProgram {
        var random = TestLCG(seed: seed)
        var sets: [(elements: [Int], cost: Double)] = (0..<count).map { _ in
            let size = 3 + random.next(below: 10)
            let elements = (0..<size).map { _ in random.next(below: elementCount) }
            return (elements, Double(1 + random.next(below: 20)))
        }
        for element in 0..<elementCount where !sets.contains(where: { $0.elements.contains(element) }) {
            sets[random.next(below: count)].elements.append(element)
        }
        return setCover(elementCount: elementCount, sets: sets)
    }

    static func setCover(elementCount: Int, sets: [(elements: [Int], cost: Double)]) -> LinearProgram {
        var program = LinearProgram(sense: .minimize)
        let variables = sets.enumerated().map { index, set in
            program.addVariable(name: "set_\(index)", kind: .binary, objective: set.cost)
        }
        for element in 0..<elementCount {
            // Repeated elements inside a set give duplicate terms, which the program merges.
            let terms = sets.enumerated().flatMap { index, set in
                set.elements.filter { $0 == element }.map { _ in (variable: variables[index], coefficient: 1.0) }
            }
            program.addConstraint(name: "cover_\(element)", terms: terms, lower: 1)
        }
        return program
    }

    /// Vertex cover of a 5-cycle: the LP relaxation is fractional (all 0.5, objective 2.5), so the
    /// search branches and asks for heuristic solutions; the integer optimum is 3.
    static func cycleCover() -> LinearProgram {
        var program = LinearProgram()
        let vertices = (0..<5).map { program.addVariable(name: "v\($0)", kind: .binary, objective: 1) }
        for edge in 0..<5 {
            program.addConstraint(name: "edge_\(edge)", terms: [(vertices[edge], 1), (vertices[(edge + 1) % 5], 1)], lower: 1)
        }
        return program
    }

    /// Knapsack with capacity 15; the optimum takes items 1...4 for value 15.
    static func knapsack() -> LinearProgram {
        let weights: [Double] = [12, 2, 1, 1, 4]
        let values: [Double] = [4, 2, 1, 2, 10]
        var program = LinearProgram(sense: .maximize)
        let items = values.indices.map { program.addVariable(name: "item_\($0)", kind: .binary, objective: values[$0]) }
        program.addConstraint(name: "capacity", terms: items.map { ($0, weights[$0]) }, upper: 15)
        return program
    }
}
