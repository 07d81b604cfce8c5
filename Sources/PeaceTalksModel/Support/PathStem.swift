/// An article's path without its extension, for naming its sidecars. Plain string work:
/// `URL(fileURLWithPath:)` asks the file system whether the path is a folder, a `stat` per
/// sidecar name that was a tenth of opening 10,000 stored articles (perf).
enum PathStem {
    /// The extension of the last path component, as `URL.pathExtension` gives it for a file:
    /// after its last dot, empty for `.hidden`, `name.` or no dot.
    static func pathExtension(_ path: String) -> Substring {
        let name = path.lastIndex(of: "/").map { path[path.index(after: $0)...] } ?? path[...]
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...]
    }

    /// The path with `.extension` replaced by `suffix`, or `suffix` added when it has none.
    static func replacingExtension(of path: String, with suffix: String) -> String {
        let pathExtension = pathExtension(path)
        guard !pathExtension.isEmpty else { return path + suffix }
        return String(path.dropLast(pathExtension.count + 1)) + suffix
    }
}
