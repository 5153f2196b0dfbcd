import Foundation
import Testing
@testable import GainsayCore

@Suite struct LoaderFeedTests {
    static let rss = """
    <?xml version="1.0" encoding="UTF-8"?>
    <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
    <channel>
      <title>Example Wire &amp; Partners</title>
      <link>https://wire.example</link>
      <item>
        <title>Ministers deny &lt;b&gt;leak&lt;/b&gt;</title>
        <link>https://wire.example/1</link>
        <pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
        <description>Short teaser only.</description>
        <content:encoded><![CDATA[<p>The ministry denied on Tuesday that any document had leaked.</p>
          <script>alert("no")</script><p>A spokesperson said the report was false &amp; misleading.</p>]]></content:encoded>
      </item>
      <item>
        <title>Harbour reopens</title>
        <guid>https://wire.example/2</guid>
        <dc:date>2024-03-06</dc:date>
        <description>&lt;p&gt;The harbour master said ships could dock again.&lt;/p&gt;&lt;p&gt;Fishermen confirmed it.&lt;/p&gt;</description>
      </item>
      <item><title>Only a title, no text</title></item>
    </channel></rss>
    """

    @Test func eachRSSItemIsAnArticle() throws {
        let corpus = parseFile("wire.xml", Self.rss)
        #expect(corpus.articles.count == 2)
        let first = try #require(corpus.articles.first)
        #expect(first.id == "wire-1")
        #expect(first.title == "Ministers deny leak")
        #expect(first.source == "Example Wire & Partners")
        #expect(first.url == "https://wire.example/1")
        #expect(first.date == "Tue, 05 Mar 2024 10:00:00 GMT")
        #expect(first.paragraphs == [
            "The ministry denied on Tuesday that any document had leaked.",
            "A spokesperson said the report was false & misleading.",
        ])
        let second = try #require(corpus.articles.last)
        #expect(second.id == "wire-2")
        #expect(second.url == "https://wire.example/2")
        #expect(second.date == "2024-03-06")
        #expect(second.paragraphs == ["The harbour master said ships could dock again.", "Fishermen confirmed it."])
    }

    @Test func atomEntriesWithTextHtmlAndXhtmlContent() throws {
        let atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title type="text">Example Atom News</title>
          <entry>
            <title type="html">Court &lt;em&gt;rejects&lt;/em&gt; appeal</title>
            <link rel="alternate" href="https://atom.example/a"/>
            <link rel="self" href="https://atom.example/a.atom"/>
            <id>urn:uuid:1</id>
            <published>2024-01-02T03:04:05Z</published>
            <updated>2024-01-03T00:00:00Z</updated>
            <summary>Summary that is not used when content exists.</summary>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The court said the appeal had no merit.</p><p>Lawyers for the firm denied wrongdoing.</p></div></content>
          </entry>
          <entry>
            <title>Second entry</title>
            <link href="https://atom.example/b"/>
            <updated>2024-01-04T00:00:00Z</updated>
            <summary type="html">&lt;p&gt;Officials confirmed the figures on Wednesday.&lt;/p&gt;</summary>
          </entry>
        </feed>
        """
        let corpus = parseFile("news.atom", atom)
        #expect(corpus.problems.isEmpty)
        #expect(corpus.articles.count == 2)
        let first = try #require(corpus.articles.first)
        #expect(first.title == "Court rejects appeal")
        #expect(first.source == "Example Atom News")
        #expect(first.url == "https://atom.example/a")
        #expect(first.date == "2024-01-02T03:04:05Z")
        #expect(first.paragraphs == ["The court said the appeal had no merit.", "Lawyers for the firm denied wrongdoing."])
        let second = try #require(corpus.articles.last)
        #expect(second.date == "2024-01-04T00:00:00Z")
        #expect(second.paragraphs == ["Officials confirmed the figures on Wednesday."])
    }

    @Test func rdfFeedItemsAreRead() throws {
        let rdf = """
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
          <channel><title>Old Style Feed</title></channel>
          <item><title>One</title><link>https://x.example/1</link><description>The agency said it would review the case.</description></item>
        </rdf:RDF>
        """
        let article = try #require(parseFile("old.rdf", rdf).articles.first)
        #expect(article.source == "Old Style Feed")
        #expect(article.paragraphs == ["The agency said it would review the case."])
    }

    @Test func malformedFeedIsOneProblemNamingTheLine() throws {
        let broken = "<?xml version=\"1.0\"?>\n<rss><channel><title>T</title>\n<item><title>x</title></channel></rss>"
        let corpus = parseFile("broken.xml", broken)
        #expect(corpus.articles.isEmpty)
        let problem = try #require(corpus.problems.first)
        #expect(corpus.problems.count == 1)
        #expect(problem.reason.hasPrefix("malformed XML at line"))
    }

    @Test func xmlThatIsNotAFeedIsRefusedClearly() {
        let corpus = parseFile("sitemap.xml", "<?xml version=\"1.0\"?><urlset><url><loc>x</loc></url></urlset>")
        #expect(corpus.articles.isEmpty)
        #expect(corpus.problems.first?.reason.contains("not an RSS or Atom feed") == true)
    }

    @Test func entityDeclarationsAreRefused() {
        let laughs = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
        <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
        <rss><channel><title>&lol3;</title><item><title>a</title><description>&lol3;</description></item></channel></rss>
        """
        let corpus = parseFile("lolz.xml", laughs)
        #expect(corpus.articles.isEmpty)
        #expect(corpus.problems.first?.reason.contains("entities") == true)
    }

    @Test func libxmlAloneNeverExpandsEntitiesNorReadsFiles() {
        // Bypass the prolog check: libxml2 itself must neither substitute entities nor load
        // the external one.
        let xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE r [<!ENTITY secret SYSTEM "file:///etc/passwd"><!ENTITY a "aaaaaaaaaa">]>
        <rss><channel><title>T&secret;&a;</title><item><title>x</title><description>Body said &secret; here.</description></item></channel></rss>
        """
        let bytes = Array(xxe.utf8)
        let result = bytes.withUnsafeBytes { buffer in
            LibXML.withXMLDocument(buffer, encoding: nil) { root in root.textContent }
        }
        if case .success(let text) = result {
            #expect(!text.contains("root:"))
            #expect(!text.contains("aaaaaaaaaa"))
        }
    }

    @Test func billionLaughsThroughLibxmlAloneStaysSmallAndQuick() {
        var laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY l0 \"lol\">"
        for level in 1...10 {
            laughs += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">"
        }
        laughs += "]><rss><channel><title>&l10;</title></channel></rss>"
        let started = Date()
        let result = Array(laughs.utf8).withUnsafeBytes { buffer in
            LibXML.withXMLDocument(buffer, encoding: nil) { root in root.textContent.utf8.count }
        }
        #expect(Date().timeIntervalSince(started) < 2)
        if case .success(let length) = result { #expect(length < 1000) }
    }

    @Test func feedInWindows1252DeclaredAsUTF8StillLoads() throws {
        var bytes = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss><channel><title>Caf".utf8) + [0xE9]
        bytes += Array("</title><item><title>Na".utf8) + [0xEF] + Array("ve</title><description>The caf".utf8) + [0xE9]
        bytes += Array(" owner said it would close.</description></item></channel></rss>".utf8)
        let article = try #require(parseFile("latin.xml", bytes).articles.first)
        #expect(article.source == "Café")
        #expect(article.title == "Naïve")
    }

    @Test func feedDetectedByContentEvenWhenNamedHTML() {
        #expect(parseFile("feed.html", Self.rss).articles.count == 2)
    }
}
