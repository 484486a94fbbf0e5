import Foundation
import ServiceModel
import Testing

@Suite struct InstalledCLILocatorTests {
    func makeExecutable(_ path: String, _ content: String) throws {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try content.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
    }

    func makeBotocore(prefix: String, version: String) throws -> String {
        let data = "\(prefix)/lib/python3.11/site-packages/botocore/data"
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        try "__version__ = '\(version)'\n".write(
            toFile: "\(prefix)/lib/python3.11/site-packages/botocore/__init__.py", atomically: true, encoding: .utf8)
        return data
    }

    @Test func followsTheShebangOfAPipInstalledCLI() throws {
        let tree = try ModelTree()
        let data = try makeBotocore(prefix: "\(tree.root)/venv", version: "1.2.3")
        try makeExecutable("\(tree.root)/venv/bin/python3", "")
        try makeExecutable("\(tree.root)/venv/bin/aws", "#!\(tree.root)/venv/bin/python3\nimport awscli\n")
        let env = ["PATH": "/nonexistent:\(tree.root)/venv/bin"]
        let found = try #require(InstalledCLILocator.locate(environment: { env[$0] }))
        #expect(found.path == data)
        #expect(found.detail == "AWS CLI v1, botocore 1.2.3")
    }

    @Test func followsAPyenvShimToTheSelectedVersion() throws {
        let tree = try ModelTree()
        let root = "\(tree.root)/pyenv"
        _ = try makeBotocore(prefix: "\(root)/versions/3.10.0", version: "0.0.1")
        let data = try makeBotocore(prefix: "\(root)/versions/3.11.7", version: "1.43.11")
        try makeExecutable("\(root)/versions/3.10.0/bin/aws", "#!/bin/false\n")
        try makeExecutable("\(root)/versions/3.11.7/bin/aws", "#!/bin/false\n")
        try makeExecutable(
            "\(root)/shims/aws", "#!/usr/bin/env bash\nexport PYENV_ROOT=\"\(root)\"\nexec \"pyenv\" exec aws \"$@\"\n")
        try "3.11.7\n".write(toFile: "\(root)/version", atomically: true, encoding: .utf8)
        let env = ["PATH": "\(root)/shims", "PYENV_DIR": "/"]
        #expect(InstalledCLILocator.locate(environment: { env[$0] })?.path == data)
        let pinned = ["PATH": "\(root)/shims", "PYENV_VERSION": "3.10.0"]
        #expect(InstalledCLILocator.locate(environment: { pinned[$0] })?.detail == "AWS CLI v1, botocore 0.0.1")
    }

    @Test func findsTheV2InstallerLayout() throws {
        let tree = try ModelTree()
        let dist = "\(tree.root)/aws-cli/v2/2.36.7/dist"
        try FileManager.default.createDirectory(atPath: "\(dist)/awscli/botocore/data", withIntermediateDirectories: true)
        try makeExecutable("\(dist)/aws", "\u{7F}ELF")
        try FileManager.default.createDirectory(atPath: "\(tree.root)/bin", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: "\(tree.root)/bin/aws", withDestinationPath: "\(dist)/aws")
        let env = ["PATH": "\(tree.root)/bin"]
        let found = try #require(InstalledCLILocator.locate(environment: { env[$0] }))
        #expect(found.path.hasSuffix("dist/awscli/botocore/data"))
        #expect(found.detail?.hasPrefix("AWS CLI v2") == true)
    }

    @Test func noAWSOnPathMeansNoEntry() {
        let env = ["PATH": "/nonexistent"]
        #expect(InstalledCLILocator.locate(environment: { env[$0] }) == nil)
    }
}
