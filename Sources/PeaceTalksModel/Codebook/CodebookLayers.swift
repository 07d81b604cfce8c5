import Foundation

/// Where the codebook in effect comes from, most general first (docs/codebook.md):
/// the built-in domain codebook, the user's `$XDG_CONFIG_HOME/peacetalks/codebook.yaml`
/// (else `~/.config/peacetalks/codebook.yaml`), a `codebook.yaml` in each folder opened, an
/// `ARTICLE.codebook.yaml` beside each article, and last `--codebook FILE`.
public enum CodebookLayers {
    /// How the built-in codebook is named in messages and in `peacetalks codebook`.
    public static let builtInName = "built-in codebook"
    /// The codebook a folder of articles may hold for all of them.
    public static let folderFileName = "codebook.yaml"

    public enum Source: Hashable, Sendable {
        case builtIn
        case file(String)

        public var label: String {
            switch self {
            case .builtIn: return CodebookLayers.builtInName
            case .file(let path): return path
            }
        }
    }

    /// The layers for these command-line paths (files and folders) and the articles found in
    /// them: files that exist, each once, at its last place. `explicit` is always included, so
    /// a missing `--codebook` file is an error rather than skipped.
    public static func sources(
        paths: [String], articles: [String], explicit: String?,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> [Source] {
        var files: [String] = []
        if let user = userCodebookPath(environment: environment) { files.append(user) }
        for path in paths where isDirectory(path) {
            files.append((path.hasSuffix("/") ? String(path.dropLast()) : path) + "/" + folderFileName)
        }
        let names = FolderNames()
        files += articles.map(articleCodebookPath(forArticle:)).filter(names.mayExist)
        var found = files.filter(isFile)
        if let explicit { found.append(explicit) }
        var sources: [Source] = [.builtIn]
        for (index, file) in found.enumerated() {
            let key = URL(fileURLWithPath: file).standardizedFileURL.path
            let later = found[(index + 1)...].contains { URL(fileURLWithPath: $0).standardizedFileURL.path == key }
            if !later { sources.append(.file(file)) }
        }
        return sources
    }

    /// The same, finding the articles in the paths as loading would.
    public static func sources(
        forPaths paths: [String], explicit: String?,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> [Source] {
        sources(
            paths: paths, articles: try ArticleDiscovery.articleFiles(in: paths).files.map(\.path), explicit: explicit,
            environment: environment)
    }

    /// `$XDG_CONFIG_HOME/peacetalks/codebook.yaml`, else `$HOME/.config/peacetalks/codebook.yaml`
    /// (XDG Base Directory: a relative XDG_CONFIG_HOME is ignored).
    public static func userCodebookPath(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return config + "/peacetalks/codebook.yaml"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.config/peacetalks/codebook.yaml"
    }

    /// `X.codebook.yaml` beside an article `X.txt`.
    public static func articleCodebookPath(forArticle path: String) -> String {
        PathStem.replacingExtension(of: path, with: ".codebook.yaml")
    }

    /// Reads every layer and lays them over one another.
    public static func load(_ sources: [Source]) throws -> LayeredCodebook {
        try CodebookMerge.merge(sources.map { source in
            switch source {
            case .builtIn: return try builtInLayer.get()
            case .file(let path): return try CodebookLoader.loadLayer(path: path)
            }
        })
    }

    /// Every layer's name and bytes, for the analysis cache's key: any change to any layer
    /// makes a new key. An unreadable file counts as empty (loading it reports the error).
    public static func fingerprint(_ sources: [Source]) -> (names: String, bytes: [UInt8]) {
        var bytes: [UInt8] = []
        for source in sources {
            let content: [UInt8]
            switch source {
            case .builtIn: content = Array(domainCodebookYAML.utf8)
            case .file(let path): content = FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
            }
            // Length first, so two layers' bytes cannot run into each other.
            bytes += Array(String(content.count).utf8) + [0]
            bytes += content
        }
        return (sources.map(\.label).joined(separator: "\n"), bytes)
    }

    /// The built-in codebook, parsed once. An error here is a programmer's, caught by a test.
    static let builtInLayer: Result<CodebookLayer, Diagnostic> = {
        do {
            return .success(try CodebookLoader.parseLayer(domainCodebookYAML, path: builtInName))
        } catch let diagnostic as Diagnostic {
            return .failure(diagnostic)
        } catch {
            return .failure(Diagnostic.error("\(error)", file: builtInName))
        }
    }()

    private static func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }

    private static func isFile(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && !directory.boolValue
    }
}
