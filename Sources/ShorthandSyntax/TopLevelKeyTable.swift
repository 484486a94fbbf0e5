import TextModel

/// The top-level keys read so far, for the CLI's duplicate-key error.
///
/// Open addressing over FNV-1a hashes of the key bytes, compared byte for byte: keys are ASCII, so byte equality is
/// the CLI's string equality, and this avoids the per-key seeding of `Set<String>` (a sixth of the parse time on
/// strings with thousands of keys).
struct TopLevelKeyTable {
    /// Per slot, the key's 32-bit hash in the high half and its index into `ranges` plus one in the low half; 0 marks
    /// an empty slot. The count is a power of two.
    private var slots = [UInt64](repeating: 0, count: 16)
    /// The key range of each key inserted, UTF-8 byte offsets into the text.
    private var ranges: [ByteRange] = []

    /// Adds the key at `range`; false when an equal key is already there.
    mutating func insert(_ range: ByteRange, in bytes: [UInt8]) -> Bool {
        if (ranges.count + 1) * 4 > slots.count * 3 { grow() }
        let hash = Self.hash(range, bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let entry = slots[slot]
            if entry >> 32 == hash {
                let existing = ranges[Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1]
                if existing.length == range.length,
                    bytes[existing.start..<existing.end].elementsEqual(bytes[range.start..<range.end])
                {
                    return false
                }
            }
            slot = (slot + 1) & mask
        }
        ranges.append(range)
        slots[slot] = hash << 32 | UInt64(ranges.count)
        return true
    }

    private mutating func grow() {
        var larger = [UInt64](repeating: 0, count: slots.count * 2)
        let mask = larger.count - 1
        for entry in slots where entry != 0 {
            var slot = Int(truncatingIfNeeded: entry >> 32) & mask
            while larger[slot] != 0 { slot = (slot + 1) & mask }
            larger[slot] = entry
        }
        slots = larger
    }

    /// A 32-bit hash of the key's bytes.
    private static func hash(_ range: ByteRange, _ bytes: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for i in range.start..<range.end {
            h = (h ^ UInt64(bytes[i])) &* 0x0000_0100_0000_01B3
        }
        // FNV's low bits vary little between keys that differ in their last characters: mix before masking.
        return (h &* 0x9E37_79B9_7F4A_7C15) >> 32
    }
}
