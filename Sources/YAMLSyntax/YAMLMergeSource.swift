import InputSyntax

/// The members of a constructed mapping with their key identities, ready to be merged into another mapping.
struct YAMLMergeSource: Sendable {
    var members: [SyntaxMember]
    var identities: [YAMLKeyIdentity]
}
