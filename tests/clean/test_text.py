"""Text mode on pages of layouts and languages the classifier was not tuned on."""

from __future__ import annotations

from digests.clean import clean_text

GERMAN_BODY = [
    "Die Stadtwerke haben am Montag angekündigt, die Preise für Fernwärme im kommenden Jahr um "
    "durchschnittlich zwölf Prozent zu senken.",
    "Grund dafür seien die deutlich gefallenen Einkaufspreise für Gas, teilte das Unternehmen "
    "mit. Rund 40.000 Haushalte in der Stadt sind an das Netz angeschlossen.",
    "„Wir geben die Entlastung vollständig an unsere Kundinnen und Kunden weiter“, sagte "
    "Geschäftsführerin Petra Albrecht bei der Vorstellung der neuen Tarife.",
    "Verbraucherschützer begrüßten den Schritt, forderten aber mehr Transparenz bei der "
    "Berechnung der Grundgebühr, die im vergangenen Jahr zweimal erhöht worden war.",
    "Die neuen Preise gelten ab dem 1. Januar. Bestehende Verträge werden automatisch "
    "angepasst, ein Antrag ist nicht nötig.",
]

GERMAN_PAGE = "\n".join([
    "Stadtwerke senken Preise für Fernwärme | Tageblatt Nord",
    "",
    "Zum Inhalt springen",
    "Startseite",
    "Lokales",
    "Politik",
    "Wirtschaft",
    "Sport",
    "Kultur",
    "Suche",
    "Anmelden",
    "",
    "Wirtschaft",
    "",
    "Stadtwerke senken Preise für Fernwärme",
    "",
    "Von Jonas Weber",
    "12. Oktober 2026, 14:05 Uhr",
    "",
    GERMAN_BODY[0],
    "",
    "Anzeige",
    "",
    GERMAN_BODY[1],
    "",
    GERMAN_BODY[2],
    "",
    "Foto: Tageblatt/Archiv",
    "",
    GERMAN_BODY[3],
    "",
    GERMAN_BODY[4],
    "",
    "Teilen",
    "Drucken",
    "",
    "Lesen Sie auch",
    "",
    "Neues Hallenbad öffnet im Frühjahr",
    "",
    "Busse fahren ab Dezember im Zehn-Minuten-Takt",
    "",
    "Newsletter abonnieren und keine Nachricht aus der Region verpassen",
    "",
    "Kommentar schreiben",
    "Ihre E-Mail-Adresse wird nicht veröffentlicht.",
    "",
    "Impressum",
    "Datenschutz",
    "Kontakt",
    "© 2026 Tageblatt Nord",
])

ENGLISH_BODY = [
    "Scientists have identified a new species of frog in the cloud forests of northern Peru, "
    "a team from the national university said on Thursday.",
    "The frog, which is smaller than a thumbnail, was found at an altitude of more than 3,000 "
    "metres during a survey of the region's streams last spring.",
    "Its call resembles the chirp of a cricket, which is why it went unnoticed for so long, "
    "said lead researcher Ana Quispe.",
    "The team has asked the government to protect the forest where the frog lives, which is "
    "threatened by mining and farming.",
]

ENGLISH_PAGE = "\n".join([
    "New frog species found in Peru's cloud forests - Science Daily Wire",
    "Skip to main content",
    "Science Health Environment Space Technology",
    "Subscribe",
    "Log in",
    "New frog species found in Peru's cloud forests",
    "By Maria Torres",
    "Published March 3, 2026",
    "Share on Facebook",
    "Share on Twitter",
    *ENGLISH_BODY,
    "Advertisement",
    "More from Science",
    "Why octopuses dream",
    "The oldest tree in Europe is older than we thought",
    "A telescope the size of a planet",
    "About us Careers Contact Terms Privacy",
    "Copyright 2026 Science Daily Wire. All rights reserved.",
])

CHINESE_BODY = [
    "本市今天宣布，将在明年春天之前完成老城区全部供水管道的更新工程，预计惠及约十二万居民。",
    "市水务局负责人表示，新管道采用更耐腐蚀的材料，可以大幅减少漏水和停水事故。",
    "施工期间，部分路段将实行夜间施工，相关部门将提前通知沿线居民做好准备。",
]

