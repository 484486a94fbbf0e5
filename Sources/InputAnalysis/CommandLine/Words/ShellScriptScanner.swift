package import TextModel

/// Finds the simple commands of a POSIX shell (bash) script and their words, with source ranges, so that `aws …`
/// lines can be interpreted and their findings placed on the exact characters of the script.
///
/// Understands quoting (`'…'`, `"…"` with its backslash escapes, `$'…'`), `\`-newline continuations, comments,
/// operators that separate commands (`;`, `&&`, `||`, `|`, `&`, newlines, parentheses), redirections (their targets
/// are not command words) and here-documents (their bodies are skipped). Run-time expansions (`$VAR`, `${…}`,
/// `$(…)`, backticks, `$((…))`) stay in the word as written and are marked as unknown; commands inside `$(…)` and
/// backticks are found too (`ID=$(aws ec2 run-instances …)`). A `\r` before a line feed belongs to the line break,
/// so scripts saved with CRLF read as their author meant. Pure, linear in the script's length for a bounded depth
/// of nested command substitutions, and never traps.
package enum ShellScriptScanner {
    /// How deep command substitutions are searched for commands; deeper ones stay opaque words.
    package static let maxSubstitutionDepth = 16

    /// Every simple command of `source`, in source order (commands inside substitutions included).
    package static func commands(in source: SourceText) -> [ShellCommand] {
        var found = [ShellCommand]()
        var regions = [ShellLexer.Region(start: 0, end: source.count, depth: 0)]
        while let region = regions.popLast() {
            var lexer = ShellLexer(bytes: source.bytes, region: region)
            lexer.run()
            found += lexer.commands
            regions += lexer.substitutions
        }
        found.sort { ($0.range.start, $0.range.end) < ($1.range.start, $1.range.end) }
        return found
    }

    /// The commands of `source` that run the AWS CLI.
    package static func awsCommands(in source: SourceText) -> [ShellCommand] {
        commands(in: source).filter { $0.awsWordIndex != nil }
    }
}
