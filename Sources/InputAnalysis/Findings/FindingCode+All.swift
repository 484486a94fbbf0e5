extension FindingCode {
    /// Every finding code, for documentation and SARIF rules. A test checks the README documents each.
    package static let all: [FindingCode] = [
        .syntax, .missingRequired, .unknownMember, .invalidType, .minLength, .minValue, .unionEmpty, .unionMultiple,
        .enumValue, .maxLength, .maxValue, .pattern, .duplicateKey, .yamlScalar, .timestampFormat, .deprecated,
        .fileReference, .boolAsNumber, .filterKey, .filterValue, .unknownOperation, .noOperation,
        .workspaceConfiguration, .limit,
        .unknownOption, .missingOption, .argumentError, .invalidValue, .paramFile, .notModelled, .noRequest,
    ]
}