CHINESE_PAGE = "\n".join([
    "老城区供水管道明年春天前全部更新_城市新闻网",
    "首页",
    "新闻",
    "财经",
    "体育",
    "老城区供水管道明年春天前全部更新",
    "",
    *CHINESE_BODY,
    "",
    "相关阅读",
    "地铁五号线下月试运行",
    "本周末全市气温回升",
    "广告",
    "关于我们",
    "联系我们",
])


def test_german_page_keeps_title_byline_and_body() -> None:
    article = clean_text(GERMAN_PAGE)
    assert article.title == "Stadtwerke senken Preise für Fernwärme"
    assert article.byline == "Jonas Weber"
    assert article.paragraphs == GERMAN_BODY


def test_german_page_drops_its_chrome() -> None:
    text = clean_text(GERMAN_PAGE).text
    for chrome in ["Anzeige", "Foto:", "Teilen", "Lesen Sie auch", "Hallenbad", "Zehn-Minuten",
                   "Newsletter", "E-Mail-Adresse", "Impressum", "©"]:
        assert chrome not in text


def test_english_page_without_blank_lines() -> None:
    # Every line is its own block here: no blank lines separate paragraphs from the chrome.
    article = clean_text(ENGLISH_PAGE)
    assert article.title == "New frog species found in Peru's cloud forests"
    assert article.byline == "Maria Torres"
    assert article.paragraphs == ENGLISH_BODY
    for chrome in ["Share", "Advertisement", "More from", "octopuses", "All rights reserved"]:
        assert chrome not in article.text


def test_chinese_page_counts_characters_not_spaces() -> None:
    article = clean_text(CHINESE_PAGE)
    assert article.paragraphs == CHINESE_BODY
    assert "地铁" not in article.text


def test_hard_wrapped_paragraph_is_joined() -> None:
    page = "\n".join([
        "Menu", "Home", "News", "",
        "The bridge will close for repairs on Monday, the transport department said, and",
        "drivers are advised to use the ring road until the work is finished in May.",
        "",
        "Engineers found cracks in two of its supports during an inspection last month, "
        "and the repairs cannot wait until the summer, officials said.",
        "", "Share", "Contact",
    ])
    article = clean_text(page)
    assert article.paragraphs[0] == (
        "The bridge will close for repairs on Monday, the transport department said, and "
        "drivers are advised to use the ring road until the work is finished in May."
    )
    assert len(article.paragraphs) == 2


def test_a_line_wrapped_after_a_comma_or_a_function_word_is_joined() -> None:
    """Wire copy wrapped at a fixed width breaks lines anywhere: after a comma or a word no
    sentence ends with ("sentenced on"), the next line goes on with the sentence even when it
    opens with a capital ("Monday", a name)."""
    page = "\n".join([
        "Menu", "Home", "News", "",
        "The former mayor of Northfield, Ann Lee,",
        "who led the town for ten years, was sentenced on",
        "Monday to five years in prison for taking bribes from",
        "Harbour Developments, a building firm, prosecutors said.",
        "",
        "Lee, 61, had been convicted in June of six counts of bribery and fraud, and she resigned "
        "from the council soon after the verdict.",
        "", "Share", "Contact",
    ])
    article = clean_text(page)
    assert article.paragraphs[0] == (
        "The former mayor of Northfield, Ann Lee, who led the town for ten years, was sentenced "
        "on Monday to five years in prison for taking bribes from Harbour Developments, a "
        "building firm, prosecutors said."
    )


def test_empty_and_chrome_only_input() -> None:
    assert clean_text("").paragraphs == []
    assert clean_text("Home\nNews\nShare\nAdvertisement\n").paragraphs == []


