"""Chrome wording: the cues fire on labels and prompts, never on article sentences."""

from __future__ import annotations

import pytest

from digests.clean import chrome, sign_offs, story_links

CHROME_LINES = [
    "Advertisement", "ANZEIGE", "Share this article", "Follow us on Twitter", "Teilen",
    "Also Read", "Lesen Sie auch", "Czytaj też", "相关阅读", "Read more: Mayor unveils bus plan",
    "End of Story", "Exit mobile version", "Photo: Jan Novak/Reuters", "Getty Images",
    "Image via screen capture.", "Photo via Twitter", "Featured image via YouTube screenshot",
    "Erdölpumpen im Abendrot. Bild: TebNad/Shutterstock.com", "Abbildung 4: Die grösste Lawine",
    "Sign up for our newsletter", "Download The BOL News App to get the Daily News Update.",
    "Your email address will not be published. Required fields are marked *",
    "Deja un comentario", "Bitte loggen Sie sich vor dem Kommentieren ein",
    "We use cookies to improve your experience on our site.",
    "11 responses to “The Loneliest Woman in the World”", "Zum Vergrößern auf das Bild klicken.",
    "We rely on your support to make local news available to all",
    "Please support our journalism today.",
    "© 2026 Harbour Times. All rights reserved.",
    "Weitere Videos", "Weitere Beiträge zum Thema", "Unsere Lesetipps", "Pour aller plus loin",
    "Related videos", "More videos", "Jump to navigation",
    "Skip to main contentSkip to navigationSkip to key events",
    "Go to main contentsGo to search barGo to main menu", "Tag Archives: homes",
    "Category Archives: Politics", "Posts Tagged ‘Storms’", "Rejoignez-nous",
    "For representational purposes", "Image used for representational purpose only",
    "Symbolbild", "Foto de archivo",
    "Leggi tutta la notizia su agi", "Read the full story on Harbour Times",
    "Skip to sections navigation", "Skip to... Select", "Aller au pied de page",
    "CNN values your feedback", "1. How relevant is this ad to you?", "Close icon",
    "Sign in to your CNN account", "Más información", "More information",
    "Courtesy Dana Whitley", "Courtesy of the family", "Provided by Janine Kowalski",
    "Javier Ruano/naturepl.com", "— E. Provost / 20 Minutes",
    "Fotografía de archivo de trabajadores en el acceso a la mina, en Antofagasta (Chile).",
    "File photo of the Capitol in Washington.",
    "Des canards dans un élevage des Landes, le 12 février 2025. (GAIZKA IROZ / AFP)",
    "Smoke rises over the volcano near Tobelo on May 1. AFP", "Smoke rises. RIZAL HADI AFP",
    "Article réservé aux abonnés", "Subscribers only", "Mail", "Offrir cet article",
    "Gift this article", "Lecture 3 min.",
    "Lesezeit: 3 Min.", "5 minute read", "128 commentaires", "SHARE YOUR THOUGHTS",
    "Join ST's WhatsApp Channel and get the latest news and must-reads.",
    "Where do you think stocks are headed after Friday’s jobs report? Join the conversation "
    "below.",
    "À lire aussi Chômage des seniors : pourquoi la France reste à la traîne",
    "Malik Osei scored 12 of his career-high 41 points in overtime on Thursday night. Darren "
    "Yamashita/Imagn Images",
    "You are the owner of this article.", "You have permission to edit this article.",
    "{{featured_button_text}}", "Edit",
    "Cranes over the harbour on Monday. Photograph: Jane Doe/AP",
    "Get all your news in one place.",
    "© Agenzia Esempio - Riproduzione riservata", "Todos os direitos reservados.",
    "Harbour safety:A ferry ran aground in the fog on Sunday, the coastguard says.",
    # Wire captions run long: the credit at the end or the "FILE -" opening says what they are.
    "FILE – In this Feb. 6, 2018, file photo, Elon Musk, founder, CEO, and lead designer of "
    "SpaceX, speaks at a news conference after the Falcon 9 SpaceX heavy rocket launched "
    "successfully from the Kennedy Space Center in Cape Canaveral, Fla. Musk’s quirky behavior "
    "has long been chalked up to that of a misunderstood genius. But never have his actions "
    "caused so much angst on Wall Street. (AP Photo/John Raoux, File)",
    # ... and some templates print that opening with a colon, the agency alone at the end
    "FILE: In this April 8, 2010, photo, the mayor signs the harbour treaty with the "
    "governor at the castle. (AP)",
    "Rescue workers search the rubble of a collapsed building after the earthquake struck the "
    "city before dawn on Monday, as families waited for news of relatives who lived on the "
    "upper floors of the block and neighbours brought blankets, water and food to the site "
    "(Photo by Jane Doe/Getty Images)",
    "Egyptian President Abdel Fattah al-Sisi chairs a meeting with Interior Minister General "
    "Magdi Abdel Ghaffar and other officials in Cairo, Egypt October 22, 2017 in this handout "
    "picture courtesy of the Egyptian Presidency. The Egyptian Presidency/Handout via REUTERS",
    "Reuters journalists Wa Lone and Kyaw Soe Oo pose for a picture at the Reuters office in "
    "Yangon, Myanmar December 11, 2017. Picture taken December 11, 2017. REUTERS/Antoni "
    "Slodkowski",
    "All news", "Posted on", "Veröffentlicht am", "Artikel merken", "Save for later",
    "FrançaisFrançais", "English",
    "Firefighters extinguish a house fire Dec. 19 at the corner of Fisher and Kimbro Streets. "
    "Photo by Jason Hennington",
    "Si vous avez apprécié cet article, soutenez-moi sur Patreon. Merci !",
    "If you enjoyed this article, please consider buying me a coffee.",
    "Follow our live blog for all the latest updates.", "Síguenos en Google News",
    "Verfolgen Sie alle Entwicklungen in unserem Liveblog.",
    "Floodwater – Tue Mar 3, 2024. Picture: PA", "(Abbildung: Shutterstock/jdoe)",
    "12.abr.2021 - A ministra fala com jornalistas na saída do palácio em Brasília - "
    "JOÃO SILVA/AGÊNCIA ESTADO",
    "The minister visits a flooded farm near the river during his tour of the region. The "
    "visit follows a week of heavy rain. Picture date: Monday March 4, 2024. PA Photo.",
    # a caption whose credit is in square brackets, or names the picture an archive's
    "Harbour master Jane Doe. [File Photo]", "The old pier in 1998. (Archive photo: Jane Doe)",
    # a tabloid's caption: a sentence, then the picture agency's name alone in square brackets
    "Has the ferry made its last trip? [Wenn]", "The new pier at dusk. [Rex/Shutterstock]",
    "Will it be third time lucky for the harbour master? [GETTY]",
    # a video's teaser with the clip's length; a prompt to sign up for alerts
    "Storm floods the harbour road overnight 01:51", "Ferry captain on the rescue 1:02:45",
    "SIGN-UP: Get breaking news sent to you", "Get breaking news alerts on your phone",
    # a syndicated story's note that the site did not edit it
    "(This story has not been edited by Harbour Times staff and is auto-generated from a "
    "syndicated feed.)",
    "(Except for the headline, this story has not been edited by Coast Herald staff and is "
    "published from a syndicated feed.)",
]

