import ArgumentParser
import JSONRPC
import LanguageServer

/// `cli-input-ls serve`: the language server on standard input and output.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the language server (LSP 3.17, JSON-RPC over standard input and output).",
        discussion: """
            Standard output belongs to the protocol; logs go to standard error. Messages larger than \
            --max-message-bytes are refused without being read into memory. Exit status: 0 after `shutdown` and \
            `exit`, 1 when the input ends (or `exit` comes) without `shutdown`. The server never writes files: \
            every change it proposes is an edit the editor applies.
            """)

    @Option(help: "Largest JSON-RPC message body read, in bytes.")
    var maxMessageBytes = 64 << 20

    func run() throws {
        let connection = Connection.standardIO(limits: FramingLimits(maxBodyBytes: maxMessageBytes))
        let server = LanguageServer(connection: connection, version: CLIInputLS.version)
        let code = server.run()
        throw ExitCode(code)
    }
}
