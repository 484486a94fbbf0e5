/// One directory of the model search path, and why it is there.
package struct ModelSource: Sendable, Hashable, CustomStringConvertible {
    /// Where an entry comes from, in search order.
    package enum Kind: String, Sendable, Hashable {
        /// `--models DIR` or a server setting.
        case explicit
        /// botocore's `AWS_DATA_PATH` variable.
        case awsDataPath = "AWS_DATA_PATH"
        /// `~/.aws/models`, where `aws configure add-model` writes.
        case userModels = "~/.aws/models"
        /// The botocore data of the AWS CLI on `PATH`.
        case installedCLI = "installed-cli"
        /// The structure-only models bundled with cli-input-ls (`schemas/`).
        case bundled
    }

    package var path: String
    package var kind: Kind
    /// What was found there, e.g. "botocore 1.43.11 (AWS CLI v1)".
    package var detail: String?

    package init(path: String, kind: Kind, detail: String? = nil) {
        self.path = path
        self.kind = kind
        self.detail = detail
    }

    package var description: String {
        "\(path) (\(kind.rawValue)\(detail.map { ", \($0)" } ?? ""))"
    }
}
