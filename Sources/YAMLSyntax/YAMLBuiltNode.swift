import InputSyntax
import TextModel

/// A finished node with what its parent still needs to know about it: how it compares as a key, whether it can
/// be merged (`<<`), and how many nodes it stands for once aliases are expanded.
struct YAMLBuiltNode: Sendable {
    var node: SyntaxNode
    /// Nodes in the subtree with every alias counted as the nodes it copies.
    var size: Int
    var shape: Shape
    /// The tag the node was constructed with; `.merge` marks a `<<` key.
    var tag: YAMLTag
    /// How the node compares as a Python dictionary key; nil when Python cannot hash it (a mapping, or a
    /// sequence holding collections).
    var identity: YAMLKeyIdentity?

    /// The kind of YAML node the value came from, which decides merging regardless of the tag.
    enum Shape: Sendable {
        /// `keyText` is what a member named by this scalar is called: the string for strings, the scalar as
        /// written (`0x10`, `~`, empty) for everything else.
        case scalar(keyText: String)
        /// For each item: its members when it is a mapping node, else nil.
        case sequence(items: [YAMLMergeSource?])
        case mapping(YAMLMergeSource)
    }

    /// The members this node contributes to a `<<` merge, when it is a mapping node.
    var mergeSource: YAMLMergeSource? {
        if case .mapping(let source) = shape { return source }
        return nil
    }

    /// What ruamel calls the node in its messages (`scalar`, `sequence`, `mapping`).
    var nodeKindName: String {
        switch shape {
        case .scalar: "scalar"
        case .sequence: "sequence"
        case .mapping: "mapping"
        }
    }
}
