/// The default corpus: the seed articles, compiled into the binary at build time.
///
/// `gainsay` with no path opens these; they need no file system, so a copied binary still has them.
public enum SeedCorpus {
    /// One embedded file: its name as it stood in `seeds/`, and its raw bytes.
    public struct File: Sendable, Hashable {
        public let name: String
        public let bytes: [UInt8]
    }

    /// Every seed file, in file-name order.
    public static let files: [File] = embeddedSeedFiles.map { File(name: $0.name, bytes: $0.bytes) }

    /// The same files in the shape the loaders take (`CorpusLoader.load(files:)`,
    /// `CommandLineLoad.load(paths:defaultFiles:)`).
    public static let namedBytes: [(name: String, bytes: [UInt8])] = files.map { ($0.name, $0.bytes) }
}
