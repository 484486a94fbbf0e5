import Foundation
import JSONSyntax
import Testing

/// One entry of `Fixtures/shorthand.json`: the AWS CLI's result for one shorthand string.
struct ShorthandVector: Sendable, CustomTestStringConvertible {
    /// 1-based position in the file, as AWSCLI.md 1.9 numbers them.
    var number: Int
    var input: String
    var ok: Bool
    /// The parsed value, when `ok`.
    var value: JSONValue?
    /// `syntax`, `duplicate` or `ResourceLoadingError`, when not `ok`.
    var kind: String?
    var expected: String?
    var actual: String?
    var key: String?
    var index: Int?
    var message: String?

    var testDescription: String { "#\(number) \(input.debugDescription)" }

    /// Every vector in the fixture file.
    static let all: [ShorthandVector] = {
        guard let url = Bundle.module.url(forResource: "shorthand", withExtension: "json", subdirectory: "Fixtures"),
            let data = try? Data(contentsOf: url), let root = try? JSONValue.decode(Array(data)),
            let vectors = root["vectors"]?.arrayValue
        else { return [] }
        return vectors.enumerated().map { offset, v in
            ShorthandVector(
                number: offset + 1, input: v["in"]?.stringValue ?? "", ok: v["ok"]?.boolValue ?? false,
                value: v["out"]?.stringValue.flatMap { try? JSONValue.decode($0) }, kind: v["kind"]?.stringValue,
                expected: v["expected"]?.stringValue, actual: v["actual"]?.stringValue, key: v["key"]?.stringValue,
                index: v["index"]?.intValue, message: v["msg"]?.stringValue)
        }
    }()
}
