/// A file-name pattern of `.cli-input.yaml`: `*` (any characters but `/`), `**` (any directories), `?`, `[abc]`,
/// `[a-z]`, `[!abc]`. A pattern without `/` matches the file name in any directory, as in `.gitignore`.
package struct Glob: Sendable, Hashable, CustomStringConvertible {
    package let pattern: String
    private let segments: [String]
    private let anchored: Bool

    package init(_ pattern: String) {
        self.pattern = pattern
        var trimmed = pattern
        while trimmed.hasPrefix("./") { trimmed.removeFirst(2) }
        anchored = trimmed.contains("/")
        if trimmed.hasPrefix("/") { trimmed.removeFirst() }
        segments = trimmed.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }

    package var description: String { pattern }

    /// Whether `path` (relative to the workspace root, `/`-separated) matches.
    package func matches(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if !anchored {
            guard let name = parts.last, let only = segments.first else { return false }
            return Self.matchSegment(Array(only.unicodeScalars), Array(name.unicodeScalars))
        }
        return Self.match(segments[...], parts[...])
    }

    private static func match(_ pattern: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
        guard let head = pattern.first else { return path.isEmpty }
        if head == "**" {
            var rest = path
            while true {
                if match(pattern.dropFirst(), rest) { return true }
                guard !rest.isEmpty else { return false }
                rest = rest.dropFirst()
            }
        }
        guard let first = path.first else { return false }
        return matchSegment(Array(head.unicodeScalars), Array(first.unicodeScalars))
            && match(pattern.dropFirst(), path.dropFirst())
    }

    /// Matches one path segment; iterative, with the classic single backtrack point for `*`.
    private static func matchSegment(_ p: [Unicode.Scalar], _ s: [Unicode.Scalar]) -> Bool {
        var pi = 0
        var si = 0
        var starP = -1
        var starS = 0
        while si < s.count {
            if pi < p.count {
                switch p[pi] {
                case "*":
                    starP = pi
                    starS = si
                    pi += 1
                    continue
                case "?":
                    pi += 1
                    si += 1
                    continue
                case "[":
                    if let (matched, next) = matchClass(p, pi, s[si]) {
                        if matched {
                            pi = next
                            si += 1
                            continue
                        }
                    } else if s[si] == "[" {
                        pi += 1
                        si += 1
                        continue
                    }
                default:
                    if p[pi] == s[si] {
                        pi += 1
                        si += 1
                        continue
                    }
                }
            }
            guard starP >= 0 else { return false }
            pi = starP + 1
            starS += 1
            si = starS
        }
        while pi < p.count, p[pi] == "*" { pi += 1 }
        return pi == p.count
    }

    /// `[...]` at `start`: whether `c` is in it and the index after `]`; nil when the class is not closed.
    private static func matchClass(_ p: [Unicode.Scalar], _ start: Int, _ c: Unicode.Scalar) -> (Bool, Int)? {
        var i = start + 1
        var negated = false
        if i < p.count, p[i] == "!" || p[i] == "^" {
            negated = true
            i += 1
        }
        var matched = false
        var first = true
        while i < p.count, p[i] != "]" || first {
            first = false
            if i + 2 < p.count, p[i + 1] == "-", p[i + 2] != "]" {
                if p[i] <= c && c <= p[i + 2] { matched = true }
                i += 3
            } else {
                if p[i] == c { matched = true }
                i += 1
            }
        }
        guard i < p.count else { return nil }
        return (matched != negated, i + 1)
    }
}
