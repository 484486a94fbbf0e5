/// The three kinds of `--generate-cli-skeleton` output.
package enum SkeletonFormat: String, Sendable, Hashable, CaseIterable {
    /// The JSON input skeleton, as AWS CLI v2 prints it (v1 differs only by picking a random enum value).
    case input
    /// AWS CLI v2's commented YAML input skeleton.
    case yamlInput = "yaml-input"
    /// The response skeleton with member names as placeholders.
    case output
}
