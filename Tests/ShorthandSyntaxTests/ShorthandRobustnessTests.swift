import InputSyntax
import ShorthandSyntax
import Testing
import TextModel

/// Arbitrary bytes never crash the parser, and no input makes it slower than linear.
@Suite struct ShorthandRobustnessTests {
    /// Random byte strings up to 4 KB, valid and invalid UTF-8, biased towards the grammar's punctuation.
    @Test func randomBytesNeverCrashAndFinishQuickly() {
        var random = SplitMix64(seed: 7)
        let alphabet = Array("=,[]{}'\"\\ @\n\tab:".utf8) + [0xC3, 0xA9, 0xF0, 0x9F, 0x98, 0x80, 0xFF, 0x80, 0xE3]
        let clock = ContinuousClock()
        var slowest = Duration.zero
        for round in 0..<3_000 {
            let length = Int(random.next() % (round % 10 == 0 ? 4_096 : 64))
            var bytes = [UInt8]()
            bytes.reserveCapacity(length)
            for _ in 0..<length {
                let r = random.next()
                bytes.append(
                    r % 4 == 0 ? UInt8(truncatingIfNeeded: r >> 8) : alphabet[Int((r >> 8) % UInt64(alphabet.count))])
            }
            let start = clock.now
            let result = ShorthandParser.parse(bytes: bytes)
            slowest = max(slowest, clock.now - start)
            #expect(result.root != nil)
            if let error = result.error {
                #expect(error.range.start >= 0 && error.range.end <= bytes.count)
                #expect(error.index <= bytes.count)
                _ = error.cliMessage
                _ = error.message(style: .aligned)
            }
        }
        // Generous for debug builds on a loaded machine; a quadratic path on 4 KB would still pass, the
        // adversarial test below is the one that catches those.
        #expect(slowest < .seconds(1))
    }

    /// Inputs built to hit the CLI's backtracking, quote matching, and recovery repeatedly: ten times the size must
    /// take about ten times as long, not a hundred times.
    @Test(arguments: [
        "a=b,x\\,y=c,",
        "a=b,'x,y'=c,",
        "a='\\'",
        "\"",
        "a=[",
        "a={b=",
        "a=b,c ",
        "a=b,\"x,",
        "k=v,k2=[x,'y'],",
        "a=\"b\"c,",
        "a@=file://x,",
    ])
    func timeGrowsLinearly(unit: String) {
        let small = String(repeating: unit, count: 1_000)
        let large = String(repeating: unit, count: 10_000)
        let clock = ContinuousClock()
        func seconds(_ text: String) -> Double {
            let start = clock.now
            _ = ShorthandParser.parse(text)
            let d = clock.now - start
            return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        }
        // Interleaved, best of five each, so that load from other tests weighs on both sizes alike.
        var bestSmall = Double.infinity
        var bestLarge = Double.infinity
        for _ in 0..<5 {
            bestSmall = min(bestSmall, seconds(small))
            bestLarge = min(bestLarge, seconds(large))
        }
        // Linear gives about 10; quadratic about 100.
        #expect(bestLarge < max(bestSmall, 0.001) * 40, "\(unit.debugDescription): \(bestSmall)s -> \(bestLarge)s")
    }
}
