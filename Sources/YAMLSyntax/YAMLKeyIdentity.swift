/// What decides whether two YAML mapping keys are the same Python dictionary key once constructed.
///
/// Python compares `1`, `1.0` and `True` equal, so numbers share one case; ruamel's `.nan` is one shared object
/// (equal to itself by identity) while every `!!float nan` is a new one (equal to nothing).
enum YAMLKeyIdentity: Hashable, Sendable {
    /// An integral number (int, bool, or float with an integral value) as canonical decimal digits.
    case integer(String)
    /// A float that is not integral (fractions, infinities), by its bits.
    case float(UInt64)
    /// ruamel's shared `nan_value` (`.nan`, `.NaN`, `.NAN`).
    case sharedNaN
    /// A value equal to no other key (a fresh `float('nan')`), told apart by its UTF-8 byte offset.
    case unique(Int)
    case string(String)
    case null
    case bytes([UInt8])
    /// A `datetime.date`, as days since 1970-01-01.
    case date(Int)
    case naiveDateTime(seconds: Int, microsecond: Int)
    /// An aware `datetime.datetime`, as the UTC instant.
    case awareDateTime(seconds: Int, microsecond: Int)
    /// A sequence key, which ruamel turns into a tuple.
    case tuple([YAMLKeyIdentity])
}
