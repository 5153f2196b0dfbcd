import Testing
@testable import GainsayCore

@Suite struct LoaderHTMLTests {
    static let page = """
    <!DOCTYPE html>
    <html><head><meta charset="utf-8"><title>Port closed after storm | The Daily Example</title>
    <meta property="og:site_name" content="The Daily Example">
    <meta property="article:published_time" content="2024-05-01T10:00:00Z">
    <meta property="og:url" content="https://example.org/port">
    <script>var said = "the script said that this must not appear";</script>
    <style>p { color: red } /* style text must not appear */</style>
    </head><body>
    <header><nav><a href="/">Home</a> &gt; <a href="/world">World</a></nav><h1>Header heading</h1></header>
    <article>
      <h1>Port closed after storm</h1>
      <p>The harbour authority said on Tuesday that the port would stay closed&nbsp;until Friday.</p>
      <p>&ldquo;We have no choice,&rdquo; the director told reporters. <a href="#">Read   more</a> about it &amp; more.</p>
      <aside>Related: an aside that must not appear</aside>
      <div class="share-buttons">Share on social networks</div>
      <form><label>Email</label><input name="e"><button>Sign up for the form text</button></form>
      <p>Shipping firms denied<br>that cargo was lost.</p>
    </article>
    <footer>Copyright footer text</footer>
    </body></html>
    """

    @Test func takesMetadataFromThePage() throws {
        let corpus = parseFile("port.html", Self.page)
        let article = try #require(corpus.articles.first)
        #expect(corpus.problems.isEmpty)
        #expect(article.id == "port")
        #expect(article.title == "Port closed after storm")
        #expect(article.source == "The Daily Example")
        #expect(article.date == "2024-05-01T10:00:00Z")
        #expect(article.url == "https://example.org/port")
    }

