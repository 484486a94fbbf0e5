import InputSyntax
import TextModel

/// One libyaml parser event, copied out of C into Swift values on the line it was read.
struct YAMLEvent: Sendable {
    enum Kind: Sendable {
        case streamStart
        case streamEnd
        /// `version` is the `%YAML` directive's (major, minor), when the document has one.
        case documentStart(version: (major: Int, minor: Int)?, implicit: Bool)
        case documentEnd(implicit: Bool)
        case alias(anchor: String)
        case scalar(YAMLScalarEvent)
        case sequenceStart(YAMLNodeProperties, flow: Bool)
        case sequenceEnd
        case mappingStart(YAMLNodeProperties, flow: Bool)
        case mappingEnd
    }

    var kind: Kind
    /// The event's start and end marks, converted to UTF-8 byte offsets (0-based) into the whole document.
    var range: ByteRange
}

/// The anchor and tag written before a node (`&name !tag`).
struct YAMLNodeProperties: Sendable {
    var anchor: String?
    /// The resolved tag (`tag:yaml.org,2002:int` for `!!int`), `!` for the non-specific tag, nil when none.
    var tag: String?
}

/// A scalar event's content.
struct YAMLScalarEvent: Sendable {
    var properties: YAMLNodeProperties
    /// The scalar's value with escapes and folding applied.
    var value: String
    /// Whether the tag may be resolved from the value (a plain scalar without tag, or with the `!` tag).
    var plainImplicit: Bool
    var style: ScalarStyle
}

/// What libyaml reported when it stopped.
struct LibYAMLError: Sendable {
    /// libyaml's own problem text, for example `could not find expected ':'`.
    var problem: String
    /// libyaml's context text, for example `while scanning a simple key`, when it gave one.
    var context: String?
    /// Where the problem is, UTF-8 byte offset (0-based) into the whole document.
    var problemOffset: Int
    /// Where the context starts, UTF-8 byte offset (0-based), when libyaml gave a context.
    var contextOffset: Int?
    /// The offending character for reader errors (a control character), when libyaml gave one.
    var problemValue: Int?
}
