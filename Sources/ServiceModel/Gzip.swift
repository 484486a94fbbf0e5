internal import CZlib

/// gzip/zlib decompression and gzip compression for `.json.gz` model files.
package enum Gzip {
    /// Why data could not be decompressed.
    package struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
        package var reason: String
        package var description: String { reason }
    }

    /// Whether `bytes` start with the gzip magic number.
    package static func isGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// The decompressed content of a complete gzip (or zlib) stream; a truncated or corrupt stream fails.
    ///
    /// As Python's `gzip` module (which botocore reads `.json.gz` files with), several gzip members one after the
    /// other decompress to their concatenation, zero bytes after a member are padding, and anything else after
    /// one is an error.
    ///
    /// A gzip stream ends with its uncompressed size (modulo 2^32): when that is plausible, the data is inflated
    /// in one call straight into an array of that size. Otherwise, or when the stream holds more than one member
    /// or more than announced, it is inflated chunk by chunk.
    package static func decompress(_ input: [UInt8], limit: Int = 1 << 30) throws(Failure) -> [UInt8] {
        if let size = announcedSize(input, limit: limit), let output = try inflateWhole(input, size: size) {
            return output
        }
        return try inflateInChunks(input, limit: limit)
    }

    /// The size a gzip trailer announces (its last four bytes, little-endian), when deflate could produce it from
    /// this much input (at most 1032 bytes per byte) and it is within `limit`.
    private static func announcedSize(_ input: [UInt8], limit: Int) -> Int? {
        guard isGzip(input), input.count >= 18 else { return nil }
        let n = input.count
        let size = Int(input[n - 4]) | Int(input[n - 3]) << 8 | Int(input[n - 2]) << 16 | Int(input[n - 1]) << 24
        guard size > 0, size <= limit, size <= input.count * 1032 else { return nil }
        return size
    }

    /// `input` inflated into an array of `size` bytes; nil when it is not one member of exactly that size.
    private static func inflateWhole(_ input: [UInt8], size: Int) throws(Failure) -> [UInt8]? {
        var stream = z_stream()
        // 15 + 32: the largest window, with automatic gzip/zlib header detection; zlib checks CRC and length.
        guard czlib_inflate_init2(&stream, 15 + 32) == Z_OK else { throw Failure(reason: "zlib could not start") }
        defer { inflateEnd(&stream) }
        var status: Int32 = Z_OK
        let output = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            input.withUnsafeBufferPointer { inBuffer in
                // zlib never writes through `next_in`.
                stream.next_in = UnsafeMutablePointer(mutating: inBuffer.baseAddress)
                stream.avail_in = uInt(inBuffer.count)
                stream.next_out = buffer.baseAddress
                stream.avail_out = uInt(buffer.count)
                status = inflate(&stream, Z_FINISH)
                count = buffer.count - Int(stream.avail_out)
            }
        }
        switch status {
        case Z_STREAM_END where stream.avail_in == 0:
            return output
        case Z_STREAM_END:
            // More after the first member: padding or more members, which the chunked reading handles.
            return nil
        case Z_BUF_ERROR where stream.avail_out == 0:
            // More output than announced: the chunked reading decides.
            return nil
        case Z_BUF_ERROR:
            throw Failure(reason: "the compressed data is truncated")
        default:
            throw corrupt(stream, status)
        }
    }

    private static func inflateInChunks(_ input: [UInt8], limit: Int) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        guard czlib_inflate_init2(&stream, 15 + 32) == Z_OK else { throw Failure(reason: "zlib could not start") }
        defer { inflateEnd(&stream) }
        var output = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 1 << 18)
        var status: Int32 = Z_OK
        try input.withUnsafeBufferPointer { (inBuffer) throws(Failure) in
            stream.next_in = UnsafeMutablePointer(mutating: inBuffer.baseAddress)
            stream.avail_in = uInt(inBuffer.count)
            while true {
                let produced: Int = chunk.withUnsafeMutableBufferPointer { outBuffer in
                    stream.next_out = outBuffer.baseAddress
                    stream.avail_out = uInt(outBuffer.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    return outBuffer.count - Int(stream.avail_out)
                }
                output.append(contentsOf: chunk[0..<produced])
                if output.count > limit { throw Failure(reason: "decompresses to more than \(limit) bytes") }
                if status == Z_BUF_ERROR && stream.avail_in == 0 {
                    throw Failure(reason: "the compressed data is truncated")
                }
                if status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR { throw corrupt(stream, status) }
                guard status == Z_STREAM_END else { continue }
                // The member ended: zero padding, another member, or the end.
                let rest = inBuffer.count - Int(stream.avail_in)
                var next = rest
                while next < inBuffer.count, inBuffer[next] == 0 { next += 1 }
                if next == inBuffer.count { return }
                guard next + 1 < inBuffer.count, inBuffer[next] == 0x1F, inBuffer[next + 1] == 0x8B else {
                    throw Failure(reason: "the data after the compressed stream is not another gzip member")
                }
                guard inflateReset(&stream) == Z_OK else { throw corrupt(stream, status) }
                stream.next_in = UnsafeMutablePointer(mutating: inBuffer.baseAddress.map { $0 + next })
                stream.avail_in = uInt(inBuffer.count - next)
            }
        }
        return output
    }

    private static func corrupt(_ stream: z_stream, _ status: Int32) -> Failure {
        let message = stream.msg.map { String(cString: $0) } ?? "error \(status)"
        return Failure(reason: "the compressed data is corrupt (\(message))")
    }

    /// `input` compressed as gzip at the best compression level, with a zero modification time so that repeated
    /// builds give identical files.
    package static func compress(_ input: [UInt8]) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        // 15 + 16: gzip wrapper; memory level 9.
        guard deflateInit2_(
            &stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
            Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else { throw Failure(reason: "zlib could not start") }
        defer { deflateEnd(&stream) }
        var output = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 1 << 18)
        var input = input
        var status: Int32 = Z_OK
        input.withUnsafeMutableBufferPointer { inBuffer in
            stream.next_in = inBuffer.baseAddress
            stream.avail_in = uInt(inBuffer.count)
            repeat {
                let produced: Int = chunk.withUnsafeMutableBufferPointer { outBuffer in
                    stream.next_out = outBuffer.baseAddress
                    stream.avail_out = uInt(outBuffer.count)
                    status = deflate(&stream, Z_FINISH)
                    return outBuffer.count - Int(stream.avail_out)
                }
                output.append(contentsOf: chunk[0..<produced])
            } while status == Z_OK || status == Z_BUF_ERROR && stream.avail_out == 0
        }
        guard status == Z_STREAM_END else { throw Failure(reason: "compression failed (\(status))") }
        return output
    }
}
