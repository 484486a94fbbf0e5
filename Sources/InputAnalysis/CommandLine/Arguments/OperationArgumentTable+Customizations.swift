import ServiceModel

extension OperationArgumentTable {
    /// The changes of `CustomizedOperations`: option names and arities only.
    static func applyCustomizations(
        _ changes: [CustomizedOperations.Change], service: Service, command: String, to table: inout OrderedTable
    ) {
        func notModelled(_ name: String, _ arity: ArgparseAction.Arity, required: Bool, choices: [String]? = nil)
            -> OperationArgument
        {
            OperationArgument(
                name: name, role: .notModelled,
                action: ArgparseAction(
                    optionStrings: ["--" + name], dest: OperationArgument.pythonName(name), arity: arity,
                    choices: choices, required: required),
                isHidden: false)
        }
        for change in changes {
            switch change {
            case .add(let name, let arity, let required, let choices):
                table.set(name, notModelled(name, arity, required: required, choices: choices))
            case .flag(let name, let value):
                var argument = notModelled(name, .none, required: false)
                argument.action.kind = .flag(value)
                table.set(name, argument)
            case .remove(let name):
                table.remove(name)
            case .relax(let name):
                guard var argument = table[name] else { continue }
                argument.action.required = false
                table.set(name, argument)
            case .replace(let name, let arity, let required):
                table.set(name, notModelled(name, arity, required: required))
            case .rename(let name, let newName, let required):
                guard var argument = table[name] else { continue }
                table.remove(name)
                argument.name = newName
                argument.action.optionStrings = ["--" + newName]
                argument.action.dest = OperationArgument.pythonName(newName)
                argument.action.required = required
                table.set(newName, argument)
            case .noInputOptions:
                break
            case .customOutfile:
                table.set(
                    "outfile",
                    OperationArgument(
                        name: "outfile", role: .notModelled,
                        action: ArgparseAction(optionStrings: [], dest: "outfile", arity: .one, required: true),
                        isHidden: false))
            }
        }
    }

    /// `ec2 run-instances`' `--count` and network-interface shortcuts (`customizations/ec2/addcount.py`,
    /// `runinstances.py`) and the security-group rule shortcuts (`secgroupsimplify.py`).
    static func addEC2Options(command: String, service: Service, to table: inout OrderedTable) {
        func option(
            _ name: String, _ role: OperationArgument.EC2Option, arity: ArgparseAction.Arity = .one,
            type: ArgparseAction.ValueType = .string, kind: ArgparseAction.Kind = .store
        ) -> OperationArgument {
            OperationArgument(
                name: name, role: .ec2(role),
                action: ArgparseAction(
                    optionStrings: ["--" + name], dest: OperationArgument.pythonName(name), arity: arity, kind: kind,
                    valueType: type),
                isHidden: false)
        }
        switch command {
        case "run-instances":
            table.set("count", option("count", .count))
            table.remove("min-count")
            table.remove("max-count")
            table.set(
                "secondary-private-ip-addresses",
                option("secondary-private-ip-addresses", .secondaryPrivateIPAddresses, arity: .zeroOrMore))
            table.set(
                "secondary-private-ip-address-count",
                option("secondary-private-ip-address-count", .secondaryPrivateIPAddressCount, type: .int))
            table.set(
                "associate-public-ip-address",
                option("associate-public-ip-address", .associatePublicIPAddress(true), arity: .none, kind: .flag(true)))
            table.set(
                "no-associate-public-ip-address",
                option(
                    "no-associate-public-ip-address", .associatePublicIPAddress(false), arity: .none,
                    kind: .flag(false)))
        case "authorize-security-group-ingress", "authorize-security-group-egress", "revoke-security-group-ingress",
            "revoke-security-group-egress":
            let hidden = [
                "ip-protocol", "from-port", "to-port", "cidr-ip", "source-security-group-name",
                "source-security-group-owner-id",
            ]
            for name in hidden {
                if var argument = table[name] {
                    argument.isHidden = true
                    table.set(name, argument)
                }
            }
            table.set("protocol", option("protocol", .protocolName))
            table.set("port", option("port", .port))
            table.set("cidr", option("cidr", .cidr))
            table.set("source-group", option("source-group", .sourceGroup))
            table.set("group-owner", option("group-owner", .groupOwner))
        default:
            break
        }
    }

    /// EC2's structures of one boolean `Value` become `--x [VALUE]` / `--no-x` (`customizations/toplevelbool.py`).
    static func pullUpAttributeBooleans(service: Service, to table: inout OrderedTable) {
        for name in table.keys {
            guard let argument = table[name], case .member(let member) = argument.role else { continue }
            let shape = service[member.shape]
            guard shape.type == .structure, shape.members.count == 1, shape.members[0].name == "Value",
                service[shape.members[0].shape].type == .boolean
            else { continue }
            let dest = OperationArgument.pythonName(name)
            table.set(
                name,
                OperationArgument(
                    name: name, role: .attributeBoolean(member, positive: true),
                    action: ArgparseAction(optionStrings: ["--" + name], dest: dest, arity: .optional),
                    isHidden: argument.isHidden))
            table.set(
                "no-" + name,
                OperationArgument(
                    name: "no-" + name, role: .attributeBoolean(member, positive: false),
                    action: ArgparseAction(
                        optionStrings: ["--no-" + name], dest: "no_" + dest, arity: .none, kind: .flag(true)),
                    isHidden: argument.isHidden))
        }
    }
}
