/// Shorthand strings for the differential test: built from the grammar, then mutated with the characters the
/// grammar treats specially, so that both accepted and refused strings reach every rule.
struct ShorthandGenerator {
    private var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    /// Characters the mutations insert: punctuation of the grammar, whitespace the CLI treats in two ways (ASCII
    /// skipped, Unicode stripped), line ends, and characters of one, two, three and four UTF-8 bytes.
    static let mutationPool: [String] = [
        "=", ",", "[", "]", "{", "}", "'", "\"", "\\", " ", "@", "\n", "\r", "\t", "é", "😀", "\u{00A0}", "\u{3000}",
        "\\,", "a", ":",
    ]

    private static let keys = ["a", "b", "Key", "Values", "x-y", "a.b", "", "k:1", "n#/", "a_b"]
    private static let assignments = ["=", "=", "=", "= ", " = ", "@=", " @ = ", "@ =", " =", "\t=\t"]
    private static let wordPieces = [
        "b", "c", "foo", "SUCCESS", "1", "2.5", "x y", "!#$%&", "()*+", "-./:;<>?@^_`|~", "é", "中", "\u{00A0}",
        "\u{3000}", "\\,", "\\", "]", "}", "=", "[", "{", " ", "\t", "\n", "\u{2028}", "\u{85}", "\u{1C}",
    ]
    private static let quotedPieces = [
        "b", "x,y", "=", "\\'", "\\\"", "\\\\", "\\", "😀", "\n", " ", "[", "}", "é", "\\,",
    ]
    private static let fileValues = [
        "file://pf.txt", "fileb://pf.txt", "'file://pf.txt'", "\"fileb://pf.txt\"", "file://pf.txt",
        "file://missing.txt",
    ]

    /// The next string: usually a grammatical one, mutated zero to three times; sometimes pure noise.
    mutating func next() -> String {
        if pick(10) == 0 { return noise() }
        var scalars = Array(parameter().unicodeScalars)
        let mutations = pick(10) < 4 ? 0 : 1 + pick(3)
        for _ in 0..<mutations { mutate(&scalars) }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        return String(text)
    }

    private mutating func pick(_ n: Int) -> Int { Int(random.next() % UInt64(n)) }

    private mutating func choose(_ items: [String]) -> String { items[pick(items.count)] }

    private mutating func noise() -> String {
        var out = ""
        for _ in 0..<pick(12) { out += choose(Self.mutationPool) }
        return out
    }

    private mutating func parameter() -> String {
        var out = keyValue(depth: 0)
        for _ in 0..<pick(4) {
            out += choose([",", ",", ", ", " ,", " , ", " "]) + keyValue(depth: 0)
        }
        return out
    }

    private mutating func keyValue(depth: Int) -> String {
        let assignment = choose(Self.assignments)
        let key = choose(Self.keys)
        if assignment.contains("@"), pick(2) == 0 {
            return key + assignment + (pick(3) == 0 ? implicitList(file: true) : choose(Self.fileValues))
        }
        return key + assignment + value(depth: depth, top: depth == 0)
    }

    private mutating func value(depth: Int, top: Bool) -> String {
        let limit = depth >= 3 ? 4 : 8
        switch pick(limit) {
        case 0: return ""
        case 1, 2: return word()
        case 3: return quoted()
        case 4, 5: return top ? implicitList(file: false) : word()
        case 6: return explicitList(depth: depth + 1)
        default: return hash(depth: depth + 1)
        }
    }

    private mutating func word() -> String {
        var out = ""
        for _ in 0..<(1 + pick(3)) { out += choose(Self.wordPieces) }
        return out
    }

    private mutating func quoted() -> String {
        let quote = pick(2) == 0 ? "'" : "\""
        var out = quote
        for _ in 0..<pick(4) { out += choose(Self.quotedPieces) }
        return out + quote
    }

    private mutating func implicitList(file: Bool) -> String {
        var out = file && pick(2) == 0 ? choose(Self.fileValues) : element()
        for _ in 0..<(1 + pick(3)) {
            out += choose([",", ", ", " ,", ","]) + (file && pick(3) == 0 ? choose(Self.fileValues) : element())
        }
        return out
    }

    private mutating func element() -> String {
        pick(4) == 0 ? quoted() : word()
    }

    private mutating func explicitList(depth: Int) -> String {
        var out = choose(["[", "[ "])
        let count = pick(4)
        for i in 0..<count {
            out += value(depth: depth, top: false)
            if i + 1 < count || pick(3) == 0 { out += choose([",", ", ", " , "]) }
        }
        return out + choose(["]", " ]", "]"])
    }

    private mutating func hash(depth: Int) -> String {
        var out = choose(["{", "{ "])
        let count = pick(4)
        for i in 0..<count {
            out += keyValue(depth: depth)
            if i + 1 < count || pick(3) == 0 { out += choose([",", ", ", " ,"]) }
        }
        return out + choose(["}", " }", "}"])
    }

    private mutating func mutate(_ scalars: inout [Unicode.Scalar]) {
        switch pick(3) {
        case 0:
            let at = pick(scalars.count + 1)
            scalars.insert(contentsOf: choose(Self.mutationPool).unicodeScalars, at: at)
        case 1:
            if !scalars.isEmpty { scalars.remove(at: pick(scalars.count)) }
        default:
            if scalars.count >= 2 {
                let at = pick(scalars.count - 1)
                scalars.swapAt(at, at + 1)
            }
        }
    }
}
