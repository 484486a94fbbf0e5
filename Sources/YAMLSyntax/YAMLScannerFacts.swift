import TextModel

/// Where the scalars, flow collections and tags of a document lie, recorded while its events arrive, for the
/// checks of `YAMLRuamelScannerRules`.
struct YAMLScannerFacts: Sendable {
    /// Quoted scalars from their opening quote, UTF-8 byte offsets (0-based), in document order.
    var quoted: [ByteRange] = []
    /// Plain scalars as written, in document order.
    var plain: [ByteRange] = []
    /// Block scalars: the offset of their `|` or `>`, and the event's end (trailing line breaks included).
    var block: [ByteRange] = []
    /// Flow collections from their opening bracket to their closing one.
    var flow: [ByteRange] = []
    /// The offsets of the `!` starting each tag.
    var tags: [Int] = []
    /// The `:` of single-pair mappings in flow sequences (`[a: b]`) that a non-blank follows.
    var gluedPairColons: [Int] = []
    /// The offsets of the `...` markers that ended a document.
    var documentEnds: [Int] = []
    /// The offset where the text libyaml reads starts (after a byte-order mark).
    var textStart = 0
}
