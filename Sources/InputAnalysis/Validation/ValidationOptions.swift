/// The AWS CLI major version whose behaviour the analysis follows where v1 and v2 differ.
package enum CLIVersion: String, Sendable, Hashable, CaseIterable {
    case v1 = "1"
    case v2 = "2"
}

/// Settings of one validation run.
package struct ValidationOptions: Sendable, Hashable {
    package var cliVersion: CLIVersion
    /// Findings reported per document at most; one `limit` finding says when more were dropped.
    package var maxFindings: Int
    /// The date dateutil fills missing parts of a timestamp from (botocore's parser reads the local date).
    package var today: BotocoreTimestamp.Today

    package init(
        cliVersion: CLIVersion = .v2, maxFindings: Int = 1000, today: BotocoreTimestamp.Today = .current
    ) {
        self.cliVersion = cliVersion
        self.maxFindings = maxFindings
        self.today = today
    }

    /// The documented default limit of findings per document.
    package static let defaultMaxFindings = 1000
}