# a plea for the reader's money, an archive's warning
CHROME_LINES += [
    "Support the Guardian", "Support us", "Fund independent journalism with £5 per month",
    "This article is more than 1 month old",
]

# a comment button in French, German, Spanish
CHROME_LINES += ["Commenter", "Kommentieren", "Comentar", "Gift"]

# an affiliate link's disclosure
CHROME_LINES += [
    "If you buy something from a Verge link, Vox Media may earn a commission. See our ethics "
    "statement.",
    "We may earn a small commission when you buy through links on our site.",
]

# an editor's note that the story changed, an appeal for tips, a print edition's line, a
# sign-up form's small print, a book link's disclosure, the wire's contributors
CHROME_LINES += [
    "This story was updated at 2 p.m. to include comment from the library foundation.",
    "Update 11/26/26, 3:15 p.m. ET: This article was updated with comment from Pittsburgh "
    "Regional Transit.",
    "This post has been updated with comment from the campaign.",
    "Have a news tip? Email us at transportation@chicagotribune.com.",
    "Do you have a story about maternity care in Severn Vale? Email newsdesk@svpost.co.uk",
    "Do you know more? Email tips@dailymail.com",
    "This column does not necessarily reflect the opinion of the editorial board or Bloomberg "
    "LP and its owners.",
    "The views expressed in this article are the author's own and do not necessarily reflect "
    "those of the publisher.",
    "The views expressed are those of the authors and not necessarily those of their funders.",
    "Privacy Notice: Newsletters may contain info about charities, online ads, and content "
    "funded by outside parties.",
    "The Telegraph values your comments but kindly requests all posts are on topic.",
    "A version of this story appeared in Science, Vol 392, Issue 6801.",
    "Download PDF",
    "doi: https://doi.org/10.1038/d41586-026-03812-4",
    # a breaking story's notes
    "This is a developing story. Check back for updates.",
    "THIS IS A BREAKING NEWS UPDATE. AP's earlier story follows below.",
    "Check back with weather.com for the latest on this developing story.",
    "Editor's note: This story has been updated with the latest death toll.",
    "Published in the print edition of the December 1, 2026, issue, with the headline "
    "“Crossing Over.”",
    "By signing up, you acknowledge and agree to our Privacy Policy and Terms of Service.",
    "By submitting your email, you agree to our Terms and Privacy Notice.",
    "When you buy a book using a link on this page, we receive a commission. Thank you for "
    "supporting The Atlantic.",
    "Contributing: Brittney Bennett and Greg Toppo, USA TODAY.",
    "Only have a minute? Listen instead",
    "(Siga leyendo: Chingaza: el nivel de los embalses baja otra vez)",
    "Recibí en tu email todas las noticias, coberturas, historias y análisis de Clarín.",
    "Diese Zusammenfassung wurde mithilfe von KI erstellt. Feedback geben",
]

