/// Deterministic generated inputs for the differential test of `BotocoreTimestamp` against botocore.
struct BotocoreTimestampCorpus {
    /// SplitMix64: small, seedable, the same on every platform.
    struct Random {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        mutating func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
        }

        mutating func chance(_ percent: Int) -> Bool { int(1...100) <= percent }

        mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
    }

    /// One generated value and the family it comes from (for reporting), and whether it sits within a day of
    /// year 1 or year 9999, where the host's zone may change botocore's answer.
    struct Item {
        var value: BotocoreTimestampOracle.Value
        var family: String
        var nearDateLimit = false
    }

    private(set) var items: [Item] = []
    private var random: Random

    init(seed: UInt64) {
        random = Random(state: seed)
        addFixedCases()
        addLimits()
        for _ in 0..<4000 { add(iso8601(), "iso8601") }
        for _ in 0..<1500 { add(rfc2822(), "rfc2822") }
        for _ in 0..<2500 { add(namedDate(), "names") }
        for _ in 0..<1000 { add(clockWithAmPm(), "ampm") }
        for _ in 0..<2500 { add(numericString(), "number-text") }
        for _ in 0..<1500 { add(zoned(), "zones") }
        for _ in 0..<800 { add(hmsLabelled(), "hms") }
        for _ in 0..<5000 { add(tokenSoup(), "token-soup") }
        for _ in 0..<4000 { add(mutated(), "mutation") }
        for _ in 0..<1500 { add(unicodeMix(), "unicode") }
        for _ in 0..<600 { addNumber() }
        for _ in 0..<100 { addBytes() }
    }

    private mutating func add(_ text: String, _ family: String, nearDateLimit: Bool = false) {
        items.append(Item(value: .string(text), family: family, nearDateLimit: nearDateLimit))
    }

    // MARK: - Vocabulary

    static let months = [
        "Jan", "January", "Feb", "February", "Mar", "March", "Apr", "April", "May", "Jun", "June", "Jul", "July", "Aug",
        "August", "Sep", "Sept", "September", "Oct", "October", "Nov", "November", "Dec", "December",
    ]
    static let weekdays = [
        "Mon", "Monday", "Tue", "Tuesday", "Wed", "Wednesday", "Thu", "Thursday", "Fri", "Friday", "Sat", "Saturday",
        "Sun", "Sunday", "Tues", "Thurs",
    ]
    static let zones = [
        "UTC", "GMT", "Z", "z", "utc", "gmt", "EST", "EDT", "PST", "PDT", "CET", "BRST", "ABCDEF", "M", "T", "A", "P",
        "X", "JST", "IST", "Utc",
    ]
    static let jumps = [
        " ", ".", ",", ";", "-", "/", "'", "at", "on", "and", "ad", "m", "t", "of", "st", "nd", "rd", "th",
    ]
    static let words = [
        "am", "pm", "a", "p", "AM", "PM", "a.m.", "p.m.", "h", "hour", "hours", "m", "minute", "minutes", "s",
        "second", "seconds", "of", "nan", "NaN", "inf", "Infinity", "today", "now", "noon", "e", "E", "x", "T", "W",
        "the", "date", "(", ")", "+", "-", ":", "_", "@", "#", "Z", "é", "😀",
    ]
    static let otherDigits: [Unicode.Scalar] = [
        "\u{0660}", "\u{0661}", "\u{0662}", "\u{0669}", "\u{06F5}", "\u{0966}", "\u{0967}", "\u{09E8}", "\u{0E51}",
        "\u{FF10}", "\u{FF11}", "\u{FF12}", "\u{FF19}", "\u{1D7CE}", "\u{00B2}", "\u{00B9}", "\u{2460}", "\u{2155}",
        "\u{136A}", "\u{1369}",
    ]
    static let oddCharacters: [Unicode.Scalar] = [
        "é", "\u{1F600}", "\u{00A0}", "\u{2028}", "\u{3000}", "\u{001C}", "\u{0085}", "\u{0000}", "\u{200B}",
        "\u{FEFF}", "\u{0130}", "\u{212A}", "\u{017F}", "ß", "中", "\u{0301}", "\t", "\r", "\n", "\u{000B}", "Ω",
        "\u{02B0}", "\u{01C5}", "\u{2160}",
    ]

    // MARK: - Families

    private mutating func number(digits: Int) -> String {
        String((0..<digits).map { _ in Character(String(random.int(0...9))) })
    }

    private mutating func twoDigits(_ range: ClosedRange<Int>) -> String {
        let value = random.int(range)
        return value < 10 && random.chance(80) ? "0\(value)" : "\(value)"
    }

    private mutating func year() -> String {
        switch random.int(0...9) {
        case 0: return random.pick(["0000", "0001", "9999", "1969", "1970", "2038", "10000", "99999"])
        case 1: return twoDigits(0...99)
        default: return String(random.int(1900...2100))
        }
    }

    private mutating func fraction() -> String {
        "." + number(digits: random.int(0...10))
    }

    private mutating func offset() -> String {
        let sign = random.pick(["+", "-"])
        switch random.int(0...6) {
        case 0: return sign + twoDigits(0...14) + ":" + twoDigits(0...59)
        case 1: return sign + twoDigits(0...14) + twoDigits(0...59)
        case 2: return sign + twoDigits(0...14)
        case 3: return sign + random.pick(["24:00", "99:99", "23:59", "00:00", "2400", "123", "12345", "1:30", "x"])
        case 4: return random.pick(["Z", "z", " Z", " UTC", " GMT", " EST", "+00:00", "-00:00"])
        default: return sign + twoDigits(0...12) + ":" + random.pick(["00", "30", "45"])
        }
    }

    private mutating func clock() -> String {
        var text = twoDigits(0...25) + ":" + twoDigits(0...61)
        if random.chance(70) { text += ":" + twoDigits(0...61) }
        if random.chance(30) { text += fraction() }
        return text
    }

    private mutating func iso8601() -> String {
        let y = year()
        let mo = twoDigits(0...13)
        let d = twoDigits(0...32)
        switch random.int(0...9) {
        case 0:
            return y + "-" + mo + "-" + d
        case 1:
            // Basic format and week or ordinal dates.
            return random.pick([
                y + mo + d, y + mo + d + "T" + number(digits: random.pick([2, 4, 6])),
                y + "-W" + twoDigits(1...53) + "-" + String(random.int(1...7)), y + "-" + number(digits: 3),
                y + mo + d + "T" + number(digits: 6) + "Z", y + "W" + twoDigits(1...53),
            ])
        default:
            let separator = random.pick(["T", "t", " ", "  ", "T", "T", "_"])
            var text = y + "-" + mo + "-" + d + separator + clock()
            if random.chance(75) { text += offset() }
            return text
        }
    }

    private mutating func rfc2822() -> String {
        var text = ""
        if random.chance(80) { text += random.pick(Self.weekdays) + random.pick([", ", " ", ","]) }
        text += twoDigits(1...31) + " " + random.pick(Self.months) + " " + year() + " "
        text += twoDigits(0...23) + ":" + twoDigits(0...59)
        if random.chance(80) { text += ":" + twoDigits(0...60) }
        text += " " + random.pick(["GMT", "UT", "+0000", "-0500", "EST", "PDT", "Z", "-0300 (BRST)", "+05:30", ""])
        return random.chance(10) ? text.uppercased() : (random.chance(10) ? text.lowercased() : text)
    }

    private mutating func casing(_ word: String) -> String {
        switch random.int(0...3) {
        case 0: return word.lowercased()
        case 1: return word.uppercased()
        default: return word
        }
    }

    private mutating func namedDate() -> String {
        let month = casing(random.pick(Self.months))
        let day = twoDigits(0...32)
        let y = year()
        var text: String
        switch random.int(0...9) {
        case 0: text = month + " " + day + " " + y
        case 1: text = day + " " + month + " " + y
        case 2: text = month + "-" + day + "-" + y
        case 3: text = day + "-" + month + "-" + y
        case 4: text = month + "." + day + "." + y
        case 5: text = month + " of " + y
        case 6: text = casing(random.pick(Self.weekdays))
        case 7: text = casing(random.pick(Self.weekdays)) + " " + month + " " + y
        case 8: text = y + " " + month + " " + day + random.pick(["st", "nd", "rd", "th", ""])
        default: text = month + random.pick([" ", ", ", "/", "-"]) + random.pick([day, y])
        }
        if random.chance(30) { text += " " + clock() }
        if random.chance(15) { text = casing(random.pick(Self.weekdays)) + ", " + text }
        return text
    }

    private mutating func clockWithAmPm() -> String {
        let hour = String(random.int(0...25))
        let marker = random.pick(["am", "pm", "AM", "PM", "a.m.", "p.m.", "a", "p", "A.M.", "P", "a. m."])
        switch random.int(0...4) {
        case 0: return hour + marker
        case 1: return hour + " " + marker
        case 2: return hour + ":" + twoDigits(0...59) + " " + marker
        case 3: return random.pick(Self.months) + " " + String(random.int(1...31)) + " " + hour + marker
        default: return marker + " " + hour
        }
    }

    private mutating func numericString() -> String {
        let sign = random.pick(["", "", "", "-", "+"])
        var text: String
        switch random.int(0...11) {
        case 0: text = number(digits: random.int(1...20))
        case 1: text = number(digits: random.int(1...12)) + "." + number(digits: random.int(0...8))
        case 2:
            text =
                number(digits: random.int(1...3)) + random.pick(["e", "E"]) + random.pick(["", "+", "-"])
                + number(digits: random.int(0...3))
        case 3: text = number(digits: random.int(1...4)) + "_" + number(digits: random.int(1...4))
        case 4: text = random.pick(["nan", "NaN", "inf", "Inf", "infinity", "INFINITY", "infinit", "nan(1)", "0x10"])
        case 5:
            text =
                random.pick([" ", "\t", "\u{00A0}", "\u{2003}", "\n", "\u{001C}"]) + number(digits: 5)
                + random.pick(["", " ", "\u{3000}"])
        case 6: text = String(random.int(-62_135_596_900...(-62_135_596_700)))
        case 7: text = String(random.int(253_402_300_700...253_402_300_900))
        case 8:
            text =
                number(digits: random.int(1...3)) + "." + number(digits: random.int(1...3)) + "."
                + number(digits: random.int(1...4))
        case 9: text = number(digits: random.int(13...18)) + random.pick(["", ".5", "e0"])
        case 10: text = random.pick(["1__0", "_1", "1_", "1_.5", "1._5", ".5", "1.", ".", "1e", "1e+", "00", "-0"])
        default: text = String((0..<random.int(1...6)).map { _ in Character(random.pick(Self.otherDigits)) })
        }
        return sign + text
    }

    private mutating func zoned() -> String {
        let zone = random.pick(Self.zones)
        let base = random.pick(["10:00", "2020-01-01 10:00", "Jan 1 2020 10:00:00", "10", "2020-06-01T10:00:00"])
        switch random.int(0...5) {
        case 0: return base + " " + zone
        case 1: return base + " " + zone + random.pick(["+", "-"]) + String(random.int(0...14))
        case 2: return base + " " + zone + random.pick(["+", "-"]) + twoDigits(0...14) + ":" + twoDigits(0...59)
        case 3:
            return base + " " + random.pick(["+", "-"]) + random.pick(["0300", "03:00", "3"]) + " ("
                + random.pick(Self.zones) + ")"
        case 4: return base + zone
        default: return zone + " " + base
        }
    }

    private mutating func hmsLabelled() -> String {
        let unit = { (random: inout Random) in
            random.pick(["h", "hour", "hours", "m", "minute", "minutes", "s", "second", "seconds", "H", "M", "S"])
        }
        let value = { (random: inout Random) -> String in
            String(random.int(0...99)) + (random.chance(30) ? "." + String(random.int(0...999)) : "")
        }
        var text = ""
        for _ in 0..<random.int(1...3) {
            text += value(&random) + random.pick(["", " "]) + unit(&random) + random.pick(["", " "])
        }
        if random.chance(20) { text += value(&random) }
        if random.chance(20) { text = unit(&random) + " " + text }
        return text
    }

    private mutating func soupToken() -> String {
        switch random.int(0...9) {
        case 0, 1, 2: return number(digits: random.int(1...15))
        case 3: return number(digits: random.int(1...6)) + random.pick([".", ","]) + number(digits: random.int(0...7))
        case 4: return random.pick(Self.jumps)
        case 5: return random.pick(Self.months)
        case 6: return random.pick(Self.words)
        case 7: return random.pick(Self.zones)
        case 8: return random.pick(Self.weekdays)
        default: return random.pick([":", "+", "-", "/", ".", " ", "(", ")", ","])
        }
    }

    private mutating func tokenSoup() -> String {
        var text = ""
        for _ in 0..<random.int(1...8) {
            text += soupToken()
            if random.chance(50) { text += random.pick([" ", "", "-", ":", "/", "."]) }
        }
        return text
    }

    private mutating func validForm() -> String {
        switch random.int(0...5) {
        case 0: return iso8601()
        case 1: return rfc2822()
        case 2: return namedDate()
        case 3: return clockWithAmPm()
        case 4: return zoned()
        default: return hmsLabelled()
        }
    }

    private mutating func mutated() -> String {
        var scalars = Array(validForm().unicodeScalars)
        for _ in 0..<random.int(1...3) {
            let position = random.int(0...scalars.count)
            let replacement: Unicode.Scalar =
                random.chance(50)
                ? random.pick(Array("0123456789:-/.,+ TZamp".unicodeScalars))
                : (random.chance(50) ? random.pick(Self.oddCharacters) : random.pick(Self.otherDigits))
            switch random.int(0...2) {
            case 0: scalars.insert(replacement, at: position)
            case 1: if position < scalars.count { scalars.remove(at: position) }
            default: if position < scalars.count { scalars[position] = replacement }
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    private mutating func unicodeMix() -> String {
        var scalars = [Unicode.Scalar]()
        for _ in 0..<random.int(0...8) {
            switch random.int(0...3) {
            case 0: scalars.append(random.pick(Self.otherDigits))
            case 1: scalars.append(random.pick(Self.oddCharacters))
            case 2: scalars.append(contentsOf: soupToken().unicodeScalars)
            default:
                // Anything from the first planes that Unicode 14.0 already had.
                if let scalar = Unicode.Scalar(UInt32(random.int(0x20...0x2FFF))),
                    let age = scalar.properties.age, age.major < 14
                {
                    scalars.append(scalar)
                }
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    private mutating func addNumber() {
        switch random.int(0...5) {
        case 0:
            items.append(Item(value: .integer(String(random.int(-70_000_000_000...260_000_000_000))), family: "int"))
        case 1:
            let digits = String(random.int(1...9)) + number(digits: random.int(0...40))
            items.append(Item(value: .integer(random.chance(50) ? "-" + digits : digits), family: "int"))
        case 2:
            let value = Double(random.int(-70_000_000_000...260_000_000_000)) + Double(random.int(0...999_999)) / 1e6
            items.append(Item(value: .float(value), family: "float"))
        case 3:
            let value = Double(
                sign: random.chance(50) ? .minus : .plus, exponent: random.int(-20...80),
                significand: 1 + Double(random.int(0...1000)) / 1000)
            items.append(Item(value: .float(value), family: "float"))
        case 4:
            items.append(Item(value: .bool(random.chance(50)), family: "bool"))
        default:
            items.append(Item(value: .float(Double(random.int(-100...100)) / 8), family: "float"))
        }
    }

    private mutating func addBytes() {
        var bytes = Array(validForm().utf8)
        if random.chance(30) { bytes.insert(random.pick([0xFF, 0xC0, 0x80, 0xED]), at: random.int(0...bytes.count)) }
        if random.chance(20) { bytes = Array(numericString().utf8) }
        items.append(Item(value: .bytes(bytes), family: "bytes"))
    }

    // MARK: - Fixed cases

    private mutating func addFixedCases() {
        let texts = [
            "", " ", "  ", "\t", "\n", "\r\n", "\u{00A0}", "\u{3000}", "\u{0000}", "-", ".", ",", "at", "on and at",
            "2020-01-01", "2020-01-01T00:00:00Z", "2020-01-01T10:00:00.123456+05:30", "2020-13-01", "not a date",
            "Jan 1 2020 10:00 PST", "1 1 1", "Feb 29", "Feb 29 2024", "Feb 29 2023", "31", "30", "29", "32", "0",
            "1577836800", "1577836800.5", "1e9", "1e12", "1e16", "1e17", "1e20", "-1e16", "nan", "inf", "-inf",
            "Infinity", "99999999999999999999", "99999999999999999999 Jan", "100000000000000", "1234567890123",
            "20200101", "202001011200", "20200101120000", "200101", "101010", "2020-W01-1", "2020-123", "1.a",
            "10:00:05.a", "10:00:05.ab", "5 t", "\u{0661}\u{0662}", "\u{00B2}", "\u{001C}1", "\u{00A0}1", "1\u{0000}",
            "10:00 +24000000000:00", "10:00 +99:00", "10:00 +23:59", "10:00 -0300 (BRST)", "10:00 GMT+3",
            "10:00 EST+3", "10:00 M", "10:00 T", "Fri Dec 9999", "Sat Dec 9999", "Sun Dec 9999", "Monday",
            "Jan of 05", "Jan of x", "Sep.20.2009", "4:30:21.447", "12,5", "10:20:30,5", "10h", "10.5h", "1.35h",
            "10 h 30 m", "5m 10", "h 5", "12h04", "3 s", "10:00:99999999999", "99999999999:00", "Jan Feb",
            "2020 2021", "1/2/3", "13/12/2020", "2020/12/13", "12/2020", "Jan-01-99", "01-Jan-2020", "2003.09.25",
            "10 am pm", "13 pm", "0 am", "12 am", "12 pm", "am", "10:00 a.m.", "Z", "UTC", "10 UTC", "10 z",
            "10:00 utc", "1 2 3 4", "1-2-3-4", "9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z",
            "9999-12-31T23:00:00-05:00", "0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59.9999999Z", "é", "😀",
            "2020-01-01 é", "\u{1F600} 2020", "Thu, 01 Jan 1970 00:00:00 GMT", "Wed, 02 Oct 2002 08:00:00 EST",
            "1_577_836_800", " 1577836800 ", "+1577836800", "-0", "0.0000001", "1e-7", "253402300799",
            "253402300800", "-62135596800", "-62135596801", "67768036191676799", "67768036191676800",
            "-67768040609740800", "-67768040609740801", "9223372036854775807", "9223372036854775808",
        ]
        for text in texts { add(text, "fixed") }
    }

    private mutating func addLimits() {
        let edges = ["9999-12-31", "9999-12-30", "0001-01-01", "0001-01-02", "Dec 31 9999", "Jan 1 0001"]
        for edge in edges {
            for time in ["", " 00:00", " 12:00", " 23:59:59", " 23:59:59.999999"] {
                for zone in [
                    "", " Z", " UTC", " GMT", " EST", " EDT", " PST", " +05:00", " -05:00", " +14:00",
                    " -23:59", " +0001", " -0001",
                ] {
                    add(edge + time + zone, "limits", nearDateLimit: true)
                }
            }
        }
        let seconds = [
            -62_135_596_800, -62_135_596_801, -62_135_596_799, -62_135_510_400, 253_402_300_799, 253_402_300_800,
            253_402_214_400, 67_768_036_191_676_799, 67_768_036_191_676_800, -67_768_040_609_740_800,
            -67_768_040_609_740_801, Int.max, Int.min, 0, 1, -1,
        ]
        for second in seconds {
            items.append(Item(value: .integer(String(second)), family: "int", nearDateLimit: true))
            items.append(Item(value: .float(Double(second)), family: "float", nearDateLimit: true))
            add(String(second), "limits", nearDateLimit: true)
            add(String(second) + ".5", "limits", nearDateLimit: true)
        }
        let powerOf2Edge =
            "1797693134862315807937289714053034150799341327100378269361737789804449682927647509466490179775872070"
            + "9633028641669288791094655554785194040263065748867150582068190890200070838367627385484581771153176447"
            + "5730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904"
            + "17449779"
        let bigIntegers = [
            "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
            "1" + String(repeating: "0", count: 308), "1" + String(repeating: "0", count: 309),
            // 2**1024 - 2**970 - 1 (the largest int float() takes) and 2**1024 - 2**970 (the smallest it refuses).
            powerOf2Edge + "1",
            powerOf2Edge + "2",
        ]
        for digits in bigIntegers { items.append(Item(value: .integer(digits), family: "int", nearDateLimit: true)) }
        let floats: [Double] = [
            .nan, .infinity, -.infinity, 0x1p63, -0x1p63, 0x1p62, 1e300, -1e300, 253_402_300_799.9999995,
            253_402_300_799.999999, -62_135_596_800.0000005, 6.7768036191676799e16, -0.0, .leastNonzeroMagnitude,
            0.5e-6, 1.5e-6,
            2.5e-6,
        ]
        for value in floats { items.append(Item(value: .float(value), family: "float", nearDateLimit: true)) }
    }
}
