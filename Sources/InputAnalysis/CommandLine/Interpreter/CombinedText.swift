import InputSyntax
import TextModel

/// The command's source text followed by the files read for its values, as one offset space, so that findings on
/// a file's contents keep their exact place until they are reported at the word that names the file.
struct CombinedText {
    /// A file's text inside the combined text.
    struct Segment {
        /// Where the file's first byte is in the combined text: UTF-8 byte offset, 0-based.
        var base: Int
        var text: SourceText
        /// The path as written after `file://`.
        var path: String
        /// The word that names the file, in the command's source.
        var origin: ByteRange
    }

    let source: SourceText
    private(set) var segments: [Segment] = []
    private var end: Int

    init(source: SourceText) {
        self.source = source
        self.end = source.count
    }

    /// Adds a file's bytes; returns the offset of its first byte.
    mutating func append(_ bytes: [UInt8], path: String, origin: ByteRange) -> Int {
        let base = end + 1
        segments.append(Segment(base: base, text: SourceText(bytes: bytes), path: path, origin: origin))
        end = base + bytes.count
        return base
    }

    /// The text the validator quotes values from: the source alone when no file was read.
    var text: SourceText {
        guard !segments.isEmpty else { return source }
        var bytes = source.bytes
        for segment in segments {
            bytes.append(UInt8(ascii: "\n"))
            bytes += segment.text.bytes
        }
        return SourceText(bytes: bytes)
    }

    private func segment(containing offset: Int) -> Segment? {
        guard offset > source.count else { return nil }
        return segments.last { $0.base <= offset }
    }

    /// A range in the combined text as a range in the command's source: ranges inside a file become the word that
    /// names it.
    func translate(_ range: ByteRange) -> ByteRange {
        segment(containing: range.start)?.origin ?? range
    }

    /// A finding placed in the command's source; one inside a file says where in the file (`path:line:column`).
    func translate(_ finding: Finding) -> Finding {
        guard let segment = segment(containing: finding.range.start) else { return finding }
        var moved = finding
        let position = segment.text.position(of: finding.range.start - segment.base, in: .utf32)
        moved.message = "\(segment.path):\(position.line + 1):\(position.character + 1): \(finding.message)"
        moved.range = segment.origin
        return moved
    }
}
