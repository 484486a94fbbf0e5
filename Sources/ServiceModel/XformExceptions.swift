/// The fixed operation names of the botocore that will run the commands: its `_xform_cache` entries for `-`.
///
/// The AWS CLI names operations with its own botocore's table; releases add entries (botocore 1.43.11 has 21, 1.44.5
/// has 51), so an operation such as `CreateOAuth2Token` is `create-o-auth2-token` in one and `create-oauth2-token`
/// in the other. The installed CLI's table wins; without one, the built-in table (the bundle's botocore) applies.
package enum XformExceptions {
    /// The table of the botocore whose data directory is `dataDirectory`, read from its `__init__.py`; nil when the
    /// file cannot be read or holds no table.
    package static func installed(dataDirectory: String) -> [String: String]? {
        let initFile = FileSystem.join(FileSystem.directoryName(dataDirectory), "__init__.py")
        guard let bytes = try? FileSystem.readFile(initFile, limit: 1 << 22) else { return nil }
        return parse(String(decoding: bytes, as: UTF8.self))
    }

    /// The `('Name', '-'): 'name'` pairs of the `_xform_cache = {...}` literal in botocore's `__init__.py`.
    package static func parse(_ source: String) -> [String: String]? {
        guard let start = source.firstRange(of: "_xform_cache = {") else { return nil }
        // The literal's text without comments and whitespace: `('A','-'):'a',('B','_'):'b',...}`.
        var compact = [Character]()
        var inComment = false
        var quote: Character?
        for character in source[start.upperBound...] {
            if let q = quote {
                compact.append(character)
                if character == q { quote = nil }
                continue
            }
            if inComment {
                if character == "\n" { inComment = false }
                continue
            }
            if character == "#" {
                inComment = true
                continue
            }
            if character == "'" || character == "\"" { quote = character }
            if character == "}" { break }
            if !character.isWhitespace { compact.append(character) }
        }
        var result = [String: String]()
        var i = 0
        func literal() -> String? {
            guard i < compact.count, compact[i] == "'" || compact[i] == "\"" else { return nil }
            let q = compact[i]
            var j = i + 1
            var text = ""
            while j < compact.count, compact[j] != q {
                text.append(compact[j])
                j += 1
            }
            guard j < compact.count else { return nil }
            i = j + 1
            return text
        }
        func expect(_ c: Character) -> Bool {
            guard i < compact.count, compact[i] == c else { return false }
            i += 1
            return true
        }
        while i < compact.count {
            let entryStart = i
            if expect("("), let name = literal(), expect(","), let separator = literal(), expect(",") || true,
                expect(")"), expect(":"), let value = literal()
            {
                if separator == "-" { result[name] = value }
                _ = expect(",")
            } else {
                i = entryStart + 1
            }
        }
        return result.isEmpty ? nil : result
    }
}
