import InputSyntax
import JSONSyntax
import TestSupport
import TextModel

/// Parses fixture text.
func parse(_ text: String) -> ParseResult {
    JSONParser.parse(SourceText(text))
}

/// Parses fixture text with position markers removed.
func parse(_ marked: MarkedText) -> ParseResult {
    JSONParser.parse(marked.source)
}

extension ParseResult {
    /// The error diagnostics only.
    var errors: [SyntaxDiagnostic] { diagnostics.filter { $0.severity == .error } }

    /// The diagnostics as `code severity range message` lines, for comparing whole lists.
    var diagnosticLines: [String] {
        diagnostics.map { "\($0.code) \($0.severity) \($0.range) \($0.message)" }
    }
}

/// A `diagnosticLines` entry for a syntax error.
func syntaxError(_ range: ByteRange, _ message: String) -> String {
    "syntax error \(range) \(message)"
}

/// A `diagnosticLines` entry for a syntax error at a point.
func syntaxError(at offset: Int, _ message: String) -> String {
    syntaxError(.empty(at: offset), message)
}

extension SyntaxNode {
    /// The node at a path of member names and element indexes, such as `["Filters", 0, "Name"]`.
    func at(_ path: [any PathComponent]) -> SyntaxNode? {
        var node: SyntaxNode? = self
        for component in path {
            node = node.flatMap { component.step(from: $0) }
        }
        return node
    }
}

/// A member name or an element index in a path through a tree.
protocol PathComponent {
    func step(from node: SyntaxNode) -> SyntaxNode?
}

extension String: PathComponent {
    func step(from node: SyntaxNode) -> SyntaxNode? { node.member(self)?.value }
}

extension Int: PathComponent {
    func step(from node: SyntaxNode) -> SyntaxNode? {
        guard let elements = node.elements, self >= 0, self < elements.count else { return nil }
        return elements[self]
    }
}
