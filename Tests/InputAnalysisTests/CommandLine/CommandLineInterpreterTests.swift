import InputAnalysis
import InputSyntax
import TestSupport
import Testing
import TextModel

/// The AWS CLI's processing of whole command lines (AWSCLI.md 1.1–1.7, 3.2, 3.3, 7), each case checked against
/// AWS CLI v1 1.45.11 (the differential suite compares thousands more).
@Suite struct CommandLineInterpreterTests {
    typealias F = CommandLineFixtures

    @Test(arguments: [
        // Lists of scalars: one word each, commas kept; JSON when the only word starts with `[`.
        ("aws ec2 describe-instances --instance-ids a,b c", #"{"InstanceIds": ["a,b", "c"]}"#),
        (#"aws ec2 describe-instances --instance-ids '["a", "b"]'"#, #"{"InstanceIds": ["a", "b"]}"#),
        ("aws ec2 describe-instances --instance-ids", #"{"InstanceIds": []}"#),
        // The last occurrence wins; --opt=value; abbreviations; global options anywhere.
        (
            "aws ec2 describe-instances --max-results 5 --max-results=6 --reg us-west-2 --dry",
            #"{"DryRun": true, "MaxResults": 6}"#
        ),
        // Model-driven coercion of shorthand scalars (vector 17).
        (
            "aws ec2 run-instances --image-id i --block-device-mappings 'DeviceName=x,Ebs={VolumeSize=10,Encrypted=TRUE}'",
            #"{"BlockDeviceMappings": [{"DeviceName": "x", "Ebs": {"VolumeSize": 10, "Encrypted": true}}], "ImageId": "i", "MaxCount": 1, "MinCount": 1}"#
        ),
        // Lists in shorthand wrap a single value.
        ("aws ec2 describe-instances --filters Name=a,Values=b", #"{"Filters": [{"Name": "a", "Values": ["b"]}]}"#),
        // int() with Python's rules.
        (
            "aws ssm send-command --document-name d --timeout-seconds ' 3_0'",
            #"{"DocumentName": "d", "TimeoutSeconds": 30}"#
        ),
        // A structure of one string `Value`, written without `=`.
        (
            "aws ec2 modify-instance-attribute --instance-id i --instance-initiated-shutdown-behavior stop",
            #"{"InstanceId": "i", "InstanceInitiatedShutdownBehavior": {"Value": "stop"}}"#
        ),
        // The legacy list of one-member structures.
        (
            "aws elb describe-instance-health --load-balancer-name l --instances i-1 i-2",
            #"{"LoadBalancerName": "l", "Instances": [{"InstanceId": "i-1"}, {"InstanceId": "i-2"}]}"#
        ),
        // EC2's flag pairs for single-boolean structures.
        (
            "aws ec2 modify-instance-attribute --instance-id i --no-source-dest-check",
            #"{"InstanceId": "i", "SourceDestCheck": {"Value": false}}"#
        ),
        // The paginator's first request.
        (
            "aws ssm list-command-invocations --page-size 5 --starting-token abc --max-items 9",
            #"{"NextToken": "abc", "MaxResults": 5}"#
        ),
        // The command line wins over --cli-input-json (vector 19).
        (
            #"aws ssm list-command-invocations --cli-input-json '{"InstanceId": "i-12345678", "Details": true}' --instance-id i-87654321"#,
            #"{"InstanceId": "i-87654321", "Details": true}"#
        ),
        // run-instances shortcuts move into the first network interface.
        (
            "aws ec2 run-instances --image-id i --subnet-id s --associate-public-ip-address --count 2:3",
            #"{"ImageId": "i", "MinCount": 2, "MaxCount": 3, "NetworkInterfaces": [{"DeviceIndex": 0, "AssociatePublicIpAddress": true, "SubnetId": "s"}]}"#
        ),
        (
            "aws ec2 authorize-security-group-ingress --group-id g --protocol tcp --port 22-25 --cidr 0.0.0.0/0",
            #"{"GroupId": "g", "IpPermissions": [{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 25, "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}]}"#
        ),
    ])
    func parameters(_ line: String, _ expected: String) {
        let result = F.interpret(line, version: .v1)
        #expect(F.errors(result) == [])
        #expect(F.json(result) == expected)
    }

    @Test(arguments: [
        ("aws ssm list-command-invocations --filters key=Status,value=Success,Failed", "invalid-type"),
        ("aws ssm list-command-invocations --max-results 0", "min-value"),
        ("aws ssm list-command-invocations --max-results 1.5", "invalid-value"),
        ("aws ssm list-command-invocations --filtrs key=a", "unknown-option"),
        ("aws ssm list-command-invocations --filters key", "syntax"),
        (#"aws ssm list-command-invocations --filters key=Status,value=x '{"key": "a"}'"#, "syntax"),
        (#"aws ssm list-command-invocations --filters '{"key": "a"}' key=x"#, "syntax"),
        (#"aws ssm list-command-invocations --cli-input-json '{"MaxResults": "5"}'"#, "invalid-type"),
        (#"aws ssm list-command-invocations --cli-input-json '{"Bogus": 1}'"#, "unknown-member"),
        ("aws ssm list-command-invocations --command-id", "argument-error"),
        ("aws ssm send-command", "missing-option"),
        ("aws ssm list-command-invocations --no-paginate --max-items 3", "argument-error"),
        ("aws ssm list-command-invocations --filters file://missing.txt", "param-file"),
        ("aws ec2 modify-instance-attribute --instance-id i --ebs-optimized --no-ebs-optimized", "argument-error"),
        ("aws ec2 run-instances --image-id i --count 1:2:3", "invalid-value"),
        (
            "aws omics start-run-batch --default-run-setting workflowId=w,parameters=x --batch-run-settings "
                + "'inlineSettings=[{runSettingId=a}]'", "syntax"
        ),
        ("aws ssm lst-commands", "argument-error"),
        ("aws --region 'bad region' ssm list-commands", "invalid-value"),
    ])
    func refusals(_ line: String, _ code: String) {
        let result = F.interpret(line, version: .v1)
        #expect(result.isRefused)
        #expect(F.errors(result).first == code)
    }

    @Test func requiredOptionsAreRelaxedByAnInputDocument() {
        let result = F.interpret(#"aws ssm send-command --cli-input-json '{"DocumentName": "d"}'"#, version: .v1)
        #expect(F.errors(result) == [])
        #expect(F.json(result) == #"{"DocumentName": "d"}"#)
    }

    @Test func unknownOptionsSuggestTheClosest() throws {
        let result = F.interpret("aws ssm list-command-invocations --filtrs key=a")
        let finding = try #require(result.findings.first { $0.code == .unknownOption })
        #expect(finding.suggestions.first == "--filters")
    }

    @Test func fileValuesAndInputFilesPointAtTheirWordWithTheFilePosition() throws {
        let script = "aws ssm list-command-invocations --cli-input-json file://in.json"
        let result = F.interpret(script, files: ["in.json": "{\n  \"Bogus\": 1\n}"])
        let finding = try #require(result.findings.first { $0.code == .unknownMember })
        #expect(finding.message.hasPrefix("in.json:2:3: "))
        #expect(SourceText(script).text(in: finding.range) == "file://in.json")
        #expect(result.inputFiles.map(\.path) == ["in.json"])
        let shorthand = F.interpret(
            "aws ssm list-command-invocations --filters file://f.txt", files: ["f.txt": "key=a,value=b"])
        // Read from a file, a single shorthand value is not wrapped in the option's list.
        #expect(F.errors(shorthand) == ["invalid-type"])
        let number = F.interpret(
            "aws ssm list-command-invocations --max-results file://n.txt", files: ["n.txt": " 7\n"])
        #expect(F.json(number) == #"{"MaxResults": 7}"#)
    }

    @Test func versionTwoDecodesBlobsAndReadsYAML() {
        let v2 = F.interpret("aws kms encrypt --key-id k --plaintext aGVsbG8=")
        #expect(F.json(v2) == #"{"KeyId": "k", "Plaintext": {"$base64": "aGVsbG8="}}"#)
        #expect(F.errors(F.interpret("aws kms encrypt --key-id k --plaintext 'hello!'")) == ["invalid-value"])
        #expect(
            F.json(F.interpret("aws kms encrypt --key-id k --plaintext 'hello!'", version: .v1))
                == #"{"KeyId": "k", "Plaintext": "hello!"}"#)
        let raw = F.interpret("aws --cli-binary-format raw-in-base64-out kms encrypt --key-id k --plaintext 'hello!'")
        #expect(F.errors(raw) == [])
        let yaml = F.interpret("aws ssm list-command-invocations --cli-input-yaml 'MaxResults: 5\nDetails: yes'")
        #expect(F.errors(yaml) == ["invalid-type"])
        #expect(
            F.errors(F.interpret("aws ssm list-command-invocations --cli-input-yaml x", version: .v1))
                == ["unknown-option", "unknown-option"])
    }

    @Test func versionTwoStopsPagingWhenTheDocumentHasAToken() {
        let line =
            #"aws ssm list-command-invocations --cli-input-json '{"MaxResults": 5, "PaginationConfig": {"MaxItems": 1}}'"#
        #expect(F.errors(F.interpret(line, version: .v2)) == ["unknown-member"])
        #expect(F.errors(F.interpret(line, version: .v1)) == [])
    }

    /// A shorthand error in a script points at the exact character, through quotes, `\`-CRLF continuations, é and
    /// an emoji.
    @Test func findingsPointAtTheCharacterInTheScript() throws {
        let marked = MarkedText(
            "# é 😀\r\naws ssm list-command-invocations \\\r\n  --filters \"key=é0️⃣😀1️⃣,value=x\" \\\r\n  --max-results 2️⃣0\r\n"
        )
        let result = F.interpret(marked.text)
        let syntax = try #require(result.findings.first { $0.code == .syntax })
        #expect(syntax.range == marked.range(0, 1))
        #expect(syntax.message.contains("received: '😀'"))
        let minimum = try #require(result.findings.first { $0.code == .minValue })
        #expect(minimum.range.start == marked[2])
    }

    @Test func runTimeExpansionsAreNotJudged() {
        let result = F.interpret(
            "aws ssm list-command-invocations --max-results \"$N\" --filters \"key=$K,value=x\" --command-id $ID")
        #expect(F.errors(result) == [])
    }

    @Test func notModelledCustomizationsSaySo() {
        let result = F.interpret("aws lambda create-function --function-name f --role r --zip-file fileb://f.zip")
        #expect(result.findings.contains { $0.code == .notModelled })
        #expect(!result.findings.contains { $0.code == .missingRequired })
    }
}