def test_plain_article_without_chrome_loses_nothing() -> None:
    body = [
        "Levy tipped for Whitbread prize",
        "Novelist Andrea Levy is favourite to win the main Whitbread Prize book of the year "
        "award, after winning the novel category.",
        "The judges said the shortlist was the strongest in years:",
        "Small Island by Andrea Levy",
        "Corpus by Michael Symmons Roberts",
        "Eve Green by Susan Fletcher",
        "Guy has published many histories, including one of Tudor England.",
        "He is a fellow at Clare College, Cambridge and an honorary research professor.",
        "The winner will be announced at a ceremony in London on Tuesday evening, the organisers "
        "said.",
    ]
    article = clean_text("\n".join(body))
    assert article.title == body[0]
    assert article.paragraphs == body[1:]


def test_language_is_guessed_from_the_article() -> None:
    assert clean_text(GERMAN_PAGE).language == "de"
    assert clean_text(ENGLISH_PAGE).language == "en"
    assert clean_text(CHINESE_PAGE).language == "zh"


HINDI_BODY = [
    "मंगलवार दोपहर, आउटर ड्राइव और फोर्ट स्ट्रीट के पास एक ड्रग ऑपरेशन के दौरान एक लिंकन पार्क "
    "पुलिस अधिकारी और एक संदिग्ध दोनों को गोली मार दी गई। पैर में घायल अधिकारी की हालत स्थिर है, "
    "जबकि भागने का प्रयास करने वाला संदिग्ध भी घायल हो गया था और हिरासत में है। मिशिगन राज्य "
    "पुलिस द्वारा घटना की जाँच की जा रही है।",
]
TAMIL_BODY = [
    "தூத்துக்குடி வடபாகம் போலீஸ் இன்ஸ்பெக்டர் தலைமையிலான போலீசார் இரவு ரோந்து பணி மேற்கொண்டு "
    "மட்டக்கடை பகுதியில் வாகன தணிக்கையில் ஈடுபட்டனர். அப்போது அவர்களிடம் ஆயுதங்கள் இருந்தது "
    "தெரியவந்தது. இதனையடுத்து 2 பேரையும் கைது செய்த போலீசார், ஆயுதங்கள் மற்றும் மோட்டார் "
    "சைக்கிளையும் பறிமுதல் செய்து விசாரணை நடத்தினர்.",
]


def test_scripts_with_vowel_signs_read_as_prose() -> None:
    """Devanagari and Tamil write most vowels as signs that are not letters to Unicode (category
    M): counted as letters, the body is prose rather than a row of symbols."""
    for title, body in [("लिंकन पार्क में ड्रग ऑपरेशन के दौरान अधिकारी को गोली लगी", HINDI_BODY),
                        ("தூத்துக்குடியில் ஆயுதங்களுடன் திரிந்த 2 வாலிபர்கள் கைது", TAMIL_BODY)]:
        article = clean_text("\n\n".join([title, *body, "November 26, 2024"]))
        assert article.title == title
        assert article.paragraphs == body


def test_text_that_begins_with_its_body_keeps_its_first_sentence() -> None:
    """A first line that is long and ends as a sentence is the story's lead, not a title to
    set aside: a scraper that pulled only the body gives no title."""
    body = [
        "La ministre des Emigrés, Alice Chaptini, a affirmé que le dossier du pétrole revêtait "
        "un aspect politique, soulignant que les décrets n’ont pas été avancés d’une façon claire "
        "et transparente.",
        "« Le dossier du pétrole est une affaire nationale et non des accords entre des parties » "
        "a-t-elle ajouté.",
        "La ministre a souligné par ailleurs la présence de bonnes intentions chez les ministres "
        "en ce qui concerne la poursuite du travail sur le projet de budget public.",
    ]
    article = clean_text("\n".join(body))
    assert article.paragraphs == body
    assert article.title == ""


def test_a_date_printed_above_the_headline_is_not_the_title() -> None:
    page = "\n\n".join([
        "Dienstag, 30. Juli 2019",
        "Mutmaßlicher Täter von Frankfurt seit Tagen in der Schweiz gesucht",
        "Der mutmaßliche Täter von Frankfurt war in der Schweiz polizeibekannt und wurde dort "
        "seit dem vergangenen Donnerstag gesucht. Der Mann habe seine Nachbarin mit einem Messer "
        "bedroht, eingesperrt und sei dann geflohen.",
    ])
    article = clean_text(page)
    assert article.title == "Mutmaßlicher Täter von Frankfurt seit Tagen in der Schweiz gesucht"
    assert article.paragraphs[0].startswith("Der mutmaßliche Täter")


