/// A node's tag as ruamel's safe loader dispatches on it: the standard `tag:yaml.org,2002:` tags it knows, and
/// everything else.
enum YAMLTag: Hashable, Sendable {
    case str
    case int
    case float
    case bool
    case null
    case timestamp
    case binary
    /// `<<`: only meaningful as a mapping key; anywhere else ruamel has no constructor for it.
    case merge
    /// `=`: only meaningful as a mapping key (where it becomes the string `=`); anywhere else an error.
    case value
    case seq
    case map
    case omap
    case pairs
    case set
    /// A tag the safe loader has no constructor for (`!foo`, `!!foo`, `tag:example.com,2000:x`).
    case unknown(String)

    private static let prefix = "tag:yaml.org,2002:"

    /// The tag named by a full tag string as libyaml resolves it (`!!int` arrives as `tag:yaml.org,2002:int`).
    init(fullName: String) {
        guard fullName.hasPrefix(Self.prefix) else {
            self = .unknown(fullName)
            return
        }
        switch fullName.dropFirst(Self.prefix.count) {
        case "str": self = .str
        case "int": self = .int
        case "float": self = .float
        case "bool": self = .bool
        case "null": self = .null
        case "timestamp": self = .timestamp
        case "binary": self = .binary
        case "merge": self = .merge
        case "value": self = .value
        case "seq": self = .seq
        case "map": self = .map
        case "omap": self = .omap
        case "pairs": self = .pairs
        case "set": self = .set
        default: self = .unknown(fullName)
        }
    }

    /// The tag as ruamel prints it in its messages.
    var displayName: String {
        switch self {
        case .unknown(let name):
            return name.hasPrefix(Self.prefix) ? "!!" + name.dropFirst(Self.prefix.count) : name
        case .str: return "!!str"
        case .int: return "!!int"
        case .float: return "!!float"
        case .bool: return "!!bool"
        case .null: return "!!null"
        case .timestamp: return "!!timestamp"
        case .binary: return "!!binary"
        case .merge: return "!!merge"
        case .value: return "!!value"
        case .seq: return "!!seq"
        case .map: return "!!map"
        case .omap: return "!!omap"
        case .pairs: return "!!pairs"
        case .set: return "!!set"
        }
    }
}
