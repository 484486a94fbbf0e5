import InputSyntax

/// Turns a tagged scalar into the value ruamel.yaml 0.19.1's `SafeConstructor` builds, or its refusal.
enum YAMLScalarConstructor {
    /// A constructed scalar and how it compares as a dictionary key.
    struct Constructed: Sendable {
        var kind: ScalarKind
        var identity: YAMLKeyIdentity
    }

    /// - Parameter offset: the scalar's UTF-8 byte offset, which tells apart keys that equal nothing (`nan`).
    static func construct(
        _ tag: YAMLTag, value: String, version: YAMLSchemaVersion, offset: Int
    ) -> Result<Constructed, YAMLConstructionError> {
        switch tag {
        case .str:
            return .success(Constructed(kind: .string(value), identity: .string(value)))
        case .null:
            return .success(Constructed(kind: .null, identity: .null))
        case .bool:
            switch value.lowercased() {
            case "yes", "y", "true", "on": return .success(Constructed(kind: .bool(true), identity: .integer("1")))
            case "no", "n", "false", "off": return .success(Constructed(kind: .bool(false), identity: .integer("0")))
            default: return .failure(.init("'\(value)' is not a boolean"))
            }
        case .int:
            return integer(value, version: version).map {
                Constructed(kind: .integer($0.decimal), identity: .integer($0.decimal))
            }
        case .float:
            return float(value, version: version).map { number, isSharedNaN in
                Constructed(kind: .float(number), identity: identity(of: number, sharedNaN: isSharedNaN, offset: offset))
            }
        case .binary:
            guard value.unicodeScalars.allSatisfy(\.isASCII) else {
                return .failure(.init("failed to convert base64 data into ascii"))
            }
            return PythonBase64.decode(Array(value.utf8))
                .map { Constructed(kind: .binary($0), identity: .bytes($0)) }
                .mapError { .init("failed to decode base64 data: \($0.message)") }
        case .timestamp:
            var text = Array(value.utf8)[...]
            if text.last == UInt8(ascii: "\n") { text = text.dropLast() }
            guard let parts = YAMLTimestamp.match(text) else {
                return .failure(.init("failed to construct timestamp from \"\(value)\""))
            }
            return YAMLTimestamp.construct(parts).map { stamp in
                Constructed(
                    kind: stamp.time == nil ? .date(value) : .timestamp(value), identity: stamp.keyIdentity)
            }
        case .seq:
            return .failure(.init("expected a sequence node, but found scalar"))
        case .map, .set:
            return .failure(.init("expected a mapping node, but found scalar"))
        case .omap, .pairs:
            return .failure(.init("expected a sequence, but found scalar"))
        case .merge, .value, .unknown:
            return .failure(.init("could not determine a constructor for the tag '\(tag.displayName)'"))
        }
    }

    /// `construct_yaml_int`: underscores dropped, one sign, then `0b`/`0x`/`0o` prefixes; 1.1 adds leading-zero
    /// octal and `1:30` sexagesimal; everything else goes to Python's `int()`.
    static func integer(_ value: String, version: YAMLSchemaVersion) -> Result<PythonNumberSyntax.Integer, YAMLConstructionError> {
        var s = Substring(String(decoding: value.utf8.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self))
        guard let first = s.first else { return .failure(.init("string index out of range")) }
        let negative = first == "-"
        if first == "-" || first == "+" { s = s.dropFirst() }
        if s == "0" { return .success(.init(negative: false, magnitude: "0")) }
        if s.hasPrefix("0b") { return PythonNumberSyntax.int(s.dropFirst(2), base: 2).map { $0.negated(if: negative) } }
        if s.hasPrefix("0x") { return PythonNumberSyntax.int(s.dropFirst(2), base: 16).map { $0.negated(if: negative) } }
        if s.hasPrefix("0o") { return PythonNumberSyntax.int(s.dropFirst(2), base: 8).map { $0.negated(if: negative) } }
        if version == .v1_1 {
            guard let lead = s.first else { return .failure(.init("string index out of range")) }
            if lead == "0" { return PythonNumberSyntax.int(s, base: 8).map { $0.negated(if: negative) } }
            if s.contains(":") { return sexagesimalInteger(s).map { $0.negated(if: negative) } }
        }
        return PythonNumberSyntax.int(s, base: 10).map { $0.negated(if: negative) }
    }

    /// 1.1's base-60 integers. A negative part (only reachable through `!!int`) is refused here though Python
    /// would accept it: an accepted divergence.
    private static func sexagesimalInteger(_ s: Substring) -> Result<PythonNumberSyntax.Integer, YAMLConstructionError> {
        var total = DecimalAccumulator()
        for part in s.split(separator: ":", omittingEmptySubsequences: false) {
            switch PythonNumberSyntax.int(part, base: 10) {
            case .failure(let e):
                return .failure(e)
            case .success(let n):
                guard !n.negative || n.magnitude == "0" else {
                    return .failure(.init("negative sexagesimal parts are not supported"))
                }
                total.multiply(by: 60)
                total.add(DecimalAccumulator.parse(Array(n.magnitude.utf8), base: 10))
            }
        }
        return .success(.init(negative: false, magnitude: total.decimalString))
    }

    /// `construct_yaml_float`: underscores dropped, lowercased, one sign, `.inf`/`.nan`, 1.1's sexagesimal, else
    /// Python's `float()`. The flag tells ruamel's shared `nan_value` apart from a fresh `float('nan')`.
    static func float(_ value: String, version: YAMLSchemaVersion) -> Result<(Double, Bool), YAMLConstructionError> {
        var s = Substring(String(decoding: value.utf8.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self).lowercased())
        guard let first = s.first else { return .failure(.init("string index out of range")) }
        let sign: Double = first == "-" ? -1 : 1
        if first == "-" || first == "+" { s = s.dropFirst() }
        if s == ".inf" { return .success((sign * .infinity, false)) }
        if s == ".nan" { return .success((.nan, true)) }
        if version == .v1_1, s.contains(":") {
            var total = 0.0
            var base = 1.0
            for part in s.split(separator: ":", omittingEmptySubsequences: false).reversed() {
                guard let digit = PythonNumberSyntax.float(part) else {
                    return .failure(.init("could not convert string to float: '\(part)'"))
                }
                total += digit * base
                base *= 60
            }
            return .success((sign * total, false))
        }
        guard let number = PythonNumberSyntax.float(s) else {
            return .failure(.init("could not convert string to float: '\(s)'"))
        }
        return .success((sign * number, false))
    }

    private static func identity(of number: Double, sharedNaN: Bool, offset: Int) -> YAMLKeyIdentity {
        if number.isNaN { return sharedNaN ? .sharedNaN : .unique(offset) }
        if number.isFinite, number == number.rounded(.towardZero) {
            let digits = DecimalAccumulator.integralDigits(of: number)
            return .integer(number < 0 && digits != "0" ? "-" + digits : digits)
        }
        return .float(number.bitPattern)
    }
}
