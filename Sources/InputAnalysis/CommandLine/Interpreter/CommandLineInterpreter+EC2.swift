import InputSyntax
import ServiceModel
import TextModel

/// The EC2 customizations the common commands use (`awscli/customizations/ec2/`): `run-instances --count` and its
/// network-interface shortcuts, the security-group rule shortcuts, protocol names for network ACL entries, and the
/// default page size of `describe-volumes`/`describe-snapshots`.
extension CommandLineInterpreter {
    /// One EC2 option's part of the request (`add_to_params` of its argument class).
    mutating func ec2Option(
        _ option: OperationArgument.EC2Option, value: ArgparseParser.Value, argument: OperationArgument,
        table: OperationArgumentTable, _ indexes: [Int]
    ) {
        let optionRange = optionRange(of: value, indexes)
        switch option {
        case .associatePublicIPAddress(let flag):
            guard case .flag(let stored, _) = value, stored == flag else { return }
            addToNetworkInterface("AssociatePublicIpAddress", .scalar(.bool(flag), range: optionRange))
            return
        case .secondaryPrivateIPAddressCount:
            guard case .word(let reference) = value,
                case .success(let digits) = PythonNumbers.int(text(reference, in: indexes)), digits != "0"
            else { return }
            addToNetworkInterface(
                "SecondaryPrivateIpAddressCount", .scalar(.integer(digits), range: range(reference, in: indexes)))
            return
        default:
            break
        }
        guard let raw = rawValue(value, indexes: indexes),
            let loaded = loadParamFile(raw, argument: argument, table: table)
        else { return }
        if option == .secondaryPrivateIPAddresses {
            let items: [ValueText]
            switch loaded {
            case .list(let words): items = words
            case .text(let text): items = Self.characters(of: text)
            case .bytes: return
            }
            guard !items.isEmpty else { return }
            let addresses = items.map { item in
                SyntaxNode.object(
                    [
                        ("PrivateIpAddress", .string(item.string, range: item.range)),
                        ("Primary", .scalar(.bool(false), range: item.range)),
                    ], range: item.range)
            }
            let list = SyntaxNode(.array(addresses), range: items[0].range.union(items[items.count - 1].range))
            addToNetworkInterface("PrivateIpAddresses", list, keepExisting: true)
            return
        }
        let text: ValueText
        switch loaded {
        case .text(let loadedText): text = loadedText
        case .bytes(let data):
            report(
                .invalidValue, "\(argument.cliName): fileb:// gives bytes; this option takes text.", range: data.range)
            return
        case .list: return
        }
        let string = text.string
        guard !string.isEmpty else { return }
        switch option {
        case .count:
            let parts = string.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            guard parts.count <= 2, case .success(let minimum) = PythonNumbers.int(parts[0]),
                case .success(let maximum) = PythonNumbers.int(parts.count == 2 ? parts[1] : parts[0])
            else {
                report(.invalidValue, "count parameter should be of form min[:max] (e.g. 1 or 1:10)", range: text.range)
                return
            }
            parameters = parameters.setting(
                "MinCount", .scalar(.integer(minimum), range: text.range), keyRange: optionRange)
            parameters = parameters.setting(
                "MaxCount", .scalar(.integer(maximum), range: text.range), keyRange: optionRange)
        case .protocolName:
            var protocolValue = string
            if case .success(let digits) = PythonNumbers.int(string), let number = Int(digits),
                (0...255).contains(number) || number == -1
            {
                // A protocol number, kept as written.
            } else if ["tcp", "udp", "icmp", "all"].contains(string) {
                if string == "all" { protocolValue = "-1" }
            } else {
                report(
                    .invalidValue,
                    "protocol parameter should be one of: tcp|udp|icmp|all or any valid protocol number.",
                    range: text.range)
                return
            }
            addToPermission("IpProtocol", .string(protocolValue, range: text.range))
        case .port:
            let bounds: (String, String)
            if string == "-1" || string == "all" {
                bounds = ("-1", "-1")
            } else if let dash = string.firstIndex(of: "-") {
                bounds = (String(string[..<dash]), String(string[string.index(after: dash)...]))
            } else {
                bounds = (string, string)
            }
            guard case .success(let from) = PythonNumbers.int(bounds.0),
                case .success(let to) = PythonNumbers.int(bounds.1)
            else {
                report(
                    .invalidValue, "port parameter should be of the form <from[-to]> (e.g. 22 or 22-25)",
                    range: text.range)
                return
            }
            addToPermission("FromPort", .scalar(.integer(from), range: text.range))
            addToPermission("ToPort", .scalar(.integer(to), range: text.range))
        case .cidr:
            let range = SyntaxNode.object([("CidrIp", .string(string, range: text.range))], range: text.range)
            addToPermission("IpRanges", SyntaxNode(.array([range]), range: text.range))
        case .sourceGroup:
            addToGroupPair(string.hasPrefix("sg-") ? "GroupId" : "GroupName", .string(string, range: text.range))
        case .groupOwner:
            addToGroupPair("UserId", .string(string, range: text.range))
        default:
            break
        }
    }

