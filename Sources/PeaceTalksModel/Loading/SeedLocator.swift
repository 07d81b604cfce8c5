import Foundation

/// Finds the default seed articles from wherever the command is run. Their codebook and
/// annotations are found beside them, as for any article.
public enum SeedLocator {
    public struct Seeds: Hashable, Sendable {
        /// The folder the seeds were found in.
        public var folder: String
        /// Every article in the folder, sorted by path.
        public var articles: [String]
    }

    /// The environment variable that names a seeds folder, overriding the search.
    public static let environmentVariable = "PEACETALKS_SEEDS"

    /// Looks in `$PEACETALKS_SEEDS`, then for a `seeds/` folder holding an article in the
    /// current directory or any folder above it, then likewise above the executable's real path,
    /// then where `scripts/install` puts them: `PREFIX/share/peacetalks/seeds` beside the
    /// executable's `bin/`, `$XDG_DATA_HOME/peacetalks/seeds` and each of `$XDG_DATA_DIRS`.
    public static func locate(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        currentDirectory: String = FileManager.default.currentDirectoryPath,
        executable: String? = SeedLocator.executablePath()
    ) throws -> Seeds {
        var tried: [String] = []
        if let folder = environment[environmentVariable], !folder.isEmpty {
            if let seeds = seeds(in: folder) { return seeds }
            throw Diagnostic.error(
                "\(environmentVariable) names a folder without an article (.txt or .md) in it", file: folder)
        }
        var starts = [currentDirectory]
        if let executable { starts.append(URL(fileURLWithPath: executable).deletingLastPathComponent().path) }
        for start in starts {
            var directory = URL(fileURLWithPath: start).standardizedFileURL
            while true {
                let candidate = directory.appendingPathComponent("seeds").path
                tried.append(candidate)
                if let seeds = seeds(in: candidate) { return seeds }
                let parent = directory.deletingLastPathComponent()
                if parent.path == directory.path { break }
                directory = parent
            }
        }
        for folder in installedFolders(environment: environment, executable: executable) {
            tried.append(folder)
            if let seeds = seeds(in: folder) { return seeds }
        }
        throw Diagnostic.error(
            "no article to open: name one or a folder of them, e.g. `peacetalks article.txt` or `peacetalks articles/` "
                + "(without names, the seed articles are read from a seeds/ folder above the current directory or the "
                + "program, or from \(environmentVariable))",
            file: currentDirectory)
    }

    /// The seed folders of an installation, most specific first (XDG Base Directory defaults).
    static func installedFolders(environment: [String: String], executable: String?) -> [String] {
        var shares: [String] = []
        if let executable {
            shares.append(URL(fileURLWithPath: executable).deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("share").path)
        }
        if let dataHome = environment["XDG_DATA_HOME"], dataHome.hasPrefix("/") {
            shares.append(dataHome)
        } else if let home = environment["HOME"], !home.isEmpty {
            shares.append(home + "/.local/share")
        }
        let dataDirs = environment["XDG_DATA_DIRS"].flatMap { $0.isEmpty ? nil : $0 } ?? "/usr/local/share:/usr/share"
        shares += dataDirs.split(separator: ":").map(String.init).filter { $0.hasPrefix("/") }
        var seen = Set<String>()
        return shares.map { $0 + "/peacetalks/seeds" }.filter { seen.insert($0).inserted }
    }

    /// The running executable's path with symlinks resolved, so an installed symlink still finds the checkout.
    public static func executablePath() -> String? {
        let fileManager = FileManager.default
        if let resolved = try? fileManager.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return resolved }
        guard let argument = CommandLine.arguments.first, !argument.isEmpty else { return nil }
        var path = argument
        if !path.contains("/") {
            let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? ""
            guard let found = searchPath.split(separator: ":").map({ "\($0)/\(argument)" })
                .first(where: { fileManager.isExecutableFile(atPath: $0) })
            else { return nil }
            path = found
        }
        return URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }

    static func seeds(in folder: String) -> Seeds? {
        let fileManager = FileManager.default
        guard let names = try? fileManager.contentsOfDirectory(atPath: folder) else { return nil }
        let sorted = names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let articles = sorted.filter(ArticleDiscovery.isArticle).map { folder + "/" + $0 }
        guard !articles.isEmpty else { return nil }
        return Seeds(folder: folder, articles: articles)
    }
}
