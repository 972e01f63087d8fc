"""Recognising page chrome by its wording: ad labels, share prompts, "read more" headings, banners.

These cues are a help, not the mechanism: the text cleaner decides mostly from line structure. A
cue only fires on a short line (a label or a prompt, never a paragraph that happens to contain the
words), and the lists cover the kinds of chrome in the languages the project meets, not the
phrases of particular sites.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from digests.clean import cjk_labels, reader_gates, story_links
from digests.clean.captions import is_caption, is_caption_button, is_credit, is_wire_caption
from digests.clean.date_menus import is_date_menu
from digests.clean.datelines import is_dateline_alone
from digests.clean.gated import GatedPattern
from digests.clean.lines import counted_words, word_count
from digests.clean.markup import is_markup
from digests.clean.reader_notices import is_reader_notice

_FLAGS: Final = re.IGNORECASE | re.UNICODE

# A whole line that is only a label: "Advertisement", "Anzeige", "Share", "Follow us", ...
_LABEL: Final = re.compile(
    r"^[\W_]*(?:"
    r"advertisement|advertising|advert|ad|ads|sponsored(?: content| by .*)?|promoted|promotion|"
    r"ad feedback|ad ?choices|"
    # a sponsor's label over a widget the page embeds ("Powered by SmartAsset.com")
    r"(?:powered|presented|brought to you) by [^\s,;!?][^,;!?]{0,40}|"
    r"anzeige|werbung|publicidad|publicité|pub|reklama|реклама|annonce|annuncio|pubblicità|"
    r"إعلان|广告|廣告|"
    r"share|share this(?: article| story| post)?|share on \w+|shares?|tweet|pin it|email|e-mail|"
    r"print|copy link|link copied|comments?|\d+ comments?|teilen|drucken|kommentare?|"
    r"link kopieren|link kopiert|copier le lien|lien copié|copiar enlace|enlace copiado|"
    r"share full article|share article|supported by|thank you for subscribing|"
    r"read less|show less|join now|download (?:the )?pdf|"
    # a link to the same story in another language
    r"leer en español|read in english|lire en français|auf deutsch lesen|"
    r"скопировать ссылку|gift(?: this)?(?: article)?|comment on this (?:story|article)|"
    # a reader's list of stories to read later ("Zur Merkliste hinzufügen")
    r"(?:zur merkliste hinzufügen|merken|add to (?:your )?saved (?:stories|articles)|"
    r"save (?:for later|article|story)|bookmark)|"
    r"(?:écouter|écoutez) cet article|artikel (?:anhören|vorlesen lassen)|"
    r"escuchar (?:este |el )?artículo|"
    # a player's clock, its time and the clip's length ("00:00/03:12")
    r"\d{1,2}:\d{2}(?: ?/ ?\d{1,2}:\d{2})|"
    r"compartir|comparte|compartilhe|compartilhar|condividi|поделиться|поддержать|"
    r"comentarios?|comentar|partager|imprimer|commentaires?|commenter|kommentieren|"
    r"udostępnij|komentarze?|"
    # a clip's length beside its headline ("Duration 2:14")
    r"duration \d{1,2}:\d{2}|"
    r"follow(?: us)?(?: on \w+)?|folgen(?: sie uns)?|síguenos|suivez-nous|obserwuj(?: nas)?|"
    r"join us|rejoignez-nous|únete|edit|"
    # a share or login box's buttons ("Weitersagen abbrechen": cancel passing it on)
    r"weitersagen|(?:(?:login|suche|weitersagen|teilen) )?abbrechen|cancel|"
    # the story's own short address under it ("Permalink: http://site.example/-2602326")
    r"(?:permalink|short ?url|short ?link|kurz-?url|kurzlink)(?:\s*:\s*(?:https?://)?\S+)?|"
    # a paper's digital object identifier ("doi: https://doi.org/10.1038/d41586-026-03812-4")
    r"doi:\s*(?:https?://(?:dx\.)?doi\.org/)?10\.\d{4,}/\S+|"
    # a template's placeholder the page never filled in ("{{featured_button_text}}")
    r"\{\{[^{}]{1,60}\}\}|\{%[^{}]{1,60}%\}|"
    # what a picture's caption says when the picture only illustrates the story
    r"(?:(?:image|photo|picture) (?:used )?)?(?:for )?representational (?:image|photo|picture|"
    r"purposes?)(?: only)?|representative (?:image|photo|picture)|file (?:photo|image|picture)|"
    r"symbolbild|(?:image|photo) d'illustration|(?:imagen|foto) (?:de archivo|ilustrativa)|"
    r"facebook|twitter|x|x\.com|whatsapp|telegram|linkedin|instagram|youtube|pinterest|reddit|"
    r"flipboard|messenger|tiktok|"
    r"menu|menü|search|suche|buscar|rechercher|szukaj|close|schließen|cerrar|fermer|"
    r"log ?in|sign ?in|sign ?up|register|anmelden|registrieren|subscribe|abonnieren|"
    r"create (?:a )?(?:free )?account|konto erstellen|crear (?:una )?cuenta|créer un compte|"
    r"home|startseite|inicio|accueil|back to top|(?:back to )?top of (?:the )?page|nach oben|"
    r"all news|alle nachrichten|"
    r"zum inhalt springen|"
    # the label of a story's topics, left above them ("Filed under:")
    r"filed under|posted in|tags|tagged|topics|schlagwörter|etiquetas|mots-clés|tagi|"
    r"end of (?:story|article)|ende|fin|koniec|\(?end\)?|-+ ?end ?-+|"
    # what a screen reader is told of a box of links ("list of 4 items", "list 1 of 4", "end
    # of list")
    r"list of \d+ items?|list \d+ of \d+|end of list|"
    r"next article|previous article|next story|nächster artikel|vorheriger artikel|"
    r"artículo siguiente|article suivant|następny artykuł|exit mobile version|"
    r"listen(?: to (?:this )?(?:article|story))?|audio|video|watch|watch live|live|"
    r"weiterlesen|read on|continue reading|seguir leyendo|lire la suite|czytaj dalej|more|mehr|"
    # the hidden link that skips a reader past an ad or a box inside the story
    r"continue reading (?:below|the (?:main )?(?:story|article))|"
    r"(?:the )?(?:story|article) continues(?: (?:below|after)"
    r"(?: (?:this |the )?(?:advertisement|ad))?)?|"
    r"lesen sie nach der anzeige weiter|la suite après (?:la|cette) publicité|"
    r"(?:(?:werbung|anzeige) *[-–·|:]? *)?weiterlesen nach der anzeige|"
    # the label over an ad that asks to scroll past it, and the link to complain of it
    r"(?:advertisement *[-–·|:]? *)?scroll to continue(?: with content)?|report (?:this|an) ad|"
    r"skip (?:advertisement|ad)|"
    r"image|photo|foto|bild|gallery|galerie|"
    # a player's or a gallery's placeholder, where the page's script would put it
    r"(?:loading|lade|wird geladen|cargando|chargement(?: en cours)?|caricamento(?: in corso)?|"
    r"carregando|ładowanie|загрузка)(?: (?:the )?(?:photo |image )?(?:gallery|galerie|video|"
    r"player|comments|content|article|story|more|map|slideshow|images?|photos?))?"
    r"(?:,? please wait)?\W*|"
    # what a widget says until its script fills it ("Loading weather data ...")
    r"(?:loading|lade|cargando|chargement)(?: [\w-]+){1,3} ?(?:\.{2,}|…)|"
    # a date's label left without its date, a bookmark button, a language switch
    r"(?:posted|published|updated|veröffentlicht|aktualisiert|publicado|actualizado|publié|"
    r"mis à jour|opublikowano)(?: (?:on|at|am|el|le|em))?|"
    r"save(?: (?:article|story|for later))?|bookmark|merken|artikel merken|guardar|sauvegarder|"
    r"(?:english|deutsch|français|español|italiano|português|nederlands|polski|русский|"
    r"українська|türkçe){1,2}|"
    # a call to try the product, the site's boast of an award, an audience counter
    r"start reading|read now|get started|start (?:your )?free trial|"
    r"(?:\d{4} )?(?:news ?paper|news (?:site|website|brand)|website|magazine|podcast|newsroom|"
    r"digital publisher) of the year|zeitung des jahres|periódico del año|"
    r"\d[\d.,]*\s?(?:k|m|mio\.?|mln\.?|тыс\.?|млн\.?)?\s(?:subscribers|followers|fans|readers|"
    r"views|abonnenten|follower|abonnés|seguidores|suscriptores|obserwujących|"
    r"подписчик(?:а|ов)?|читател(?:ь|я|ей)|просмотр(?:а|ов)?|читали)"
    r")[\W_]*$",
    _FLAGS,
)

# Banners that ask the reader to do something: get the app, sign up to a newsletter, follow.
# "App Store" alone is a shop's name, which a sentence of the story can give.
_PROMPT: Final = re.compile(
    r"(?:download|get|install)\b.{0,40}\bapp\b|"
    r"\bapp\b(?! store).{0,30}\b(?:store|herunterladen|downloaden)|"
    r"\bnewsletter\b|sign up (?:for|to)|subscribe (?:to|for|now)|never miss|^[\W_]*sign-?up:|"
    r"\b(?:in|to|into) your inbox\b|news sent straight to your (?:phone|inbox)\W*$|"
    r"breaking news (?:alerts?|sent to you|delivered)|"
    r"(?:catch|get) all (?:the|your) (?:latest )?.{0,30}news|"
    r"follow us on|like us on facebook|join us on|"
    # a plea for the reader's money ("Support the Guardian", "Fund independent journalism with
    # £5 per month")
    r"^(?:support|donate to) (?:the \w+|us)[\W_]*$|^fund (?:our|independent) journalism\b|"
    r"\bjoin\b.{0,30}\b(?:whatsapp|telegram|signal) channel\b|"
    r"\bjoin the conversation below[.!]?$|"
    r"síguenos en|suivez-nous sur|folgen sie uns (?:auf|bei)|seguici su|siga-nos|"
    r"подписывайтесь на|читайте .{1,30} в (?:telegram|телеграме?|дзене?|vk|max)\b|"
    # a pointer to the live page ("Follow our live blog for all the latest updates")
    r"(?:follow|relive|revisit)\b.{0,30}\blive (?:blog|coverage|updates)|"
    r"verfolgen sie .{0,40}\blive-?(?:blog|ticker)|"
    r"(?:suivez|revivez|retrouvez) .{0,30}\b(?:notre|le) direct|"
    r"sigue .{0,30}\b(?:nuestro|el) directo|"
    r"jetzt (?:abonnieren|anmelden|registrieren)|kostenlos (?:abonnieren|registrieren)|"
    r"suscríbete|abonnez-vous|inscrivez-vous|zapisz się|"
    # the invitation to comment that closes a story ("Share it in the comments.", "Let us know
    # in the comments below"): the reader is told, so a report of comments stays news
    r"\b(?:let us know|tell us|share (?:it|them|your \w+)|sound off|weigh in|"
    r"join the (?:conversation|discussion|debate))\b.{0,60}\bin (?:the|our) comments?\b|"
    r"\b(?:schreiben|sagen|verraten) sie (?:uns )?.{0,40}\bin (?:die|den) kommentar(?:e|en)\b|"
    r"\b(?:dites-nous|donnez-nous|partagez)\b.{0,60}\b(?:dans|en) (?:les )?commentaires?\b|"
    r"\b(?:déjanos|cuéntanos|dinos|comparte)\b.{0,60}\ben (?:los )?comentarios\b|"
    # the cue to a video the page no longer shows ("Watch the moment the ferry left:")
    r"^(?:watch|regardez|mira|guarda|schauen sie|sehen sie|podívejte se|pozrite sa|zobacz|"
    r"obejrzyj|assista|kijk)\b[^.!?]{0,120}:$",
    _FLAGS,
)

# A call for the reader's own pictures and stories ("Please share your videos at iReport"),
# looked for only in lines with " your " in them: a plain test that spares the others.
_READER_CALL: Final = re.compile(
    r"\b(?:share|send|submit|upload)(?: us)? your (?:own )?(?:photos?|pictures?|videos?|"
    r"images?|stories|story|experiences?|tips?)\b",
    _FLAGS,
)

# The words of a rights notice: the publisher's, under the article, not a picture's credit.
_RIGHTS_RESERVED: Final = (
    r"all rights reserved|alle rechte vorbehalten|todos los derechos reservados|"
    r"tous droits réservés|wszelkie prawa zastrzeżone|"
    r"(?:riproduzione|tutti i diritti) riservat[ai]|todos os direitos reservados|"
    r"все права защищены|alle rechten voorbehouden"
)
_RIGHTS: Final = re.compile(_RIGHTS_RESERVED, _FLAGS)
# Notices: copyright lines, comment forms, cookie consent, advertiser disclosures.
_BANNER: Final = re.compile(
    rf"{_RIGHTS_RESERVED}|^copyright\b|^©|"
    # comment forms and the notices around them
    r"leave a (?:reply|comment)|required fields are marked|will not be published|"
    r"notify me (?:of|when)|akismet|comment data is processed|"
    # the box that keeps the commenter's details in the browser (WordPress, in four languages)
    r"save my name,? e-?mail,? and website in this browser|"
    r"meinen namen, meine e-mail-adresse und meine website in diesem browser|"
    r"enregistrer mon nom, mon (?:e-?mail|courriel|adresse de messagerie) et mon site "
    r"(?:web )?dans (?:le|ce) navigateur|"
    r"guarda mi nombre, correo electrónico y web en este navegador|"
    # a news theme's comment form printed as lines of text ("Please enter your comment!")
    r"^please enter your (?:comment|name|e-?mail(?: address)?)(?: here)?\W*$|"
    r"^you have entered an incorrect e-?mail address\W*$|"
    r"kommentar (?:verfassen|schreiben)|schreibe einen kommentar|erforderliche felder|"
    r"nicht veröffentlicht|benachrichtige mich|deja un comentario|laisser un commentaire|"
    r"(?:log|sign) in to comment|vor dem kommentieren|\bpingback\b|"
    r"^\d+ (?:responses?|comments?|replies|kommentare|antworten|comentarios|commentaires) "
    r"(?:to|zu|on|auf|a|sur|en)\b|"
    # interface prompts
    r"click (?:here|to enlarge|to read)|zum vergrößern|hier klicken|klicken sie (?:hier|auf)|"
    r"mit diesem button|haga clic|cliquez ici|kliknij tutaj|"
    # pitches for money or subscriptions
    r"rely on (?:your|reader) support|support (?:our|independent) journalism|"
    r"unterstützen sie (?:uns|unsere)|online access to all|subscription will|im abo\b|e-paper|"
    r"\bpatreon\b|buy me a coffee|\bko-fi\b|"
    r"if you (?:enjoyed|liked|found value in) (?:this|our) (?:article|post|story)|"
    r"si vous avez (?:aimé|apprécié) (?:cet|notre) article|"
    r"wenn (?:ihnen|dir) (?:dieser|der|unser) (?:artikel|beitrag) gefallen|"
    r"si te (?:gustó|ha gustado) (?:este|el|nuestro) artículo|"
    # consent and cookie notices, advertiser disclosures
    r"\bcookies?\b.{0,80}\b(?:use|consent|accept|store|speicher|verwende|akzept|utiliz)|"
    r"\b(?:use|uses|using|verwenden|nutzen|utilizamos|utilisons|utilise|używa\w*|utilizza\w*|"
    r"usiamo|usamos|utiliza|использу\w+)\b.{0,30}"
    r"\bcookies?\b|"
    r"\bunsubscribe\b|\bno spam\b|submit a letter to the editor|"
    # a newsletter form's consent box ("I would like to be emailed about offers, events and
    # updates from …. Read our privacy notice")
    r"^i would like to (?:be (?:e-?mailed|contacted)|receive)\b|"
    r"read our privacy (?:notice|policy)\W*$|^privacy notice: newsletters may contain|"
    # a writer's disclosure of interests over an academic's article (The Conversation's)
    r"does not work for, consult, own shares in or receive funding from|"
    r"^(?:(?-i:[A-ZÀ-Þ])[\w'’.-]+ ){1,3}(?:receives?|has received) funding from\b|"
    # the box in place of an embedded post until the reader allows the network to load it
    r"(?:einverständnis|zustimmung|einwilligung)\b.{0,20}\bkeine verbindung zu\b|"
    r"platzhalterinhalt|"
    r"\bexterne[nr]? inhalte?\b.{0,60}\b(?:angezeigt|anzeigen|laden|zulassen|aktivieren)|"
    r"\b(?:we need|requires?) your (?:consent|permission) (?:to|before) (?:load|display|show)|"
    # a syndicated story's note that the site did not edit it
    r"(?:not been edited by|auto-generated from|published from|generated from) .{0,30}"
    r"(?:syndicated|agency|wire) feeds?|has not been edited by .{1,40} staff|"
    # a publishing system's note to its own editors, printed for every reader
    r"you are the owner of this article|you have permission to edit this article|"
    # what a page says in place of its video player when the player did not load
    r"your browser does not support (?:the )?<?(?:video|audio|html5 video)|"
    r"(?:contains|may receive) .{0,40}(?:advertisers?|affiliate|compensation)|"
    # an affiliate link's disclosure ("If you buy something from a Verge link, Vox Media may
    # earn a commission.", "When you buy a book using a link on this page, we receive a
    # commission.")
    r"\b(?:may|when you buy .{0,60}\bwe(?: may)?) (?:earn|receive|get) "
    r"(?:an? )?(?:small |affiliate )?commission\b|"
    # a comment form's invitation
    r"comment form below",
    _FLAGS,
)


# Prompts worded so plainly that a long line with them is still a prompt.
_STRONG_PROMPT: Final = re.compile(
    r"enter your e-?mail|your e-?mail (?:address|below)|sign up (?:for|to) (?:our|the)|"
    r"subscribe to our|abonnieren sie|melden sie sich .{0,30}an|inscríbete|abonnez-vous à|"
    r"zapisz się na",
    _FLAGS,
)

_PROMPT_GATED: Final = GatedPattern(_PROMPT, (
    " app", "newsletter", "sign up", "sign-up", "breaking news", "subscribe", "never miss",
    "your inbox", "straight to your", "catch all", "get all",
    "follow us", "like us", "join us", "whatsapp", "telegram", "conversation",
    "jetzt", "kostenlos", "suscr", "abonn", "inscri", "zapisz",
    "síguenos", "suivez", "folgen sie", "seguici", "siga-nos", "подписывайтесь", "читайте",
    "live blog", "live cover", "live upd", "liveblog", "live-blog", "liveticker", "live-ticker",
    " direct",
    "watch", "regardez", "mira", "guarda", "schauen sie", "sehen sie", "podívejte", "pozrite",
    "zobacz", "obejrzyj", "assista", "kijk", "comment", "kommentar", "commentaire", "comentario",
    "support", "donate", "journalism",
))
_BANNER_GATED: Final = GatedPattern(_BANNER, (
    "rights", "rechte", "riservat", "direitos", "права", "rechten",
    "derechos", "droits", "prawa", "copyright", "©", "leave a", "required fields", "be published",
    "notify me", "akismet", "comment", "kommentar", "erforderliche", "veröffentlicht",
    "benachrichtige", "in to comment", "pingback", "cookie", "unsubscribe", "spam",
    "letter to the editor", "owner of this", "permission to edit", "advertiser", "affiliate",
    "compensation", "commission", "response", "replies ", "syndicated", "agency feed", "wire feed",
    "been edited",
    "antworten ", "comentario", "commentaire", "kommentier", "click ", "klicken", "vergrößern",
    "diesem button", "haga clic", "cliquez", "kliknij", "r support", "support our",
    "support independent", "unterstützen sie", "online access", "subscription will", "im abo",
    "e-paper", "patreon", "coffee", "ko-fi", "enjoyed this", "liked this", "found value",
    "avez aimé", "avez apprécié", "gefallen", "gustó", "gustado", "does not support",
    "navegador", "enter your", "incorrect e", "keine verbindung", "platzhalter", "externe",
    "your consent", "your permission", "funding from", "would like to", "privacy",
))
_STRONG_PROMPT_GATED: Final = GatedPattern(_STRONG_PROMPT, (
    "mail", "sign up", "subscribe", "abonn", "melden sie", "inscr", "zapisz",
))
_MAX_LABEL_WORDS: Final = 6
_MAX_BANNER_WORDS: Final = 45
_MAX_PROMPT_WORDS: Final = 25


# Skip links, one or several that the scraper glued together ("Skip to main contentSkip to
# navigationSkip to key events").
_SKIP_LINKS: Final = re.compile(
    r"(?:(?:(?:skip|jump|go) to (?:the )?(?:main |primary )?"
    r"(?:contents?|navigation|key events|search(?: bar)?|footer|menu|site navigation"
    r"|sections(?: navigation)?)"
    r"|skip (?:navigation|to content)|accessibility links|keyboard shortcuts(?: for [\w ]{1,20})?"
    # a menu of the page's parts ("Skip to... Select")
    r"|skip to ?(?:\.{3}|…)(?: ?select)?"
    # The same in the other languages the bot reads: "Zum Hauptinhalt springen", "Direkt zum
    # Inhalt", "Aller au contenu principal", "Ir al contenido", "Ir para o conteúdo", "Vai al
    # contenuto principale", "Перейти к основному содержанию".
    r"|(?:direkt )?zu(?:m|r) (?:haupt)?(?:inhalt|navigation)(?: springen)?"
    r"|(?:springe|springen) zu(?:m|r) (?:haupt)?(?:inhalt|navigation)"
    r"|(?:aller|passer|accéder|allez) (?:au|à la) (?:contenu|navigation|menu|pied de page"
    r"|recherche)(?: principal)?"
    r"|(?:ir|saltar|pular) (?:al|para o|a la|para a) (?:contenido|conteúdo|navegación|navegação)"
    r"(?: principal)?"
    r"|(?:vai|salta|passa) al (?:contenuto|menu)(?: principale)?"
    r"|перейти к (?:основному )?(?:содержани[юя]|содержимому|контенту|навигации)"
    r")\W*)+",
    _FLAGS,
)


_SKIP_LINK_INITIALS: Final = frozenset("SsJjGgZzDdAaPpIiVvKkПп")


# Labels of the kinds met later, kept out of _LABEL (tried on every short line) behind a gate
# of their own words: an account prompt ("Sign in to your CNN account"), a comment counter in
# other languages ("128 commentaires"), a reader prompt ("SHARE YOUR THOUGHTS"), the reading
# time ("5 minute read", "Lesezeit: 3 Min."), an ad survey's button ("Close icon"), the
# link under a cookie notice ("Más información"), a paywall's label.
_MORE_LABELS: Final = GatedPattern(re.compile(
    r"^[\W_]*(?:"
    r"(?:(?:sign|log) in to )?your(?: [\w.]+)? account|"
    r"\d+ (?:commentaires?|kommentare?|comentarios?|commenti|комментари[йяев]{0,2})|"
    r"share your thoughts|"
    r"\d+[ -]min(?:ute)?s?\.? read|(?:lesezeit|(?:temps de )?lecture|tiempo de lectura|"
    r"tempo di lettura|tempo de leitura|время чтения)\s*:?\s*\d+\s*(?:min\.?|minutes?|minuten|"
    r"minutos|minuti|мин\.?)|"
    r"close icon|"
    r"(?:(?:más|more|mehr|maggiori|mais) |plus d')?(?:información|info(?:rmation)?s?|"
    r"informationen|informazioni|informações)|"
    # a paywall's label over the text ("Article réservé aux abonnés"), a share row's "Mail"
    r"(?:(?:article|contenu) )?réservé aux abonnés|(?:for )?subscribers only|"
    r"nur für abonnenten|exclusivo para suscriptores|mail|"
    # the button that gives the article to a non-subscriber
    r"offrir cet article|gift (?:this )?article|artikel verschenken|regalar (?:este )?artículo"
    r")[\W_]*$",
    _FLAGS,
), ("account", "comment", "kommentar", "comentario", "коммент", "thoughts", " read", "min",
    "lectura", "lettura", "leitura", "lecture", "чтения", "close icon", "info", "abonn",
    "subscri", "suscri", "mail", "offrir", "gift", "verschenken", "regalar"))


# The survey a site runs on its ads ("CNN values your feedback", "1. How relevant is this ad
# to you?"), longer than a label.
_AD_SURVEY: Final = re.compile(
    r"(?:[\w.]+ )?values your feedback|(?:\d\. )?how relevant is this ad to you\?", _FLAGS
)


# The heading of a blog's archive page ("Tag Archives: homes"), which lists posts under it.
_ARCHIVE_HEADING: Final = re.compile(
    r"(?:tag|category|author|monthly|daily|yearly) archives?: |posts? tagged\b", _FLAGS
)


# The names an icon sprite gives its pictures ("clock", "more-arrow", "chevron-down"), printed
# in a row by a scraper that kept the icons' titles.
_ICON_NAME: Final = (
    r"(?:icon-)?(?:clock|menu|more|arrow|chevron|caret|close|search|yes|no|check|plus|minus|"
    r"play|pause|share|email|mail|print|comments?|facebook|twitter|x|whatsapp|linkedin|"
    r"instagram|youtube|pinterest|reddit|rss|user|account|home|star|heart|bookmark|hamburger|"
    r"logo|left|right|up|down|external|link|camera|video|audio|phone|lock|info|alert|bell|"
    r"calendar|globe|location|expand|collapse|next|prev|previous|back|forward|top|grid|list|"
    r"filter|settings|gear|download|edit|copy|dots|ellipsis|triangle|circle|bars|times|open)"
)
_ICON_ROW: Final = re.compile(
    rf"{_ICON_NAME}(?:-{_ICON_NAME})*(?: {_ICON_NAME}(?:-{_ICON_NAME})*){{2,}}"
)


# An editor's or an agency's initials that sign a German news report off: "(grh)", "(mho/dpa)".
_INITIALS: Final = re.compile(
    r"\(\s*[a-zäöü]{2,5}(?:\s*[/,;]\s*[a-zäöü]{2,5})*\s*\)", re.IGNORECASE
)


def is_label(text: str, words: int | None = None) -> bool:
    """An ad label, share/follow prompt, navigation word or end-of-story marker on its own, a
    row of icons' names, or the initials that sign a report off."""
    if text[:1] == "(" and _INITIALS.fullmatch(text):
        return True
    if text[:1] in _SKIP_LINK_INITIALS and _SKIP_LINKS.fullmatch(text):
        return True
    if text[:1].islower() and _ICON_ROW.fullmatch(text):
        return True
    if text[:1] in "TtCcAaMmDdYyPp" and _ARCHIVE_HEADING.match(text):
        return True
    if ("feedback" in text or "relevant" in text) and _AD_SURVEY.fullmatch(text):
        return True
    words = counted_words(text, words)
    if words <= _MAX_SEARCH_PROMPT_WORDS and (
        _SEARCH_PROMPT.fullmatch(text) or is_caption_button(text)
    ):
        return True
    return words <= _MAX_LABEL_WORDS and (bool(_LABEL.match(text)) or _MORE_LABELS.search(text))


