/// What is known about one filter parameter of one operation: where its keys and values live, and its keys.
package struct FilterParameter: Sendable, Hashable {
    /// Where each filter's key is (`Filters[].Key`, `FilterKey`, `Filters{key}`).
    package let keyPath: FilterPath
    /// Where each filter's values are (`Filters[].Values[]`, `Filters[].value`, `Filters{value}[]`).
    package let valuesPath: FilterPath
    /// The documented keys, in documentation order.
    package var keys: [FilterKey]
    /// Parametric keys (`tag:<key>`).
    package var prefixes: [FilterKeyPrefix]
    /// Whether the documented keys and prefixes are all the service accepts, so that any other key is a mistake.
    package var isExhaustive: Bool
    /// Whether key names compare case-sensitively, when the documentation says; nil when it is silent (findings
    /// then treat keys as case-sensitive).
    package var keysCaseSensitive: Bool?
    /// Whether values may use `*` and `?` wildcards. True unless the documentation says they are not supported.
    package var allowsWildcards: Bool
    /// Who wrote this knowledge.
    package var origin: FilterOrigin
    /// A remark for maintainers (hand-written files only).
    package var note: String?

    /// The steps shared by `keyPath` and `valuesPath`: the way to the object (or map) holding one filter.
    package let entrySteps: [FilterPath.Step]
    /// The step from an entry to its key: a member, or `.mapKey` when the entry container is a map.
    package let keyStep: FilterPath.Step
    /// The steps from an entry to its values: a member (or `.mapValue`), then `.element` when they are a list.
    package let valueSteps: [FilterPath.Step]

    /// Why a key path and a values path cannot describe one filter parameter.
    package struct InvalidLayout: Error, Sendable, Hashable, CustomStringConvertible {
        package var keyPath: String
        package var valuesPath: String
        package var description: String {
            "key path \(keyPath) and values path \(valuesPath) do not name a key and its values in one entry"
        }
    }

    package init(
        keyPath: FilterPath, valuesPath: FilterPath, keys: [FilterKey] = [], prefixes: [FilterKeyPrefix] = [],
        isExhaustive: Bool, keysCaseSensitive: Bool? = nil, allowsWildcards: Bool = true,
        origin: FilterOrigin, note: String? = nil
    ) throws(InvalidLayout) {
        let k = keyPath.steps
        let v = valuesPath.steps
        var shared = 0
        while shared < k.count - 1, shared < v.count, k[shared] == v[shared] { shared += 1 }
        let keyRest = Array(k[shared...])
        let valueRest = Array(v[shared...])
        let failure = InvalidLayout(keyPath: keyPath.description, valuesPath: valuesPath.description)
        guard keyRest.count == 1, let keyStep = keyRest.first, !valueRest.isEmpty, valueRest.count <= 2 else {
            throw failure
        }
        switch (keyStep, valueRest[0]) {
        case (.member(let a), .member(let b)) where a != b: break
        case (.mapKey, .mapValue): break
        default: throw failure
        }
        if valueRest.count == 2, valueRest[1] != .element { throw failure }
        self.keyPath = keyPath
        self.valuesPath = valuesPath
        self.keys = keys
        self.prefixes = prefixes
        self.isExhaustive = isExhaustive
        self.keysCaseSensitive = keysCaseSensitive
        self.allowsWildcards = allowsWildcards
        self.origin = origin
        self.note = note
        self.entrySteps = Array(k[..<shared])
        self.keyStep = keyStep
        self.valueSteps = valueRest
    }

    /// The documented key named exactly `name`.
    package func key(named name: String) -> FilterKey? {
        keys.first { $0.name == name }
    }

    /// The prefix `name` starts with (`tag:Owner` → `tag:`), when no documented key is named `name`.
    package func prefix(matching name: String) -> FilterKeyPrefix? {
        prefixes.first { $0.matches(name) }
    }

    /// Whether each filter carries a list of values rather than one value.
    package var valuesAreList: Bool { valueSteps.count == 2 }
}

/// Where a filter parameter's knowledge comes from.
package enum FilterOrigin: String, Sendable, Hashable {
    /// Written by hand from the documentation (`schemas/filters/hand-written/`).
    case handWritten = "hand-written"
    /// Mined from model documentation by `FilterExtractor`.
    case extracted
}
