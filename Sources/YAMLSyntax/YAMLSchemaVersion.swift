/// Which YAML version's implicit resolvers and constructors apply: 1.2 unless the document says `%YAML 1.1`.
enum YAMLSchemaVersion: Sendable, Hashable {
    case v1_1
    case v1_2
}