ARTICLE_LINES = [
    # a story about updates, tips and print editions
    "The app was updated on Monday, and the company said this story of a glitch was over.",
    "Have a look at the new pier: it opened on Monday, the council said.",
    "Police said a tip from a neighbour led them to the suspect on Friday.",
    "The paper published in the print edition a full list of the candidates.",
    "Images via satellite showed the flooded valley from above on Tuesday, officials said.",
    "“We share your pain,” Russian President Vladimir Putin has told a group of mothers.",
    "The council will also publish a weekly newsletter about the building works, and a free app "
    "will let residents reserve study rooms once the library opens, officials said on Tuesday "
    "at a meeting in the town hall.",
    "Die Polizei Bad Salzdetfurth hat die Ermittlungen in hiesiger Sache aufgenommen.",
    "Share prices fell sharply on Monday after the bank reported a loss.",
    "Read the full report, the minister said, before judging the plan.",
    "Weitere Videos zeigen, wie die Flut den Damm überspülte.",
    "The agency released the picture on Monday (it showed the suspect at the station), and "
    "police asked anyone who recognised him to call them.",
    "The museum will show the prints from June (the photo archive lent them).",
    "The story was first reported by Reuters and later confirmed by the ministry in Cairo.",
    "She posted the picture on Monday. It was a photo by the river in the old town.",
    "The council kept the old plans [file photos of them were shown at the meeting] and "
    "published them on Monday.",
    # a time of day inside a sentence or after a date, a preposition
    "The ferry leaves the harbour every day at 06:30.", "19. Juni 2019 / 13:20",
    "Ferry leaves the harbour at 06:30", "Publié par Jean à 08:00",
    "Sign-ups for the sailing course open on Monday, the club says.",
    "The agency's feed was not edited, the ministry said, before it went out to newspapers.",
    "Kick-off is at 15:30, the club said on Monday.",
    "The ruling was welcomed by the union - read the statement at union.org/news/ruling - and "
    "by the employers' association.",
    "Picture this: a town with no cars on its main street for a whole summer.",
    "Courtesy of the mayor, the park reopened in May after a decade of work.",
    "Officials said they would join the conversation below the national level.",
    "Il faut lire aussi le rapport de la Cour des comptes.", "Sales rose 20/30 in May",
    "La fotografía de archivo muestra el edificio.",
    "The fund returned 4% in the quarter, according to data from Morningstar/Lipper.",
    "Note: the ferry runs every hour.", "The vote was close: 52 to 48.",
    "The council streamed the meeting live on its website and follows up on complaints.",
    "Die Entscheidung ist gefallen: Der Markt zieht im Sommer um.",
    # a transcript's bracketed reaction, a bracketed editor's note inside the sentence
    "Thank you all for coming to the harbour tonight. [Applause]", "We will win. [Cheers]",
    "The mayor [Jane Doe] opened the new pier on Monday.", "The pier reopens. [see below]",
    # a wire story's closing paragraph tagged with the agency that sent it
    "The ministry said on Monday that the port would reopen to ferries and fishing boats once "
    "the storm had passed. [Reuters]",
    # a wire's own name at the end of a story's sentence, not as a picture's credit
    "\"We were able to warn the villages before the main explosion,\" Hendra Kusumo, head of the "
    "agency's monitoring division, told AFP.",
    # support for journalism as the news
    "The foundation will fund independent journalism in rural areas, its director said.",
    "Readers were asked to support the paper after its printing press closed.",
    # opinions and versions as the news
    "The views expressed by the minister alarmed the opposition benches.",
    "A version of the bill was passed by the Senate last year.",
    "Rescuers will check back for survivors at first light, the fire chief said.",
]


@pytest.mark.parametrize("line", CHROME_LINES)
def test_chrome_is_recognised(line: str) -> None:
    assert chrome.is_chrome(line)


@pytest.mark.parametrize("line", ARTICLE_LINES)
def test_article_sentences_are_not_chrome(line: str) -> None:
    assert not chrome.is_chrome(line)


