/// What botocore does with a value given for a timestamp member.
package enum TimestampVerdict: Sendable, Hashable {
    /// botocore converts the value. The instant is in seconds since 1970-01-01T00:00:00Z; nil when not computed,
    /// or when it depends on the host's time zone (a zone name such as `PST`, which dateutil ignores unless the
    /// host's zone has that name).
    case accepted(epochSeconds: Double?)
    /// botocore raises `TypeError`, `ValueError` or `AttributeError`: its validator reports `invalid-type`.
    case rejected
    /// botocore raises an exception its validator does not catch, so the AWS CLI crashes; the text names it.
    case crashes(String)

    /// Whether botocore converts the value.
    package var isAccepted: Bool {
        if case .accepted = self { return true }
        return false
    }
}
