/// Limits shared by every front end, so that no input can exhaust the stack, memory or time.
/// Each is documented in the README's "Limits" section with what the user sees when it is hit.
package enum SyntaxLimits {
    /// Deepest nesting of objects and arrays. Python's own recursion limit makes the AWS CLI fail on documents
    /// about 1,000 levels deep; real input files stay under 20.
    package static let maxNestingDepth = 512
    /// Largest document the parsers read, in bytes (64 MiB).
    package static let maxDocumentBytes = 64 << 20
    /// Most nodes that YAML alias expansion may create in one document.
    package static let maxAliasExpansionNodes = 100_000
}