def test_sign_offs() -> None:
    assert sign_offs.is_sign_off("Ganesh Sitaraman is a professor at Vanderbilt Law School.")
    assert sign_offs.is_sign_off("Disclaimer: The responses below are not provided by the bank.")
    assert not sign_offs.is_sign_off("The professor said the plan was sound.")
    assert not sign_offs.is_sign_off(
        "“It is a useful result,” says Tomasz Wrona, an independent sleep researcher.")
    # who else reported, and the broadcaster's note on when it ran the story
    assert sign_offs.is_sign_off(
        "Associated Press writer Ann Lee in Austin, Texas, contributed to this report.")
    assert sign_offs.is_sign_off("Tom Berg contributed reporting from Paris.")
    assert not sign_offs.is_sign_off("The grant contributed to the harbour's repair.")
    # the writer's beat
    assert sign_offs.is_sign_off("Ann Lee covers transit for The Harbour Gazette.")
    assert not sign_offs.is_sign_off("The new policy covers transit for the whole region.")
    # the wire's material used, the print edition the story ran in
    assert sign_offs.is_sign_off("Information from The Associated Press was used in this report.")
    assert sign_offs.is_sign_off(
        "Appeared in the March 7, 2025, print edition as 'Tech Selloff Drags Stocks Lower'.")
    assert not sign_offs.is_sign_off("The report used information from the census.")
    # where the story ran first, or in print
    assert sign_offs.is_sign_off("This story was originally published March 3, 2025, 5:12 PM.")
    assert sign_offs.is_sign_off("This article was originally published on The Conversation.")
    assert sign_offs.is_sign_off("Published in Dawn, March 14th, 2025")
    assert sign_offs.is_sign_off("Published in The Harbour Gazette, 14 March 2025.")
    assert not sign_offs.is_sign_off("Published in 2019, the report found rents had doubled.")


def test_contact_box_heading_closes_an_article() -> None:
    for heading in ("Pressekontakt:", "Ansprechpartnerin zum Thema:", "Media contacts",
                    "Contact presse"):
        assert sign_offs.is_sign_off(heading), heading
    assert not sign_offs.is_sign_off("Contacts between the two sides resumed in March.")


@pytest.mark.parametrize("line", ["(grh)", "(dpa)", "(mho/dpa)", "( jk )"])
def test_an_editor_s_initials_on_their_own_line_are_chrome(line: str) -> None:
    assert chrome.is_chrome(line)


@pytest.mark.parametrize("line", ["(Reuters) - Ferries ran late.", "(2019)", "(siehe oben)"])
def test_a_parenthesis_that_says_more_than_initials_is_no_sign_off(line: str) -> None:
    assert not chrome.is_label(line)


@pytest.mark.parametrize("line", [
    # Chinese and Japanese pages label captions, credits and the editor's sign-off with a word
    # and a colon: "caption:", "responsible editor:", "original title:", "source:".
    "图注：港口的旧仓库明年将改建为公共图书馆", "图片说明：市议会周二投票",
    "（图片来源：海港日报）", "[责任编辑:王小明]", "责任编辑：李华", "原标题：旧仓库变身图书馆",
    "来源：海港日报", "出品︱科学栏目组 小林", "写真：港の倉庫（共同）",
])
def test_cjk_label_lines_are_chrome(line: str) -> None:
    assert chrome.is_chrome(line)


@pytest.mark.parametrize("line", [
    "他说：“这是一个政治问题，也是一个文化方面的问题。”",
    "编辑们认为，这座图书馆将在明年春天向读者开放。",
    "来源于海港的货物将在周二运抵市中心。",
])
def test_cjk_sentences_with_a_colon_or_a_label_word_are_not_chrome(line: str) -> None:
    assert not chrome.is_chrome(line)


