import InputAnalysis
import InputSyntax
import TestSupport
import Testing
import TextModel
import YAMLSyntax

@Suite struct AssociationTests {
    let known: (String) -> Bool = { ["ssm", "ec2", "s3api"].contains($0) }

    func comments(_ text: String) -> [AssociationResolver.Comment] {
        YAMLLeadingComments.scan(SourceText(text)).map { .init(text: $0.text, range: $0.range) }
    }

    @Test func modelineNamesServiceAndOperationWithTheirRange() throws {
        let marked = MarkedText("# cli-input: 1️⃣ssm list-command-invocations2️⃣\r\nDetails: true\n")
        let association = try #require(AssociationResolver.resolve(
            relativePath: "x.yaml", leadingComments: comments(marked.text), isKnownService: known))
        #expect(association.displayName == "ssm list-command-invocations")
        #expect(association.origin == .modeline)
        #expect(association.nameRange == marked.range(1, 2))
    }

    @Test func pastedCommandSkipsGlobalOptions() throws {
        let text = "# é 😀\n# aws --region eu-west-1 --output=json ssm list-commands --max-items 5\nA: 1\n"
        let association = try #require(AssociationResolver.resolve(
            relativePath: "x.yaml", leadingComments: comments(text), isKnownService: known))
        #expect(association.displayName == "ssm list-commands")
    }

    @Test func precedenceIsExplicitModelineWorkspaceFileName() throws {
        var workspace = WorkspaceConfiguration()
        workspace.entries = [
            .init(glob: Glob("jobs/*.json"), service: "ec2", operation: "run-instances", range: .empty(at: 0))
        ]
        let path = "jobs/a.ssm.list-commands.json"
        #expect(AssociationResolver.resolve(
            relativePath: path, explicit: ("s3api", "list-buckets"), workspace: workspace, isKnownService: known
        )?.displayName == "s3api list-buckets")
        #expect(AssociationResolver.resolve(relativePath: path, workspace: workspace, isKnownService: known)?
            .displayName == "ec2 run-instances")
        #expect(AssociationResolver.resolve(relativePath: path, isKnownService: known)?.displayName
            == "ssm list-commands")
    }

    @Test(arguments: [
        ("ssm.list-command-invocations.json", "ssm list-command-invocations"),
        ("nightly.ssm.list-command-invocations.yml", "ssm list-command-invocations"),
        ("dir/a.b.ec2.run-instances.YAML", "ec2 run-instances"),
    ])
    func fileNames(path: String, expected: String) {
        #expect(AssociationResolver.resolve(relativePath: path, isKnownService: known)?.displayName == expected)
    }

    @Test(arguments: ["package.json", "docker-compose.yml", "tsconfig.base.json", "a.json", "x.unknown.op.json"])
    func unrelatedFilesAreNotAssociated(path: String) {
        #expect(AssociationResolver.resolve(relativePath: path, isKnownService: known) == nil)
    }

    @Test func scriptReferencesComeLast() {
        let reference = Association(service: "ssm", operation: "list-commands", origin: .script(path: "run.sh", line: 3))
        #expect(AssociationResolver.resolve(
            relativePath: "in/cmd.json", scriptReferences: ["in/cmd.json": reference], isKnownService: known
        )?.origin == .script(path: "run.sh", line: 3))
    }
}

@Suite struct GlobTests {
    @Test(arguments: [
        ("*.json", "a.json", true), ("*.json", "deep/dir/a.json", true), ("*.json", "a.yaml", false),
        ("jobs/*.json", "jobs/a.json", true), ("jobs/*.json", "jobs/x/a.json", false),
        ("jobs/**/*.json", "jobs/a.json", true), ("jobs/**/*.json", "jobs/x/y/a.json", true),
        ("**/in/*.yaml", "a/b/in/c.yaml", true), ("?.json", "ab.json", false), ("[ab]*.json", "bx.json", true),
        ("[!ab]*.json", "bx.json", false), ("./jobs/*.json", "jobs/é😀.json", true),
    ])
    func matching(pattern: String, path: String, matches: Bool) {
        #expect(Glob(pattern).matches(path) == matches)
    }
}

@Suite struct WorkspaceConfigurationTests {
    @Test func readsAssociationsModelsAndVersion() {
        let text = """
            associations:
              "jobs/*.json": ssm list-commands
              bad: ssm
            models: [./models]
            cliVersion: 1
            colour: blue
            """
        let source = SourceText(text)
        let (configuration, findings) = WorkspaceConfiguration.read(YAMLParser.parse(source).root, source: source)
        #expect(configuration.entries.map { "\($0.glob) \($0.service) \($0.operation)" } == [
            "jobs/*.json ssm list-commands"
        ])
        #expect(configuration.modelDirectories == ["./models"])
        #expect(configuration.cliVersion == .v1)
        #expect(findings.map(\.code) == [.workspaceConfiguration, .workspaceConfiguration])
    }
}
