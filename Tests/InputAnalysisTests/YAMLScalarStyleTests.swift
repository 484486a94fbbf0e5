import InputAnalysis
import Testing

@Suite struct YAMLScalarStyleTests {
    // AWSCLI.md 2.4: what ruamel.yaml quotes and what it leaves plain.
    @Test(arguments: [
        "", "true", "True", "false", "null", "NULL", "~", "1", "1.0", "0x1", "010", "1e3", ".inf", "2012-10-17",
        "*", "&a", "!x", "a: b", "#x", "-", "?", "%x", "@x", "[a]", "{a}", " lead", "trail ", "<<", "=",
        "2020-01-01 10:00:00",
    ])
    func quoted(text: String) {
        #expect(YAMLScalarStyle.render(text, simpleKey: false) == "'\(text)'")
    }

    @Test(arguments: [
        "yes", "no", "on", "off", "y", "n", "12:30", "a#b", "a,b", "it's", "Bytes/Second", "us-east-1", "B_VAL",
        "é中", ":x", "a-", "1.2.3",
    ])
    func plain(text: String) {
        #expect(YAMLScalarStyle.render(text, simpleKey: false) == text)
    }

    @Test func apostropheThatCannotBePlainIsDoubleQuoted() {
        #expect(YAMLScalarStyle.render("'quoted'", simpleKey: false) == "\"'quoted'\"")
    }
}
