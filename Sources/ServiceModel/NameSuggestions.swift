/// "Did you mean" suggestions: the closest names to a misspelt one.
package enum NameSuggestions {
    /// Up to `limit` names from `candidates` close to `name`: case-insensitive exact matches first, then names
    /// within a small edit distance (transpositions count as one edit), then names that contain `name` or that
    /// `name` starts with, best first.
    package static func closest(to name: String, in candidates: [String], limit: Int = 3) -> [String] {
        let lowered = lowercasedScalars(name)
        guard !lowered.isEmpty else { return [] }
        var scored = [(score: Int, name: String)]()
        let threshold = max(2, lowered.count / 3)
        for candidate in candidates where candidate != name {
            let other = lowercasedScalars(candidate)
            if other == lowered {
                scored.append((0, candidate))
                continue
            }
            let distance = editDistance(lowered, other, limit: threshold)
            if distance <= threshold {
                scored.append((1 + distance, candidate))
            } else if lowered.count >= 3,
                contains(other, lowered) || other.count >= 3 && lowered.starts(with: other)
            {
                scored.append((threshold + 2 + abs(other.count - lowered.count), candidate))
            }
        }
        scored.sort { ($0.score, $0.name) < ($1.score, $1.name) }
        var seen = Set<String>()
        return scored.compactMap { seen.insert($0.name).inserted ? $0.name : nil }.prefix(limit).map { $0 }
    }

    /// The Unicode scalars of `text` lowercased; ASCII without going through `String.lowercased()` (this runs once
    /// per candidate name for every unknown key).
    static func lowercasedScalars(_ text: String) -> [Unicode.Scalar] {
        var out = [Unicode.Scalar]()
        out.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            guard byte < 0x80 else { return Array(text.lowercased().unicodeScalars) }
            out.append(Unicode.Scalar(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte))
        }
        return out
    }

    /// Whether `needle` occurs in `haystack` (names are short: the naive search is the fast one).
    static func contains(_ haystack: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count)
        where haystack[start..<(start + needle.count)].elementsEqual(needle) {
            return true
        }
        return false
    }

    /// The optimal-string-alignment distance between `a` and `b`, or a value above `limit` once it exceeds it.
    package static func editDistance(_ a: String, _ b: String, limit: Int = .max) -> Int {
        editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars), limit: limit)
    }

    static func editDistance(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar], limit: Int) -> Int {
        if abs(x.count - y.count) > limit { return limit + 1 }
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous2 = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[y.count]
    }
}
