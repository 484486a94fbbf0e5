/// Why ruamel's safe constructor refuses a node; the message reads like Python's own.
struct YAMLConstructionError: Error, Sendable, Hashable {
    var message: String

    init(_ message: String) {
        self.message = message
    }
}
