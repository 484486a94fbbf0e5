/// dateutil's `_timelex`: splits a timestamp string into tokens.
///
/// A token starts with its first character: a letter starts a word, a digit starts a number, whitespace is a
/// token of its own (always spelled `" "`), anything else is a one-character token. Dots may continue a word or a
/// number (`Sep.20.2009`, `4:30:21.447`), and a comma may continue a number of at least two digits (`10,5`). When
/// such a dotted run turns out to be a separator rather than a decimal point (letters were seen, several dots, or
/// a trailing dot or comma), it is cut at every dot and comma, keeping them as tokens. A lone comma decimal
/// becomes a point. NUL characters are skipped entirely.
enum DateutilLexer {
    private enum RunState {
        case word, number, wordWithDot, numberWithDot
    }

    /// The tokens of `text`; linear in its length.
    static func tokens(_ text: some Sequence<Unicode.Scalar>) -> [DateutilToken] {
        let scalars = text.filter { $0 != "\0" }
        var tokens = [DateutilToken]()
        var position = 0
        while position < scalars.count {
            let first = scalars[position]
            let startsWord = PythonCharacterClass.isAlpha(first)
            guard startsWord || PythonCharacterClass.isDigit(first) else {
                tokens.append(DateutilToken(PythonCharacterClass.isSpace(first) ? " " : first))
                position += 1
                continue
            }
            position = appendRun(from: position, in: scalars, startsWord: startsWord, to: &tokens)
        }
        return tokens
    }

    /// Reads one word or number run starting at `start` and appends its token(s); returns where the run ended.
    private static func appendRun(
        from start: Int, in scalars: [Unicode.Scalar], startsWord: Bool, to tokens: inout [DateutilToken]
    ) -> Int {
        var run: [Unicode.Scalar] = [scalars[start]]
        var state: RunState = startsWord ? .word : .number
        // dateutil notes letters once it looks at any character after a letter, even the one that ends the run.
        var seenLetters = false
        var position = start + 1
        while position < scalars.count {
            if state == .word || state == .wordWithDot { seenLetters = true }
            guard let nextState = continuation(of: state, with: scalars[position], run: run) else { break }
            state = nextState
            run.append(scalars[position])
            position += 1
        }

        let dotted = state == .wordWithDot || state == .numberWithDot
        let dots = run.reduce(0) { $0 + ($1 == "." ? 1 : 0) }
        if dotted, seenLetters || dots > 1 || run.last == "." || run.last == "," {
            appendSplitAtSeparators(run, to: &tokens)
        } else if state == .numberWithDot, dots == 0 {
            tokens.append(DateutilToken(run.map { $0 == "," ? "." : $0 }))
        } else {
            tokens.append(DateutilToken(run))
        }
        return position
    }

    /// The state after appending `next` to the run, or nil when `next` ends it.
    private static func continuation(
        of state: RunState, with next: Unicode.Scalar, run: [Unicode.Scalar]
    ) -> RunState? {
        let isAlpha = PythonCharacterClass.isAlpha(next)
        let isDigit = PythonCharacterClass.isDigit(next)
        switch state {
        case .word:
            if isAlpha { return .word }
            return next == "." ? .wordWithDot : nil
        case .number:
            if isDigit { return .number }
            return next == "." || (next == "," && run.count >= 2) ? .numberWithDot : nil
        case .wordWithDot:
            if next == "." || isAlpha { return .wordWithDot }
            return isDigit && run.last == "." ? .numberWithDot : nil
        case .numberWithDot:
            if next == "." || isDigit { return .numberWithDot }
            return isAlpha && run.last == "." ? .wordWithDot : nil
        }
    }

    /// `re.split("([.,])", run)` without the empty pieces (the first piece is never empty: runs start with a
    /// letter or digit).
    private static func appendSplitAtSeparators(_ run: [Unicode.Scalar], to tokens: inout [DateutilToken]) {
        var piece = [Unicode.Scalar]()
        for scalar in run {
            if scalar == "." || scalar == "," {
                if !piece.isEmpty { tokens.append(DateutilToken(piece)) }
                piece.removeAll(keepingCapacity: true)
                tokens.append(DateutilToken(scalar))
            } else {
                piece.append(scalar)
            }
        }
        if !piece.isEmpty { tokens.append(DateutilToken(piece)) }
    }
}