@pytest.mark.parametrize("line", [
    # a sponsor's label over a widget the page embeds
    "Powered by HarbourData.com", "Presented by Coastline Bank",
    # a pointer to the whole of a text the story quotes from
    "Read the full transcript of the mayor's speech", "Read the complete ruling",
    "Read the full comment piece here.", "Read the full column here", "Read our full analysis.",
    # the bare "Read:" / "Lire :" label before another story's headline
    "Read: Ferry service to run every hour from May",
    "Lire : Le port va accueillir une nouvelle bibliothèque",
    # a pointer to the live page, and the cue to a video the page no longer shows
    "Revivez le direct du conseil municipal avec vos questions.",
    "Relive our live coverage of the council vote",
    "Watch the moment the ferry left the harbour:", "Podívejte se na záběry z přístavu:",
    "Sehen Sie hier die Bilder vom Hafen:",
    # "Related" with the kind of link it labels, before another story's headline
    "Related article: Ferry crew to strike over pay", "RELATED STORY: Harbour wall repairs begin",
    "Related stories: Mayor opens the new library",
    # another story's linked headline behind a row of arrows, set between the paragraphs
    ">>> Port : la grève des dockers reprend lundi", ">> Ferry crew to strike over pay",
    # a player's or a gallery's placeholder, left where the script would put it
    "Loading Photo Gallery", "Loading video", "Loading, please wait...", "Loading comments...",
    "Wird geladen...", "Chargement en cours...",
    # a comment form's box that keeps the commenter's details in the browser
    "Save my name, email, and website in this browser for the next time I comment.",
    "Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser speichern, bis ich "
    "wieder kommentiere.",
    "Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain "
    "commentaire.",
    "Guarda mi nombre, correo electrónico y web en este navegador para la próxima vez que "
    "comente.",
    # the comment form of a widespread WordPress news theme, printed as lines of text
    "Please enter your comment!", "Please enter your name here",
    "You have entered an incorrect email address!",
    # the invitation to comment that closes a story
    "Have something to add to this story? Share it in the comments.",
    "What do you think? Let us know in the comments.", "Tell us in the comments below.",
    "Sound off in the comments!", "Join the conversation in the comments below.",
    "Schreiben Sie uns Ihre Meinung in die Kommentare.",
    "Dites-nous ce que vous en pensez dans les commentaires.",
    "Déjanos tu opinión en los comentarios.",
    # a pointer to another story that a lead-in opens
    "For more, read: Harbour resort puts a ferry timetable in every room",
    "For more on the strike, see: Ferry crews walk out again",
    "Pour en savoir plus, lire : Le port rouvre ses quais",
    "Para saber más, lea: El puerto reabre sus muelles",
    # what a screen reader is told of a box of links between the paragraphs
    "list of 4 items", "list 1 of 4", "end of list",
    # a page's tools for screen readers, a pitch and its thanks, the story in another language
    "Accessibility links", "Keyboard shortcuts for audio player", "Share full article",
    "Supported by", "Thank you for subscribing!", "Leer en español",
    # a "NEW" badge glued to the prompt it marks
    "NEWYou can now listen to Fox News articles!",
])
def test_pointers_labels_and_video_cues_are_chrome(line: str) -> None:
    assert chrome.is_chrome(line)


@pytest.mark.parametrize("line", [
    "Read the report, she said, and you will see how the numbers changed.",
    "Watch out for the new bus lanes, the council warned drivers on Tuesday.",
    "Powered by solar panels on its roof, the library will need no power from the grid in "
    "summer.",
    "The mayor had one message for the council:",
    "Reading: the town where the ferry once stopped has a new station.",
    "Related articles in the archive show how the ferry crews struck before.",
    "For more, read the council's report: it runs to ninety pages and lists every delay.",
    "For more than a decade, see-through fences have lined the quay.",
    "> The ferry leaves at six.", "»Wir streiken ab Montag«, sagte der Sprecher.",
    # a Python prompt in a tech story's example, an e-mail quoted twice over
    ">>> import harbour", ">>> Ferry(name='Skye')", ">> we will sail at six, he wrote",
    "Loading the ferry took the crew most of the night.", "Loading gallery staff were hurt.",
    "The browser will save your name the next time you comment on the council's plan, the "
    "clerk said.",
    "Fans flooded the harbour master's post with abuse in the comments.",
    "The mayor declined to comment.", "Tell us what happened, the detective urged witnesses.",
    "Please enter your name here, the clerk told each of the ferry passengers at the desk.",
])
def test_sentences_that_read_like_those_cues_are_not_chrome(line: str) -> None:
    assert not chrome.is_chrome(line)


@pytest.mark.parametrize("line", [
    # the hidden links that skip a reader past an ad or a box inside the story
    "Continue reading the main story", "Continue reading below", "Continue reading the article",
    "Story continues below advertisement", "Article continues below",
    "Lesen Sie nach der Anzeige weiter", "La suite après la publicité",
])
def test_links_past_an_ad_inside_the_story_are_chrome(line: str) -> None:
    assert chrome.is_chrome(line)


@pytest.mark.parametrize("line", [
    "Continue reading the main story, the editor told the new reporter, before the ads.",
    "The story continues below the surface of the harbour, where divers found the wreck.",
])
def test_sentences_about_reading_on_are_not_chrome(line: str) -> None:
    assert not chrome.is_chrome(line)


@pytest.mark.parametrize("line", [
    # where to find the writer online, under the text
    "Nora Castell is on Twitter at nora_castell.", "Tom Berger is on X at @tberger",
    "Follow Nora Castell on Twitter @nora_castell", "You can follow Tom Berger on Instagram.",
    "Folgen Sie Nora Castell auf Twitter.",
])
def test_the_writer_s_social_media_pointer_is_a_sign_off(line: str) -> None:
    assert sign_offs.is_sign_off(line)


