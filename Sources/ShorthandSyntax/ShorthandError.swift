package import TextModel

/// The reason the AWS CLI refuses a shorthand string, with the CLI's own position and strings.
///
/// `index` is what the CLI computes (a Python string index: Unicode code points from the start of the shorthand
/// string); `offset` and `range` are the same place in UTF-8 bytes, for editors. Rendering the CLI's message, with
/// its caret block, is in `ShorthandError+Rendering.swift`.
package struct ShorthandError: Error, Sendable, Hashable {
    /// What went wrong.
    package enum Kind: String, Sendable, Hashable {
        /// `ShorthandParseSyntaxError`: the text does not follow the grammar.
        case syntax
        /// `DuplicateKeyInObjectError`: a top-level key given twice.
        case duplicateKey
        /// `ResourceLoadingError`: a `key@=file://…` value whose file could not be read.
        case paramFile
        /// Nesting deeper than `SyntaxLimits.maxNestingDepth`. The CLI has no such error of its own: Python's
        /// recursion limit makes it fail with a traceback somewhere near 490 levels.
        case limit
    }

    package var kind: Kind
    /// For `syntax`, what the CLI expected: `=`, `,`, `<second>`, `<singled quoted>` (sic) or `<double quoted>`.
    package var expected: String?
    /// For `syntax`, what the CLI found: the offending character, `EOF`, or `<none>` when a value could not start.
    package var actual: String?
    /// For `duplicateKey`, the repeated key.
    package var key: String?
    /// The CLI's index: Unicode code points from the start of the shorthand string, 0-based. For `duplicateKey` it is
    /// the CLI's caret position (one past the end of the previous value), not the key; for `paramFile`, for which
    /// the CLI reports no position, the start of the file reference.
    package var index: Int
    /// `index` as a UTF-8 byte offset, 0-based, into the parsed text (moved by `ShorthandParseResult.shifted`).
    package var offset: Int
    /// The bytes a diagnostic should mark: the offending character (empty at the end of the text), the repeated
    /// key, or the file reference. UTF-8 byte offsets into the parsed text, 0-based.
    package var range: ByteRange
    /// For `paramFile`, the CLI's whole message (`Unable to load paramfile file:///x: [Errno 2] …`).
    package var detail: String?
    /// The shorthand string as the CLI saw it, for the caret block; `index` counts into it.
    package var input: String

    package init(
        kind: Kind, expected: String? = nil, actual: String? = nil, key: String? = nil, index: Int, offset: Int,
        range: ByteRange, detail: String? = nil, input: String
    ) {
        self.kind = kind
        self.expected = expected
        self.actual = actual
        self.key = key
        self.index = index
        self.offset = offset
        self.range = range
        self.detail = detail
        self.input = input
    }
}
