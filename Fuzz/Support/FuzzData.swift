/// Decisions taken from the fuzzer's bytes: the first bytes steer (a format, an offset), the rest is the document.
/// Taking decisions from the input, not from a random generator, keeps every run reproducible from its file.
struct FuzzData {
    private let bytes: [UInt8]
    private var cursor = 0

    init(_ data: UnsafePointer<UInt8>?, _ size: Int) {
        if let data, size > 0 {
            bytes = Array(UnsafeBufferPointer(start: data, count: size))
        } else {
            bytes = []
        }
    }

    /// The next byte, or 0 past the end.
    mutating func byte() -> UInt8 {
        guard cursor < bytes.count else { return 0 }
        defer { cursor += 1 }
        return bytes[cursor]
    }

    /// A 16-bit number from the next two bytes.
    mutating func uint16() -> Int {
        Int(byte()) << 8 | Int(byte())
    }

    /// Everything not yet taken.
    mutating func rest() -> [UInt8] {
        defer { cursor = bytes.count }
        return cursor < bytes.count ? Array(bytes[cursor...]) : []
    }

    /// The whole input, ignoring what was taken.
    var all: [UInt8] { bytes }
}