    @Test func bodyComesFromTheArticleWithoutFurniture() throws {
        let article = try #require(parseFile("port.html", Self.page).articles.first)
        #expect(article.paragraphs == [
            "The harbour authority said on Tuesday that the port would stay closed until Friday.",
            "\u{201C}We have no choice,\u{201D} the director told reporters. Read more about it & more.",
            "Shipping firms denied that cargo was lost.",
        ])
        for banned in ["script", "style text", "aside", "Share on", "form text", "footer", "Home", "Header heading"] {
            #expect(!article.text.contains(banned), "\(banned) leaked into the text")
        }
    }

    @Test func withoutArticleElementTheDensestParagraphsWin() throws {
        let html = """
        <html><head><title>Budget vote delayed - Example Times</title></head><body>
        <div class="menu"><p>Menu</p></div>
        <div id="teasers"><p>Short teaser one.</p></div>
        <div id="story">
          <p>The finance minister said the vote on the budget would be delayed by a week.</p>
          <p>Opposition leaders denied that they had asked for the delay, according to a statement.</p>
          <p>A spokesperson confirmed the new date to reporters on Monday evening.</p>
        </div>
        <div id="sidebar-box"><p>Most read today</p></div>
        </body></html>
        """
        let article = try #require(parseFile("budget.htm", html).articles.first)
        #expect(article.title == "Budget vote delayed")
        #expect(article.paragraphs.count == 3)
        #expect(article.paragraphs.first?.hasPrefix("The finance minister") == true)
        #expect(!article.text.contains("teaser"))
        #expect(!article.text.contains("Most read"))
    }

    @Test func mainIsUsedWhenThereIsNoArticle() throws {
        let html = """
        <html><body><nav><p>Navigation paragraph that is quite long and should never be read as text.</p></nav>
        <main><h2>Section</h2><p>The council said the bridge would reopen in spring after repairs.</p></main></body></html>
        """
        let article = try #require(parseFile("bridge.html", html).articles.first)
        #expect(article.paragraphs == ["Section", "The council said the bridge would reopen in spring after repairs."])
    }

    @Test func jsonLinkedDataGivesDateAndPublisher() throws {
        let html = """
        <html><head><title>Talks resume</title>
        <script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
         {"@type":"NewsArticle","headline":"Talks resume","datePublished":"2023-11-02T08:00:00+01:00",
          "publisher":{"@type":"Organization","name":"Example Wire"}}]}
        </script></head>
        <body><article><p>Negotiators said talks would resume on Thursday in a neutral city.</p></article></body></html>
        """
        let article = try #require(parseFile("talks.html", html).articles.first)
        #expect(article.date == "2023-11-02T08:00:00+01:00")
        #expect(article.source == "Example Wire")
    }

    @Test func timeElementGivesDateWhenNothingElseDoes() throws {
        let html = """
        <html><head><title>Floods</title></head><body><article><time datetime="2022-03-04">4 March</time>
        <p>Rescue teams said the water was still rising in the valley on Friday.</p></article></body></html>
        """
        let article = try #require(parseFile("floods.html", html).articles.first)
        #expect(article.date == "2022-03-04")
    }

    @Test func titleFallsBackToHeading() throws {
        let html = "<html><body><h1>Heading &amp; title</h1><p>Officials said the plan had been approved by the board.</p></body></html>"
        let article = try #require(parseFile("h.html", html).articles.first)
        #expect(article.title == "Heading & title")
        #expect(article.paragraphs == ["Officials said the plan had been approved by the board."])
    }

    @Test(arguments: [
        ("Storm hits coast | The Daily Example", "The Daily Example", "Storm hits coast"),
        ("Storm hits coast - The Daily Example", "The Daily Example", "Storm hits coast"),
        ("Storm hits coast — The Daily Example", "The Daily Example", "Storm hits coast"),
        ("Storm hits the coast - Example News", nil, "Storm hits the coast"),
        ("Storm hits the coast | examplenews.com", nil, "Storm hits the coast"),
        ("Minister says talks - not war - are the answer", nil, "Minister says talks - not war - are the answer"),
        ("Ceasefire holds", "Example", "Ceasefire holds"),
    ] as [(String, String?, String)])
    func siteNamesAreRemovedFromTitles(title: String, site: String?, expected: String) {
        #expect(TitleCleaner.removingSiteName(title, siteName: site) == expected)
    }

    @Test func metaCharsetWindows1252IsHonoured() throws {
        var bytes = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><title>Caf".utf8)
        bytes += [0xE9]  // é
        bytes += Array(" news</title></head><body><p>The mayor said ".utf8) + [0x93] + Array("no".utf8) + [0x94]
            + Array(" to the caf".utf8) + [0xE9] + Array(" plan.</p></body></html>".utf8)
        let article = try #require(parseFile("cafe.html", bytes).articles.first)
        #expect(article.title == "Café news")
        #expect(article.paragraphs == ["The mayor said \u{201C}no\u{201D} to the café plan."])
    }

    @Test func metaCharsetLatin1DeclaredButOtherEncodingViaLibxml() throws {
        // ISO-8859-2: 0xB1 is "ą" there (and "±" in Latin-1): the declared encoding must win.
        let bytes = Array("<html><head><meta charset=\"iso-8859-2\"><title>Ksi".utf8) + [0xB1, 0xBF]
            + Array("ka</title></head><body><p>Text of the article about the book market said.</p></body></html>".utf8)
        let article = try #require(parseFile("pl.html", bytes).articles.first)
        #expect(article.title == "Książka")
    }

    @Test func utf8PageWithoutDeclarationAndUTF16PageWithBOM() throws {
        let html = "<html><head><title>Zürich – Genève</title></head><body><p>Die Behörde sagte, der Zug fahre wieder.</p></body></html>"
        #expect(parseFile("a.html", html).articles.first?.title == "Zürich – Genève")
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in html.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let article = try #require(parseFile("b.html", utf16).articles.first)
        #expect(article.title == "Zürich – Genève")
        #expect(article.paragraphs == ["Die Behörde sagte, der Zug fahre wieder."])
    }

    @Test func htmlIsDetectedByContentWhateverTheExtension() throws {
        let article = try #require(parseFile("saved.txt", Self.page).articles.first)
        #expect(article.source == "The Daily Example")
        #expect(!article.text.contains("<p>"))
    }

    @Test func deeplyNestedPageDoesNotOverflowTheStack() {
        let html = String(repeating: "<div>", count: 20000) + "<p>Deep text said here.</p>" + String(repeating: "</div>", count: 20000)
        let corpus = parseFile("deep.html", html)
        #expect(corpus.articles.count + corpus.problems.count == 1)
    }
}

@Suite struct LoaderHTMLLineBreakTests {
    @Test func doubleLineBreaksSeparateParagraphs() throws {
        let html = "<html><body><div>The mayor said the road<br>would reopen.<br><br>Residents welcomed the news on Monday.</div></body></html>"
        let article = try #require(parseFile("br.html", html).articles.first)
        #expect(article.paragraphs == ["The mayor said the road would reopen.", "Residents welcomed the news on Monday."])
    }
}