# A search box's prompt that lists what it finds ("Search quotes, news & videos", "Suche nach
# Artikeln, Themen"): a list, by its comma or ampersand, where a headline has a verb.
_SEARCH_PROMPT: Final = re.compile(
    r"(?:search|suche|suchen|buscar|busca|rechercher|recherche|cerca|cercare|pesquisar|поиск)"
    r"(?! for\b)[\w ]*(?:,|&)[\w ,&]*(?:…|\.\.\.)?",
    _FLAGS,
)
_MAX_SEARCH_PROMPT_WORDS: Final = 6


# A contact link's label, a social handle or an e-mail address on its own.
_CONTACT: Final = re.compile(
    r"^[\W_]*(?:contact(?: us)?|kontakt(?: aufnehmen)?|contacto|contáctanos|contactez-nous|"
    r"contatti|contattaci|kontakty?|contato|fale conosco|@\w+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)[\W_]*$",
    _FLAGS,
)
_MAX_CONTACT_WORDS: Final = 4


def is_contact(text: str, words: int | None = None) -> bool:
    """A contact label ("@ Contact us", "Kontakt"), a handle ("@harbourgazette") or an address."""
    return counted_words(text, words) <= _MAX_CONTACT_WORDS and bool(_CONTACT.match(text))


def is_banner(text: str, words: int | None = None) -> bool:
    """An app, newsletter or follow prompt, or a copyright, comment-form or consent notice.

    Prompts are short; a paragraph that mentions an app or a newsletter is content. Notices run
    longer but their wording ("all rights reserved", "will not be published") is unmistakable.
    """
    words = counted_words(text, words)
    if words <= _MAX_PROMPT_WORDS and (
        _PROMPT_GATED.search(text) or (" your " in text and _READER_CALL.search(text) is not None)
    ):
        return True
    if words > _MAX_BANNER_WORDS:
        return False
    return _BANNER_GATED.search(text) or _STRONG_PROMPT_GATED.search(text) \
        or reader_gates.is_subscriber_gate(text)


