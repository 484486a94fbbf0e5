package import TextModel

/// One simple command of a shell script: its words, without redirections, operators and comments.
package struct ShellCommand: Sendable, Hashable {
    package var words: [CommandWord]
    /// From the first word to the end of the last, UTF-8 byte offsets into the script, 0-based.
    package var range: ByteRange

    package init(words: [CommandWord]) {
        self.words = words
        let start = words.first?.range.start ?? 0
        self.range = ByteRange(start: start, end: words.last?.range.end ?? start)
    }

    /// The index of the word that runs the AWS CLI (`aws`, `/usr/local/bin/aws`), when this command runs it.
    ///
    /// Variable assignments (`AWS_PAGER= aws …`) and the usual wrappers (`sudo`, `env`, `time`, `exec`, `command`,
    /// `nohup`, `timeout 30`, `xargs`, and shell keywords such as `then` and `do`) may come first.
    package var awsWordIndex: Int? {
        var i = 0
        while i < words.count {
            let word = words[i]
            if word.hasExpansions && !Self.isAssignment(word.value) { return nil }
            let text = word.text
            if text == "aws" || text.hasSuffix("/aws") { return i }
            if Self.isAssignment(word.value) || Self.keywords.contains(text) {
                i += 1
                continue
            }
            guard let skip = Self.wrapperArguments(text, following: words[(i + 1)...]) else { return nil }
            i += 1 + skip
        }
        return nil
    }

    /// The words after `aws`: what the AWS CLI's driver receives.
    package var awsArguments: [CommandWord]? {
        awsWordIndex.map { Array(words[($0 + 1)...]) }
    }

    private static let keywords: Set<String> = [
        "!", "if", "then", "else", "elif", "do", "while", "until", "{", "time", "exec", "command", "nohup", "builtin",
    ]

    /// Wrapper commands that run the rest of their line, with their options that take a separate value.
    private static let wrappers: [String: Set<String>] = [
        "sudo": ["-u", "-g", "-C", "-h", "-p", "-U", "-r", "-t", "-T", "-D"],
        "env": ["-u", "-S", "-C"],
        "xargs": ["-I", "-n", "-P", "-L", "-s", "-d", "-E", "-a"],
        "nice": ["-n"],
        "stdbuf": [],
        "timeout": ["-s", "-k"],
    ]

    /// How many words after a wrapper command belong to the wrapper itself (its options, `env`'s `NAME=value`
    /// pairs, `timeout`'s duration); nil when `name` is not a wrapper that runs the rest of the line.
    private static func wrapperArguments(_ name: String, following: ArraySlice<CommandWord>) -> Int? {
        guard let valued = wrappers[name] else { return nil }
        var n = 0
        var rest = following.makeIterator()
        while let word = rest.next() {
            let text = word.text
            if text.hasPrefix("-") {
                n += 1
                if valued.contains(text), rest.next() != nil { n += 1 }
                continue
            }
            if name == "env", isAssignment(word.value) {
                n += 1
                continue
            }
            if name == "timeout" { n += 1 }
            break
        }
        return n
    }

    /// `NAME=value` with a shell variable name.
    static func isAssignment(_ value: [UInt8]) -> Bool {
        guard let equals = value.firstIndex(of: UInt8(ascii: "=")), equals > 0 else { return false }
        for (i, b) in value[..<equals].enumerated() {
            let letter = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F
            let digit = b >= 0x30 && b <= 0x39
            if !(letter || (digit && i > 0)) { return false }
        }
        return true
    }
}
