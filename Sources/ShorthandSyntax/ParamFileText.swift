import TextModel

/// How Python's text mode turns a file's bytes into the string the CLI uses, for `ParamFileLoader`s.
package enum ParamFileText {
    /// The bytes of a UTF-8 text file as Python's `open(path, 'r', encoding='utf-8')` reads them: `\r\n` and lone
    /// `\r` become `\n` (universal newlines); a byte-order mark is kept, as the `utf-8` codec does. Nil when the
    /// bytes are not valid UTF-8, which the CLI reports as `ParamFileError.undecodable`.
    package static func pythonTextMode(_ bytes: [UInt8]) -> [UInt8]? {
        var valid = true
        var hasCR = false
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0x0D { hasCR = true }
                i += 1
                continue
            }
            let len = UTF8Scanning.sequenceLength(bytes, at: i)
            if len <= 1 {
                valid = false
                break
            }
            i += len
        }
        guard valid else { return nil }
        guard hasCR else { return bytes }
        var out = [UInt8]()
        out.reserveCapacity(n)
        i = 0
        while i < n {
            let b = bytes[i]
            if b == 0x0D {
                out.append(0x0A)
                if i + 1 < n, bytes[i + 1] == 0x0A { i += 1 }
            } else {
                out.append(b)
            }
            i += 1
        }
        return out
    }
}
