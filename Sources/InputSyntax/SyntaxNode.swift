package import TextModel

/// A value in the format-neutral syntax tree that JSON, YAML and shorthand front ends all build.
///
/// Every node carries the byte range of its value in the source; every object member also carries the range of
/// its key. Half-written documents still produce nodes: a member whose value was never written has a `.missing`
/// value with an empty range where the value would start.
package struct SyntaxNode: Sendable, Hashable {
    package enum Value: Sendable, Hashable {
        /// An object (JSON), mapping (YAML) or hash (shorthand), members in source order; duplicates are kept.
        case object([SyntaxMember])
        /// An array (JSON), sequence (YAML) or list (shorthand).
        case array([SyntaxNode])
        case scalar(Scalar)
        /// A value the parser expected but did not find.
        case missing
    }

    package var value: Value
    /// The byte range of the whole value, UTF-8 byte offsets into the source.
    package var range: ByteRange

    package init(_ value: Value, range: ByteRange) {
        self.value = value
        self.range = range
    }

    package var members: [SyntaxMember]? {
        if case .object(let m) = value { return m }
        return nil
    }

    package var elements: [SyntaxNode]? {
        if case .array(let e) = value { return e }
        return nil
    }

    package var scalar: Scalar? {
        if case .scalar(let s) = value { return s }
        return nil
    }

    package var isMissing: Bool {
        if case .missing = value { return true }
        return false
    }

    /// The string value of a string scalar.
    package var stringValue: String? {
        if case .scalar(let s) = value, case .string(let text) = s.kind { return text }
        return nil
    }

    /// The last member named `key` (the one that wins, as in Python's `json.loads`).
    package func member(_ key: String) -> SyntaxMember? {
        members?.last { $0.key == key }
    }
}

/// One key and its value inside an object.
package struct SyntaxMember: Sendable, Hashable {
    package var key: String
    /// The byte range of the key as written, including its quotes.
    package var keyRange: ByteRange
    package var value: SyntaxNode

    package init(key: String, keyRange: ByteRange, value: SyntaxNode) {
        self.key = key
        self.keyRange = keyRange
        self.value = value
    }

    /// The range from the start of the key to the end of the value.
    package var range: ByteRange { keyRange.union(value.range) }
}

/// A scalar value with the style it was written in.
package struct Scalar: Sendable, Hashable {
    package var kind: ScalarKind
    package var style: ScalarStyle

    package init(_ kind: ScalarKind, style: ScalarStyle) {
        self.kind = kind
        self.style = style
    }
}

/// What a scalar means once read, in the terms of the Python value the AWS CLI would see.
package enum ScalarKind: Sendable, Hashable {
    /// `str`.
    case string(String)
    /// `int`, of any size, as canonical decimal digits with an optional leading `-`.
    case integer(String)
    /// `float`, including `nan` and `inf`.
    case float(Double)
    /// `bool`.
    case bool(Bool)
    /// `None`.
    case null
    /// A YAML date without a time (`datetime.date`), as written.
    case date(String)
    /// A YAML timestamp with a time (`datetime.datetime`), as written.
    case timestamp(String)
    /// `bytes` (YAML `!!binary`, shorthand `fileb://`).
    case binary([UInt8])

    /// The Python type name the AWS CLI reports for this value (`str`, `int`, `datetime.date`…).
    package var pythonTypeName: String {
        switch self {
        case .string: "str"
        case .integer: "int"
        case .float: "float"
        case .bool: "bool"
        case .null: "NoneType"
        case .date: "datetime.date"
        case .timestamp: "datetime.datetime"
        case .binary: "bytes"
        }
    }
}

/// How a scalar was written.
package enum ScalarStyle: Sendable, Hashable {
    /// Unquoted: a JSON number, `true`, `false`, `null`; a YAML plain scalar; an unquoted shorthand value.
    case plain
    case singleQuoted
    case doubleQuoted
    /// YAML `|`.
    case literal
    /// YAML `>`.
    case folded
}
