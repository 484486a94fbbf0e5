/// Splits a byte stream into message bodies framed by LSP's base protocol: header lines ending in `\r\n` (or a
/// bare `\n`), a blank line, then exactly `Content-Length` bytes of body.
///
/// Incremental: bytes may arrive in chunks of any size, split anywhere. Header names are matched without regard to
/// case, unknown headers (including `Content-Type`, whose only defined charset is UTF-8) are ignored, and blank
/// lines between messages are skipped. On a malformed header (a line that is not `name: value` with a token name,
/// a `Content-Length` that is not 1 to 18 decimal digits, two different lengths, a header section longer than
/// `FramingLimits.maxHeaderBytes`, or a section without `Content-Length`) the decoder reports it and discards input
/// until the text `Content-Length` (in any case) appears anywhere, where it starts reading headers again; a
/// malformed line that contains `Content-Length` after some garbage (the tail of a body whose length was too small)
/// restarts there at once. A body longer than `FramingLimits.maxBodyBytes` is skipped as it streams by: memory use
/// stays bounded by the limits whatever the input. Linear time; never traps. The events depend only on the bytes,
/// never on where the chunks were cut.
package struct FrameDecoder: Sendable {
    package let limits: FramingLimits

    private enum State: Sendable {
        /// Reading header lines.
        case header
        /// Reading a body; `remaining` bytes to go.
        case body(remaining: Int)
        /// Skipping an oversized body; `remaining` bytes to go.
        case skipping(remaining: Int, contentLength: Int)
        /// Discarding input until `content-length`; `matched` bytes of it seen so far.
        case resynchronising(matched: Int)
    }

    private var state = State.header
    /// The header line being read, without its line end.
    private var line: [UInt8] = []
    /// Bytes of the current header section so far, line ends included.
    private var headerBytes = 0
    private var sawHeader = false
    private var contentLength: Int?
    private var body: [UInt8] = []
    /// The start of a body being skipped, kept for `BodyPeek`.
    private var peek: [UInt8] = []

    package init(limits: FramingLimits = FramingLimits()) {
        self.limits = limits
    }

    /// Bytes held in memory between chunks (partial header line, partial body, peek); for tests of boundedness.
    package var bufferedByteCount: Int { line.count + body.count + peek.count }

    /// Feeds the next chunk of input, appending whatever it completes to `events`.
    package mutating func consume(_ chunk: UnsafeRawBufferPointer, into events: inout [FrameEvent]) {
        let bytes = chunk.bindMemory(to: UInt8.self)
        var i = 0
        while i < bytes.count {
            switch state {
            case .header:
                i = consumeHeader(bytes, from: i, into: &events)
            case .body(let remaining):
                let take = min(remaining, bytes.count - i)
                body.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<(i + take)]))
                i += take
                if take == remaining {
                    events.append(.body(body))
                    body = []
                    state = .header
                } else {
                    state = .body(remaining: remaining - take)
                }
            case .skipping(let remaining, let contentLength):
                let take = min(remaining, bytes.count - i)
                let keep = min(take, limits.oversizedPeekBytes - peek.count)
                if keep > 0 { peek.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<(i + keep)])) }
                i += take
                if take == remaining {
                    events.append(.oversizedBody(contentLength: contentLength, peek: BodyPeek(scanning: peek)))
                    peek = []
                    state = .header
                } else {
                    state = .skipping(remaining: remaining - take, contentLength: contentLength)
                }
            case .resynchronising(let matched):
                i = resynchronise(bytes, from: i, matched: matched)
            }
        }
    }

    /// Feeds the next chunk of input.
    package mutating func consume(_ chunk: [UInt8], into events: inout [FrameEvent]) {
        chunk.withUnsafeBytes { consume($0, into: &events) }
    }

    /// Reports a message cut off by the end of input; call once, when the input has ended.
    package mutating func finish(into events: inout [FrameEvent]) {
        switch state {
        case .header:
            if sawHeader || !line.isEmpty { events.append(.truncated("The input ended inside a header section")) }
        case .body(let remaining):
            let expected = body.count + remaining
            events.append(.truncated("The input ended after \(body.count) of \(expected) body bytes"))
        case .skipping(let remaining, let contentLength):
            events.append(
                .truncated("The input ended after \(contentLength - remaining) of \(contentLength) body bytes"))
        case .resynchronising:
            break
        }
        state = .header
        resetHeader()
        body = []
        peek = []
    }

    /// Reads header bytes from `start` up to and including the next line end; returns where it stopped.
    ///
    /// The section may hold at most `maxHeaderBytes` bytes: the byte that would exceed it is where the decoder
    /// starts looking for `Content-Length` again, whatever the chunk boundaries, so every byte is looked at once.
    private mutating func consumeHeader(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into events: inout [FrameEvent]
    ) -> Int {
        let room = limits.maxHeaderBytes - headerBytes
        let stop = min(bytes.count, start + room)
        var end = start
        while end < stop, bytes[end] != UInt8(ascii: "\n") { end += 1 }
        if end == start + room {
            malformed("The header section is longer than \(limits.maxHeaderBytes) bytes", into: &events)
            return end
        }
        line.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
        headerBytes += end - start
        guard end < bytes.count else { return end }
        headerBytes += 1
        if line.last == UInt8(ascii: "\r") { line.removeLast() }
        endOfLine(into: &events)
        line.removeAll(keepingCapacity: true)
        return end + 1
    }

    private mutating func endOfLine(into events: inout [FrameEvent]) {
        if line.isEmpty {
            endOfHeaderSection(into: &events)
            return
        }
        var field = HeaderField(line)
        if field == nil, let start = Self.contentLengthStart(in: line) {
            // Typically the tail of a body whose Content-Length was too small, glued to the next header
            // (`1}Content-Length: 7`): drop the garbage and start a new section at the name.
            events.append(.malformedHeader("Skipped \(Self.quoted(Array(line[..<start]))) before Content-Length"))
            let tail = Array(line[start...])
            resetHeader()
            line = tail
            headerBytes = tail.count + 1
            field = HeaderField(line)
        }
        guard let field else {
            malformed("Malformed header line \(Self.quoted(line))", into: &events)
            return
        }
        sawHeader = true
        guard field.isContentLength else { return }
        guard let length = field.decimalValue else {
            malformed("Invalid Content-Length in \(Self.quoted(line))", into: &events)
            return
        }
        if let contentLength, contentLength != length {
            malformed("Conflicting Content-Length headers (\(contentLength) and \(length))", into: &events)
            return
        }
        contentLength = length
    }

    /// Where `content-length` (any case) first starts in `line` after its first byte, if it does.
    private static func contentLengthStart(in line: [UInt8]) -> Int? {
        let name = contentLengthName
        guard line.count > name.count else { return nil }
        for start in 1...(line.count - name.count)
        where zip(line[start...], name).allSatisfy({ lowercased($0) == $1 }) {
            return start
        }
        return nil
    }

    private mutating func endOfHeaderSection(into events: inout [FrameEvent]) {
        // A blank line before any header: stray line ends between messages, tolerated silently.
        guard sawHeader else {
            resetHeader()
            return
        }
        guard let length = contentLength else {
            malformed("A header section without Content-Length", into: &events)
            return
        }
        resetHeader()
        if length > limits.maxBodyBytes {
            state = .skipping(remaining: length, contentLength: length)
            peek.reserveCapacity(min(length, limits.oversizedPeekBytes))
        } else if length == 0 {
            events.append(.body([]))
        } else {
            state = .body(remaining: length)
            body.reserveCapacity(min(length, 1 << 20))
        }
    }

    private mutating func malformed(_ reason: String, into events: inout [FrameEvent]) {
        events.append(.malformedHeader(reason))
        resetHeader()
        state = .resynchronising(matched: 0)
    }

    private mutating func resetHeader() {
        line.removeAll(keepingCapacity: true)
        headerBytes = 0
        sawHeader = false
        contentLength = nil
    }

    private static let contentLengthName = Array("content-length".utf8)

    /// Discards bytes until `content-length` (any case) has been seen; returns where it stopped.
    private mutating func resynchronise(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, matched: Int) -> Int {
        var matched = matched
        var i = start
        let name = Self.contentLengthName
        while i < bytes.count {
            let b = Self.lowercased(bytes[i])
            i += 1
            if b == name[matched] {
                matched += 1
                if matched == name.count {
                    state = .header
                    line.append(contentsOf: name)
                    headerBytes = name.count
                    return i
                }
            } else {
                // `c` occurs only at the start of the name, so a mismatch can restart only there.
                matched = b == name[0] ? 1 : 0
            }
        }
        state = .resynchronising(matched: matched)
        return i
    }

    static func lowercased(_ b: UInt8) -> UInt8 {
        b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") ? b + 32 : b
    }

    /// The line for a log message: at most 80 bytes, non-printable bytes as `\xNN`.
    private static func quoted(_ line: [UInt8]) -> String {
        var text = "\""
        for b in line.prefix(80) {
            if b >= 0x20 && b < 0x7F && b != UInt8(ascii: "\"") && b != UInt8(ascii: "\\") {
                text.unicodeScalars.append(Unicode.Scalar(b))
            } else {
                let hex = String(b, radix: 16, uppercase: true)
                text += b < 16 ? "\\x0\(hex)" : "\\x\(hex)"
            }
        }
        return text + (line.count > 80 ? "…\"" : "\"")
    }
}