@pytest.mark.parametrize("line", [
    "The mayor is on Twitter at all hours, answering complaints about the ferry.",
    "Follow the money, the auditor told the council on Tuesday.",
])
def test_sentences_about_social_media_are_no_sign_off(line: str) -> None:
    assert not sign_offs.is_sign_off(line)


@pytest.mark.parametrize("line", ["More games news:", "More sports stories", "More tech news"])
def test_a_label_of_more_stories_on_a_topic_heads_links(line: str) -> None:
    assert story_links.is_read_more_heading(line)


@pytest.mark.parametrize("line", [
    # the site (or its editors) recommending other stories under the article
    "DW recommends", "Coast Herald recommends", "We recommend", "Editors recommend",
    "Wir empfehlen", "Nous recommandons", "Recomendamos", "Рекомендуем",
])
def test_a_heading_that_recommends_stories_heads_links(line: str) -> None:
    assert story_links.is_read_more_heading(line)


@pytest.mark.parametrize("line", [
    "The panel recommends a new ferry", "We recommend that the council rebuilds the pier.",
    "Recommend",  # a social button's label, not a heading
])
def test_a_sentence_that_recommends_something_heads_no_links(line: str) -> None:
    assert not story_links.is_read_more_heading(line)


@pytest.mark.parametrize("line", [
    # the story's topics, printed as a labelled list of links
    "Topics: ferries, harbour board, Porthaven, Editor's Picks, Transport News",
    "Tags: ferry | harbour | timetable", "Filed under: Politics, Harbour",
    "Schlagwörter: Fähre, Hafen, Fahrplan", "Etiquetas: transporte; puerto",
])
def test_a_labelled_list_of_topics_is_chrome(line: str) -> None:
    assert chrome.is_chrome(line)


@pytest.mark.parametrize("line", [
    "Topics: the council discussed the ferry, the library and the budget.",
    "Themen: Die Fähre fährt künftig stündlich, sagte der Hafenmeister am Montag.",
])
def test_a_sentence_after_a_topics_label_is_not_chrome(line: str) -> None:
    assert not chrome.is_chrome(line)


@pytest.mark.parametrize("line", [
    # a link to another story set in brackets between two paragraphs
    "[Harbour museum houses the region's oldest maps]", "[ Ferry timetable: what changes in May ]",
])
def test_another_story_s_headline_in_brackets_is_chrome(line: str) -> None:
    assert chrome.is_chrome(line)


@pytest.mark.parametrize("line", [
    "[The mayor said the harbour would reopen in May.]",
    "[Sic] is what the clerk wrote beside the misspelled name of the ferry.",
    "[boat.name for boat in fleet]",  # code in a programming article
])
def test_a_bracketed_sentence_or_a_bracket_inside_a_sentence_is_not_chrome(line: str) -> None:
    assert not chrome.is_chrome(line)


@pytest.mark.parametrize("line", [
    # a caption after the label a screen reader announces, which the scraper prints with it
    "Image caption The ferry's captain said he was feeling very lucky",
    "Media caption Watch: the storm hits the harbour wall",
    "Image source Getty Images", "Caption: Cranes over the harbour on Monday",
    "Bildunterschrift: Die Fähre im Hafen", "Légende : Le port au petit matin",
    "Pie de foto, El puerto al amanecer", "Подпись к фото, Паром в порту",
])
def test_a_caption_behind_its_screen_reader_label_is_chrome(line: str) -> None:
    assert chrome.is_chrome(line)


@pytest.mark.parametrize("line", [
    "Image captions on the site were written by volunteers.",
    "Caption contests are the most popular page of the harbour magazine.",
    "Légende du football, il a ouvert une école au port.",
])
def test_a_sentence_about_captions_is_not_chrome(line: str) -> None:
    assert not chrome.is_chrome(line)


@pytest.mark.parametrize("line", [
    # a pointer to the site's pictures, video or another story, set in round brackets on its
    # own line between two paragraphs
    "(See pictures of the flooded harbour.)", "(Watch the video \"Ferries in the Storm.\")",
    "(Read: Harbour festival cancelled this year)", "(Lesen Sie auch: Neue Fähre ab Mai)",
    "(Lire aussi : Le port rouvre en mai)", "(Vea las fotos del puerto)",
    "(Читайте также: Паром начнёт ходить в мае)",
])
def test_a_pointer_to_pictures_or_stories_in_round_brackets_is_chrome(line: str) -> None:
    assert chrome.is_chrome(line)