    /// `_build_network_interfaces`: the first network interface, created as `{"DeviceIndex": 0}` when absent.
    private mutating func addToNetworkInterface(_ key: String, _ value: SyntaxNode, keepExisting: Bool = false) {
        var interfaces =
            parameters.member("NetworkInterfaces")?.value
            ?? SyntaxNode(
                .array([.object([("DeviceIndex", .scalar(.integer("0"), range: value.range))], range: value.range)]),
                range: value.range)
        guard var elements = interfaces.elements, let first = elements.first, first.members != nil else {
            report(
                .invalidValue, "The first of --network-interfaces must be an object to take \(key).", range: value.range
            )
            return
        }
        if keepExisting && first.member(key) != nil { return }
        elements[0] = first.setting(key, value)
        interfaces = SyntaxNode(.array(elements), range: interfaces.range)
        parameters = parameters.setting("NetworkInterfaces", interfaces)
    }

    /// `_build_ip_permissions`: the first permission, created as `{}` when absent.
    private mutating func addToPermission(_ key: String, _ value: SyntaxNode) {
        let permissions =
            parameters.member("IpPermissions")?.value
            ?? SyntaxNode(.array([SyntaxNode(.object([]), range: value.range)]), range: value.range)
        guard var elements = permissions.elements, let first = elements.first, first.members != nil else { return }
        elements[0] = first.setting(key, value)
        parameters = parameters.setting("IpPermissions", SyntaxNode(.array(elements), range: permissions.range))
    }

    private mutating func addToGroupPair(_ key: String, _ value: SyntaxNode) {
        let permissions = parameters.member("IpPermissions")?.value
        let first = permissions?.elements?.first ?? SyntaxNode(.object([]), range: value.range)
        let pairs =
            first.member("UserIdGroupPairs")?.value
            ?? SyntaxNode(.array([SyntaxNode(.object([]), range: value.range)]), range: value.range)
        guard var pairElements = pairs.elements, let pair = pairElements.first, pair.members != nil else { return }
        pairElements[0] = pair.setting(key, value)
        addToPermission("UserIdGroupPairs", SyntaxNode(.array(pairElements), range: pairs.range))
    }

    /// `operation-args-parsed`: `run-instances` refuses the network-interface shortcuts with `--network-interfaces`,
    /// the security-group commands their shortcuts with `--ip-permissions`.
    mutating func checkEC2Conflicts(_ values: [String: ArgparseParser.Value], command: String, indexes: [Int]) -> Bool {
        let (list, options, message): (String, [String], (String) -> String)
        switch command {
        case "run-instances":
            list = "network_interfaces"
            options = [
                "secondary_private_ip_addresses", "secondary_private_ip_address_count", "associate_public_ip_address",
            ]
            message = { _ in "Mixing the --network-interfaces option with the simple, scalar options is not supported."
            }
        case "authorize-security-group-ingress", "authorize-security-group-egress", "revoke-security-group-ingress",
            "revoke-security-group-egress":
            list = "ip_permissions"
            options = ["protocol", "port", "cidr", "source_group", "group_owner"]
            message = { "The --\($0) option is not compatible with the --ip-permissions option " }
        default:
            return true
        }
        guard isTruthy(values[list], indexes: indexes) else { return true }
        for option in options {
            let integer = option == "secondary_private_ip_address_count"
            guard isTruthy(values[option], integer: integer, indexes: indexes), let value = values[option] else {
                continue
            }
            report(.argumentError, message(option.replacingAll("_", with: "-")), range: optionRange(of: value, indexes))
            return false
        }
        return true
    }

