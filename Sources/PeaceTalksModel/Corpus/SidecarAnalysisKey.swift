import Foundation
import Yams

/// The part of an article's annotation file the analysis reads, as bytes for the analysis
/// cache's key. The analysis (`CorpusBuilder`) reads only the `positions` section; tags,
/// decisions, speaker corrections and memos are laid over it after the cache
/// (`AnnotationOverlay`), so saving one of them must not make the article be analysed again.
///
/// The section is taken from the composed YAML tree, not parsed against a codebook: the key is
/// made before any codebook is loaded, and the codebook's bytes are in the key already. Every
/// node's text, style and place (line, column) goes in, since a warning about an anchor that no
/// longer matches names its line and column, and the cache keeps the warnings.
enum SidecarAnalysisKey {
    /// Nil when the article has no annotation file. A file that is not UTF-8 or not YAML gives
    /// its whole bytes: the loader will say what is wrong with it, cached or not.
    static func bytes(forArticle path: String) -> [UInt8]? {
        guard let contents = AnnotationLoader.contents(forArticle: path) else { return nil }
        return bytes(ofSidecar: contents)
    }

    static func bytes(ofSidecar contents: [UInt8]) -> [UInt8] {
        let whole = Array("whole\n".utf8) + contents
        guard let text = String(validating: contents, as: UTF8.self),
              let root = try? Yams.compose(yaml: text) else { return whole }
        guard let top = root.mapping else { return whole }
        var bytes = Array("positions\n".utf8)
        if let positions = top["positions"] { append(positions, to: &bytes) } else { bytes += Array("none\n".utf8) }
        return bytes
    }

    /// A node and everything under it, each part length-prefixed so no two trees give the same bytes.
    private static func append(_ node: Node, to bytes: inout [UInt8]) {
        let place = "\(node.mark?.line ?? 0):\(node.mark?.column ?? 0)"
        switch node {
        case let .scalar(scalar):
            field("scalar \(place) \(scalar.style.rawValue) \(scalar.tag.description)", &bytes)
            field(scalar.string, &bytes)
        case let .mapping(mapping):
            field("mapping \(place) \(mapping.count)", &bytes)
            for (key, value) in mapping {
                append(key, to: &bytes)
                append(value, to: &bytes)
            }
        case let .sequence(sequence):
            field("sequence \(place) \(sequence.count)", &bytes)
            for item in sequence { append(item, to: &bytes) }
        case let .alias(alias):
            // Yams resolves aliases while composing; kept for completeness.
            field("alias \(place) \(alias.anchor.rawValue)", &bytes)
        }
    }

    private static func field(_ text: String, _ bytes: inout [UInt8]) {
        let utf8 = Array(text.utf8)
        bytes += Array("\(utf8.count):".utf8) + utf8
    }
}
