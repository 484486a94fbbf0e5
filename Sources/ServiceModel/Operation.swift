/// One API operation of a service.
package struct Operation: Sendable, Hashable {
    /// The API name (`ListCommandInvocations`).
    package var name: String
    /// The AWS CLI command name (`list-command-invocations`).
    package var cliName: String
    package var input: ShapeID?
    package var output: ShapeID?
    /// The operation's documentation (HTML), when it has one; decoded from the model on each read.
    package var documentation: String? {
        get { documentationText?.string }
        set { documentationText = newValue.map(DocumentationText.init) }
    }
    var documentationText: DocumentationText?
    package var isDeprecated: Bool
    package var deprecatedMessage: String?
    /// The HTTP method and request URI, when the model gives them.
    package var httpMethod: String?
    package var requestURI: String?

    package init(name: String, cliName: String) {
        self.name = name
        self.cliName = cliName
        self.isDeprecated = false
    }
}
