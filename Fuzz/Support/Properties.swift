import Glibc
import InputSyntax
import TextModel

/// The properties every fuzz target checks; a violation prints what failed and aborts, so libFuzzer reports the
/// input as a crash and saves it.
enum Properties {
    /// Aborts with `message` unless `condition` holds.
    static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        guard !condition else { return }
        let text = Array("property violated: \(message())\n".utf8)
        _ = text.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
        abort()
    }

    /// `range` lies inside `source` and both ends are on character boundaries.
    static func checkRange(_ range: ByteRange, in source: SourceText, _ what: @autoclosure () -> String) {
        require(
            range.start >= 0 && range.start <= range.end && range.end <= source.count,
            "\(what()) range \(range) outside a document of \(source.count) bytes")
        require(
            source.isCharacterBoundary(range.start) && source.isCharacterBoundary(range.end),
            "\(what()) range \(range) cuts a UTF-8 character")
    }

    /// Every node, key and diagnostic range of `result` is a valid range of `source`; returns the number of nodes.
    @discardableResult
    static func checkParse(_ result: ParseResult, in source: SourceText, _ what: String) -> Int {
        for diagnostic in result.diagnostics {
            checkRange(diagnostic.range, in: source, "\(what) diagnostic '\(diagnostic.message)'")
        }
        return checkTree(result.root, in: source, what)
    }

    /// Walks the tree with an explicit stack (trees may be 512 levels deep, and the target must not recurse
    /// where the product does not); returns the number of nodes.
    @discardableResult
    static func checkTree(_ root: SyntaxNode?, in source: SourceText, _ what: String) -> Int {
        guard let root else { return 0 }
        var stack = [root]
        var count = 0
        while let node = stack.popLast() {
            count += 1
            checkRange(node.range, in: source, "\(what) node")
            switch node.value {
            case .object(let members):
                for member in members {
                    checkRange(member.keyRange, in: source, "\(what) key '\(member.key)'")
                    stack.append(member.value)
                }
            case .array(let elements):
                stack.append(contentsOf: elements)
            case .scalar, .missing:
                break
            }
        }
        return count
    }

    /// Positions of `offset` round-trip through every encoding, and agree with each other.
    ///
    /// One exception: LSP cannot address the point between the `\r` and the `\n` of a CRLF (a position is a
    /// line and a column, and that point is past the line's last column); it reads back as the `\r`.
    static func checkPosition(_ offset: Int, in source: SourceText) {
        let bytes = source.bytes
        let insideCRLF = offset > 0 && offset < bytes.count && bytes[offset - 1] == 13 && bytes[offset] == 10
        let expected = insideCRLF ? offset - 1 : offset
        var previous: LinePosition?
        for encoding in [PositionEncoding.utf8, .utf16, .utf32] {
            let position = source.position(of: offset, in: encoding)
            let back = source.offset(of: position, in: encoding)
            require(
                back == expected,
                "offset \(offset) -> \(encoding) \(position.line):\(position.character) -> offset \(back)")
            if let previous { require(previous.line == position.line, "line of \(offset) differs between encodings") }
            previous = position
        }
        let utf16 = source.position(of: offset, in: .utf16)
        let utf32 = source.position(of: offset, in: .utf32)
        let utf8 = source.position(of: offset, in: .utf8)
        require(
            utf32.character <= utf16.character && utf16.character <= utf8.character,
            "columns of \(offset) out of order: utf32 \(utf32.character), utf16 \(utf16.character), "
                + "utf8 \(utf8.character)")
    }

    /// Both ends of `range` round-trip (see `checkPosition`).
    static func checkPositions(_ range: ByteRange, in source: SourceText) {
        checkPosition(range.start, in: source)
        checkPosition(range.end, in: source)
    }

    /// Whether `bytes` is well-formed UTF-8.
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        UTF8Scanning.firstInvalidSequence(bytes) == nil
    }
}
