/// Large, realistic AWS CLI input documents for timing, laid out as people save them (4-space indent, CRLF
/// or LF), with the mix of keys, strings and numbers such files have.
enum RealisticDocuments {
    /// A `dynamodb batch-write-item` input of about `targetBytes` bytes.
    static func batchWriteItem(targetBytes: Int, lineBreak: String = "\n") -> String {
        var random = SplitMix64(seed: 750)
        var items = [String]()
        var size = 0
        var index = 0
        while size < targetBytes {
            let tags = (0..<Int.random(in: 1...4, using: &random)).map { "\"tag-\($0)-é\"" }.joined(separator: ", ")
            let item = """
                            {
                                "PutRequest": {
                                    "Item": {
                                        "pk": {"S": "customer#\(index)"},
                                        "sk": {"S": "order#\(Int.random(in: 100_000...999_999, using: &random))"},
                                        "name": {"S": "Zoë Müller 😀 \(index)"},
                                        "amount": {"N": "\(Double(Int.random(in: 1...100_000, using: &random)) / 100)"},
                                        "active": {"BOOL": \(index % 2 == 0 ? "true" : "false")},
                                        "note": {"NULL": true},
                                        "tags": {"SS": [\(tags)]},
                                        "address": {"M": {"street": {"S": "Rue de l'Église \(index)\\nBâtiment B"},
                                                          "zip": {"N": "\(10_000 + index % 90_000)"}}}
                                    }
                                }
                            }
                """
            items.append(item)
            size += item.utf8.count + 2
            index += 1
        }
        let body = "{\n    \"RequestItems\": {\n        \"Orders\": [\n" + items.joined(separator: ",\n")
            + "\n        ]\n    },\n    \"ReturnConsumedCapacity\": \"TOTAL\"\n}\n"
        return lineBreak == "\n" ? body : body.replacingOccurrences(of: "\n", with: lineBreak)
    }

    /// An `ec2 run-instances` input with many tag specifications and block device mappings.
    static func runInstances(targetBytes: Int) -> String {
        var random = SplitMix64(seed: 2026)
        var mappings = [String]()
        var size = 0
        var index = 0
        while size < targetBytes {
            let mapping = """
                        {
                            "DeviceName": "/dev/sd\(index % 26)",
                            "Ebs": {
                                "DeleteOnTermination": true,
                                "Iops": \(Int.random(in: 3000...16000, using: &random)),
                                "SnapshotId": "snap-\(String(Int.random(in: 0...Int.max, using: &random), radix: 16))",
                                "VolumeSize": \(Int.random(in: 8...16384, using: &random)),
                                "VolumeType": "gp3",
                                "Throughput": 125,
                                "Encrypted": false
                            },
                            "NoDevice": ""
                        }
                """
            mappings.append(mapping)
            size += mapping.utf8.count + 2
            index += 1
        }
        return """
            {
                "ImageId": "ami-0abcdef1234567890",
                "InstanceType": "t3.micro",
                "MinCount": 1,
                "MaxCount": 1,
                "DryRun": false,
                "BlockDeviceMappings": [
            \(mappings.joined(separator: ",\n"))
                ],
                "TagSpecifications": [{"ResourceType": "instance", "Tags": [{"Key": "Name", "Value": "web-é-😀"}]}]
            }

            """
    }
}
