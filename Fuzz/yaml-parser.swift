// libFuzzer target: the YAML front end (libyaml events, the tree builder, scalar resolution, aliases, limits) and
// the leading-comment scan on arbitrary bytes.
// Checks: no trap; every range inside the document on character boundaries; positions round-trip; alias expansion
// stays under its limit; diagnostics come in text order.
import InputSyntax
import TextModel
import YAMLSyntax

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzYAMLParser(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let input = FuzzData(data, size)
    let source = SourceText(bytes: input.all)
    let result = YAMLParser.parse(source)
    let nodes = Properties.checkParse(result, in: source, "yaml")
    // Every node either stands for text of its own or comes from an alias; expansions are capped.
    Properties.require(
        nodes <= SyntaxLimits.maxAliasExpansionNodes + source.count + 1, "\(nodes) nodes from \(source.count) bytes")
    for diagnostic in result.diagnostics.prefix(20) { Properties.checkPositions(diagnostic.range, in: source) }
    let starts = result.diagnostics.map(\.range.start)
    Properties.require(starts == starts.sorted(), "diagnostics out of order: \(starts)")
    for comment in YAMLLeadingComments.scan(source) {
        Properties.checkRange(comment.range, in: source, "leading comment")
    }
    return 0
}
