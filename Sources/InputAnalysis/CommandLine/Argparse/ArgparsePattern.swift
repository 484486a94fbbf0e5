/// argparse's word-pattern matching: each word is classified `A` (argument), `O` (option) or `-` (the `--` marker),
/// and each action's arity is a small regular expression over that string, matched greedily from the start with
/// backtracking (Python's `re.match`).
enum ArgparsePattern {
    /// One piece of an arity's regular expression.
    enum Element: Sendable, Hashable {
        /// `-*`
        case dashes
        /// `A`
        case argument
        /// `A?`
        case optionalArgument
        /// `[A-]*`
        case argumentsOrDashes
        /// `[A]*`
        case arguments
    }

    /// The lengths of the groups when `groups` (one per action, concatenated) match a prefix of `classes`; nil when
    /// they do not. The recursion depth is the number of elements, which the parsers' definitions bound.
    static func match(_ groups: [[Element]], _ classes: ArraySlice<Character>) -> [Int]? {
        let elements = groups.flatMap { $0 }
        var groupOfElement = [Int]()
        for (g, group) in groups.enumerated() { groupOfElement += Array(repeating: g, count: group.count) }
        let text = Array(classes)
        var lengths = [Int](repeating: 0, count: groups.count)

        func attempt(_ e: Int, _ position: Int) -> Bool {
            guard e < elements.count else { return true }
            let choices: [Int]
            switch elements[e] {
            case .argument:
                choices = position < text.count && text[position] == "A" ? [1] : []
            case .optionalArgument:
                choices = position < text.count && text[position] == "A" ? [1, 0] : [0]
            case .dashes:
                choices = run(from: position, allowed: ["-"])
            case .argumentsOrDashes:
                choices = run(from: position, allowed: ["A", "-"])
            case .arguments:
                choices = run(from: position, allowed: ["A"])
            }
            for length in choices {
                lengths[groupOfElement[e]] += length
                if attempt(e + 1, position + length) { return true }
                lengths[groupOfElement[e]] -= length
            }
            return false
        }

        /// Greedy star: the longest run first, then each shorter one.
        func run(from position: Int, allowed: Set<Character>) -> [Int] {
            var n = 0
            while position + n < text.count, allowed.contains(text[position + n]) { n += 1 }
            return Array((0...n).reversed())
        }

        return attempt(0, 0) ? lengths : nil
    }
}