def is_rights_notice(text: str) -> bool:
    """A publisher's rights notice ("All rights reserved"): where its page's article has ended."""
    return word_count(text) <= _MAX_BANNER_WORDS and _RIGHTS.search(text) is not None




# Where a scraper glued one menu entry to the next ("Latest NewsIndiaNEWS"): a lower-case letter
# right before a capital. A brand does that too ("YouTube", "iPhone"), but a headline that names
# brands still has words in lower case; a row of menu entries is all capitals.
_GLUED_WORDS: Final = re.compile(r"[a-zà-ÿа-я][A-ZÀ-ÞА-Я]")
_MIN_GLUED_JOINS: Final = 2


def is_glued_menu(text: str) -> bool:
    """Menu entries printed as one line without spaces ("DH Latest NewsDH NEWSLatest News")."""
    return len(_GLUED_WORDS.findall(text)) >= _MIN_GLUED_JOINS \
        and all(not word[:1].islower() for word in text.split())


def is_chrome(text: str, words: int | None = None) -> bool:
    """Any of the above, or markup printed as text: a line no article body needs."""
    words = counted_words(text, words)
    if text.startswith("NEW") and text[3:4].isupper() and text[4:5].islower():
        text = text[3:]  # a "NEW" badge glued to a prompt ("NEWYou can now listen to…")
    return (words <= _MAX_BANNER_WORDS and _is_chrome_short(text, words)) \
        or is_wire_caption(text, words) or is_date_menu(text) or is_markup(text)


