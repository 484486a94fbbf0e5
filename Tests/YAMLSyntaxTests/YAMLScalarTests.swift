import InputSyntax
import Testing
import TextModel
import YAMLSyntax

/// Scalar resolution and construction, value by value, as ruamel.yaml 0.19.1's safe loader (YAML 1.2) reads them.
@Suite struct YAMLScalarTests {
    /// The value of `v` in `v: <text>`, or nil when the document is refused.
    static func value(_ text: String, prefix: String = "") -> ScalarKind? {
        let result = YAMLParser.parse(SourceText(prefix + "v: " + text + "\n"))
        guard !result.hasErrors else { return nil }
        return result.root?.member("v")?.value.scalar?.kind
    }

    @Test(arguments: [
        ("true", ScalarKind.bool(true)), ("True", .bool(true)), ("TRUE", .bool(true)), ("false", .bool(false)),
        ("False", .bool(false)), ("FALSE", .bool(false)), ("tRUE", .string("tRUE")), ("yes", .string("yes")),
        ("no", .string("no")), ("on", .string("on")), ("off", .string("off")), ("y", .string("y")),
        ("n", .string("n")),
    ])
    func booleans(text: String, expected: ScalarKind) {
        #expect(Self.value(text) == expected)
    }

    @Test(arguments: [
        ("~", ScalarKind.null), ("null", .null), ("Null", .null), ("NULL", .null), ("", .null),
        ("nULL", .string("nULL")), ("'null'", .string("null")), ("\"~\"", .string("~")),
    ])
    func nulls(text: String, expected: ScalarKind) {
        #expect(Self.value(text) == expected)
    }

    @Test(arguments: [
        ("0", "0"), ("060", "60"), ("0777", "777"), ("007", "7"), ("-0", "0"), ("+1", "1"), ("-17", "-17"),
        ("0o17", "15"), ("-0o17", "-15"), ("0x10", "16"), ("0x1F", "31"), ("+0x1F", "31"), ("0xDEAD_BEEF", "3735928559"),
        ("0b101", "5"), ("0b_1", "1"), ("1_000", "1000"), ("0_", "0"), ("0o_7", "7"),
        ("1577872800", "1577872800"), ("20200101", "20200101"), ("123456789012345678901234567890123456", "123456789012345678901234567890123456"),
        ("0xFFFFFFFFFFFFFFFFFFFF", "1208925819614629174706175"),
    ])
    func integers(text: String, digits: String) {
        #expect(Self.value(text) == .integer(digits))
    }

    @Test(arguments: [
        ("1.0", 1.0), ("1e3", 1000.0), ("1E3", 1000.0), ("1e+3", 1000.0), ("1.5e-3", 0.0015), (".5", 0.5),
        ("+.5", 0.5), ("-.5", -0.5), ("5.", 5.0), ("1.e5", 100_000.0), (".5e+3", 500.0), ("1_0.0_1", 10.01),
        ("._5", 0.5), ("-0.0", -0.0), ("1e400", .infinity), ("-1e400", -.infinity), ("1e-400", 0.0),
        (".inf", .infinity), (".Inf", .infinity), ("+.INF", .infinity), ("-.inf", -.infinity),
    ])
    func floats(text: String, expected: Double) {
        #expect(Self.value(text) == .float(expected))
    }

    @Test func notANumber() throws {
        for text in [".nan", ".NaN", ".NAN"] {
            let kind = try #require(Self.value(text))
            guard case .float(let d) = kind else {
                Issue.record("\(text) gave \(kind)")
                continue
            }
            #expect(d.isNaN)
        }
    }

    @Test(arguments: [
        "1:30", "1:30.5", "0x", "0X1F", "0b2", "0o8", ".5e3", "-.nan", "+.nan", ".iNF", "inf", "nan", "Infinity",
        "1e", "1e+", "e3", "1.2.3", "1_", "_1", "1,000", "2020-1-1", "2020-01-1", "a b", "é", "😀",
        "12:30:45", "1 2",
    ])
    func strings(text: String) {
        let kind = Self.value(text)
        if text == "1_" {
            #expect(kind == .integer("1"))
        } else {
            #expect(kind == .string(text))
        }
    }

