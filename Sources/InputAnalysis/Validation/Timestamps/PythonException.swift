/// A Python exception raised while botocore converts a timestamp, by the class that decides what happens next.
///
/// botocore's validator catches `ValueError` and `TypeError`; `parse_timestamp` catches `OverflowError` and `OSError`
/// and then gives up with `RuntimeError`. Modelling them as typed errors keeps each rule next to the place that
/// raises it, as in the code being mirrored; nothing outside this folder ever sees them.
enum PythonException: Error, Equatable {
    /// `ValueError` (dateutil's `ParserError`, `IllegalMonthError` and `UnicodeDecodeError` are subclasses) or an
    /// `IndexError` inside dateutil's parser, which it turns into the same failure.
    case valueError
    /// `TypeError`: a value that is neither a string nor a number.
    case typeError
    /// `OverflowError` or `OSError`: a number outside what C's `time_t`, `gmtime` or `int` can hold, or a date
    /// arithmetic result outside years 1 to 9999.
    case overflowError(String)
    /// An exception nobody on the way catches, described as Python prints it (`decimal.InvalidOperation: …`).
    case uncaught(String)
}