@pytest.mark.parametrize("line", [
    "(See the table below for the full timetable of the new ferry, which runs from May.)",
    "(Seeing the damage, the mayor closed the pier.)",
    "See pictures of the flooded harbour.",  # no brackets: it may be the story's own sentence
    "(Reading, Pa.) The ferry company said on Monday it would add two boats.",
])
def test_a_bracketed_sentence_that_points_nowhere_is_not_chrome(line: str) -> None:
    assert not chrome.is_chrome(line)


@pytest.mark.parametrize("line", [
    # the writer's bio under an opinion piece, in the languages that drop the article
    "Lucía Ferrer es politóloga e investigadora en la Universidad del Puerto.",
    "Jean Moreau est journaliste et écrivain.", "Marco Bassi è giornalista e scrittore.",
    "Ana Costa é jornalista e professora na Universidade do Porto.",
])
def test_a_writer_s_bio_in_spanish_french_italian_or_portuguese_is_a_sign_off(line: str) -> None:
    assert sign_offs.is_sign_off(line)


@pytest.mark.parametrize("line", [
    "El ministro es abogado de profesión y conoce bien el puerto.",
    "Esto es periodismo, dijo el alcalde.", "Il est journaliste depuis vingt ans, dit-elle.",
])
def test_a_sentence_about_a_job_is_no_sign_off(line: str) -> None:
    assert not sign_offs.is_sign_off(line)


def test_a_sentence_that_names_the_app_store_is_not_an_app_prompt() -> None:
    # "App Store" is a shop's name: a sentence that gives a price there is the story's.
    assert not chrome.is_chrome(
        "The ferry timetable app costs two euros in the Mac App Store and needs the latest "
        "system version. (tb)"
    )
    assert chrome.is_chrome("Unsere App im App Store")
    assert chrome.is_chrome("Get the Harbour Times app on the App Store")


@pytest.mark.parametrize("line", [
    "Permalink: http://harbour.example/-2602326", "Short URL: https://hrb.example/x7",
    "Kurz-URL: harbour.example/k/123", "Permalink",
])
def test_the_story_s_short_address_is_chrome(line: str) -> None:
    assert chrome.is_chrome(line)


def test_a_sentence_about_a_permalink_is_not_chrome() -> None:
    assert not chrome.is_chrome("The permalink to the council minutes stopped working in May.")


@pytest.mark.parametrize("line", [
    "[What you need to know this morning: Get Harbour Today in your inbox.]",
    "Get the Harbour Briefing delivered to your inbox.", "Harbour news, straight to your inbox",
])
def test_a_pitch_for_a_newsletter_by_its_inbox_is_chrome(line: str) -> None:
    assert chrome.is_chrome(line)


def test_a_long_sentence_about_an_inbox_is_not_chrome() -> None:
    line = (
        "The council admitted that hundreds of complaints about the ferry had sat unread in an "
        "inbox for months before anyone in the harbour office answered them."
    )
    assert not chrome.is_chrome(line)


@pytest.mark.parametrize("line", [
    # the buttons of a share or login box that a scraper prints as lines
    "Weitersagen abbrechen", "Login abbrechen", "Suche abbrechen", "Abbrechen", "Cancel",
    "Weitersagen",
])
def test_a_dialog_s_cancel_button_is_chrome(line: str) -> None:
    assert chrome.is_chrome(line)


def test_a_sentence_about_cancelling_is_not_chrome() -> None:
    assert not chrome.is_chrome("Der Hafen musste die Fahrt abbrechen, weil der Sturm zunahm.")


@pytest.mark.parametrize("line", [
    "Loading...", "Loading weather data ...", "Loading comments…", "Loading the video player...",
])
def test_a_loading_placeholder_is_chrome(line: str) -> None:
    # What a widget prints until its script fills it: the script never ran for us.
    assert chrome.is_chrome(line)


@pytest.mark.parametrize("line", [
    "Loading up on debt", "Loading the ferry took three hours longer than planned.",
])
def test_a_line_about_loading_is_not_chrome(line: str) -> None:
    assert not chrome.is_chrome(line)


@pytest.mark.parametrize("line", [
    "Are you caught in the storm sweeping across the coast? Please share your videos, "
    "pictures and stories with us.",
    "Were you there? Send us your photos at news@harbourtimes.example",
    "Have you been affected by the closure? Share your experiences in the comments.",
])
def test_a_call_for_the_reader_s_pictures_and_stories_is_chrome(line: str) -> None:
    assert chrome.is_chrome(line)


@pytest.mark.parametrize("line", [
    "Police asked residents to share their videos of the crash with detectives.",
    "The museum invites visitors to share stories about the old pier on its website.",
])
def test_a_story_s_sentence_about_sharing_pictures_is_not_chrome(line: str) -> None:
    assert not chrome.is_chrome(line)