@lru_cache(maxsize=8192)  # menus and labels recur on every page of a site
def _is_chrome_short(text: str, words: int) -> bool:
    if words > _MAX_BANNER_WORDS:
        return False
    return (
        is_label(text, words)
        or (text[:1] in cjk_labels.OPENERS and cjk_labels.is_label_line(text))
        or story_links.is_read_more_heading(text, words)
        or story_links.is_read_more_link(text, words)
        or is_banner(text, words)
        or is_reader_notice(text)
        or is_credit(text, words)
        or is_caption(text, words)
        or (text[-1:] in "—–-" and is_dateline_alone(text))
        or story_links.is_video_teaser(text, words)
        or (":" in text and story_links.is_topic_list(text))
        or (text[:1] == "[" and story_links.is_bracketed_headline(text, words))
        or (text[:1] == "(" and story_links.is_bracketed_pointer(text, words))
        or (words <= _MAX_FILE_NAME_WORDS and "." in text[-6:]
            and _PICTURE_FILE.fullmatch(text) is not None)
    )


# The name of a picture's file alone ("544d821ca7e1.jpg", "Harbour pier 2.JPG"): what a
# template prints as the picture's hidden title or its alt text when nobody wrote one.
_PICTURE_FILE: Final = re.compile(
    r"[\w .()-]{1,80}\.(?:jpe?g|png|gif|webp|tiff?|bmp|svg)", re.IGNORECASE
)
_MAX_FILE_NAME_WORDS: Final = 4


def clear_cache() -> None:
    """Forget remembered verdicts (benchmarks call this so every pass starts cold)."""
    _is_chrome_short.cache_clear()
