import InputSyntax
import TextModel

/// A finished node with what its parent still needs to know about it: how it compares as a key, whether it can
/// be merged (`<<`), and how many nodes it stands for once aliases are expanded.
///
/// A class so that passing it between frames, anchors and entries costs one reference count rather than a copy of
/// every field; it never changes after it is built.
final class YAMLBuiltNode: Sendable {
    let node: SyntaxNode
    /// Nodes in the subtree with every alias counted as the nodes it copies.
    let size: Int
    let shape: Shape
    /// The tag the node was constructed with; `.merge` marks a `<<` key.
    let tag: YAMLTag
    /// How the node compares as a Python dictionary key; nil when Python cannot hash it (a mapping, or a
    /// sequence holding collections).
    let identity: YAMLKeyIdentity?

    init(node: SyntaxNode, size: Int, shape: Shape, tag: YAMLTag, identity: YAMLKeyIdentity?) {
        self.node = node
        self.size = size
        self.shape = shape
        self.tag = tag
        self.identity = identity
    }

    /// The same node placed at `range` (an alias's copy).
    func moved(to range: ByteRange) -> YAMLBuiltNode {
        YAMLBuiltNode(node: SyntaxNode(node.value, range: range), size: size, shape: shape, tag: tag, identity: identity)
    }

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
