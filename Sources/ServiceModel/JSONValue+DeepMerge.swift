package import JSONSyntax

extension JSONValue {
    /// `self` with `extra` merged in as botocore's `deep_merge` does for `*.sdk-extras.json` files: objects merge
    /// key by key (new keys appended), anything else replaces.
    package func deepMerging(_ extra: JSONValue) -> JSONValue {
        guard case .object(var base) = self, case .object(let additions) = extra else { return extra }
        for (key, value) in additions {
            if let existing = base[key], case .object = existing, case .object = value {
                base[key] = existing.deepMerging(value)
            } else {
                base[key] = value
            }
        }
        return .object(base)
    }
}
