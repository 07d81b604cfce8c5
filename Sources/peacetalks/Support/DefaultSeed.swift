#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the default seed article and its codebook when no files are given, from wherever
/// the command runs: a `seeds/` folder in the current directory or any parent, else beside
/// the executable or in any of its parents (a build under `.build/` finds the repository's).
///
/// A private stand-in for the model's `SeedLocator`; the lead can swap it for that one.
enum DefaultSeed {
    struct Found: Equatable {
        var articles: [String]
        var codebook: String?
    }

    static func locate() -> Found? {
        var starts: [String] = []
        if let cwd = currentDirectory() { starts.append(cwd) }
        if let executable = executablePath() { starts.append(parent(of: executable)) }
        for start in starts {
            var folder = start
            while true {
                if let found = inspect(folder + (folder.hasSuffix("/") ? "" : "/") + "seeds") { return found }
                let up = parent(of: folder)
                if up == folder { break }
                folder = up
            }
        }
        return nil
    }

    /// The codebook `NAME.codebook.yaml` and its article `NAME.txt`; without a codebook, every `.txt`.
    static func inspect(_ folder: String) -> Found? {
        guard let names = list(folder) else { return nil }
        let texts = names.filter { $0.hasSuffix(".txt") }.sorted()
        let codebooks = names.filter { $0.hasSuffix(".codebook.yaml") || $0.hasSuffix(".codebook.yml") }.sorted()
        if let codebook = codebooks.first {
            let stem = String(codebook.prefix(upTo: codebook.firstRange(of: ".codebook.")?.lowerBound ?? codebook.endIndex))
            let article = texts.first { $0 == stem + ".txt" }
            let articles = article.map { [$0] } ?? texts
            guard !articles.isEmpty else { return nil }
            return Found(articles: articles.map { folder + "/" + $0 }, codebook: folder + "/" + codebook)
        }
        guard !texts.isEmpty else { return nil }
        return Found(articles: texts.map { folder + "/" + $0 }, codebook: nil)
    }

    static func list(_ folder: String) -> [String]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    static func currentDirectory() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return nil }
        return String(decoding: buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func executablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if count > 0 {
            return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        guard let argument = CommandLine.arguments.first, argument.contains("/"),
            let resolved = realpath(argument, nil)
        else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func parent(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }
}
