/// The English words dateutil's default `parserinfo` knows, matched case-insensitively, and what each one is.
struct DateutilWords: Hashable {
    /// Skipped between date parts: separators, `T` of ISO 8601, `m` of `a.m.`, ordinal suffixes.
    var isJump = false
    // Small integers keep tokens small: pathological input can hold a million of them.
    private var weekdayCode: Int8?
    private var monthCode: Int8?
    private var hmsCode: Int8?
    private var ampmCode: Int8?
    /// `PERTAIN`: the `of` in `Jan of 01`.
    var isPertain = false
    /// `parserinfo.utczone`: `utc`, `gmt`, `z` in any case.
    var isUTCZone = false
    /// `nan`, `inf` or `infinity`, which Python's `float()` reads.
    var isFloatWord = false

    /// Monday is 0, as in Python's `datetime.weekday()`.
    var weekday: Int? { weekdayCode.map(Int.init) }
    /// 1...12.
    var month: Int? { monthCode.map(Int.init) }
    /// 0 hours, 1 minutes, 2 seconds.
    var hms: Int? { hmsCode.map(Int.init) }
    /// 0 before noon, 1 after.
    var ampm: Int? { ampmCode.map(Int.init) }

    /// A token that is none of them.
    static let none = DateutilWords()

    /// dateutil's `UTCZONE` list, compared case-sensitively where dateutil does (`token in UTCZONE`).
    static let utcZoneSpellings: Set<String> = ["UTC", "GMT", "Z", "z"]

    /// What a lower-cased token is; `.none` for anything else.
    static func lookUp(_ lowercased: String) -> DateutilWords {
        table[lowercased] ?? .none
    }

    private static let table: [String: DateutilWords] = {
        var table = [String: DateutilWords]()
        func add(_ words: [String], _ update: (inout DateutilWords) -> Void) {
            for word in words { update(&table[word, default: .none]) }
        }
        add([" ", ".", ",", ";", "-", "/", "'", "at", "on", "and", "ad", "m", "t", "of", "st", "nd", "rd", "th"]) {
            $0.isJump = true
        }
        let weekdays = [
            ["mon", "monday"], ["tue", "tuesday"], ["wed", "wednesday"], ["thu", "thursday"], ["fri", "friday"],
            ["sat", "saturday"], ["sun", "sunday"],
        ]
        for (index, names) in weekdays.enumerated() { add(names) { $0.weekdayCode = Int8(index) } }
        let months = [
            ["jan", "january"], ["feb", "february"], ["mar", "march"], ["apr", "april"], ["may"], ["jun", "june"],
            ["jul", "july"], ["aug", "august"], ["sep", "sept", "september"], ["oct", "october"],
            ["nov", "november"], ["dec", "december"],
        ]
        for (index, names) in months.enumerated() { add(names) { $0.monthCode = Int8(index + 1) } }
        for (index, names) in [["h", "hour", "hours"], ["m", "minute", "minutes"], ["s", "second", "seconds"]]
            .enumerated()
        {
            add(names) { $0.hmsCode = Int8(index) }
        }
        add(["am", "a"]) { $0.ampmCode = 0 }
        add(["pm", "p"]) { $0.ampmCode = 1 }
        add(["of"]) { $0.isPertain = true }
        add(["utc", "gmt", "z"]) { $0.isUTCZone = true }
        add(["nan", "inf", "infinity"]) { $0.isFloatWord = true }
        return table
    }()
}
