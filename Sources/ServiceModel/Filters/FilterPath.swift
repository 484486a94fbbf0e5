/// A path from an operation's input to the place a filter key or its values live, written as in
/// `schemas/filters/README.md`: `Filters[].Key`, `Filters[].Values[]`, `FilterKey`, `Filters{key}`,
/// `Filters{value}[]`, `Aggregators[].Filters[].Key`.
package struct FilterPath: Sendable, Hashable, CustomStringConvertible {
    package enum Step: Sendable, Hashable {
        /// A structure member.
        case member(String)
        /// Every element of a list (`[]`).
        case element
        /// Every key of a map (`{key}`).
        case mapKey
        /// Every value of a map (`{value}`).
        case mapValue
    }

    package var steps: [Step]

    package init(steps: [Step]) {
        self.steps = steps
    }

    /// Parses the written form; nil when it is not one (an empty member name, an unknown `{...}`, a stray bracket).
    package init?(parsing text: String) {
        var steps = [Step]()
        for segment in text.split(separator: ".", omittingEmptySubsequences: false) {
            var rest = Substring(segment)
            var name = ""
            while let c = rest.first, c != "[", c != "{" {
                name.append(c)
                rest = rest.dropFirst()
            }
            guard !name.isEmpty else { return nil }
            steps.append(.member(name))
            while !rest.isEmpty {
                if rest.hasPrefix("[]") {
                    steps.append(.element)
                    rest = rest.dropFirst(2)
                } else if rest.hasPrefix("{key}") {
                    steps.append(.mapKey)
                    rest = rest.dropFirst(5)
                } else if rest.hasPrefix("{value}") {
                    steps.append(.mapValue)
                    rest = rest.dropFirst(7)
                } else {
                    return nil
                }
            }
        }
        guard !steps.isEmpty else { return nil }
        self.steps = steps
    }

    package var description: String {
        var out = ""
        for step in steps {
            switch step {
            case .member(let name): out += out.isEmpty ? name : "." + name
            case .element: out += "[]"
            case .mapKey: out += "{key}"
            case .mapValue: out += "{value}"
            }
        }
        return out
    }

    /// The member name of the first step (the input member that holds the filter), if it is one.
    package var firstMember: String? {
        if case .member(let name) = steps.first { return name }
        return nil
    }
}
