/// The number of terminal columns a character takes, for carets that must line up under it.
///
/// An approximation of `wcwidth`: combining marks, format and control characters take none; East Asian wide and
/// fullwidth characters and emoji shown as emoji take two; everything else one.
package enum DisplayWidth {
    package static func of(_ scalar: Unicode.Scalar) -> Int {
        if isInvisible(scalar) { return 0 }
        if scalar.properties.isEmojiPresentation || isEastAsianWide(scalar.value) { return 2 }
        return 1
    }

    /// Whether the character takes no column: controls, formats (such as U+200D) and combining marks (such as
    /// U+0301 and the variation selector U+FE0F).
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .nonspacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// The East Asian Wide and Fullwidth blocks (Unicode's EastAsianWidth.txt, W and F, condensed to blocks).
    private static func isEastAsianWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
