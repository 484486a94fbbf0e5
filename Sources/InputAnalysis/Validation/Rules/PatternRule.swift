package import InputSyntax
package import ServiceModel
internal import Synchronization

extension InputValidator {
    /// A string that does not match the model's `pattern` (botocore does not check patterns).
    ///
    /// Smithy patterns are not implicitly anchored, so the check searches. Strings longer than
    /// `PatternMatcher.maxCheckedLength` and patterns the regular-expression engine cannot compile are skipped:
    /// the check must never make analysis slow.
    mutating func checkPattern(_ text: String, node: SyntaxNode, shape: Shape) {
        guard let pattern = shape.pattern, !text.isEmpty, text.unicodeScalars.count <= PatternMatcher.maxCheckedLength,
            PatternMatcher.shared.matches(text, pattern: pattern) == false
        else { return }
        report(
            .pattern, "\(currentPath) does not match the pattern the service expects: \(pattern)",
            range: node.range)
    }
}

/// Compiles model patterns once and matches them by Unicode scalars.
final class PatternMatcher: Sendable {
    static let shared = PatternMatcher()
    /// Longest string checked against a pattern, in Unicode scalars.
    static let maxCheckedLength = 1024

    private let cache = Mutex([String: CompiledPattern]())

    /// Whether `text` contains a match of `pattern`; nil when the pattern cannot be used here.
    func matches(_ text: String, pattern: String) -> Bool? {
        let compiled = cache.withLock { cache in
            if let found = cache[pattern] { return found }
            let made = CompiledPattern(pattern)
            cache[pattern] = made
            return made
        }
        guard let regex = compiled.regex else { return nil }
        if compiled.backtrackingRisk && text.unicodeScalars.count > 64 { return nil }
        return (try? regex.firstMatch(in: text)) != nil
    }
}

/// A model pattern translated for Swift's regular expressions.
struct CompiledPattern: @unchecked Sendable {
    // `Regex` holds an immutable compiled program; sharing it across threads for matching is safe.
    let regex: Regex<AnyRegexOutput>?
    /// Nested quantifiers (`(a+)*`): skip long inputs rather than risk exponential backtracking.
    let backtrackingRisk: Bool

    init(_ pattern: String) {
        let translated = CompiledPattern.translate(pattern)
        regex = (try? Regex(translated))?.matchingSemantics(.unicodeScalar)
        backtrackingRisk = pattern.contains(")*") || pattern.contains(")+") || pattern.contains("){")
    }

    /// Java/ECMAScript spellings Swift reads differently: `\uXXXX` escapes (including UTF-16 surrogate pairs that
    /// stand for the astral planes).
    static func translate(_ pattern: String) -> String {
        var out = pattern
        // A range spanning all surrogate pairs means "any astral character".
        for form in ["\\uD800\\uDC00-\\uDBFF\\uDFFF", "\\ud800\\udc00-\\udbff\\udfff"] {
            out = out.replacingAll(form, with: "\\x{10000}-\\x{10FFFF}")
        }
        var result = ""
        let chars = Array(out)
        var i = 0
        while i < chars.count {
            if chars[i] == "\\", i + 6 <= chars.count, chars[i + 1] == "u" {
                let hex = String(chars[(i + 2)..<(i + 6)])
                if hex.allSatisfy(\.isHexDigit) {
                    result += "\\x{\(hex)}"
                    i += 6
                    continue
                }
            }
            if chars[i] == "\\", i + 1 < chars.count {
                result.append(chars[i])
                result.append(chars[i + 1])
                i += 2
                continue
            }
            result.append(chars[i])
            i += 1
        }
        return result
    }
}

extension FindingCode {
    package static let pattern = FindingCode(
        "pattern", severity: .warning, cliVerdict: false,
        summary: "A string that does not match the model's pattern; the service will probably refuse it.")
}
