import InputAnalysis
import ServiceModel
import Testing

@Suite struct OperationArgumentTableTests {
    func table(_ service: String, _ command: String, _ version: CLIVersion = .v1) throws -> OperationArgumentTable {
        let model = try CommandLineFixtures.catalog.service(service)
        guard case .operation(let operation) = CLICommandTable.resolve(command, in: model) else {
            Issue.record("no command \(service) \(command)")
            throw CancellationError()
        }
        return OperationArgumentTable.build(
            service: model, operation: operation, commandName: command, version: version)
    }

    func names(_ table: OperationArgumentTable) -> [String] { table.arguments.map(\.cliName) }

    @Test func pagedOperationHidesItsOwnPagingMembersAndAddsTheCLIs() throws {
        let table = try table("ssm", "list-command-invocations")
        #expect(
            names(table) == [
                "--command-id", "--instance-id", "--max-results", "--next-token", "--filters", "--details",
                "--no-details", "--cli-input-json", "--starting-token", "--page-size", "--max-items",
                "--generate-cli-skeleton",
            ])
        #expect(table.argument(named: "max-results")?.isHidden == true)
        #expect(table.argument(named: "filters")?.action.arity == .zeroOrMore)
        #expect(table.argument(named: "details")?.action.arity == ArgparseAction.Arity.none)
        #expect(table.argument(named: "page-size")?.action.valueType == .int)
    }

    @Test func versionTwoAddsTheYAMLInputAndSkeleton() throws {
        let table = try table("ssm", "list-command-invocations", .v2)
        #expect(table.argument(named: "cli-input-yaml") != nil)
        #expect(table.argument(named: "generate-cli-skeleton")?.action.choices == ["input", "output", "yaml-input"])
    }

    @Test func requiredOptionsButNeverIdempotencyTokens() throws {
        let table = try table("ssm", "send-command")
        #expect(table.argument(named: "document-name")?.action.required == true)
        let token = try self.table("ec2", "run-instances").argument(named: "client-token")
        #expect(token?.action.required == false)
    }

    @Test func runInstancesCustomizations() throws {
        let table = try table("ec2", "run-instances")
        #expect(table.argument(named: "min-count") == nil)
        #expect(table.argument(named: "count") != nil)
        #expect(table.argument(named: "secondary-private-ip-addresses")?.action.arity == .zeroOrMore)
        // `--no-disable-api-termination` is renamed; it still clears DisableApiTermination.
        let renamed = try #require(table.argument(named: "enable-api-termination"))
        #expect(renamed.dest == "disable_api_termination")
        #expect(table.argument(named: "no-disable-api-termination") == nil)
    }

    @Test func attributeBooleansOfEC2() throws {
        let table = try table("ec2", "modify-instance-attribute")
        #expect(table.argument(named: "ebs-optimized")?.action.arity == .optional)
        #expect(table.argument(named: "no-ebs-optimized")?.dest == "no_ebs_optimized")
    }

    @Test func renamesAndHiddenAliases() throws {
        #expect(try table("sns", "subscribe").argument(named: "notification-endpoint") != nil)
        #expect(try table("sns", "subscribe").argument(named: "endpoint") == nil)
        let v1 = try table("iam", "enable-mfa-device")
        #expect(v1.argument(named: "authentication-code-1")?.isHidden == true)
        #expect(v1.argument(named: "authentication-code1")?.action.required == false)
        #expect(try table("iam", "enable-mfa-device", .v2).argument(named: "authentication-code-1") == nil)
    }

    @Test func streamingOutputTakesAPositionalFileAndNoInputDocument() throws {
        let table = try table("s3api", "get-object")
        #expect(table.argument(named: "outfile")?.action.required == true)
        #expect(table.argument(named: "outfile")?.action.optionStrings.isEmpty == true)
        #expect(table.argument(named: "cli-input-json") == nil)
    }

    @Test func unmodelledCustomizationsKeepTheirNamesAndRelaxRequiredMembers() throws {
        let table = try table("lambda", "create-function")
        #expect(table.hasUnmodelledCustomizations)
        #expect(table.argument(named: "zip-file") != nil)
        #expect(table.argument(named: "code")?.action.required == false)
    }
}