    /// The EC2 parts of `before-parameter-build`: `run-instances`' default counts and the move of instance-level
    /// settings into the network interface the shortcuts built; network ACL protocol names as numbers.
    mutating func applyEC2RequestFixes(command: String, at anchor: ByteRange) {
        switch command {
        case "run-instances":
            if parameters.member("MaxCount") == nil {
                parameters = parameters.setting("MaxCount", .scalar(.integer("1"), range: anchor))
            }
            if parameters.member("MinCount") == nil {
                parameters = parameters.setting("MinCount", .scalar(.integer("1"), range: anchor))
            }
            moveIntoNetworkInterface()
        case "create-network-acl-entry", "replace-network-acl-entry":
            guard let member = parameters.member("Protocol"), let text = member.value.stringValue else { return }
            let numbers = ["tcp": "6", "udp": "17", "icmp": "1", "all": "-1"]
            if let number = numbers[text] {
                parameters = parameters.setting(
                    "Protocol", .string(number, range: member.value.range), keyRange: member.keyRange)
            }
        default:
            break
        }
    }

    /// `runinstances._fix_args`.
    private mutating func moveIntoNetworkInterface() {
        guard let interfaces = parameters.member("NetworkInterfaces")?.value, var elements = interfaces.elements,
            var interface = elements.first, interface.members != nil,
            ["PrivateIpAddresses", "SecondaryPrivateIpAddressCount", "AssociatePublicIpAddress"].contains(where: {
                interface.member($0) != nil
            })
        else { return }
        let moves: [(String, String)] = [
            ("SubnetId", "SubnetId"), ("SecurityGroupIds", "Groups"), ("PrivateIpAddress", "PrivateIpAddresses"),
            ("Ipv6AddressCount", "Ipv6AddressCount"), ("Ipv6Addresses", "Ipv6Addresses"),
            ("EnablePrimaryIpv6", "PrimaryIpv6"),
        ]
        for (from, to) in moves {
            guard let member = parameters.member(from) else { continue }
            var value = member.value
            if from == "PrivateIpAddress" {
                let address = SyntaxNode.object(
                    [("PrivateIpAddress", value), ("Primary", .scalar(.bool(true), range: value.range))],
                    range: value.range)
                value = SyntaxNode(.array([address]), range: value.range)
            }
            interface = interface.setting(to, value)
            parameters = parameters.removing(from)
        }
        elements[0] = interface
        parameters = parameters.setting("NetworkInterfaces", SyntaxNode(.array(elements), range: interfaces.range))
    }

    /// `EC2PageSizeInjector`: `describe-volumes` and `describe-snapshots` page by 1,000 when nothing else narrows
    /// them.
    mutating func injectEC2PageSize(command: String, at anchor: ByteRange) {
        let allowed: Set<String>
        switch command {
        case "describe-volumes": allowed = ["NextToken", "DryRun", "PaginationConfig"]
        case "describe-snapshots":
            allowed = ["OwnerIds", "RestorableByUserIds", "NextToken", "DryRun", "PaginationConfig"]
        default: return
        }
        guard paginate, parameters.members?.allSatisfy({ allowed.contains($0.key) }) == true else { return }
        let config = parameters.member("PaginationConfig")?.value ?? SyntaxNode(.object([]), range: anchor)
        guard config.member("PageSize") == nil else { return }
        parameters = parameters.setting(
            "PaginationConfig", config.setting("PageSize", .scalar(.integer("1000"), range: anchor)))
    }
}
