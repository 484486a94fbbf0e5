package import ServiceModel

/// One entry of an operation's argument table as the AWS CLI builds it: an option (or positional) name, what it
/// does with its words, and how argparse reads them.
package struct OperationArgument: Sendable {
    /// What the argument contributes to the request.
    package enum Role: Sendable {
        /// A model member (`CLIArgument`, or `ListArgument` for lists): its words become the member's value.
        case member(Member)
        /// One flag of a boolean member: `--x` sets true, `--no-x` false (`BooleanArgument`).
        case booleanFlag(Member, value: Bool)
        /// EC2's structures holding one boolean `Value` (`--source-dest-check [VALUE]`, `--no-source-dest-check`).
        case attributeBoolean(Member, positive: Bool)
        /// `--starting-token`, `--page-size`, `--max-items`: the CLI's paginator settings.
        case paging(PagingSetting)
        /// `--cli-input-json`: the request as a JSON document.
        case cliInputJSON
        /// `--cli-input-yaml` (v2): the request as a YAML document.
        case cliInputYAML
        /// `--generate-cli-skeleton`: prints a skeleton instead of calling the operation.
        case generateSkeleton
        /// The positional file that streaming output is written to.
        case outfile
        /// A modelled customization of `ec2 run-instances` and the security-group commands.
        case ec2(EC2Option)
        /// A customization whose processing is not modelled (see `CustomizedOperations`).
        case notModelled
    }

    /// The CLI's paginator settings, in `PaginationConfig`.
    package enum PagingSetting: String, Sendable, Hashable {
        case startingToken = "StartingToken"
        case pageSize = "PageSize"
        case maxItems = "MaxItems"
    }

    /// The options EC2 customizations add.
    package enum EC2Option: Sendable, Hashable {
        /// `run-instances --count N|MIN:MAX`.
        case count
        /// `run-instances --secondary-private-ip-addresses IP…`.
        case secondaryPrivateIPAddresses
        /// `run-instances --secondary-private-ip-address-count N`.
        case secondaryPrivateIPAddressCount
        /// `run-instances --associate-public-ip-address` (true) / `--no-associate-public-ip-address` (false).
        case associatePublicIPAddress(Bool)
        /// `--protocol`, `--port`, `--cidr`, `--source-group`, `--group-owner` of the security-group rule commands.
        case protocolName
        case port
        case cidr
        case sourceGroup
        case groupOwner
    }

    /// The name without dashes (`filters`), or the positional's name (`outfile`).
    package var name: String
    package var role: Role
    /// How argparse reads the argument.
    package var action: ArgparseAction
    /// Left out of `help` (hidden aliases, the operation's own pagination members).
    package var isHidden: Bool

    /// `--name`, or the bare name of a positional.
    package var cliName: String { action.optionStrings.first ?? name }

    /// The argparse destination (Python's `py_name`): `--no-x` shares `x`'s.
    package var dest: String { action.dest }

    /// The model member the argument writes, if any.
    package var member: Member? {
        switch role {
        case .member(let member), .booleanFlag(let member, _), .attributeBoolean(let member, _): member
        default: nil
        }
    }

    /// Python's `py_name` of an argument name.
    static func pythonName(_ name: String) -> String {
        String(name.map { $0 == "-" ? "_" : $0 })
    }
}
