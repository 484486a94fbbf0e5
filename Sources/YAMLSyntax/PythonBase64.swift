/// Python's `base64.decodebytes` (`binascii.a2b_base64` in its lenient mode), which ruamel's `!!binary` uses:
/// characters outside the alphabet are skipped, padding ends the data, and a short final group is an error.
package enum PythonBase64 {
    /// The decoded bytes, or nil where Python raises `binascii.Error`.
    package static func decodeLenient(_ ascii: [UInt8]) -> [UInt8]? {
        guard case .success(let bytes) = decode(ascii) else { return nil }
        return bytes
    }

    static func decode(_ ascii: [UInt8]) -> Result<[UInt8], YAMLConstructionError> {
        var out: [UInt8] = []
        out.reserveCapacity(ascii.count / 4 * 3)
        var quadPosition = 0
        var leftover: UInt8 = 0
        var pads = 0
        var dataCharacters = 0
        for ch in ascii {
            if ch == UInt8(ascii: "=") {
                if quadPosition >= 2 {
                    pads += 1
                    if quadPosition + pads >= 4 { return .success(out) }
                }
                continue
            }
            guard let value = sextet(ch) else { continue }
            pads = 0
            dataCharacters += 1
            switch quadPosition {
            case 0:
                leftover = value
                quadPosition = 1
            case 1:
                out.append(leftover << 2 | value >> 4)
                leftover = value & 0x0F
                quadPosition = 2
            case 2:
                out.append(leftover << 4 | value >> 2)
                leftover = value & 0x03
                quadPosition = 3
            default:
                out.append(leftover << 6 | value)
                leftover = 0
                quadPosition = 0
            }
        }
        switch quadPosition {
        case 0:
            return .success(out)
        case 1:
            return .failure(
                .init(
                    "Invalid base64-encoded string: number of data characters (\(dataCharacters)) cannot be 1 more than a multiple of 4"
                ))
        default:
            return .failure(.init("Incorrect padding"))
        }
    }

    private static func sextet(_ ch: UInt8) -> UInt8? {
        switch ch {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return ch - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return ch - UInt8(ascii: "a") + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return ch - UInt8(ascii: "0") + 52
        case UInt8(ascii: "+"): return 62
        case UInt8(ascii: "/"): return 63
        default: return nil
        }
    }
}
