/// The AWS CLI's names for services and operations (AWSCLI.md section 5).
package enum CLINames {
    /// botocore data-directory names that the AWS CLI exposes under another command name.
    package static let serviceRenames: [String: String] = [
        "s3": "s3api",
        "codedeploy": "deploy",
        "config": "configservice",
    ]

    /// Services the AWS CLI has but does not list (`help` hides them).
    package static let hiddenServices: Set<String> = ["sms-voice"]

    /// Hidden service command aliases that keep old spellings working (not listed by `help`).
    package static let hiddenServiceAliases: [String: String] = [
        "runtime.sagemaker": "sagemaker-runtime"
    ]

    private static let reverseServiceRenames: [String: String] = Dictionary(
        uniqueKeysWithValues: serviceRenames.map { ($0.value, $0.key) })

    /// The CLI command name for a botocore data-directory name.
    package static func serviceCommandName(forDataName name: String) -> String {
        serviceRenames[name] ?? name
    }

    /// The botocore data-directory name for a CLI command name (the inverse of `serviceCommandName`).
    /// `s3`, `codedeploy` and `config` are not CLI names of model-driven commands and return nil.
    package static func dataName(forServiceCommand name: String) -> String? {
        if let alias = hiddenServiceAliases[name] { return alias }
        if let data = reverseServiceRenames[name] { return data }
        if serviceRenames[name] != nil { return nil }
        return name
    }

    /// The CLI command name of an operation: botocore's `xform_name(name, '-')`.
    /// - Parameter exceptions: the botocore release's fixed names (its `_xform_cache` entries for `-`).
    package static func operationCommandName(
        _ name: String, exceptions: [String: String] = builtInXformExceptions
    ) -> String {
        if name.utf8.contains(UInt8(ascii: "-")) { return name }
        if let cached = exceptions[name] { return cached }
        return xformName(name, separator: "-")
    }

    /// botocore's `xform_name` rules (without its cache): CamelCase to a separated lower-case name.
    ///
    /// Works on UTF-8 bytes (a loop over `Character`s costs about twenty times more, for each of thousands of
    /// operations per load). The rules' classes are ASCII (`[A-Z]`, `[a-z0-9]`, as in Python's `re`), so a
    /// separator goes between the same characters whether the text is read as bytes or as code points; only the
    /// final lower-casing of non-ASCII letters needs `String.lowercased()`, as Python's `str.lower()` does it.
    package static func xformName(_ name: String, separator: Character = "-") -> String {
        if name.contains(separator) { return name }
        let sep = Array(String(separator).utf8)
        var bytes = Array(name.utf8)
        func isUpper(_ b: UInt8) -> Bool { b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") }
        func isLower(_ b: UInt8) -> Bool { b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") }
        func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
        // `[A-Z]{2,}s$`: an acronym pluralised at the very end (`ListWebACLs`) is split off and lower-cased.
        if bytes.count >= 3, bytes[bytes.count - 1] == UInt8(ascii: "s") {
            var start = bytes.count - 1
            while start > 0, isUpper(bytes[start - 1]) { start -= 1 }
            if bytes.count - 1 - start >= 2 {
                for k in start..<bytes.count where isUpper(bytes[k]) { bytes[k] += 32 }
                bytes.insert(contentsOf: sep, at: start)
            }
        }
        // `(.)([A-Z][a-z]+)` → `\1-\2`, left to right, non-overlapping. A multi-byte character before the capital
        // is "the character" too: its last byte is followed by the separator, as the whole character would be.
        var first = [UInt8]()
        first.reserveCapacity(bytes.count + 8)
        var i = 0
        while i < bytes.count {
            if bytes[i] != UInt8(ascii: "\n"), i + 2 < bytes.count, isUpper(bytes[i + 1]), isLower(bytes[i + 2]) {
                var end = i + 3
                while end < bytes.count, isLower(bytes[end]) { end += 1 }
                first.append(bytes[i])
                first.append(contentsOf: sep)
                first.append(contentsOf: bytes[(i + 1)..<end])
                i = end
            } else {
                first.append(bytes[i])
                i += 1
            }
        }
        // `([a-z0-9])([A-Z])` → `\1-\2`, then everything lower-cased.
        var second = [UInt8]()
        second.reserveCapacity(first.count + 8)
        i = 0
        while i < first.count {
            if i + 1 < first.count, isLower(first[i]) || isDigit(first[i]), isUpper(first[i + 1]) {
                second.append(first[i])
                second.append(contentsOf: sep)
                second.append(first[i + 1])
                i += 2
            } else {
                second.append(first[i])
                i += 1
            }
        }
        guard second.allSatisfy({ $0 < 0x80 }) else { return String(decoding: second, as: UTF8.self).lowercased() }
        for k in second.indices where isUpper(second[k]) { second[k] += 32 }
        return String(decoding: second, as: UTF8.self)
    }

    /// botocore's pre-filled `xform_name` cache for `-` (names its rules would split differently), as of botocore
    /// 1.44.5. An installed botocore may have fewer entries; `XformExceptions.installed` reads its own table.
    package static let builtInXformExceptions: [String: String] = [
        "CreateCachediSCSIVolume": "create-cached-iscsi-volume",
        "DescribeCachediSCSIVolumes": "describe-cached-iscsi-volumes",
        "DescribeStorediSCSIVolumes": "describe-stored-iscsi-volumes",
        "CreateStorediSCSIVolume": "create-stored-iscsi-volume",
        "ListHITsForQualificationType": "list-hits-for-qualification-type",
        "ExecutePartiQLStatement": "execute-partiql-statement",
        "ExecutePartiQLTransaction": "execute-partiql-transaction",
        "ExecutePartiQLBatch": "execute-partiql-batch",
        "CreateOAuth2Token": "create-oauth2-token",
        "CreateOAuth2TokenWithIAM": "create-oauth2-token-with-iam",
        "IntrospectOAuth2TokenWithIAM": "introspect-oauth2-token-with-iam",
        "RevokeOAuth2TokenWithIAM": "revoke-oauth2-token-with-iam",
        "AssociateWhatsAppBusinessAccount": "associate-whatsapp-business-account",
        "CreateWhatsAppDataset": "create-whatsapp-dataset",
        "CreateWhatsAppFlow": "create-whatsapp-flow",
        "CreateWhatsAppMessageTemplate": "create-whatsapp-message-template",
        "CreateWhatsAppMessageTemplateFromLibrary": "create-whatsapp-message-template-from-library",
        "CreateWhatsAppMessageTemplateMedia": "create-whatsapp-message-template-media",
        "DeleteWhatsAppFlow": "delete-whatsapp-flow",
        "DeleteWhatsAppMessageMedia": "delete-whatsapp-message-media",
        "DeleteWhatsAppMessageTemplate": "delete-whatsapp-message-template",
        "DeprecateWhatsAppFlow": "deprecate-whatsapp-flow",
        "DisassociateWhatsAppBusinessAccount": "disassociate-whatsapp-business-account",
        "GetLinkedWhatsAppBusinessAccount": "get-linked-whatsapp-business-account",
        "GetLinkedWhatsAppBusinessAccountPhoneNumber": "get-linked-whatsapp-business-account-phone-number",
        "GetOTelEnrichment": "get-otel-enrichment",
        "GetWhatsAppBusinessPublicKey": "get-whatsapp-business-public-key",
        "GetWhatsAppCallPermission": "get-whatsapp-call-permission",
        "GetWhatsAppFlow": "get-whatsapp-flow",
        "GetWhatsAppFlowPreview": "get-whatsapp-flow-preview",
        "GetWhatsAppMessageMedia": "get-whatsapp-message-media",
        "GetWhatsAppMessageTemplate": "get-whatsapp-message-template",
        "ListLinkedWhatsAppBusinessAccounts": "list-linked-whatsapp-business-accounts",
        "ListWhatsAppFlowAssets": "list-whatsapp-flow-assets",
        "ListWhatsAppFlows": "list-whatsapp-flows",
        "ListWhatsAppMessageTemplates": "list-whatsapp-message-templates",
        "ListWhatsAppTemplateLibrary": "list-whatsapp-template-library",
        "PostWhatsAppMessageMedia": "post-whatsapp-message-media",
        "PublishWhatsAppFlow": "publish-whatsapp-flow",
        "PutWhatsAppBusinessPublicKey": "put-whatsapp-business-public-key",
        "PutWhatsAppBusinessAccountEventDestinations": "put-whatsapp-business-account-event-destinations",
        "SendWhatsAppConversionEvent": "send-whatsapp-conversion-event",
        "SendWhatsAppMessage": "send-whatsapp-message",
        "SendWhatsAppCallEvent": "send-whatsapp-call-event",
        "StartOTelEnrichment": "start-otel-enrichment",
        "StopOTelEnrichment": "stop-otel-enrichment",
        "UpdateOTelEnrichment": "update-otel-enrichment",
        "UpdateWhatsAppFlow": "update-whatsapp-flow",
        "UpdateWhatsAppFlowAssets": "update-whatsapp-flow-assets",
        "UpdateLinkedWhatsAppBusinessAccountPhoneNumber": "update-linked-whatsapp-business-account-phone-number",
        "UpdateWhatsAppMessageTemplate": "update-whatsapp-message-template",
    ]
}
