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

@Suite struct LoaderHTMLRealisticPageTests {
    /// A page shaped like a real news site: cookie banner, header, breadcrumbs, byline, figure,
    /// inline newsletter promo, related links, tags, comments, sidebar, footer.
    static let page = #"""
<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Officials deny reports of secret talks - Example Herald</title>
<meta name="description" content="Desc">
<meta property="og:title" content="Officials deny reports of secret talks">
<meta property="og:site_name" content="Example Herald">
<link rel="canonical" href="https://herald.example/world/talks">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Officials deny reports of secret talks","datePublished":"2024-06-01T09:30:00Z","author":{"@type":"Person","name":"A. Writer"},"publisher":{"@type":"Organization","name":"Example Herald"}}</script>
</head>
<body>
<div id="cookie-banner">We use cookies. Accept all</div>
<header class="site-header"><a href="/">Example Herald</a><nav><ul><li>World</li><li>Politics</li></ul></nav></header>
<div class="page">
 <div class="breadcrumbs"><a>Home</a> / <a>World</a></div>
 <main id="content">
  <article class="story">
   <h1 class="headline">Officials deny reports of secret talks</h1>
   <div class="byline">By <span>A. Writer</span>, World correspondent</div>
   <time datetime="2024-06-01T09:30:00Z">1 June 2024</time>
   <figure><img src="x.jpg"><figcaption>Delegates arrive. Photo: Agency</figcaption></figure>
   <div class="article-body">
    <p>Government officials on Saturday denied reports that secret talks had taken place in a third country.</p>
    <p>&quot;There have been no negotiations of any kind,&quot; a spokesperson for the foreign ministry told reporters.</p>
    <div class="inline-newsletter"><p>Sign up for our morning briefing</p></div>
    <p>The reports, published earlier this week by a regional newspaper, cited two unnamed sources.</p>
    <aside class="related"><h3>Related</h3><ul><li><a>Earlier story</a></li></ul></aside>
    <h2>Reaction</h2>
    <p>Opposition leaders said the denial was &ldquo;not credible&rdquo; and demanded an inquiry.</p>
    <blockquote><p>We will keep asking questions.</p></blockquote>
    <ul><li>Talks were first rumoured in May.</li><li>Both sides have denied them.</li></ul>
   </div>
   <div class="tags">Tags: <a>world</a> <a>diplomacy</a></div>
   <section class="comments"><h3>Comments</h3><p>Reader comment that should not be read as article text at all.</p></section>
  </article>
 </main>
 <aside class="sidebar"><h2>Most read</h2><p>Another story entirely about something else that is very long indeed.</p></aside>
</div>
<footer><p>© Example Herald</p></footer>
<script>window.dataLayer=[];</script>
</body></html>
"""#

    @Test func onlyTheStoryRemains() throws {
        let article = try #require(parseFile("talks.html", Self.page).articles.first)
        #expect(article.title == "Officials deny reports of secret talks")
        #expect(article.source == "Example Herald")
        #expect(article.date == "2024-06-01T09:30:00Z")
        #expect(article.url == "https://herald.example/world/talks")
        #expect(article.paragraphs == [
            "Government officials on Saturday denied reports that secret talks had taken place in a third country.",
            "\"There have been no negotiations of any kind,\" a spokesperson for the foreign ministry told reporters.",
            "The reports, published earlier this week by a regional newspaper, cited two unnamed sources.",
            "Reaction",
            "Opposition leaders said the denial was \u{201C}not credible\u{201D} and demanded an inquiry.",
            "We will keep asking questions.",
            "Talks were first rumoured in May.",
            "Both sides have denied them.",
        ])
    }

    @Test(arguments: [
        ("By A. Writer, World correspondent", true),
        ("By Friday the port will reopen, officials said.", false),
        ("1 June 2024", true),
        ("Updated: 3 June 2024, 10:04 GMT", true),
        ("June 2024 was the warmest month on record, the agency said.", false),
        ("Home / World / Europe", true),
    ])
    func chromeLines(line: String, isChrome: Bool) {
        #expect(PlainTextArticle.isChrome(line) == isChrome)
    }
}

@Suite struct LoaderHTMLFurnitureTests {
    @Test func aLongStoryInAContainerNamedLikeFurnitureIsKept() throws {
        let paragraph = "<p>The regulator said on Monday that the merger would be examined in depth over the coming months.</p>"
        let html = "<html><body><div class=\"story ad-free\">" + String(repeating: paragraph, count: 20)
            + "<div class=\"ad-slot\">Advertisement text</div></div></body></html>"
        let article = try #require(parseFile("ad.html", html).articles.first)
        #expect(article.paragraphs.count == 1)  // twenty repeats of one paragraph, kept once
        #expect(article.paragraphs.first?.hasPrefix("The regulator said") == true)
        #expect(!article.text.contains("Advertisement text"))
    }

    @Test func hiddenAndRoleNavigationAreSkipped() throws {
        let html = """
        <html><body><article><p>The agency said the count was complete.</p>
        <div hidden>Hidden text said nothing.</div><div style="display: none">Invisible.</div>
        <div role="navigation">Next story</div><div aria-hidden="true">Decoration</div></article></body></html>
        """
        let article = try #require(parseFile("hidden.html", html).articles.first)
        #expect(article.paragraphs == ["The agency said the count was complete."])
    }
}
