import InputAnalysis
import TestSupport
import Testing
import TextModel

@Suite struct ShellScriptScannerTests {
    func words(_ script: String) -> [[String]] {
        ShellScriptScanner.commands(in: SourceText(script)).map { $0.words.map(\.text) }
    }

    @Test(arguments: [
        ("aws ssm list-commands", [["aws", "ssm", "list-commands"]]),
        ("aws 'a b' \"c d\" e\\ f", [["aws", "a b", "c d", "e f"]]),
        ("echo \"x \\\" \\$ \\a\"", [["echo", "x \" $ \\a"]]),
        ("echo 'it'\\''s'", [["echo", "it's"]]),
        ("echo $'a\\tb\\x41\\u00e9'", [["echo", "a\tbAé"]]),
        ("a; b && c || d | e & f", [["a"], ["b"], ["c"], ["d"], ["e"], ["f"]]),
        ("aws s \\\n  op --x 1 # comment ; not a command\nnext", [["aws", "s", "op", "--x", "1"], ["next"]]),
        ("x=#notcomment a#b #c", [["x=#notcomment", "a#b"]]),
        ("cat > f 2>&1 <in <<< here arg", [["cat", "arg"]]),
        ("cat <<EOF\naws not a command\nEOF\naws real", [["cat"], ["aws", "real"]]),
        ("cat <<-'END'\n\taws no\n\tEND\nafter", [["cat"], ["after"]]),
        ("(cd x && aws a b)", [["cd", "x"], ["aws", "a", "b"]]),
    ])
    func words(_ script: String, _ expected: [[String]]) {
        #expect(words(script) == expected)
    }

    @Test func commandSubstitutionsAreWordsAndAreScannedForCommands() {
        let script =
            "ID=$(aws ec2 run-instances --image-id \"$(cat ami.txt)\" --query 'Instances[0]')\necho `aws sts x`"
        let commands = ShellScriptScanner.commands(in: SourceText(script))
        let texts = commands.map { $0.words.map(\.text) }
        #expect(
            texts.contains(["aws", "ec2", "run-instances", "--image-id", "$(cat ami.txt)", "--query", "Instances[0]"]))
        #expect(texts.contains(["cat", "ami.txt"]))
        #expect(texts.contains(["aws", "sts", "x"]))
        let assignment = commands.first { $0.words.first?.text.hasPrefix("ID=") == true }
        #expect(assignment?.words.first?.expansions.first?.isQuoted == false)
        #expect(ShellScriptScanner.awsCommands(in: SourceText(script)).count == 2)
    }

    @Test func expansionsAreMarkedWithWhetherTheyAreQuoted() throws {
        let command = try #require(
            ShellScriptScanner.commands(in: SourceText("aws x --a \"pre-$VAR\" $OTHER ${X:-y}")).first)
        #expect(command.words[3].text == "pre-$VAR")
        #expect(command.words[3].expansions.map(\.isQuoted) == [true])
        #expect(command.words[3].maySplit == false)
        #expect(command.words[4].maySplit)
        #expect(command.words[5].text == "${X:-y}")
    }

    @Test(arguments: [
        ("AWS_PAGER= aws s3api x", true), ("sudo -u me aws ec2 x", true), ("env A=1 aws ec2 x", true),
        ("time aws ec2 x", true), ("timeout 30 aws ec2 x", true), ("/usr/local/bin/aws ec2 x", true),
        ("if aws ec2 x; then", true), ("echo aws", false), ("awsx ec2", false), ("$AWS ec2 x", false),
    ])
    func awsIsFoundBehindWrappers(_ script: String, _ found: Bool) {
        #expect((ShellScriptScanner.awsCommands(in: SourceText(script)).first?.awsArguments != nil) == found)
    }

    /// Value bytes map back to the script's characters through quotes, escapes, CRLF continuations, é and emoji.
    @Test func valueOffsetsMapToTheScript() throws {
        let marked = MarkedText("aws ssm x --filters \\\r\n  'k=é,v=\"0️⃣😀1️⃣\"'\\\r\n\"2️⃣,x=\\\"y3️⃣\\\"\"\r\n")
        let command = try #require(ShellScriptScanner.awsCommands(in: marked.source).first)
        let word = command.words[4]
        #expect(word.text == "k=é,v=\"😀\",x=\"y\"")
        let emoji = try #require(word.text.utf8.firstIndex(of: 0xF0)).utf8Offset(in: word.text)
        #expect(word.sourceRange(ByteRange(start: emoji, end: emoji + 4)) == marked.range(0, 1))
        let comma = Array(word.value).lastIndex(of: UInt8(ascii: ","))!
        #expect(word.sourceRange(ByteRange(start: comma, end: comma + 1)).start == marked[2])
        let y = Array(word.value).lastIndex(of: UInt8(ascii: "y"))!
        #expect(word.sourceOffset(y + 1) == marked[3] + 1)
        #expect(command.words.count == 5)
    }

    @Test func unterminatedConstructsEndAtTheEndOfTheScript() {
        for script in ["aws 'open", "aws \"open", "aws $(open", "aws `open", "aws ${open", "aws \\", "aws <<", "<(x"] {
            _ = ShellScriptScanner.commands(in: SourceText(script))
        }
        #expect(words("aws 'a b") == [["aws", "a b"]])
    }

    @Test func scanningIsLinear() {
        let line = "aws ec2 describe-instances --filters 'Name=tag:Name,Values=é😀' --query \"$(echo x)\" # c\r\n"
        let small = String(repeating: line, count: 500)
        let large = String(repeating: line, count: 5_000)
        func time(_ script: String) -> Double {
            let source = SourceText(script)
            let duration = ContinuousClock().measure { _ = ShellScriptScanner.awsCommands(in: source) }
            return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        }
        _ = time(small)
        // Ten times the text, well under a hundred times the time (timings on a busy machine vary).
        #expect(time(large) / max(time(small), 1e-6) < 40)
    }
}

extension String.Index {
    fileprivate func utf8Offset(in text: String) -> Int { text.utf8.distance(from: text.utf8.startIndex, to: self) }
}
