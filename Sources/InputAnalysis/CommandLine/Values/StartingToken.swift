import InputSyntax
import JSONSyntax
import TextModel
import YAMLSyntax

/// botocore's reading of a paginator's `StartingToken` (`PageIterator._parse_starting_token`): a base64 JSON object
/// of the input tokens (what the CLI prints as `NextToken`), or the old `TOKEN1___TOKEN2___INDEX` form, where a
/// bare string is the first input token.
enum StartingToken {
    /// The value of each input token for the first request; nil removes the member.
    static func parse(_ token: String, inputTokens: [String]) -> Result<[(String, SyntaxNode?)], Failure> {
        if let decoded = decoded(token) { return decoded }
        var parts = split(token, separator: "___")
        if parts.count == inputTokens.count + 1 {
            let last = parts.removeLast()
            if case .failure = PythonNumbers.int(last) { parts = [token] }
        }
        if parts.count > inputTokens.count {
            return .failure(Failure(message: "Bad starting token: \(token)"))
        }
        var result = [(String, SyntaxNode?)]()
        for (i, name) in inputTokens.enumerated() {
            let part = i < parts.count ? parts[i] : nil
            result.append((name, part.flatMap { $0 == "None" ? nil : SyntaxNode.string($0, range: .empty(at: 0)) }))
        }
        return .success(result)
    }

    /// Why botocore fails on a token (the CLI exits 255).
    struct Failure: Error {
        var message: String
    }

    /// The new form: nil when the token is not one (botocore then tries the old form).
    private static func decoded(_ token: String) -> Result<[(String, SyntaxNode?)], Failure>? {
        guard let bytes = PythonBase64.decodeLenient(Array(token.utf8)),
            UTF8Scanning.firstInvalidSequence(bytes) == nil
        else { return nil }
        let parse = JSONParser.parse(SourceText(bytes: bytes))
        guard !parse.hasErrors, let root = parse.root?.pythonDict() else { return nil }
        guard let members = root.members else {
            if root.elements != nil { return nil }
            return .failure(
                Failure(message: "The starting token decodes to \(ValueDescription.kind(of: root)), not an object."))
        }
        if members.contains(where: { $0.key == "boto_encoded_keys" }) {
            return .failure(Failure(message: "Starting tokens with encoded binary keys are not modelled."))
        }
        var result = [(String, SyntaxNode?)]()
        for member in members where member.key != "boto_truncate_amount" {
            if case .scalar(let scalar) = member.value.value {
                if case .null = scalar.kind {
                    result.append((member.key, nil))
                    continue
                }
                if case .string("None") = scalar.kind {
                    result.append((member.key, nil))
                    continue
                }
            }
            result.append((member.key, member.value))
        }
        return .success(result)
    }

    /// Python's `str.split(separator)`.
    private static func split(_ text: String, separator: String) -> [String] {
        let bytes = Array(text.utf8)
        let pattern = Array(separator.utf8)
        var parts = [String]()
        var start = 0
        var i = 0
        while i + pattern.count <= bytes.count {
            if bytes[i..<(i + pattern.count)].elementsEqual(pattern) {
                parts.append(String(decoding: bytes[start..<i], as: UTF8.self))
                i += pattern.count
                start = i
            } else {
                i += 1
            }
        }
        parts.append(String(decoding: bytes[start...], as: UTF8.self))
        return parts
    }
}
