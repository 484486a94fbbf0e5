/// The tokenizer behind `ShellScriptScanner`: one pass over one region of the script (the whole script, or the
/// inside of a command substitution), collecting simple commands and the substitutions still to scan.
struct ShellLexer {
    /// A part of the script to scan for commands: UTF-8 byte offsets, 0-based; `depth` counts enclosing `$(…)`.
    struct Region {
        var start: Int
        var end: Int
        var depth: Int
    }

    /// A here-document whose body starts after the current line.
    struct HereDocument {
        var delimiter: [UInt8]
        var stripsTabs: Bool
    }

    let bytes: [UInt8]
    let end: Int
    let depth: Int
    var i: Int
    private(set) var commands: [ShellCommand] = []
    /// Command substitutions found, to be scanned in turn.
    private(set) var substitutions: [Region] = []
    private var words: [CommandWord] = []
    private var pendingHereDocuments: [HereDocument] = []
    /// The next word is the target of a redirection, not a command word.
    private var redirectTarget = false
    /// The next word is a here-document delimiter.
    private var hereDocumentDelimiter: Bool? = nil

    init(bytes: [UInt8], region: Region) {
        self.bytes = bytes
        self.end = min(region.end, bytes.count)
        self.depth = region.depth
        self.i = max(0, region.start)
    }

    mutating func run() {
        while i < end {
            let b = bytes[i]
            switch b {
            case Shell.space, Shell.tab:
                i += 1
            case Shell.carriageReturn where i + 1 < end && bytes[i + 1] == Shell.lineFeed:
                i += 1
            case Shell.lineFeed:
                finishCommand()
                i += 1
                skipHereDocumentBodies()
            case Shell.hash:
                // At the start of a word (here always): a comment to the end of the line.
                while i < end, bytes[i] != Shell.lineFeed { i += 1 }
            case Shell.semicolon, Shell.ampersand, Shell.pipe, Shell.openParen, Shell.closeParen:
                if b == Shell.ampersand, i + 1 < end, bytes[i + 1] == Shell.greater {
                    // `&>file`: both streams redirected.
                    i += 2
                    if i < end, bytes[i] == Shell.greater { i += 1 }
                    redirectTarget = true
                    continue
                }
                finishCommand()
                i += 1
            case Shell.less, Shell.greater:
                readRedirection()
            case Shell.backslash where lineContinuation(at: i) != nil:
                // A line continuation between words joins the lines; it is no word of its own.
                i += lineContinuation(at: i) ?? 1
            default:
                if let redirection = fileDescriptorRedirection() {
                    i = redirection
                    readRedirection()
                    continue
                }
                let word = readWord()
                if let stripsTabs = hereDocumentDelimiter {
                    pendingHereDocuments.append(HereDocument(delimiter: word.value, stripsTabs: stripsTabs))
                    hereDocumentDelimiter = nil
                } else if redirectTarget {
                    redirectTarget = false
                } else {
                    words.append(word)
                }
            }
        }
        finishCommand()
    }

    private mutating func finishCommand() {
        if !words.isEmpty { commands.append(ShellCommand(words: words)) }
        words = []
        redirectTarget = false
        hereDocumentDelimiter = nil
    }

    /// `2>&1`, `10<file`: digits glued to a redirection operator. Returns the operator's offset.
    private func fileDescriptorRedirection() -> Int? {
        var j = i
        while j < end, bytes[j] >= Shell.zero, bytes[j] <= Shell.nine { j += 1 }
        guard j > i, j < end, bytes[j] == Shell.less || bytes[j] == Shell.greater else { return nil }
        return j
    }

    /// A redirection operator at `i`; the word after it is its target (or a here-document delimiter).
    private mutating func readRedirection() {
        let first = bytes[i]
        i += 1
        if i < end, bytes[i] == Shell.openParen {
            // `<(…)` / `>(…)`: process substitution, a word of its own.
            i -= 1
            let word = readWord()
            words.append(word)
            return
        }
        if first == Shell.less, i < end, bytes[i] == Shell.less {
            i += 1
            if i < end, bytes[i] == Shell.less {
                i += 1  // `<<<` here-string: the next word is its text.
                redirectTarget = true
                return
            }
            var strips = false
            if i < end, bytes[i] == Shell.dash {
                strips = true
                i += 1
            }
            hereDocumentDelimiter = strips
            return
        }
        // `>>`, `>|`, `<>`, `>&`, `<&`.
        if i < end, [Shell.greater, Shell.pipe, Shell.ampersand].contains(bytes[i]) { i += 1 }
        redirectTarget = true
    }

    /// Skips the bodies of the here-documents started on the line that just ended.
    private mutating func skipHereDocumentBodies() {
        for document in pendingHereDocuments {
            while i < end {
                var lineEnd = i
                while lineEnd < end, bytes[lineEnd] != Shell.lineFeed { lineEnd += 1 }
                var contentStart = i
                if document.stripsTabs {
                    while contentStart < lineEnd, bytes[contentStart] == Shell.tab { contentStart += 1 }
                }
                var contentEnd = lineEnd
                if contentEnd > contentStart, bytes[contentEnd - 1] == Shell.carriageReturn { contentEnd -= 1 }
                let matches = bytes[contentStart..<contentEnd].elementsEqual(document.delimiter)
                i = min(lineEnd + 1, end)
                if matches { break }
            }
        }
        pendingHereDocuments = []
    }

    /// Records the inside of a command substitution for scanning, unless it is nested too deep.
    mutating func addSubstitution(start: Int, end: Int) {
        guard depth + 1 <= ShellScriptScanner.maxSubstitutionDepth, end > start else { return }
        substitutions.append(Region(start: start, end: end, depth: depth + 1))
    }
}

/// Byte constants of shell syntax.
enum Shell {
    static let tab = UInt8(ascii: "\t")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let bang = UInt8(ascii: "!")
    static let doubleQuote = UInt8(ascii: "\"")
    static let hash = UInt8(ascii: "#")
    static let dollar = UInt8(ascii: "$")
    static let ampersand = UInt8(ascii: "&")
    static let singleQuote = UInt8(ascii: "'")
    static let openParen = UInt8(ascii: "(")
    static let closeParen = UInt8(ascii: ")")
    static let dash = UInt8(ascii: "-")
    static let zero = UInt8(ascii: "0")
    static let nine = UInt8(ascii: "9")
    static let semicolon = UInt8(ascii: ";")
    static let less = UInt8(ascii: "<")
    static let greater = UInt8(ascii: ">")
    static let backslash = UInt8(ascii: "\\")
    static let backtick = UInt8(ascii: "`")
    static let openBrace = UInt8(ascii: "{")
    static let pipe = UInt8(ascii: "|")
    static let closeBrace = UInt8(ascii: "}")

    /// Bytes that end an unquoted word.
    static func isMetacharacter(_ b: UInt8) -> Bool {
        switch b {
        case space, tab, lineFeed, semicolon, ampersand, pipe, openParen, closeParen, less, greater: true
        default: false
        }
    }
}
