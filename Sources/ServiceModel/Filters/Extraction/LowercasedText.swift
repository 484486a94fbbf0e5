/// Text lowercased (ASCII letters only) as bytes, for fast repeated "does it say …" checks: the standard library's
/// substring search hashes its pattern on every call, which dominated extraction time.
struct LowercasedText: Sendable {
    let bytes: [UInt8]

    init(_ text: String) {
        bytes = text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    }

    /// Whether the text contains `needle` (given in lowercase).
    func contains(_ needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard let first = n.first, n.count <= bytes.count else { return n.isEmpty }
        var i = 0
        let last = bytes.count - n.count
        while i <= last {
            if bytes[i] == first {
                var k = 1
                while k < n.count, bytes[i + k] == n[k] { k += 1 }
                if k == n.count { return true }
            }
            i += 1
        }
        return false
    }

    /// Whether the text contains any of `needles`.
    func containsAny(_ needles: [String]) -> Bool {
        needles.contains { contains($0) }
    }
}
