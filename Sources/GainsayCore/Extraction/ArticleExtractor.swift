/// Extracts the attributed statements of one article (API skeleton; filled in next).
enum ArticleExtractor {
    static func extract(_ article: Article) -> [Statement] { [] }
}