@pytest.mark.parametrize("line", [
    "544d821ca7e14a199c3247b449ab2a7e.jpg", "Harbour pier 2.JPG", "IMG_2041.jpeg",
    "crossroads-logo.png", "ferry_timetable_final.webp",
])
def test_a_picture_s_file_name_alone_is_chrome(line: str) -> None:
    # The name of the file a template prints as a picture's hidden title or its alt text.
    assert chrome.is_chrome(line)


@pytest.mark.parametrize("line", [
    "The file was saved as harbour.jpg and sent to the council.",
    "Download the full report (PDF).",
])
def test_a_sentence_naming_a_file_is_not_chrome(line: str) -> None:
    assert not chrome.is_chrome(line)


@pytest.mark.parametrize("line", [
    "Follow Nora Castell on Twitter and Google+. Follow Harbour Science @harboursci, Facebook "
    "& Google+. Originally published on Harbour Science.",
    "Follow the writer on Twitter at @ncastell for more on the port.",
    "Originally published on Harbour Science.",
])
def test_a_closing_line_of_follow_prompts_is_a_sign_off(line: str) -> None:
    assert sign_offs.is_sign_off(line)


@pytest.mark.parametrize("line", [
    "Follow the money, investigators said, and the trail leads to the port authority.",
    "Fans who follow the club on Twitter were the first to hear of the signing.",
])
def test_a_sentence_about_following_is_no_sign_off(line: str) -> None:
    assert not sign_offs.is_sign_off(line)


@pytest.mark.parametrize("line", [
    # a gallery's caption with the picture's place in the series, or that counter alone
    "Neue Fähre im Hafen [2/10]", "The quay at dawn [10/10]", "3 of 12", "Bild 1 von 10",
    "Photo 4 of 9", "Foto 2 de 8", "Image 5 sur 6", "Фото 3 из 7", "01 / 10",
    "The new ferry at the quay. Photo 2 of 5",
])
def test_a_gallery_caption_with_its_picture_counter_is_chrome(line: str) -> None:
    assert chrome.is_chrome(line)


@pytest.mark.parametrize("line", [
    "The board approved 3 of 12", "Ferries in numbers (2/3)",
    "The harbour board approved 3 of 12 proposals on Monday.",
    "Das Boot [12/10]", "Half of them said yes [1/2].",
])
def test_a_count_in_a_sentence_or_a_series_part_is_not_a_gallery_counter(line: str) -> None:
    assert not chrome.is_chrome(line)


@pytest.mark.parametrize("line", [
    "Cet article est réservé aux abonnés. Il vous reste 60% à découvrir.",
    "Il vous reste 78.23% de cet article à lire. La suite est réservée aux abonnés.",
    "Vous avez envie de lire la suite ?", "Débloquez tous les articles immédiatement.",
    "This article is for subscribers only.", "Subscribe to continue reading",
    "Already a subscriber? Log in", "You have reached your limit of free articles this month.",
    "Dieser Artikel ist exklusiv für Abonnenten.", "Dieser Artikel gehört zum Angebot von X+.",
    "Jetzt weiterlesen mit X+", "Este contenido es exclusivo para suscriptores",
    "Suscríbete para seguir leyendo", "Материал доступен только подписчикам",
    "NEW You can now listen to Harbour Gazette articles!",
    # a caption with its credit glued on
    "A toll reader on the pier road. The new rates take effect in January.Credit...Jane "
    "Cole/The Harbour Gazette",
    # a caption with the photographer and the outlet after a bar
    "Speaker Dana Lee speaks to reporters at the harbour. | Francis Chung/HARBOUR GAZETTE",
    # a pointer to the site's channel
    "Читайте РБК в Telegram",
    # a newsletter form's consent box
    "I would like to be emailed about offers, events and updates from The Harbour Gazette. Read "
    "our privacy notice",
    # the notice under a newsletter box in the middle of a story, and a club's news alert
    "Privacy Notice: Newsletters may contain info about charities, online ads, and content "
    "funded by outside parties.",
    "Get Brentford news sent straight to your phone",
])
def test_a_subscriber_gate_or_a_listen_prompt_is_chrome(line: str) -> None:
    assert chrome.is_chrome(line)


@pytest.mark.parametrize("line", [
    "Dieser Artikel ist für die Kinder wichtig, sagte sie.",
    "The newspaper said it would keep its articles free for readers in the region.",
    "Subscribers to the service will pay more from January, the company said.",
    "You can now listen to the full interview on our podcast, which covers the election.",
])
def test_a_sentence_about_subscribers_or_listening_is_not_chrome(line: str) -> None:
    assert not chrome.is_chrome(line)
