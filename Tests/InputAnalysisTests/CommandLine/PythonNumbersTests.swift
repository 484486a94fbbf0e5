import Testing

@testable import InputAnalysis

/// Python's `int()`, `float()` and float `repr()`; expected values printed by CPython 3.11.
@Suite struct PythonNumbersTests {
    @Test(arguments: [
        (" 1_0", "10"), ("٣", "3"), ("-0", "0"), ("+007", "7"), ("\u{A0}5\u{3000}", "5"),
        ("99999999999999999999999", "99999999999999999999999"),
    ])
    func integers(_ text: String, _ digits: String) throws {
        #expect(try PythonNumbers.int(text).get() == digits)
    }

    @Test(arguments: ["1__0", "_1", "1_", "", "1.5", "0x10", "١.٢", "5e2"])
    func notIntegers(_ text: String) {
        guard case .failure(let failure) = PythonNumbers.int(text) else {
            Issue.record("\(text) read as an integer")
            return
        }
        #expect(failure.message.hasPrefix("invalid literal for int() with base 10: "))
    }

    @Test(arguments: [
        ("1e3", 1000.0), (".5", 0.5), ("5.", 5.0), ("inf", Double.infinity), ("-Infinity", -Double.infinity),
        ("1_0.5", 10.5), (" 2 ", 2.0), ("1e400", Double.infinity),
    ])
    func floats(_ text: String, _ value: Double) throws {
        #expect(try PythonNumbers.float(text).get() == value)
    }

    @Test(arguments: ["1e", ".", "1_.5", "", "x", "0x1p3", "1e5e"])
    func notFloats(_ text: String) {
        guard case .failure(let failure) = PythonNumbers.float(text) else {
            Issue.record("\(text) read as a float")
            return
        }
        #expect(failure.message == "could not convert string to float: '\(text)'")
    }

    @Test func nanAndNegativeZero() throws {
        #expect(try PythonNumbers.float("nan").get().isNaN)
        #expect(try PythonNumbers.float("-1e-400").get().sign == .minus)
    }

    @Test(arguments: [
        (1000.0, "1000.0"), (1e16, "1e+16"), (1e15, "1000000000000000.0"), (1e-5, "1e-05"), (0.0001, "0.0001"),
        (1.5, "1.5"), (-0.0, "-0.0"), (5e-324, "5e-324"), (1.7976931348623157e308, "1.7976931348623157e+308"),
        (0.1, "0.1"), (123456789.123, "123456789.123"), (2.5e-5, "2.5e-05"), (1e22, "1e+22"),
        (12345678901234567890.0, "1.2345678901234567e+19"), (100.0, "100.0"), (0.3, "0.3"),
    ])
    func floatRepr(_ value: Double, _ text: String) {
        #expect(PythonFloat.repr(value) == text)
    }
}
