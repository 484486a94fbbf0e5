package import TextModel

/// Finds the comment lines at the top of a YAML document, where an association line such as
/// `# cli-input: ssm list-command-invocations` lives. libyaml drops comments, so this reads the text itself.
package enum YAMLLeadingComments {
    /// The comment lines before the first content line, within the first `maxLines` lines. Blank lines are skipped;
    /// any other line (a key, `---`, a directive) ends the scan. A byte-order mark is ignored.
    package static func scan(_ source: SourceText, maxLines: Int = 10) -> [YAMLComment] {
        let bytes = source.bytes
        var comments: [YAMLComment] = []
        for line in 0..<min(max(0, maxLines), source.lineCount) {
            let content = source.lineContentRange(line)
            var i = content.start
            if line == 0, bytes[i..<content.end].starts(with: [0xEF, 0xBB, 0xBF]) { i += 3 }
            while i < content.end, bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t") { i += 1 }
            if i == content.end { continue }
            guard bytes[i] == UInt8(ascii: "#") else { break }
            var end = content.end
            while end > i, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
            var textStart = i + 1
            while textStart < end, bytes[textStart] == UInt8(ascii: " ") || bytes[textStart] == UInt8(ascii: "\t") {
                textStart += 1
            }
            comments.append(
                YAMLComment(
                    text: String(decoding: bytes[textStart..<end], as: UTF8.self), range: ByteRange(start: i, end: end)))
        }
        return comments
    }
}
