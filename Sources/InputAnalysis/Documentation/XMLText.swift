/// A small XML reader with the verdicts of Python's expat-based `xml.etree.ElementTree.fromstring`: it returns the
/// concatenated text of a well-formed document (`itertext()`), or nil when expat would refuse it.
///
/// Only what documentation strings need: elements, attributes, the five predefined entities, character
/// references, comments, CDATA and processing instructions. Any DTD, undefined entity, unbalanced tag, stray `<` or
/// `&`, or character XML forbids makes the document not well-formed.
enum XMLText {
    /// The text content of `<doc>` + `fragment` + `</doc>`, or nil when that is not well-formed.
    static func content(ofFragment fragment: String) -> String? {
        var reader = Reader(Array(("<doc>" + fragment + "</doc>").unicodeScalars))
        return reader.document()
    }

    /// `html` without anything between `<` and `>`; for showing documentation that is not well-formed XML.
    static func strippingTags(_ html: String) -> String {
        var out = ""
        var inTag = false
        for scalar in html.unicodeScalars {
            if scalar == "<" { inTag = true } else if scalar == ">" && inTag { inTag = false } else if !inTag {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private struct Reader {
        let s: [Unicode.Scalar]
        var i = 0
        var text = ""

        init(_ s: [Unicode.Scalar]) {
            // XML normalises CRLF and lone CR to LF before parsing.
            var normalized = [Unicode.Scalar]()
            normalized.reserveCapacity(s.count)
            var k = 0
            while k < s.count {
                if s[k] == "\r" {
                    normalized.append("\n")
                    if k + 1 < s.count, s[k + 1] == "\n" { k += 1 }
                } else {
                    normalized.append(s[k])
                }
                k += 1
            }
            self.s = normalized
        }

        mutating func document() -> String? {
            var stack = [String]()
            var sawRoot = false
            while i < s.count {
                let c = s[i]
                if c == "<" {
                    if starts("<!--") {
                        guard comment() else { return nil }
                    } else if starts("<![CDATA[") {
                        guard !stack.isEmpty, cdata() else { return nil }
                    } else if starts("<?") {
                        guard processingInstruction() else { return nil }
                    } else if starts("</") {
                        i += 2
                        guard let name = name(), let open = stack.popLast(), open == name else { return nil }
                        skipSpace()
                        guard i < s.count, s[i] == ">" else { return nil }
                        i += 1
                    } else if starts("<!") {
                        return nil
                    } else {
                        i += 1
                        guard !(sawRoot && stack.isEmpty), let name = name() else { return nil }
                        sawRoot = true
                        guard let selfClosing = attributes() else { return nil }
                        if !selfClosing { stack.append(name) }
                    }
                } else if c == "&" {
                    guard !stack.isEmpty, let decoded = reference() else { return nil }
                    text.unicodeScalars.append(decoded)
                } else {
                    guard Self.isXMLChar(c) else { return nil }
                    if stack.isEmpty {
                        guard c == " " || c == "\t" || c == "\n" else { return nil }
                    } else {
                        if c == ">", i >= 2, s[i - 1] == "]", s[i - 2] == "]" { return nil }
                        text.unicodeScalars.append(c)
                    }
                    i += 1
                }
            }
            return stack.isEmpty && sawRoot ? text : nil
        }

        func starts(_ prefix: String) -> Bool {
            var k = i
            for p in prefix.unicodeScalars {
                guard k < s.count, s[k] == p else { return false }
                k += 1
            }
            return true
        }

        mutating func skipSpace() {
            while i < s.count, s[i] == " " || s[i] == "\t" || s[i] == "\n" { i += 1 }
        }

        mutating func name() -> String? {
            guard i < s.count, Self.isNameStart(s[i]) else { return nil }
            var n = ""
            while i < s.count, Self.isNameChar(s[i]) {
                n.unicodeScalars.append(s[i])
                i += 1
            }
            return n
        }

        /// Reads attributes up to `>` or `/>`; returns whether the tag closed itself, nil when malformed.
        mutating func attributes() -> Bool? {
            var seen = Set<String>()
            while true {
                let hadSpace = i < s.count && (s[i] == " " || s[i] == "\t" || s[i] == "\n")
                skipSpace()
                guard i < s.count else { return nil }
                if s[i] == ">" {
                    i += 1
                    return false
                }
                if s[i] == "/" {
                    guard i + 1 < s.count, s[i + 1] == ">" else { return nil }
                    i += 2
                    return true
                }
                guard hadSpace, let attribute = name(), seen.insert(attribute).inserted else { return nil }
                skipSpace()
                guard i < s.count, s[i] == "=" else { return nil }
                i += 1
                skipSpace()
                guard i < s.count, s[i] == "\"" || s[i] == "'" else { return nil }
                let quote = s[i]
                i += 1
                while i < s.count, s[i] != quote {
                    if s[i] == "<" || !Self.isXMLChar(s[i]) { return nil }
                    if s[i] == "&" {
                        guard reference() != nil else { return nil }
                    } else {
                        i += 1
                    }
                }
                guard i < s.count else { return nil }
                i += 1
            }
        }

        /// Reads `&...;` and returns the character it stands for.
        mutating func reference() -> Unicode.Scalar? {
            i += 1
            var body = ""
            while i < s.count, s[i] != ";" {
                guard body.unicodeScalars.count < 16 else { return nil }
                body.unicodeScalars.append(s[i])
                i += 1
            }
            guard i < s.count else { return nil }
            i += 1
            switch body {
            case "amp": return "&"
            case "lt": return "<"
            case "gt": return ">"
            case "quot": return "\""
            case "apos": return "'"
            default: break
            }
            var value: UInt32?
            if body.hasPrefix("#x") {
                let digits = body.dropFirst(2)
                value = digits.isEmpty || !digits.allSatisfy(\.isHexDigit) ? nil : UInt32(digits, radix: 16)
            } else if body.hasPrefix("#") {
                let digits = body.dropFirst()
                value = digits.isEmpty || !digits.allSatisfy({ $0.isASCII && $0.isNumber }) ? nil : UInt32(digits)
            }
            guard let value, let scalar = Unicode.Scalar(value), Self.isXMLChar(scalar) else { return nil }
            return scalar
        }

        mutating func comment() -> Bool {
            i += 4
            while i + 2 < s.count {
                if s[i] == "-", s[i + 1] == "-" {
                    guard s[i + 2] == ">" else { return false }
                    i += 3
                    return true
                }
                guard Self.isXMLChar(s[i]) else { return false }
                i += 1
            }
            return false
        }

        mutating func cdata() -> Bool {
            i += 9
            while i + 2 < s.count {
                if s[i] == "]", s[i + 1] == "]", s[i + 2] == ">" {
                    i += 3
                    return true
                }
                guard Self.isXMLChar(s[i]) else { return false }
                text.unicodeScalars.append(s[i])
                i += 1
            }
            return false
        }

        mutating func processingInstruction() -> Bool {
            i += 2
            guard let target = name(), target.lowercased() != "xml" else { return false }
            while i + 1 < s.count {
                if s[i] == "?", s[i + 1] == ">" {
                    i += 2
                    return true
                }
                i += 1
            }
            return false
        }

        static func isXMLChar(_ c: Unicode.Scalar) -> Bool {
            let v = c.value
            return v == 0x9 || v == 0xA || v == 0xD || (0x20...0xD7FF).contains(v) || (0xE000...0xFFFD).contains(v)
                || (0x10000...0x10FFFF).contains(v)
        }

        static func isNameStart(_ c: Unicode.Scalar) -> Bool {
            let v = c.value
            return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || v == 0x5F || v == 0x3A
                || (v >= 0xC0 && v != 0xD7 && v != 0xF7 && v < 0x2000) || (0x2070...0xD7FF).contains(v)
                || (0xF900...0xFFFD).contains(v) || v >= 0x10000
        }

        static func isNameChar(_ c: Unicode.Scalar) -> Bool {
            let v = c.value
            return isNameStart(c) || (v >= 0x30 && v <= 0x39) || v == 0x2D || v == 0x2E || v == 0xB7
                || (0x300...0x36F).contains(v) || (0x203F...0x2040).contains(v)
        }
    }
}
