/// An article's path without its extension, for naming its sidecars. Plain byte work:
/// `URL(fileURLWithPath:)` asks the file system whether the path is a folder, a `stat` per
/// sidecar name that was a tenth of opening 10,000 stored articles (perf), and walking the
/// path by `Character` was another twentieth.
enum PathStem {
    /// How many UTF-8 bytes the extension of the last path component has, as
    /// `URL.pathExtension` gives it for a file: after its last dot; none for `.hidden`, `name.`
    /// or no dot.
    static func extensionLength(_ path: String) -> Int {
        var length = 0
        for byte in path.utf8.reversed() {
            if byte == UInt8(ascii: "/") { return 0 }
            if byte == UInt8(ascii: ".") {
                let nameStart = path.utf8.dropLast(length + 1).last
                return nameStart == nil || nameStart == UInt8(ascii: "/") ? 0 : length
            }
            length += 1
        }
        return 0
    }

    /// The path with `.extension` replaced by `suffix`, or `suffix` added when it has none.
    static func replacingExtension(of path: String, with suffix: String) -> String {
        let length = extensionLength(path)
        guard length > 0 else { return path + suffix }
        // The dot and what follows are ASCII-delimited, so the cut lands on a scalar boundary.
        return String(decoding: path.utf8.dropLast(length + 1), as: UTF8.self) + suffix
    }
}
