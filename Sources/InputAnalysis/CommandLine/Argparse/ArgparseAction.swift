/// One option or positional of an argparse parser, reduced to what changes how the AWS CLI reads its words.
package struct ArgparseAction: Sendable {
    /// How many words the action takes (argparse's `nargs`).
    package enum Arity: Sendable, Hashable {
        /// No value: `store_true`, `store_false` (`nargs=0`).
        case none
        /// Exactly one word (`nargs=None`).
        case one
        /// Zero or one word (`nargs='?'`).
        case optional
        /// Any number of words (`nargs='*'`).
        case zeroOrMore
        /// At least one word (`nargs='+'`).
        case oneOrMore
    }

    /// What taking the action stores.
    package enum Kind: Sendable, Hashable {
        /// The words (`store`); with `.optional` arity and no word, `const`.
        case store
        /// `store_true` (`true`) or `store_false` (`false`).
        case flag(Bool)
        /// `--version`: prints the version and exits.
        case version
    }

    /// The type argparse converts each word with (`type=`).
    package enum ValueType: Sendable, Hashable {
        case string
        /// Python's `int()`: the message says `invalid int value`.
        case int
        /// Python's `float()`: `invalid float value`.
        case float
    }

    /// `--name` strings; empty for a positional.
    package var optionStrings: [String]
    /// The namespace attribute the action writes (argparse's `dest`).
    package var dest: String
    package var arity: Arity
    package var kind: Kind = .store
    package var valueType: ValueType = .string
    /// The allowed values (argparse's `choices`), compared after conversion.
    package var choices: [String]? = nil
    /// The value stored for `.optional` arity without a word; nil stores `None`.
    package var const: String? = nil
    package var required: Bool = false

    /// argparse's `_get_action_name`: the option strings joined by `/`, else the dest.
    package var displayName: String {
        optionStrings.isEmpty ? dest : optionStrings.joined(separator: "/")
    }

    /// The regular expression argparse builds for the arity (`_get_nargs_pattern`), as elements; options do not
    /// accept `--` words (`-`) among their arguments.
    var pattern: [ArgparsePattern.Element] {
        let positional = optionStrings.isEmpty
        var elements: [ArgparsePattern.Element]
        switch arity {
        case .none: elements = positional ? [.dashes, .dashes] : []
        case .one: elements = positional ? [.dashes, .argument, .dashes] : [.argument]
        case .optional: elements = positional ? [.dashes, .optionalArgument, .dashes] : [.optionalArgument]
        case .zeroOrMore: elements = positional ? [.dashes, .argumentsOrDashes] : [.arguments]
        case .oneOrMore:
            elements = positional ? [.dashes, .argument, .argumentsOrDashes] : [.argument, .arguments]
        }
        return elements
    }
}
