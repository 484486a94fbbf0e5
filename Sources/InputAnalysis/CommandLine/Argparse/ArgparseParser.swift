import ShorthandSyntax

/// Python 3's `argparse.ArgumentParser.parse_known_args`, as the AWS CLI's parsers use it: long options only,
/// abbreviations allowed (`--reg` is `--region` when nothing else starts so), `--opt=value`, the `--` marker, the
/// last occurrence of an option winning, unknown options and stray words returned as extras, and the first error
/// stopping the parse, with argparse's own message.
///
/// Words are the program's arguments as strings; results refer to them by index. Linear in the number of words for
/// the parsers the AWS CLI builds.
struct ArgparseParser: Sendable {
    /// A value stored in the namespace.
    enum Value: Sendable, Hashable {
        /// One word: its index, and how many leading characters belong to the option (`--opt=` of `--opt=value`).
        case word(WordReference)
        /// Several words (`*` and `+` arities).
        case words([WordReference])
        /// A flag's value, and the index of the option's word.
        case flag(Bool, at: Int)
        /// An `.optional` action given without a word: its `const` (nil is Python's `None`), and the option's word.
        case const(String?, at: Int)
    }

    /// A word, or the part of it after `=`.
    struct WordReference: Sendable, Hashable {
        var index: Int
        /// UTF-8 bytes of the word before the value (0, or the length of `--opt=`).
        var prefixLength: Int
    }

    /// Why argparse stopped (it prints usage and exits 2 in v1, 252 in v2).
    struct Failure: Error, Sendable, Hashable {
        /// argparse's message (`argument --x: expected one argument`).
        var message: String
        /// The word the error is about, when there is one.
        var wordIndex: Int?
        /// For a missing required action, the names (`--instance-ids`, `outfile`).
        var missing: [String] = []
    }

    struct Outcome: Sendable {
        /// Values by dest, in the order they were stored; dests never stored are absent (their default).
        var values: [String: Value] = [:]
        /// Word indexes argparse did not use, in order.
        var extras: [Int] = []
        /// Which action stored each dest last, by index into `actions`.
        var storedBy: [String: Int] = [:]
        var failure: Failure?
    }

    private(set) var actions: [ArgparseAction] = []
    /// Option strings in the order they were added (argparse's `_option_string_actions`), with their action.
    private var optionStrings: [(String, Int)] = []
    private var optionIndex: [String: Int] = [:]

    init(_ actions: [ArgparseAction] = []) {
        for action in actions { add(action) }
    }

    /// Adds an action; an option string already used moves to the new action (`conflict_handler='resolve'`).
    mutating func add(_ action: ArgparseAction) {
        let index = actions.count
        actions.append(action)
        for string in action.optionStrings {
            if optionIndex[string] != nil { optionStrings.removeAll { $0.0 == string } }
            optionIndex[string] = index
            optionStrings.append((string, index))
        }
    }

    /// An option word classified: the action, the option string as matched, and the text after `=`.
    private struct OptionMatch {
        var action: Int?
        var prefixLength: Int
        var hasExplicitArgument: Bool
    }

    /// `_parse_optional`: nil for an argument word; an unknown option has a nil action.
    private func classify(_ word: String) throws(Failure) -> OptionMatch? {
        guard let first = word.first, first == "-" else { return nil }
        if let action = optionIndex[word] {
            return OptionMatch(action: action, prefixLength: 0, hasExplicitArgument: false)
        }
        if word.count == 1 { return nil }
        if let equals = word.firstIndex(of: "=") {
            let option = String(word[..<equals])
            if let action = optionIndex[option] {
                return OptionMatch(action: action, prefixLength: option.utf8.count + 1, hasExplicitArgument: true)
            }
        }
        let matches = optionTuples(word)
        if matches.count > 1 {
            let names = matches.map(\.name).joined(separator: ", ")
            throw Failure(message: "ambiguous option: \(word) could match \(names)")
        }
        if let only = matches.first {
            return OptionMatch(action: only.action, prefixLength: only.prefixLength, hasExplicitArgument: only.explicit)
        }
        if Self.looksLikeNegativeNumber(word) { return nil }
        if word.contains(" ") { return nil }
        return OptionMatch(action: nil, prefixLength: 0, hasExplicitArgument: false)
    }

