/// One lexical unit of dateutil's `_timelex`: a run of letters, a run of digits (with dots or a decimal comma),
/// a single blank standing for one whitespace character, or one other character.
struct DateutilToken: Hashable {
    /// The characters, as Python indexes them (code points).
    var scalars: [Unicode.Scalar]

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    init(_ scalar: Unicode.Scalar) {
        self.scalars = [scalar]
    }

    /// `len(token)`, in code points.
    var count: Int { scalars.count }

    /// Whether the token is exactly this one character (`token == "-"`).
    func `is`(_ scalar: Unicode.Scalar) -> Bool {
        scalars.count == 1 && scalars[0] == scalar
    }

    /// `token.lower()` when that can equal one of dateutil's ASCII words, else nil.
    ///
    /// No non-ASCII character lowercases to a string of ASCII letters that is part of such a word (the Kelvin
    /// sign becomes `k`, which no word contains), so non-ASCII tokens never match.
    var asciiLowercased: String? {
        guard scalars.count <= 9, scalars.allSatisfy(\.isASCII) else { return nil }
        return String(String.UnicodeScalarView(scalars)).lowercased()
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

    /// `token.count(character)`.
    func occurrences(of scalar: Unicode.Scalar) -> Int {
        scalars.reduce(0) { $0 + ($1 == scalar ? 1 : 0) }
    }

    /// `token.find(character)`: the first code-point index, or -1.
    func firstIndex(of scalar: Unicode.Scalar) -> Int {
        scalars.firstIndex(of: scalar) ?? -1
    }
}
