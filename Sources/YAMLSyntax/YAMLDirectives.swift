/// Directives ruamel.yaml ignores but libyaml refuses.
///
/// ruamel reads any directive name made of letters, digits and `-_:.` and skips the line when the name is neither
/// `YAML` nor `TAG`; libyaml stops with "found unknown directive name". Such lines before the first `---` are
/// blanked (same length, so every offset stays) before libyaml sees the text.
enum YAMLDirectives {
    /// The text with ignorable directive lines replaced by spaces, or nil when there are none.
    static func blankingIgnoredDirectives(_ bytes: [UInt8], from start: Int) -> [UInt8]? {
        var lines: [Range<Int>] = []
        var i = start
        var sawDocumentStart = false
        while i < bytes.count {
            var end = i
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n"), bytes[end] != UInt8(ascii: "\r") { end += 1 }
            let line = bytes[i..<end]
            let content = line.drop { $0 == UInt8(ascii: " ") }
            if line.first == UInt8(ascii: "%") {
                if isIgnoredDirective(line.dropFirst()) { lines.append(i..<end) }
            } else if line.starts(with: Array("---".utf8)) && (line.count == 3 || [UInt8(ascii: " "), UInt8(ascii: "\t")].contains(line[i + 3])) {
                sawDocumentStart = true
                break
            } else if !(content.isEmpty || content.first == UInt8(ascii: "#")) {
                break
            }
            i = end
            if i < bytes.count, bytes[i] == UInt8(ascii: "\r") { i += 1 }
            if i < bytes.count, bytes[i] == UInt8(ascii: "\n") { i += 1 }
        }
        guard sawDocumentStart, !lines.isEmpty else { return nil }
        var copy = bytes
        for line in lines {
            for j in line { copy[j] = UInt8(ascii: " ") }
        }
        return copy
    }

    private static func isIgnoredDirective(_ text: ArraySlice<UInt8>) -> Bool {
        let name = text.prefix { b in
            ByteCursor.isDigit(b) || (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z"))
                || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")) || Array("-_:.".utf8).contains(b)
        }
        guard !name.isEmpty else { return false }
        let next = text.dropFirst(name.count).first
        guard next == nil || next == UInt8(ascii: " ") else { return false }
        return !name.elementsEqual("YAML".utf8) && !name.elementsEqual("TAG".utf8)
    }
}
