package import InputSyntax
package import JSONSyntax

/// SARIF 2.1.0 for GitHub code scanning: one rule per finding code, 1-based regions in UTF-16 code units.
package enum SARIFReporter {
    package static func render(_ reports: [FileReport], toolVersion: String) -> String {
        let rules = FindingCode.all.map { code -> JSONValue in
            .object([
                "id": .string(code.rawValue),
                "name": .string(ruleName(code.rawValue)),
                "shortDescription": .object(["text": .string(code.summary)]),
                "defaultConfiguration": .object(["level": .string(level(code.defaultSeverity))]),
                "properties": .object(["awsCliVerdict": .bool(code.isCLIVerdict)]),
            ])
        }
        let ruleIndex = Dictionary(uniqueKeysWithValues: FindingCode.all.enumerated().map { ($1.rawValue, $0) })
        var results = [JSONValue]()
        for report in reports {
            for finding in report.findings {
                let range = report.source.lineRange(of: finding.range, in: .utf16)
                var result: JSONObject = [
                    "ruleId": .string(finding.code.rawValue),
                    "level": .string(level(finding.severity)),
                    "message": .object(["text": .string(finding.message)]),
                    "locations": .array([
                        .object([
                            "physicalLocation": .object([
                                "artifactLocation": .object(["uri": .string(uri(report.path))]),
                                "region": .object([
                                    "startLine": .integer(Int64(range.start.line + 1)),
                                    "startColumn": .integer(Int64(range.start.character + 1)),
                                    "endLine": .integer(Int64(range.end.line + 1)),
                                    "endColumn": .integer(Int64(range.end.character + 1)),
                                ]),
                            ])
                        ])
                    ]),
                    "properties": .object([
                        "path": .string(finding.path.description),
                        "suggestions": .array(finding.suggestions.map(JSONValue.string)),
                    ]),
                ]
                if let index = ruleIndex[finding.code.rawValue] { result["ruleIndex"] = .integer(Int64(index)) }
                results.append(.object(result))
            }
        }
        let run: JSONValue = .object([
            "tool": .object([
                "driver": .object([
                    "name": .string("cli-input-ls"),
                    "version": .string(toolVersion),
                    "informationUri": .string("https://github.com/cli-input-ls/cli-input-ls"),
                    "rules": .array(rules),
                ])
            ]),
            "columnKind": .string("utf16CodeUnits"),
            "results": .array(results),
        ])
        return JSONValue.object([
            "$schema": .string("https://json.schemastore.org/sarif-2.1.0.json"),
            "version": .string("2.1.0"),
            "runs": .array([run]),
        ]).encode(.pythonIndent4) + "\n"
    }

    private static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .information, .hint: "note"
        }
    }

    /// `missing-required` → `MissingRequired`.
    private static func ruleName(_ code: String) -> String {
        code.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// A relative path as a SARIF URI reference: `/`-separated, percent-encoding what URIs cannot hold.
    private static func uri(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if c.isLetter && byte < 128 || c.isNumber && byte < 128 || "-._~/".contains(c) {
                out.append(c)
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out.hasPrefix("./") ? String(out.dropFirst(2)) : out
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
