/// Provisional numbers for the shape names of one model, found from the name's UTF-8 bytes: a reference costs a
/// hash of its bytes, and only a name seen for the first time becomes a `String`.
///
/// Open addressing with linear probing over a power-of-two slot array, kept at most half full. The hash mixes
/// eight bytes at a time; model files are trusted input, and a crafted one could at worst slow its own loading.
struct ShapeNameTable {
    /// The names by number.
    private(set) var names: [String] = []
    /// Each name's bytes, one after another: name `k` is `bytes[starts[k]..<starts[k + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    /// `number + 1` of the name in each slot; 0 for an empty slot.
    private var slots = [Int32](repeating: 0, count: 1024)

    var count: Int { names.count }

    /// The number of the name spelled by `name` (UTF-8), given on first sight.
    mutating func number(of name: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Self.hash(name)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { break }
            if hashes[entry - 1] == hash, equals(entry - 1, name) { return Int32(entry - 1) }
            slot = (slot + 1) & mask
        }
        let number = Int32(names.count)
        names.append(String(decoding: name, as: UTF8.self))
        bytes.append(contentsOf: name)
        starts.append(bytes.count)
        hashes.append(hash)
        slots[slot] = number + 1
        if names.count * 2 > slots.count { grow() }
        return number
    }

    /// The number of `name`, given on first sight.
    mutating func number(of name: String) -> Int32 {
        var name = name
        return name.withUTF8 { number(of: $0) }
    }

    private func equals(_ number: Int, _ name: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[number]
        guard starts[number + 1] - start == name.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            for k in 0..<name.count where stored[start + k] != name[k] { return false }
            return true
        }
    }

    private mutating func grow() {
        var larger = [Int32](repeating: 0, count: slots.count * 2)
        let mask = larger.count - 1
        for (number, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while larger[slot] != 0 { slot = (slot + 1) & mask }
            larger[slot] = Int32(number + 1)
        }
        slots = larger
    }

    /// A 64-bit hash of `name`: eight bytes at a time, each step a multiply and a shift (wyhash-like mixing).
    private static func hash(_ name: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash = UInt64(name.count) &* multiplier
        var i = 0
        let raw = UnsafeRawBufferPointer(name)
        while i + 8 <= name.count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            hash = (hash ^ word) &* multiplier
            hash ^= hash >> 29
            i += 8
        }
        if i < name.count {
            var word: UInt64 = 0
            var shift: UInt64 = 0
            while i < name.count {
                word |= UInt64(name[i]) << shift
                shift += 8
                i += 1
            }
            hash = (hash ^ word) &* multiplier
            hash ^= hash >> 29
        }
        return hash ^ (hash >> 32)
    }
}