    /// `_get_option_tuples`: the options a word abbreviates.
    private func optionTuples(_ word: String) -> [(name: String, action: Int, prefixLength: Int, explicit: Bool)] {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 2 else { return [] }
        var result = [(name: String, action: Int, prefixLength: Int, explicit: Bool)]()
        if scalars[1] == "-" {
            var prefix = word
            var prefixLength = 0
            var explicit = false
            if let equals = word.firstIndex(of: "=") {
                prefix = String(word[..<equals])
                prefixLength = prefix.utf8.count + 1
                explicit = true
            }
            for (name, action) in optionStrings where name.hasPrefix(prefix) {
                result.append((name, action, prefixLength, explicit))
            }
        } else {
            // Single-dash words: a two-character option with its value glued, or a prefix of an option.
            let short = String(String.UnicodeScalarView(scalars[0..<2]))
            for (name, action) in optionStrings {
                if name == short {
                    result.append((name, action, short.utf8.count, scalars.count > 2))
                } else if name.hasPrefix(word) {
                    result.append((name, action, 0, false))
                }
            }
        }
        return result
    }

    /// argparse's `^-\d+$|^-\d*\.\d+$` (`\d` is any Unicode decimal digit).
    static func looksLikeNegativeNumber(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars.dropFirst())
        guard word.hasPrefix("-"), !scalars.isEmpty else { return false }
        func isDigit(_ s: Unicode.Scalar) -> Bool { s.properties.numericType == .decimal }
        if scalars.allSatisfy(isDigit) { return true }
        guard let dot = scalars.firstIndex(of: ".") else { return false }
        let before = scalars[..<dot]
        let after = scalars[(dot + 1)...]
        return before.allSatisfy(isDigit) && !after.isEmpty && after.allSatisfy(isDigit)
    }

    /// `parse_known_args` over `words`.
    func parseKnownArgs(_ words: [String]) -> Outcome {
        var state = ParseState(parser: self, words: words)
        do {
            try state.run()
        } catch {
            state.outcome.failure = error
        }
        return state.outcome
    }

    /// The mutable part of one parse.
    private struct ParseState {
        let parser: ArgparseParser
        let words: [String]
        var outcome = Outcome()
        var classes: [Character] = []
        var options: [Int: OptionMatch] = [:]
        var seen = Set<Int>()
        var positionals: [Int]

        init(parser: ArgparseParser, words: [String]) {
            self.parser = parser
            self.words = words
            self.positionals = parser.actions.indices.filter { parser.actions[$0].optionStrings.isEmpty }
        }

        mutating func run() throws(Failure) {
            var afterMarker = false
            for (i, word) in words.enumerated() {
                if afterMarker {
                    classes.append("A")
                } else if word == "--" {
                    classes.append("-")
                    afterMarker = true
                } else {
                    do {
                        if let match = try parser.classify(word) {
                            options[i] = match
                            classes.append("O")
                        } else {
                            classes.append("A")
                        }
                    } catch {
                        throw Failure(message: error.message, wordIndex: i)
                    }
                }
            }
            let optionIndexes = options.keys.sorted()
            var start = 0
            var nextOption = 0
            while let maxOption = optionIndexes.last, start <= maxOption {
                while nextOption < optionIndexes.count, optionIndexes[nextOption] < start { nextOption += 1 }
                guard nextOption < optionIndexes.count else { break }
                let next = optionIndexes[nextOption]
                if start != next {
                    let end = try consumePositionals(start)
                    if end > start {
                        start = end
                        continue
                    }
                    start = end
                }
                if options[start] == nil {
                    outcome.extras += Array(start..<next)
                    start = next
                }
                start = try consumeOptional(start)
            }
            let stop = try consumePositionals(start)
            if stop < words.count { outcome.extras += Array(stop..<words.count) }
            let missing = parser.actions.indices.filter { parser.actions[$0].required && !seen.contains($0) }
            if !missing.isEmpty {
                let names = missing.map { parser.actions[$0].displayName }
                throw Failure(
                    message: "the following arguments are required: \(names.joined(separator: ", "))", missing: names)
            }
        }

        mutating func consumeOptional(_ index: Int) throws(Failure) -> Int {
            guard let match = options[index] else { return index + 1 }
            guard let actionIndex = match.action else {
                outcome.extras.append(index)
                return index + 1
            }
            let action = parser.actions[actionIndex]
            if match.hasExplicitArgument {
                let takes = ArgparsePattern.match([action.pattern], ["A"][...]).map { $0[0] } ?? -1
                guard takes == 1 else {
                    let explicit = String(
                        decoding: Array(words[index].utf8).dropFirst(match.prefixLength), as: UTF8.self)
                    throw Failure(
                        message:
                            "argument \(action.displayName): ignored explicit argument \(PythonRepr.string(explicit))",
                        wordIndex: index)
                }
                try take(actionIndex, [WordReference(index: index, prefixLength: match.prefixLength)], at: index)
                return index + 1
            }
            let first = index + 1
            guard let count = ArgparsePattern.match([action.pattern], classes[first...])?.first else {
                throw Failure(
                    message: "argument \(action.displayName): \(Self.arityError(action.arity))", wordIndex: index)
            }
            try take(
                actionIndex, (first..<(first + count)).map { WordReference(index: $0, prefixLength: 0) }, at: index)
            return first + count
        }

        mutating func consumePositionals(_ start: Int) throws(Failure) -> Int {
            guard !positionals.isEmpty else { return start }
            var counts: [Int] = []
            for n in stride(from: positionals.count, to: 0, by: -1) {
                let groups = positionals[0..<n].map { parser.actions[$0].pattern }
                if let matched = ArgparsePattern.match(groups, classes[start...]) {
                    counts = matched
                    break
                }
            }
            var position = start
            for (k, count) in counts.enumerated() {
                let references = (position..<(position + count)).map { WordReference(index: $0, prefixLength: 0) }
                position += count
                try take(positionals[k], references, at: references.first?.index)
            }
            positionals.removeFirst(counts.count)
            return position
        }

        /// `take_action` with `_get_values`: converts, checks choices and stores.
        mutating func take(_ actionIndex: Int, _ references: [WordReference], at wordIndex: Int?) throws(Failure) {
            let action = parser.actions[actionIndex]
            seen.insert(actionIndex)
            var references = references
            if let marker = references.firstIndex(where: { words[$0.index] == "--" && $0.prefixLength == 0 }) {
                references.remove(at: marker)
            }
            let value: Value
            switch action.kind {
            case .flag(let flag):
                value = .flag(flag, at: wordIndex ?? 0)
            case .version:
                throw Failure(message: "--version prints the AWS CLI's version and exits", wordIndex: wordIndex)
            case .store:
                if references.isEmpty && action.arity == .optional {
                    if let const = action.const { try check(action, const, at: wordIndex) }
                    value = .const(action.const, at: wordIndex ?? 0)
                } else if references.count == 1 && (action.arity == .one || action.arity == .optional) {
                    try check(action, text(references[0]), at: references[0].index)
                    value = .word(references[0])
                } else {
                    for reference in references { try check(action, text(reference), at: reference.index) }
                    value = .words(references)
                }
            }
            outcome.values[action.dest] = value
            outcome.storedBy[action.dest] = actionIndex
        }

        func text(_ reference: WordReference) -> String {
            let word = words[reference.index]
            guard reference.prefixLength > 0 else { return word }
            return String(decoding: Array(word.utf8).dropFirst(reference.prefixLength), as: UTF8.self)
        }

        /// `_get_value` (type conversion) and `_check_value` (choices).
        func check(_ action: ArgparseAction, _ text: String, at wordIndex: Int?) throws(Failure) {
            switch action.valueType {
            case .string:
                break
            case .int:
                if case .failure = PythonNumbers.int(text) {
                    throw Failure(
                        message: "argument \(action.displayName): invalid int value: \(PythonRepr.string(text))",
                        wordIndex: wordIndex)
                }
            case .float:
                if case .failure = PythonNumbers.float(text) {
                    throw Failure(
                        message: "argument \(action.displayName): invalid float value: \(PythonRepr.string(text))",
                        wordIndex: wordIndex)
                }
            }
            if let choices = action.choices, !choices.contains(text) {
                throw Failure(
                    message:
                        "argument \(action.displayName): Invalid choice \(PythonRepr.string(text)), valid choices are: "
                        + choices.joined(separator: ", "), wordIndex: wordIndex)
            }
        }

        static func arityError(_ arity: ArgparseAction.Arity) -> String {
            switch arity {
            case .optional: "expected at most one argument"
            case .oneOrMore: "expected at least one argument"
            default: "expected one argument"
            }
        }
    }
}
