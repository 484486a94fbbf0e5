/// Finds the botocore data directory of the AWS CLI on `PATH`, without running it (start-up time matters).
///
/// Handles the AWS CLI v2 installer layout (`.../aws-cli/v2/<version>/dist/awscli/botocore/data`), a v1 `aws`
/// script whose `#!` line names its Python (pip, venv, Debian), and pyenv shims (the `aws` on `PATH` is then a bash
/// script running `pyenv exec`).
package enum InstalledCLILocator {
    package static func locate(environment: (String) -> String? = FileSystem.environment) -> ModelSource? {
        guard let path = environment("PATH") else { return nil }
        for directory in path.split(separator: ":", omittingEmptySubsequences: true) {
            let candidate = FileSystem.join(String(directory), "aws")
            guard FileSystem.isExecutable(candidate) else { continue }
            if let found = dataDirectory(forExecutable: candidate, environment: environment) { return found }
        }
        return nil
    }

    /// The botocore data directory behind the `aws` executable at `executable`.
    package static func dataDirectory(
        forExecutable executable: String, environment: (String) -> String?
    ) -> ModelSource? {
        guard let real = FileSystem.realPath(executable) else { return nil }
        let binDirectory = FileSystem.directoryName(real)
        // AWS CLI v2 installer: <root>/v2/<version>/bin/aws -> ../dist/aws, data in dist/awscli/botocore/data.
        for candidate in [
            FileSystem.join(binDirectory, "awscli/botocore/data"),
            FileSystem.join(FileSystem.directoryName(binDirectory), "dist/awscli/botocore/data"),
        ] where FileSystem.isDirectory(candidate) {
            return source(candidate, cli: "AWS CLI v2")
        }
        guard let head = readHead(real) else { return nil }
        if head.contains("pyenv exec") || head.contains("pyenv\" exec") {
            return pyenvDataDirectory(script: head, environment: environment)
        }
        if head.hasPrefix("#!"), let line = head.split(separator: "\n").first {
            return interpreterDataDirectory(shebang: String(line.dropFirst(2)), environment: environment)
        }
        return nil
    }

    private static func interpreterDataDirectory(
        shebang: String, environment: (String) -> String?
    ) -> ModelSource? {
        let words = shebang.split(separator: " ").map(String.init)
        guard var interpreter = words.first else { return nil }
        if interpreter.hasSuffix("/env"), words.count > 1 {
            guard let found = findOnPath(words[words.count > 2 && words[1] == "-S" ? 2 : 1], environment) else {
                return nil
            }
            interpreter = found
        }
        guard let python = FileSystem.realPath(interpreter) ?? Optional(interpreter) else { return nil }
        // <prefix>/bin/python3 -> <prefix>/lib/python3.X/site-packages; venvs keep the same layout.
        var prefixes = [FileSystem.directoryName(FileSystem.directoryName(interpreter))]
        let realPrefix = FileSystem.directoryName(FileSystem.directoryName(python))
        if !prefixes.contains(realPrefix) { prefixes.append(realPrefix) }
        for prefix in prefixes {
            if let found = sitePackagesData(prefix: prefix) { return source(found, cli: "AWS CLI v1") }
        }
        return nil
    }

    private static func pyenvDataDirectory(script: String, environment: (String) -> String?) -> ModelSource? {
        var root = environment("PYENV_ROOT")
        if root == nil {
            for line in script.split(separator: "\n") {
                let trimmed = line.trimmingCharacters(in: " \t")
                guard trimmed.hasPrefix("export PYENV_ROOT=") else { continue }
                root = String(trimmed.dropFirst("export PYENV_ROOT=".count)).trimmingCharacters(in: "\"'")
            }
        }
        guard let root, !root.isEmpty else { return nil }
        for version in pyenvVersions(root: root, environment: environment) {
            let prefix = FileSystem.join(root, "versions/\(version)")
            guard FileSystem.isExecutable(FileSystem.join(prefix, "bin/aws")) else { continue }
            if let found = sitePackagesData(prefix: prefix) { return source(found, cli: "AWS CLI v1") }
        }
        return nil
    }

    /// The versions pyenv would try, in its order: `PYENV_VERSION`, the nearest `.python-version`, the global file.
    private static func pyenvVersions(root: String, environment: (String) -> String?) -> [String] {
        func parse(_ text: String) -> [String] {
            text.split(whereSeparator: { $0 == ":" || $0 == "\n" || $0 == " " || $0 == "\t" || $0 == "\r" })
                .map(String.init).filter { !$0.hasPrefix("#") && $0 != "system" }
        }
        if let version = environment("PYENV_VERSION"), !version.isEmpty { return parse(version) }
        var directory = environment("PYENV_DIR") ?? FileSystem.currentDirectory()
        for _ in 0..<64 {
            if let bytes = try? FileSystem.readFile(FileSystem.join(directory, ".python-version"), limit: 4096) {
                return parse(String(decoding: bytes, as: UTF8.self))
            }
            let parent = FileSystem.directoryName(directory)
            if parent == directory { break }
            directory = parent
        }
        if let bytes = try? FileSystem.readFile(FileSystem.join(root, "version"), limit: 4096) {
            return parse(String(decoding: bytes, as: UTF8.self))
        }
        return []
    }

    private static func sitePackagesData(prefix: String) -> String? {
        let lib = FileSystem.join(prefix, "lib")
        let pythons = (FileSystem.listDirectory(lib) ?? []).filter { $0.hasPrefix("python3") }.sorted().reversed()
        for python in pythons {
            for packages in ["site-packages", "dist-packages"] {
                let candidate = FileSystem.join(lib, "\(python)/\(packages)/botocore/data")
                if FileSystem.isDirectory(candidate) { return candidate }
            }
        }
        let debian = FileSystem.join(lib, "python3/dist-packages/botocore/data")
        return FileSystem.isDirectory(debian) ? debian : nil
    }

    private static func source(_ dataDirectory: String, cli: String) -> ModelSource {
        let version = botocoreVersion(dataDirectory: dataDirectory)
        let detail = version.map { "\(cli), botocore \($0)" } ?? cli
        return ModelSource(path: dataDirectory, kind: .installedCLI, detail: detail)
    }

    /// The `__version__` in `botocore/__init__.py` next to the data directory.
    package static func botocoreVersion(dataDirectory: String) -> String? {
        let initFile = FileSystem.join(FileSystem.directoryName(dataDirectory), "__init__.py")
        guard let bytes = try? FileSystem.readFile(initFile, limit: 1 << 20) else { return nil }
        // On bytes: splitting the whole file into `Character` lines cost millions of instructions per start.
        let prefix = Array("__version__".utf8)
        for line in bytes.split(separator: UInt8(ascii: "\n")) where line.starts(with: prefix) {
            let quoted = line.split(whereSeparator: { $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "\"") })
            if quoted.count >= 2 { return String(decoding: quoted[1], as: UTF8.self) }
        }
        return nil
    }

    private static func readHead(_ path: String) -> String? {
        guard let bytes = FileSystem.readPrefix(path, count: 4096) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func findOnPath(_ name: String, _ environment: (String) -> String?) -> String? {
        if name.contains("/") { return name }
        for directory in (environment("PATH") ?? "").split(separator: ":") {
            let candidate = FileSystem.join(String(directory), name)
            if FileSystem.isExecutable(candidate) { return candidate }
        }
        return nil
    }
}

extension StringProtocol {
    /// The string without leading and trailing characters from `set`.
    func trimmingCharacters(in set: String) -> String {
        let chars = Set(set)
        var slice = Substring(self)
        while let first = slice.first, chars.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, chars.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
