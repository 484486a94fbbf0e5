package import InputSyntax
package import TextModel

/// Decides which operation a document is for, in DESIGN.md's order: explicit; a YAML comment at the top; a glob in
/// `.cli-input.yaml`; the file name; a `file://` reference in a shell script of the workspace.
package enum AssociationResolver {
    /// A comment line of a document's head: its text after `#` and its byte range.
    package struct Comment: Sendable, Hashable {
        package var text: String
        package var range: ByteRange

        package init(text: String, range: ByteRange) {
            self.text = text
            self.range = range
        }
    }

    /// The association of a document, or nil.
    ///
    /// - Parameters:
    ///   - relativePath: the document's path relative to the workspace root, `/`-separated.
    ///   - leadingComments: YAML comments at the top of the document (`YAMLLeadingComments.scan`).
    ///   - isKnownService: whether a name is an AWS CLI service; used only for the file-name rule, where a name
    ///     like `package.json` or `docker-compose.yml` must not read as an association.
    package static func resolve(
        relativePath: String, explicit: (service: String, operation: String)? = nil,
        leadingComments: [Comment] = [], workspace: WorkspaceConfiguration? = nil,
        scriptReferences: [String: Association] = [:], isKnownService: (String) -> Bool
    ) -> Association? {
        if let explicit {
            return Association(service: explicit.service, operation: explicit.operation, origin: .explicit)
        }
        if let modeline = modeline(leadingComments) { return modeline }
        if let workspace {
            for entry in workspace.entries where entry.glob.matches(relativePath) {
                return Association(service: entry.service, operation: entry.operation,
                    origin: .workspace(glob: entry.glob.pattern))
            }
        }
        if let fromName = fileName(relativePath), isKnownService(fromName.service) { return fromName }
        return scriptReferences[relativePath]
    }

    /// `# cli-input: SERVICE OPERATION` or a pasted `# aws [GLOBAL OPTIONS] SERVICE OPERATION ...`.
    package static func modeline(_ comments: [Comment]) -> Association? {
        for comment in comments {
            let text = comment.text
            let words = Words(text, base: comment.range.start + (comment.range.length - text.utf8.count))
            guard let first = words.first else { continue }
            if first.text == "cli-input:" || first.text == "cli-input" {
                var rest = words.after(first)
                if rest.first?.text == ":" { rest = Array(rest.dropFirst()) }
                guard rest.count >= 2 else { continue }
                return Association(service: rest[0].text, operation: rest[1].text, origin: .modeline,
                    nameRange: rest[0].range.union(rest[1].range))
            }
            if first.text == "aws" {
                // Global options come before the service; those with a value take the next word too.
                var names = [Words.Word]()
                var skipNext = false
                for word in words.after(first) {
                    if skipNext {
                        skipNext = false
                    } else if word.text.hasPrefix("-") {
                        skipNext = !word.text.contains("=") && globalOptionsWithValue.contains(word.text)
                    } else {
                        names.append(word)
                        if names.count == 2 { break }
                    }
                }
                guard names.count == 2 else { continue }
                return Association(service: names[0].text, operation: names[1].text, origin: .modeline,
                    nameRange: names[0].range.union(names[1].range))
            }
        }
        return nil
    }

    /// `[NAME.]SERVICE.OPERATION.(json|yaml|yml)`.
    package static func fileName(_ path: String) -> Association? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 3, ["json", "yaml", "yml"].contains(parts[parts.count - 1].lowercased()) else {
            return nil
        }
        let operation = parts[parts.count - 2]
        let service = parts[parts.count - 3]
        guard !service.isEmpty, !operation.isEmpty, operation.contains("-") || operation.allSatisfy(\.isLowercase)
        else { return nil }
        return Association(service: service, operation: operation, origin: .fileName)
    }

    /// AWS CLI global options that take a value (so the word after them is not the service name).
    package static let globalOptionsWithValue: Set<String> = [
        "--region", "--profile", "--output", "--query", "--endpoint-url", "--color", "--ca-bundle",
        "--cli-read-timeout", "--cli-connect-timeout", "--cli-binary-format", "--cli-error-format",
    ]
}

/// The whitespace-separated words of a comment, with byte ranges in the document.
struct Words {
    struct Word {
        var text: String
        var range: ByteRange
    }

    private var words: [Word] = []

    init(_ text: String, base: Int) {
        var offset = base
        var current = ""
        var start = base
        for byte in text.utf8 {
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                if !current.isEmpty {
                    words.append(Word(text: current, range: ByteRange(start: start, end: offset)))
                    current = ""
                }
                offset += 1
                start = offset
                continue
            }
            current.unicodeScalars.append(Unicode.Scalar(byte))
            offset += 1
        }
        if !current.isEmpty { words.append(Word(text: current, range: ByteRange(start: start, end: offset))) }
        // Non-ASCII words are not names; the byte-wise build above only needs to be right for ASCII.
    }

    var first: Word? { words.first }

    func after(_ word: Word) -> [Word] {
        Array(words.drop { $0.range != word.range }.dropFirst())
    }
}
