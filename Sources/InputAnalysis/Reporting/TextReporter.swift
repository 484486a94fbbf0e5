/// `FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE]`, one line per finding; lines and columns 1-based, columns in
/// characters (Unicode scalars).
package enum TextReporter {
    package static func render(_ reports: [FileReport]) -> String {
        var out = ""
        for report in reports {
            for finding in report.findings {
                let position = report.source.position(of: finding.range.start, in: .utf32)
                out += "\(report.path):\(position.line + 1):\(position.character + 1): \(finding.severity.rawValue): "
                out += finding.message.replacingAll("\n", with: " ")
                out += " [\(finding.code)]\n"
            }
        }
        return out
    }
}
