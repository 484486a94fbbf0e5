import ShorthandSyntax

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads `key@=file://…` files from the local file system as the AWS CLI does: `~` and `$VARIABLES` expanded
/// (Python's `os.path.expanduser`, then `os.path.expandvars`), relative paths against the working directory, text
/// decoded as UTF-8 with universal newlines.
struct LocalParamFileLoader: ParamFileLoader {
    /// The variables `$NAME` and `${NAME}` expand to, and `HOME` for `~`.
    var environment: [String: String] = Self.processEnvironment()

    func load(path: String, binary: Bool) throws(ParamFileError) -> [UInt8] {
        let expanded = Self.expandVariables(Self.expandUser(path, environment: environment), environment: environment)
        let contents = try Self.contents(of: expanded)
        if binary { return contents }
        guard let text = ParamFileText.pythonTextMode(contents) else { throw .undecodable(path: expanded) }
        return text
    }

    /// The variables of this process (`environ`), the first of repeated names winning as in `getenv`.
    static func processEnvironment() -> [String: String] {
        var result = [String: String]()
        var entry = environ
        while let pointer = entry.pointee {
            let text = String(cString: pointer)
            if let equals = text.firstIndex(of: "="), result[String(text[..<equals])] == nil {
                result[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            entry += 1
        }
        return result
    }

    /// The whole file, or the `OSError` Python's `open()` and `read()` would raise.
    private static func contents(of path: String) throws(ParamFileError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw systemError(errno, path) }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
            // Python's open() refuses directories itself, with EISDIR.
            throw systemError(EISDIR, path)
        }
        var bytes = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw systemError(errno, path)
            }
            if n == 0 { break }
            bytes.append(contentsOf: buffer[0..<n])
        }
        return bytes
    }

    private static func systemError(_ code: Int32, _ path: String) -> ParamFileError {
        .system(code: code, description: String(cString: strerror(code)), path: path)
    }

    /// Python's `posixpath.expanduser`: a leading `~` becomes `HOME` (or the password database's home), `~name` the
    /// home of user `name`; unknown users leave the path unchanged.
    static func expandUser(_ path: String, environment: [String: String]) -> String {
        guard path.hasPrefix("~") else { return path }
        let scalars = Array(path.unicodeScalars)
        let slash = scalars.dropFirst().firstIndex(of: "/") ?? scalars.count
        var home: String
        if slash == 1 {
            if let value = environment["HOME"] {
                home = value
            } else if let entry = getpwuid(getuid()), let dir = entry.pointee.pw_dir {
                home = String(cString: dir)
            } else {
                return path
            }
        } else {
            let name = String(String.UnicodeScalarView(scalars[1..<slash]))
            guard let entry = getpwnam(name), let dir = entry.pointee.pw_dir else { return path }
            home = String(cString: dir)
        }
        while home.hasSuffix("/") { home.removeLast() }
        let result = home + String(String.UnicodeScalarView(scalars[slash...]))
        return result.isEmpty ? "/" : result
    }

    /// Python's `posixpath.expandvars`: `$name` (ASCII letters, digits, `_`) and `${anything}` are replaced by the
    /// variable's value; unknown variables stay as written.
    static func expandVariables(_ path: String, environment: [String: String]) -> String {
        let bytes = Array(path.utf8)
        guard bytes.contains(UInt8(ascii: "$")) else { return path }
        func isWord(_ b: UInt8) -> Bool {
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F
        }
        var out = [UInt8]()
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "$"), i + 1 < bytes.count else {
                out.append(bytes[i])
                i += 1
                continue
            }
            var nameStart = i + 1
            var nameEnd = nameStart
            var end = nameStart
            if isWord(bytes[nameStart]) {
                while nameEnd < bytes.count, isWord(bytes[nameEnd]) { nameEnd += 1 }
                end = nameEnd
            } else if bytes[nameStart] == UInt8(ascii: "{"),
                let close = bytes[(nameStart + 1)...].firstIndex(of: UInt8(ascii: "}"))
            {
                nameStart += 1
                nameEnd = close
                end = close + 1
            } else {
                out.append(bytes[i])
                i += 1
                continue
            }
            let name = String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self)
            if let value = environment[name] {
                out.append(contentsOf: value.utf8)
            } else {
                out.append(contentsOf: bytes[i..<end])
            }
            i = end
        }
        return String(decoding: out, as: UTF8.self)
    }
}
