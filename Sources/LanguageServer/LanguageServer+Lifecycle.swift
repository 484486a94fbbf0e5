package import JSONRPC
package import JSONSyntax

extension LanguageServer {
    /// The commands of `workspace/executeCommand`.
    package static let commands = ["cli-input.generateSkeleton", "cli-input.listServices", "cli-input.listOperations"]

    func initialize(_ params: JSONValue?) -> Result<JSONValue, ResponseError> {
        let capabilities = ClientCapabilities(params)
        var roots = [String]()
        for folder in params?["workspaceFolders"]?.arrayValue ?? [] {
            if let uri = folder["uri"]?.stringValue, let path = DocumentURI.path(uri) { roots.append(path) }
        }
        if roots.isEmpty, let uri = params?["rootUri"]?.stringValue, let path = DocumentURI.path(uri) {
            roots.append(path)
        } else if roots.isEmpty, let path = params?["rootPath"]?.stringValue {
            roots.append(path)
        }
        state.withLock { state in
            state.capabilities = capabilities
            state.conversion = LSPConversion(encoding: capabilities.positionEncoding)
            state.settings = ServerSettings(params?["initializationOptions"])
            state.roots = roots.map { $0.count > 1 && $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
            state.phase = .running
        }
        var serverCapabilities: JSONObject = [
            "positionEncoding": .string(capabilities.positionEncoding.rawValue),
            "textDocumentSync": .object([
                "openClose": .bool(true), "change": .integer(2), "save": .object(["includeText": .bool(false)]),
            ]),
            "completionProvider": .object([
                "triggerCharacters": .array(["\"", ":", " ", "=", ",", "-", "{", "["].map(JSONValue.string)),
                "resolveProvider": .bool(false),
            ]),
            "hoverProvider": .bool(true),
            "codeActionProvider": .object([
                "codeActionKinds": .array(["quickfix", "refactor", "refactor.rewrite"].map(JSONValue.string))
            ]),
            "executeCommandProvider": .object(["commands": .array(Self.commands.map(JSONValue.string))]),
            "documentSymbolProvider": .bool(true),
            "foldingRangeProvider": .bool(true),
            "workspace": .object([
                "workspaceFolders": .object(["supported": .bool(true), "changeNotifications": .bool(false)])
            ]),
        ]
        if capabilities.pullDiagnostics {
            serverCapabilities["diagnosticProvider"] = .object([
                "identifier": .string(Self.name), "interFileDependencies": .bool(true),
                "workspaceDiagnostics": .bool(false),
            ])
        }
        return .success(.object([
            "capabilities": .object(serverCapabilities),
            "serverInfo": .object(["name": .string(Self.name), "version": .string(version)]),
        ]))
    }

    func initialized() {
        let capabilities = state.withLock { $0.capabilities }
        if capabilities.watchedFilesRegistration {
            let watchers: [JSONValue] = ["**/.cli-input.yaml", "**/*.sh", "**/*.bash"].map {
                .object(["globPattern": .string($0)])
            }
            connection.sendRequest(
                "client/registerCapability",
                params: .object([
                    "registrations": .array([
                        .object([
                            "id": .string("cli-input-ls-watched-files"),
                            "method": .string("workspace/didChangeWatchedFiles"),
                            "registerOptions": .object(["watchers": .array(watchers)]),
                        ])
                    ])
                ])
            ) { [weak self] result in
                if case .failure(let error) = result { self?.log("file watching not registered: \(error.message)") }
            }
        }
        requestConfiguration()
        rescanScripts()
    }

    /// Asks the client for the `cliInputLs` settings section, when it supports `workspace/configuration`.
    func requestConfiguration() {
        guard state.withLock({ $0.capabilities.workspaceConfiguration }) else { return }
        connection.sendRequest(
            "workspace/configuration",
            params: .object(["items": .array([.object(["section": .string("cliInputLs")])])])
        ) { [weak self] result in
            guard let self, case .success(let value) = result, let first = value[0], first.objectValue != nil else {
                return
            }
            self.apply(settings: ServerSettings(first))
        }
    }

    func didChangeConfiguration(_ params: JSONValue?) {
        if let settings = params?["settings"], settings.objectValue?.isEmpty == false,
            settings["cliInputLs"] != nil || settings["modelDirectories"] != nil || settings["associations"] != nil
        {
            apply(settings: ServerSettings(settings))
        } else {
            requestConfiguration()
        }
    }

    /// New settings: forget what depended on the old ones and analyse every open document again.
    func apply(settings: ServerSettings) {
        let changed = state.withLock { state -> Bool in
            guard state.settings != settings else { return false }
            state.settings = settings
            state.catalogs = [:]
            state.scriptCaches = [:]
            return true
        }
        if changed { reanalyzeAll() }
    }

    func didChangeWatchedFiles(_ params: JSONValue?) {
        var scripts = false
        var configurations = false
        for change in params?["changes"]?.arrayValue ?? [] {
            let uri = change["uri"]?.stringValue ?? ""
            if uri.hasSuffix("/.cli-input.yaml") { configurations = true }
            if uri.hasSuffix(".sh") || uri.hasSuffix(".bash") { scripts = true }
        }
        if configurations { state.withLock { $0.workspaceFiles = [:]; $0.catalogs = [:]; $0.scriptCaches = [:] } }
        if scripts { rescanScripts() }
        if configurations || scripts { reanalyzeAll() }
    }
}
