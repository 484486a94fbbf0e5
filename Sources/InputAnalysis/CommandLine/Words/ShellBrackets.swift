/// Finds where a `$(`, `${` or `$((` construct ends, across nested quotes and constructs, with an explicit stack.
enum ShellBrackets {
    enum Opener {
        case paren
        case brace
        case doubleQuote
        case backtick
    }

    /// Nesting deeper than this is treated as unterminated (the rest of the text stays one opaque expansion).
    static let maxDepth = 1000

    /// The offset of the byte that closes `opener`, searching from `start` (just after the opener) to `end`; nil
    /// when it is not closed.
    static func matchingClose(_ bytes: [UInt8], from start: Int, end: Int, opener: Opener) -> Int? {
        var stack = [opener]
        var i = start
        while i < end, let top = stack.last {
            let b = bytes[i]
            switch top {
            case .doubleQuote:
                switch b {
                case Shell.backslash: i += 1
                case Shell.doubleQuote: stack.removeLast()
                case Shell.backtick: stack.append(.backtick)
                case Shell.dollar where i + 1 < end && bytes[i + 1] == Shell.openParen:
                    stack.append(.paren)
                    i += 1
                case Shell.dollar where i + 1 < end && bytes[i + 1] == Shell.openBrace:
                    stack.append(.brace)
                    i += 1
                default: break
                }
            case .backtick:
                if b == Shell.backslash {
                    i += 1
                } else if b == Shell.backtick {
                    stack.removeLast()
                }
            case .paren, .brace:
                switch b {
                case Shell.backslash:
                    i += 1
                case Shell.singleQuote:
                    i += 1
                    while i < end, bytes[i] != Shell.singleQuote { i += 1 }
                case Shell.doubleQuote:
                    stack.append(.doubleQuote)
                case Shell.backtick:
                    stack.append(.backtick)
                case Shell.openParen:
                    stack.append(.paren)
                case Shell.dollar where i + 1 < end && bytes[i + 1] == Shell.openBrace:
                    stack.append(.brace)
                    i += 1
                case Shell.closeParen where top == .paren, Shell.closeBrace where top == .brace:
                    stack.removeLast()
                    if stack.isEmpty { return i }
                default:
                    break
                }
            }
            if stack.count > maxDepth { return nil }
            i += 1
        }
        return nil
    }
}
