extension PreparedProgram {
    /// `candidate` (one value per variable, 0-based) as a feasible point GLPK can take as an incumbent, or `nil`
    /// when the point violates a bound, an integrality requirement or a constraint by more than
    /// `tolerance`. Integer variables are rounded to exact integers.
    ///
    /// `glp_ios_heur_sol` does not check feasibility (it only rejects fractional integer values and
    /// points not better than the incumbent), so a starting solution must pass through here first:
    /// an infeasible point accepted as incumbent would prune the true optimum.
    func feasiblePoint(_ candidate: [Double], tolerance: Double = 1e-6) -> [Double]? {
        guard candidate.count == columns.count else { return nil }
        var point = candidate
        for (index, column) in columns.enumerated() {
            var value = point[index]
            guard value.isFinite else { return nil }
            if column.isInteger {
                let rounded = value.rounded()
                guard abs(value - rounded) <= tolerance else { return nil }
                value = rounded
                point[index] = rounded
            }
            guard Self.admits(column.bounds, value, tolerance: tolerance) else { return nil }
        }
        var activity = [Double](repeating: 0, count: rows.count)
        for entry in 1..<values.count {
            activity[Int(rowIndices[entry]) - 1] += values[entry] * point[Int(columnIndices[entry]) - 1]
        }
        for (index, row) in rows.enumerated() {
            let scale = max(1, abs(activity[index]))
            guard Self.admits(row, activity[index], tolerance: tolerance * scale) else { return nil }
        }
        return point
    }

    private static func admits(_ bounds: Bounds, _ value: Double, tolerance: Double) -> Bool {
        switch bounds.kind {
        case .free: true
        case .lowerOnly: value >= bounds.lower - tolerance
        case .upperOnly: value <= bounds.upper + tolerance
        case .both, .fixed: value >= bounds.lower - tolerance && value <= bounds.upper + tolerance
        }
    }
}
