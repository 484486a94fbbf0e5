import ServiceModel
import Testing

/// Decompression as Python's `gzip` module reads `.json.gz` model files, through the one-call path (exact size
/// from the trailer) and the chunked one.
@Suite struct GzipTests {
    static let text = Array(String(repeating: "{\"é😀\": \"documentation\\u00e9\",\r\n \"n\": [1, 2, 3]}\n", count: 5_000).utf8)

    @Test(arguments: [0, 1, 100, 300_000])
    func roundTrips(length: Int) throws {
        let original = Array(Self.text.prefix(length))
        #expect(try Gzip.decompress(Gzip.compress(original)) == original)
    }

    @Test func concatenatedMembersAndZeroPaddingReadAsPythonReadsThem() throws {
        let first = Array(Self.text.prefix(1_000))
        let second = Array(Self.text.suffix(2_000))
        let joined = try Gzip.compress(first) + Gzip.compress(second)
        #expect(try Gzip.decompress(joined) == first + second)
        #expect(try Gzip.decompress(Gzip.compress(first) + [0, 0, 0, 0]) == first)
        #expect {
            try Gzip.decompress(Gzip.compress(first) + Array("trailing".utf8))
        } throws: { error in
            (error as? Gzip.Failure)?.reason.contains("not another gzip member") == true
        }
    }

    @Test func trailersThatLieAreCorrupt() throws {
        let compressed = try Gzip.compress(Array(Self.text.prefix(10_000)))
        for size in [9_999, 10_001, 1] {
            var lying = compressed
            let n = lying.count
            (lying[n - 4], lying[n - 3], lying[n - 2], lying[n - 1]) =
                (UInt8(size & 0xFF), UInt8(size >> 8 & 0xFF), UInt8(size >> 16 & 0xFF), UInt8(size >> 24 & 0xFF))
            #expect {
                try Gzip.decompress(lying)
            } throws: { error in
                (error as? Gzip.Failure)?.reason.contains("corrupt") == true
            }
        }
    }

    @Test func damagedAndTruncatedDataAreRefused() throws {
        let compressed = try Gzip.compress(Self.text)
        var damaged = compressed
        damaged[compressed.count / 2] ^= 0x10
        #expect(throws: Gzip.Failure.self) { try Gzip.decompress(damaged) }
        for length in [10, 20, compressed.count / 2, compressed.count - 5, compressed.count - 1] {
            #expect {
                try Gzip.decompress(Array(compressed.prefix(length)))
            } throws: { error in
                let reason = (error as? Gzip.Failure)?.reason ?? ""
                return reason.contains("truncated") || reason.contains("corrupt")
            }
        }
    }

    @Test func outputLargerThanTheLimitIsRefused() throws {
        let compressed = try Gzip.compress(Self.text)
        #expect(throws: Gzip.Failure.self) { try Gzip.decompress(compressed, limit: 1_000) }
    }
}
