/// One lexical unit of dateutil's `_timelex`: a run of letters, a run of digits (with dots or a decimal comma),
/// a single blank standing for one whitespace character, or one other character.
struct DateutilToken: Hashable {
    /// The characters, as Python indexes them (code points).
    let scalars: [Unicode.Scalar]
    /// Which of dateutil's words the token is, compared as `token.lower()`.
    let words: DateutilWords

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        self.words = Self.lowercasedKey(scalars).map(DateutilWords.lookUp) ?? .none
    }

    /// A one-character token; ASCII ones are shared, since pathological input can hold a million of them.
    init(_ scalar: Unicode.Scalar) {
        if scalar.isASCII {
            self = Self.asciiTokens[Int(scalar.value)]
        } else {
            self.init([scalar])
        }
    }

    private static let asciiTokens: [DateutilToken] = (0..<128).map { value in
        DateutilToken([Unicode.Scalar(UInt8(value))])
    }

    /// `token.lower()` when that can equal one of dateutil's ASCII words (at most nine ASCII characters), else nil.
    ///
    /// No non-ASCII character lowercases to a string of ASCII letters that is part of such a word (the Kelvin
    /// sign becomes `k`, which no word contains), so non-ASCII tokens never match.
    private static func lowercasedKey(_ scalars: [Unicode.Scalar]) -> String? {
        guard scalars.count <= 9, scalars.allSatisfy(\.isASCII) else { return nil }
        // Short enough to be stored inline: no allocation per token.
        return String(unsafeUninitializedCapacity: scalars.count) { buffer in
            for (index, scalar) in scalars.enumerated() {
                let byte = UInt8(scalar.value)
                buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            }
            return scalars.count
        }
    }

    /// `len(token)`, in code points.
    var count: Int { scalars.count }

    /// Whether the token is exactly this one character (`token == "-"`).
    func `is`(_ scalar: Unicode.Scalar) -> Bool {
        scalars.count == 1 && scalars[0] == scalar
    }

    /// Whether `float(token)` succeeds: the main loop's test for a number.
    ///
    /// A token is a letter run, a digit run (with dots), a blank or one other character, so `float()` accepts
    /// exactly the digit runs that read as a decimal number and the words `nan`, `inf` and `infinity`; checking
    /// that directly avoids building a float for every token.
    var isPythonFloat: Bool {
        guard let first = scalars.first else { return false }
        if PythonCharacterClass.isDigit(first) { return DateutilDecimal(self) != nil }
        return words.isFloatWord
    }

    /// `token[from:to]`, clamped as Python slices are.
    func slice(_ from: Int, _ to: Int? = nil) -> ArraySlice<Unicode.Scalar> {
        let lower = min(max(from, 0), scalars.count)
        let upper = max(min(to ?? scalars.count, scalars.count), lower)
        return scalars[lower..<upper]
    }

    /// `int(token[from:to])`, saturated; nil where Python raises `ValueError`.
    func integer(_ from: Int = 0, _ to: Int? = nil) -> Int? {
        PythonNumberText.integer(slice(from, to))
    }

    /// `token.isdigit()`.
    var isDigitString: Bool { PythonNumberText.isDigitString(scalars) }

    /// `token.find(character)`: the first code-point index, or -1.
    func firstIndex(of scalar: Unicode.Scalar) -> Int {
        scalars.firstIndex(of: scalar) ?? -1
    }
}