    @Test(arguments: [
        ("2020-01-01", ScalarKind.date("2020-01-01")), ("2020-02-29", .date("2020-02-29")),
        ("2020-01-01 10:00:00", .timestamp("2020-01-01 10:00:00")),
        ("2020-01-01T10:00:00Z", .timestamp("2020-01-01T10:00:00Z")),
        ("2020-01-01t10:00:00.123+05:30", .timestamp("2020-01-01t10:00:00.123+05:30")),
        ("2020-01-01 10:00:00 -5", .timestamp("2020-01-01 10:00:00 -5")),
        ("2020-1-1T1:00:00", .timestamp("2020-1-1T1:00:00")),
    ])
    func timestamps(text: String, expected: ScalarKind) {
        #expect(Self.value(text) == expected)
    }

    /// Dates the resolver claims but Python's `datetime` refuses: ruamel fails the whole document.
    @Test(arguments: [
        "2020-13-01", "2020-02-30", "2019-02-29", "0000-01-01", "2020-01-01 24:00:00", "2020-01-01 10:60:00",
        "2020-01-01 10:00:60", "2020-01-01T10:00:00+24", "9999-12-31T23:59:59.9999999",
    ])
    func impossibleTimestampsAreRefused(text: String) {
        #expect(Self.value(text) == nil)
    }

    @Test(arguments: [
        ("!!int \"5\"", ScalarKind.integer("5")), ("!!int '0x10'", .integer("16")), ("!!int \" 7 \"", .integer("7")),
        ("!!int \"0b101\"", .integer("5")), ("!!str 5", .string("5")), ("!!str", .string("")),
        ("!!float \"1e3\"", .float(1000)), ("!!float '.5'", .float(0.5)), ("!!float \"-inf\"", .float(-.infinity)),
        ("!!bool yes", .bool(true)), ("!!bool \"off\"", .bool(false)), ("!!null \"\"", .null), ("!!null x", .null),
        ("!!binary aGVsbG8=", .binary(Array("hello".utf8))), ("!!timestamp \"2020-1-1\"", .date("2020-1-1")),
        ("! 123", .integer("123")), ("! \"123\"", .integer("123")), ("!", .null),
        ("!<tag:yaml.org,2002:int> \"8\"", .integer("8")),
    ])
    func explicitTags(text: String, expected: ScalarKind) {
        #expect(Self.value(text) == expected)
    }

    @Test(arguments: [
        "!foo x", "!!foo x", "!!int \"\"", "!!int \"abc\"", "!!bool \"maybe\"", "!!float \"0x10\"",
        "!!binary aGVsbG8", "!!binary \"é\"", "!!timestamp x", "!!str [a]", "!!int [1]", "!!seq x", "=", "<<",
        "!!str, b",
    ])
    func refusedTags(text: String) {
        #expect(Self.value(text) == nil)
    }

    @Test func quotedAndBlockScalarsAreStrings() {
        #expect(Self.value("'0777'") == .string("0777"))
        #expect(Self.value("\"true\"") == .string("true"))
        #expect(Self.value("\"tab\\there\"") == .string("tab\there"))
        #expect(Self.value("'it''s'") == .string("it's"))
        #expect(Self.value("|\n  123\n") == .string("123\n"))
        #expect(Self.value(">-\n  a\n  b\n") == .string("a b"))
    }

    @Test func yaml11DirectiveSwitchesTheRules() {
        let prefix = "%YAML 1.1\n---\n"
        #expect(Self.value("yes", prefix: prefix) == .bool(true))
        #expect(Self.value("off", prefix: prefix) == .bool(false))
        #expect(Self.value("0777", prefix: prefix) == .integer("511"))
        #expect(Self.value("1:30", prefix: prefix) == .integer("90"))
        #expect(Self.value("1:30.5", prefix: prefix) == .float(90.5))
        #expect(Self.value("0o17", prefix: prefix) == .string("0o17"))
    }

    @Test func decimalIntegersLongerThanPythonsLimitAreRefused() {
        #expect(Self.value(String(repeating: "1", count: 4_300)) != nil)
        #expect(Self.value(String(repeating: "1", count: 4_301)) == nil)
    }
}
