import Foundation
import InputSyntax

/// Differences from ruamel that are known, understood and accepted; each comes from YAML text no real input file
/// holds, and Documentation/YAMLSyntax.md lists them.
enum AcceptedDivergence: String, Hashable, CaseIterable {
    /// `? [a, b]`: ruamel builds a tuple key; the tree cannot hold it and reports the key instead.
    case sequenceKey = "sequence key"
    /// `"\ud800"`: ruamel builds a string holding a lone surrogate; libyaml refuses the escape.
    case loneSurrogate = "lone surrogate escape"
    /// `: value` with no key, or a lone `?` in a flow collection: ruamel reads a `None` key (YAML 1.2); libyaml
    /// 0.2.5 refuses the first and misreads the second (`[?]]` passes, `[?]` fails).
    case emptyKey = "empty block key"
    /// `&a.b`, `&x:`: ruamel takes any non-blank, non-flow-indicator characters as an anchor name (YAML 1.2);
    /// libyaml only letters, digits, `-` and `_`.
    case anchorName = "anchor name characters"
    /// `[a:, :b]`: YAML 1.2 plain scalars in flow collections may start or end with `:`; libyaml 0.2.5 refuses them.
    case flowColon = "colon at a flow scalar's edge"
    /// `!!!seq`: ruamel reads the handle `!!` and the suffix `seq`; libyaml the suffix `!seq`.
    case tripleBang = "tag starting with !!!"
    /// A folded or literal scalar whose first line has a tab right after its indentation: ruamel keeps the tab
    /// as content, libyaml refuses it.
    case tabAfterBlockIndentation = "tab after a block scalar's indentation"
    /// A top-level `|` whose content starts at column 0: ruamel (YAML 1.2) reads it, libyaml wants indentation.
    case unindentedTopLevelBlockScalar = "unindented top-level block scalar"
    /// U+0085, U+2028 and U+2029 written as characters: line breaks to libyaml (YAML 1.1), mostly text to ruamel.
    case unicodeLineBreak = "Unicode line separator"
    /// A byte-order mark after the start: libyaml skips it at a line start, ruamel reads it as text.
    case innerByteOrderMark = "byte-order mark inside the text"

    static func reason(document: String, oracle: String, result: ParseResult) -> AcceptedDivergence? {
        let messages = result.diagnostics.map(\.message)
        if document.unicodeScalars.dropFirst().contains("\u{FEFF}") { return .innerByteOrderMark }
        if document.contains("!!!") { return .tripleBang }
        if document.range(of: #"[\[{,]\s*\?\s*[\]},]"#, options: .regularExpression) != nil { return .emptyKey }
        if document.unicodeScalars.contains(where: { ["\u{85}", "\u{2028}", "\u{2029}"].contains($0) }) {
            return .unicodeLineBreak
        }
        if messages.contains("Tabs cannot be used for indentation in YAML."),
            document.range(of: #"[|>][-+0-9]*\r?\n +\t"#, options: .regularExpression) != nil
        {
            return .tabAfterBlockIndentation
        }
        if messages.contains(where: { $0.hasPrefix("A sequence used as a key") }) { return .sequenceKey }
        if messages.contains("This escape sequence is not a valid Unicode character."),
            document.range(of: #"\\u[dD][89a-fA-F]"#, options: .regularExpression) != nil
        {
            return .loneSurrogate
        }
        if document.range(of: #"[&*][A-Za-z0-9_-]*[^A-Za-z0-9_\-\s,\[\]{}]"#, options: .regularExpression) != nil {
            return .anchorName
        }
        if messages.contains(where: {
            $0.hasPrefix("Expected a key") || $0.hasPrefix("Expected a value") || $0.hasPrefix("Expected ','")
        }), oracle.contains("{N:") || oracle.contains(",N:")
        {
            return .emptyKey
        }
        if document.range(of: #"([\[{,\s]:\S)|(\S:[,\]}?])"#, options: .regularExpression) != nil,
            messages.contains(where: {
                $0.contains("unexpected ':'") || $0.hasPrefix("Expected a value") || $0.contains("cannot start a YAML token")
            })
        {
            return .flowColon
        }
        if document.range(of: #"^(--- )?[|>][-+]?\r?\n\S"#, options: .regularExpression) != nil {
            return .unindentedTopLevelBlockScalar
        }
        return nil
    }
}
