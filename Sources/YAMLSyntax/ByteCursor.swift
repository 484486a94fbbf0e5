/// A forward cursor over bytes for the hand-written matchers.
struct ByteCursor {
    private let bytes: ArraySlice<UInt8>
    private(set) var index: Int

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        self.index = bytes.startIndex
    }

    var atEnd: Bool { index >= bytes.endIndex }
    var peek: UInt8? { atEnd ? nil : bytes[index] }
    var rest: ArraySlice<UInt8> { bytes[index...] }

    mutating func advance() {
        if !atEnd { index += 1 }
    }

    @discardableResult
    mutating func eat(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        index += 1
        return true
    }

    /// Eats one `-` or `+`; returns whether it did.
    @discardableResult
    mutating func eatSign() -> Bool {
        eat(UInt8(ascii: "-")) || eat(UInt8(ascii: "+"))
    }

    /// Eats bytes while `predicate` holds; returns how many.
    @discardableResult
    mutating func eatRun(_ predicate: (UInt8) -> Bool) -> Int {
        let start = index
        while let b = peek, predicate(b) { index += 1 }
        return index - start
    }

    /// Eats up to `max` ASCII digits; returns them as a number and how many there were.
    mutating func eatDigits(max: Int) -> (value: Int, count: Int) {
        var value = 0
        var count = 0
        while count < max, let b = peek, Self.isDigit(b) {
            value = value * 10 + Int(b - UInt8(ascii: "0"))
            count += 1
            index += 1
        }
        return (value, count)
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
    static func isDigitOrUnderscore(_ b: UInt8) -> Bool { isDigit(b) || b == UInt8(ascii: "_") }
    static func isOctalOrUnderscore(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "7")) || b == UInt8(ascii: "_")
    }
    static func isBinaryOrUnderscore(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "0") || b == UInt8(ascii: "1") || b == UInt8(ascii: "_")
    }
    static func isHexOrUnderscore(_ b: UInt8) -> Bool {
        isDigitOrUnderscore(b) || (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "f"))
            || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "F"))
    }
}
