package import JSONSyntax

/// The `check --format json` document: 0-based lines and UTF-16 characters, as in LSP.
package enum JSONReporter {
    package static func render(_ reports: [FileReport]) -> String {
        let files = reports.map { report -> JSONValue in
            let diagnostics = report.findings.map { finding -> JSONValue in
                var object: JSONObject = [
                    "code": .string(finding.code.rawValue),
                    "severity": .string(finding.severity.rawValue),
                    "message": .string(finding.message),
                    "path": .string(finding.path.description),
                ]
                if finding.code == .missingRequired || finding.code == .unknownMember, let member = finding.member {
                    object["member"] = .string(member)
                }
                object["suggestions"] = .array(finding.suggestions.map(JSONValue.string))
                let range = report.source.lineRange(of: finding.range, in: .utf16)
                object["range"] = .object([
                    "start": .object([
                        "line": .integer(Int64(range.start.line)), "character": .integer(Int64(range.start.character)),
                    ]),
                    "end": .object([
                        "line": .integer(Int64(range.end.line)), "character": .integer(Int64(range.end.character)),
                    ]),
                ])
                return .object(object)
            }
            return .object([
                "file": .string(report.path),
                "operation": report.operation.map(JSONValue.string) ?? .null,
                "diagnostics": .array(diagnostics),
            ])
        }
        return JSONValue.object(["files": .array(files)]).encode(.pythonIndent4) + "\n"
    }
}