def test_a_lead_printed_twice_as_teaser_and_first_paragraph_is_kept_once() -> None:
    lead = ("An extensive fire that occurred at 901 Fisher St. just before Christmas may have "
            "been deliberately set, officials said.")
    body = [
        "“We are investigating it now as a possible arson,” said Police Chief Henry Fluck. “We "
        "have interviewed a couple of people so far and will get to the bottom of it.”",
        "At 1:40 p.m. on Dec. 19, firefighters responded to a call about the blaze, which "
        "began in the garage area and took more than an hour to get under control.",
    ]
    page = "\n\n".join([
        "Go to main contentsGo to search barGo to main menu", "Investigation launched in fire",
        lead, "Firefighters put out the fire. Photo by Jason Hennington", lead, *body,
        "Share", "Rate", "Taylor Press",
    ])
    article = clean_text(page)
    assert article.title == "Investigation launched in fire"
    assert article.paragraphs == [lead, *body]


def test_a_caption_printed_without_then_with_its_credit_is_not_body() -> None:
    body = [
        "The Scottish Conservatives have called on Nicola Sturgeon to remove most coronavirus "
        "restrictions, with the exception of face coverings, PA Media reports.",
        "The Tory plea, which would see changes come into effect from 31 January, also calls "
        "for mask wearing in schools to be dropped and work from home guidance to be dropped.",
    ]
    caption = "Nicola Sturgeon visiting the turbine installation company in Irvine, today."
    page = "\n".join(["Tories urge Sturgeon to drop most Covid restrictions", "", body[0], "",
                      caption, caption + " Photograph: WPA/Getty Images", "", body[1]])
    assert clean_text(page).paragraphs == body


def test_a_caption_whose_photographer_credit_names_the_agency_is_not_body() -> None:
    body = [
        "The river burst its banks on Thursday night and flooded the lower town, officials said.",
        "About 300 homes were without power on Friday morning as the water began to fall.",
        "The council opened two school halls for families who had to leave their homes.",
    ]
    caption = ("Flooding caused by the river on March 3, 2021 in Lower Town. The water reached"
               " the first floors of the houses near the bridge. Photo by Ann Lee/Getty Images")
    wire = ("A car drives past a closed shop during the flood in Lower Town on March 3, 2021."
            " Photo by JOHN DOE/AFP via Getty Images")
    # the outlet after a slash set apart (The Verge's "Photo by Priya Raman / The Verge")
    spaced = ("The new footbridge weighs 38 tonnes, about the same as the old one. Photo by Ann "
              "Lee / The Herald")
    page = "\n\n".join(["River floods lower town", body[0], caption, body[1], wire, body[2],
                         spaced])
    article = clean_text(page)
    assert [*article.standfirst, *article.paragraphs] == body


def test_a_list_row_the_story_gives_twice_stays_in_both_lists() -> None:
    body = [
        "Car sales rose by seven percent last year, the manufacturers' association said on "
        "Thursday, the third year of growth since the pandemic.",
        "The best-selling cars in December were:",
        "Toyota C-HR: 2,818 units",
        "Tesla Model 3: 2,445 units",
        "Seat Ibiza: 2,192 units",
        "Fiat 500: 2,022 units",
        "Electric cars took a larger share of the market than ever before, helped by new "
        "models and by lower prices at the start of the year.",
        "The best-selling electric cars in December were:",
        "Tesla Model 3: 2,445 units",
        "Kia EV3: 518 units",
        "Dealers expect the growth to continue this year, though more slowly than in 2024.",
    ]
    page = "\n\n".join(["Car sales rise for a third year", *body])
    article = clean_text(page)
    assert article.text.count("Tesla Model 3: 2,445 units") == 2
    assert "Fiat 500: 2,022 units" in article.paragraphs  # more figures than letters: a row too
