/// The AWS CLI's global options (`aws [options] <command> <subcommand> …`), which its first parser reads from the
/// whole command line before the service sees the rest (AWSCLI.md 5.2).
///
/// v1 1.45.11's `awscli/data/cli.json`; v2 adds `--cli-binary-format`, `--no-cli-pager`, `--cli-auto-prompt`,
/// `--no-cli-auto-prompt` and `--cli-error-format`, drops `--v2-debug`, and offers more `--output` formats.
enum GlobalOptions {
    /// The main parser's actions, in the CLI's order, with its `command` positional last.
    static func actions(for version: CLIVersion) -> [ArgparseAction] {
        var actions: [ArgparseAction] = [
            flag("--debug", dest: "debug", value: true),
            value("--endpoint-url", dest: "endpoint_url"),
            flag("--no-verify-ssl", dest: "verify_ssl", value: false),
            flag("--no-paginate", dest: "paginate", value: false),
            value(
                "--output", dest: "output",
                choices: version == .v1
                    ? ["json", "text", "table"] : ["json", "text", "table", "yaml", "yaml-stream", "off"]),
            value("--query", dest: "query"),
            value("--profile", dest: "profile"),
            value("--region", dest: "region"),
            ArgparseAction(optionStrings: ["--version"], dest: "version", arity: .none, kind: .version),
            value("--color", dest: "color", choices: ["on", "off", "auto"]),
            flag("--no-sign-request", dest: "sign_request", value: false),
            value("--ca-bundle", dest: "ca_bundle"),
            value("--cli-read-timeout", dest: "read_timeout", type: .int),
            value("--cli-connect-timeout", dest: "connect_timeout", type: .int),
        ]
        switch version {
        case .v1:
            actions.append(flag("--v2-debug", dest: "v2_debug", value: true))
        case .v2:
            actions += [
                value("--cli-binary-format", dest: "cli_binary_format", choices: ["base64", "raw-in-base64-out"]),
                flag("--no-cli-pager", dest: "no_cli_pager", value: true),
                flag("--cli-auto-prompt", dest: "cli_auto_prompt", value: true),
                flag("--no-cli-auto-prompt", dest: "no_cli_auto_prompt", value: true),
                value("--cli-error-format", dest: "cli_error_format"),
            ]
        }
        actions.append(ArgparseAction(optionStrings: [], dest: "command", arity: .one, required: true))
        return actions
    }

    /// The names of the global options that take a value, for readers that only skip them.
    static func namesTakingValues(for version: CLIVersion) -> Set<String> {
        Set(actions(for: version).filter { !$0.optionStrings.isEmpty && $0.arity == .one }.flatMap(\.optionStrings))
    }

    private static func flag(_ name: String, dest: String, value: Bool) -> ArgparseAction {
        ArgparseAction(optionStrings: [name], dest: dest, arity: .none, kind: .flag(value))
    }

    private static func value(
        _ name: String, dest: String, type: ArgparseAction.ValueType = .string, choices: [String]? = nil
    ) -> ArgparseAction {
        ArgparseAction(optionStrings: [name], dest: dest, arity: .one, valueType: type, choices: choices)
    }

    /// botocore's region name format (`validate_region_name`); others fail when the client is created.
    static func isValidRegionName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard !bytes.isEmpty, bytes.count <= 63 else { return false }
        func alphanumeric(_ b: UInt8) -> Bool {
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
        }
        guard alphanumeric(bytes[0]), alphanumeric(bytes[bytes.count - 1]) else { return false }
        return bytes.allSatisfy { alphanumeric($0) || $0 == UInt8(ascii: "-") }
    }

    /// Python's `urlparse(url).scheme` is not empty (leading controls and spaces stripped, tabs and line breaks
    /// removed first): the CLI refuses an `--endpoint-url` without one.
    static func hasURLScheme(_ url: String) -> Bool {
        let scalars = Array(url.unicodeScalars.drop { $0.value <= 0x20 }.filter { !["\t", "\r", "\n"].contains($0) })
        guard let colon = scalars.firstIndex(of: ":"), colon > 0 else { return false }
        let scheme = scalars[..<colon]
        guard let first = scheme.first, first.isASCII, first.properties.isAlphabetic else { return false }
        return scheme.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0))
        }
    }
}
