"""Picture captions and credits among a page's lines: "Photo: Jane Doe/Reuters", "Figure 2:",
"(l.)", a wire agency's caption however long ("FILE – In this file photo, … (AP Photo/…)"), a
tabloid's "[GETTY]". Page chrome (:mod:`chrome`) asks these of every short line.
"""

from __future__ import annotations

import re
from typing import Final

from digests.clean.gated import GatedPattern
from digests.clean.lines import counted_words
from digests.clean.scene_captions import is_scene_caption

_FLAGS: Final = re.IGNORECASE | re.UNICODE

# Picture captions: a credit at the end, a figure number at the start, (l.)/(r.) positions.
_CAPTION: Final = re.compile(
    r"(?:©|[(\[](?:(?:file|archive|archiv) )?(?:foto|photo|bild|image|credit|quelle|source|"
    r"abbildung|abb\.|picture|illustration|imagen|фото)\b)[^.!?]{0,60}$|"
    r"\b(?:foto|photo|bild|image|credit|quelle|fotos|photos|picture|pic|imagen|фото|photograph|"
    r"fotografía|fotografia)\s*:\s*"
    # "Foto: Vanexa Romero. EL TIEMPO": the outlet in capitals after the photographer
    r"(?:[^.!?]|\.(?=\S)|\. (?=[A-ZÀ-Þ]{2,}(?: [A-ZÀ-Þ]{2,})*$)){2,60}$|"
    r"^(?:abbildung|abb\.|figure|fig\.|grafik|ilustración|figura|rys\.)\s*\d*\s*[:.]|"
    # an archive picture's caption by its opening ("Fotografía de archivo de trabajadores…",
    # "File photo of…", "Archivbild:", "Photo d'archive")
    r"^(?:(?:fotografía|foto|imagen) de archivo|file (?:photo|picture|image) of|archivbild|"
    r"photo d['’]archive)\b|"
    r"\((?:l\.|r\.|m\.|links|rechts|left|right|centre|center|izq\.|der\.|g\.|d\.)\)",
    _FLAGS,
)

# Picture credits: "Photo: Jane Doe/Reuters", "Bild: dpa", "Getty Images", "(Foto: AFP)".
_CREDIT: Final = re.compile(
    r"^[(\[]?\s*(?:photo|photos|picture|image|images|pic|credit|credits|crédits?(?: photos?)?|"
    r"foto|fotos|bild|bilder|quelle|fotografía|imagen|zdjęcie|źródło|"
    r"photograph|illustration|grafik|video)\s*(?:by|von|de|:|-|–|/|\|)|"
    r"(?:getty images|afp|reuters|dpa|ap photo|shutterstock|imago|istock|unsplash|"
    r"picture alliance|epa|keystone)[\W_]*$|"
    r"^\(?(?:photo|foto|image|bild) ?(?:credit|courtesy)|"
    # "Image via screen capture.", "Featured image via YouTube": the source named in a few
    # words, and nothing after it (a sentence goes on: "Images via satellite showed ...")
    r"^(?:featured |header |cover |top )?(?:photo|picture|image|pic|video)s? via"
    r"(?: \S+){1,4}$|"
    # "Courtesy Dana Whitley", "Courtesy of the family", "Provided by Janine Kowalski": who
    # lent the picture, and nothing after it
    r"^(?:courtesy(?: of)?|provided by|supplied by|submitted by|handout(?: photo)?)"
    r"(?: [\w.'’&-]+){1,5}$",
    _FLAGS,
)

_CREDIT_GATED: Final = GatedPattern(_CREDIT, (
    "courtesy", "provided by", "supplied by", "submitted by", "handout",
    "photo", "picture", "image", "pic", "credit", "crédit", "foto", "bild", "quelle",
    "imagen", "zdjęcie", "źródło", "illustration", "grafik", "video", "getty", "afp", "reuters",
    "dpa", "ap ", "shutterstock", "imago", "istock", "unsplash", "alliance", "epa", "keystone",
))
_CAPTION_GATED: Final = GatedPattern(_CAPTION, (
    "©", "foto", "photo", "bild", "image", "imagen", "file p", "credit", "quelle", "source",
    "abb", "fig", "grafik",
    "picture", "pic:", "illustration", "фото",
    "ilustración", "rys.", "(l.)", "(r.)", "(m.)", "(links)", "(rechts)", "(left)", "(right)",
    "(centre)", "(center)", "(izq.)", "(der.)", "(g.)", "(d.)",
))

# Wire captions run longer than captions usually do: the agency's credit in brackets that ends
# them ("(AP Photo/John Raoux, File)", "(Photo by Jane Doe/Getty Images)") or the "FILE -" that
# opens them says what they are. Case matters: "(the photo archive lent them)" is prose.
_WIRE_CREDIT_END: Final = re.compile(
    r"\((?:[A-Z]{2,6} )?(?:[Pp]hoto|PHOTO|[Ff]oto|[Pp]icture|[Ii]mage)s?(?: by\b|/|:)[^()]{0,80}\)$"
    # "… Handout via REUTERS", "… REUTERS/Antoni Slodkowski": an agency's credit in capitals,
    # after a link word, a slash, a sentence's end or a name in capitals; not a story's "…,"
    # Kusumo told AFP.", where a lower-case word comes before it
    r"|(?:\bvia |/|(?<=[.!?)\]\"”’])\s|(?<=[A-Z]{2})\s)(?:REUTERS|AFP)(?:/[^/]{2,40}){0,2}\.?$"
    # "… Fisher and Kimbro Streets. Photo by Jason Hennington": a photographer's credit, and
    # maybe the agency after a slash ("Photo by Ann Lee/Getty Images", "…/AFP via Getty Images")
    r"|\.\s?(?:[Pp]hoto(?:graph)?s?|[Ii]mage) by [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}"
    r"(?: ?/ ?[A-Z][\w.'’-]*(?: [\w.'’-]+){0,4})?"
    # "….Photograph by Marisol Teague for The New Yorker": glued on, for the magazine
    r"(?: for (?:The )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3})?\.?$"
    # "… onto a barge on Tuesday. (Sam Berg)": the photographer's name alone in brackets after
    # the caption's last sentence; a story's closing bracket holds words in lower case.
    r"|[.!?][\"”’]? \([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}\)$"
    # "… in Wisconsin, June 2026. (Fincantieri Marinette Marine photo)", "(U.S. Navy photo)":
    # whose picture it is, in brackets
    r"|[.!?][\"”’]? \((?:[A-Z][\w.&'’-]* ){1,5}(?:photo|image|illustration)\)$"
    # "… take effect in January.Credit...Hiroko Masuike/The New York Times": a credit glued on
    r"|[.!?\s]Credit(?:\.\.\.|…)\s?[A-Z][^()]{1,80}$"
    # "… at the Capitol. | Francis Chung/POLITICO": the photographer and the outlet after a bar
    r"|\s\|\s[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}/[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}$"
)
# More credits glued on at a caption's end, searched in its tail only: "… in Ottawa on Sunday.
# (Adrian Wyld/The Canadian Press)", "…in Taree.(ABC Mid North Coast: Luke Ryan)" (the
# photographer and the agency, or the outlet and the photographer), "… el pasado mes de enero
# EFE" (an agency after a caption without a full stop; in capitals only: "…, according to
# Reuters" ends a sentence that lost its full stop).
_GLUED_CREDIT_END: Final = re.compile(
    r"[.!?][\"”’]?\s?\([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3} ?/ ?[A-Z][\w.&'’-]*"
    r"(?: [A-Z][\w.&'’-]*){0,4}\)$"
    r"|[.!?][\"”’]?\s?\([A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,4}: [A-Z][\w.'’-]*"
    r"(?: [A-Z][\w.'’-]*){1,3}\)$"
    r"|[a-záéíóúàèìòùâêôãõçñäöüß] (?:EFE|ANSA|AFP|EPA|REUTERS|LUSA)$"
    # "… in overtime on Thursday night. Darren Yamashita/Imagn Images", "… à Paris. Ludovic
    # Marin / AFP": the photographer and the agency after the caption's last sentence, without
    # brackets
    r"|[.!?][\"”’]? [A-ZÀ-Þ][\w.'’-]*(?: [A-ZÀ-Þ][\w.'’-]*){1,3} ?/ ?[A-ZÀ-Þ][\w.&'’-]*"
    r"(?: [A-ZÀ-Þ][\w.&'’-]*){0,3}(?: via [A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2})?$"
    # "… le 21 novembre 2026. IDRISS BIGOU-GILLES POUR « LE MONDE »": the photographer in
    # capitals, working for the paper
    # (after a sentence in lower case: "2. U.N. PANEL RULES FOR WIKILEAKS FOUNDER" is a heading)
    r"|(?<=[a-zß-ÿ0-9)])[.!?][\"”’]? [A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ'’-]+){1,3} "
    r"(?:POUR|FOR|PARA|FÜR) (?:« ?)?[A-ZÀ-Þ][A-ZÀ-Þ'’. -]{0,30}[A-ZÀ-Þ](?: ?»)?$"
)
_GLUED_CREDIT_REACH: Final = 90  # characters from the caption's end
# What joins a photographer in capitals to the paper they work for, at a caption's end.
_WORKING_FOR: Final = (" POUR ", " FOR ", " PARA ", " FÜR ")
# "… - JANE DOE/AGENCY NAME": photographer and agency in capitals after a dash. Searched in the
# line's tail only, when the line ends in a capital: most lines with a slash are prose.
_CAPITALS_CREDIT_END: Final = re.compile(
    r"\s[-–—]\s[A-ZÀ-Þ][A-ZÀ-Þ.'’ -]{1,40}/[A-ZÀ-Þ][A-ZÀ-Þ.'’ -]{1,40}$"
)
# A wire's gallery numbers each picture before its caption: "Item 1 of 2 …", "[1/2]…".
_GALLERY_OPENING: Final = re.compile(r"Item \d{1,3} of \d{1,3}\s|\[\d{1,3}/\d{1,3}\]")
# The link to buy the picture that closes a wire's caption.
_LICENSING_LINKS: Final = ("Purchase Licensing Rights", "Purchase Licensing Rights, opens new tab")
# A British wire's caption: "… Picture date: Tuesday December 5, 2023. PA Photo."
_PICTURE_DATE: Final = ". Picture date: "
# The wire's opening of a caption on an older picture: "FILE – In this …", "FILE: In this …".
_FILE_PHOTO_OPENING: Final = re.compile(r"FILE\s*[-–—:]\s")

_MAX_CAPTION_WORDS: Final = 45
# The last three letters of the agencies a caption may end in, glued on ("… de enero EFE").
_GLUED_AGENCY_ENDS: Final = frozenset({"EFE", "NSA", "AFP", "EPA", "ERS", "USA"})
_MAX_CREDIT_WORDS: Final = 14
_MAX_BARE_CREDIT_WORDS: Final = 8
_MAX_AGENCY_CHARS: Final = 60
_MAX_WIRE_CAPTION_WORDS: Final = 150


# A credit as the line itself: an agency's name alone ("EFE", "Ansa", "РИА Новости"; see
# is_agency_alone), or the photographer and the agency or outlet after a slash ("Peter
# Klaunzer / Keystone", "Андрей Гордеев / Ведомости", "(Adrian Wyld/The Canadian Press)").
_AGENCY_ALONE: Final = re.compile(
    r"[(\[]?(?:EFE|ANSA|Ansa|AP|AFP|EPA|dpa|DPA|Reuters|REUTERS|Keystone|KEYSTONE|Lusa|LUSA|"
    r"Xinhua|Anadolu|SIPA|ABACA|Belga|ANP|PTI|IANS|TASS|ТАСС|РИА Новости|Europa Press|"
    r"Getty Images|Agência Brasil|Agencia Uno)(?:/[^/()]{2,40})?[)\]]?"
)
_PHOTOGRAPHER_SLASH_OUTLET: Final = re.compile(
    r"(?:[—–] )?[(\[]?[A-ZÀ-ÞА-ЯЁ][\w.'’-]+(?: [A-ZÀ-ÞА-ЯЁ][\w.'’-]+){1,3} ?/ ?"
    r"(?:[«\"]?[A-ZÀ-ÞА-ЯЁ0-9][\w.&'’-]*(?: [\w.&'’»\"-]+){0,4}"
    # a picture library by its web address ("Javier Ruano/naturepl.com")
    r"|[a-z][\w-]*\.(?:com|org|net|co\.uk|de|fr))"
    # the library that passed it on ("Hugh Carrow/Larkspur Basin Ledger via Imagn Images")
    r"(?: via [A-Z][\w-]*(?: Images)?)?[)\]]?"
)


# "Joana Ribeiro for TIME", "Sam Hodgson for The New York Times": the photographer on
# assignment for the paper, their name alone on the line under the caption.
_PHOTOGRAPHER_FOR_OUTLET: Final = re.compile(
    r"(?!(?:What|Why|How|When|Where|Who|It|The|A|An|Our|Your|This|That|Vote|Votes) )"
    r"[A-ZÀ-Þ][\w.'’-]+(?: [A-ZÀ-Þ][\w.'’-]+){1,2} for "
    r"(?:[A-Z]{2,}(?: [A-Z]{2,}){0,2}|The [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})"
)


def is_credit(text: str, words: int | None = None) -> bool:
    """A photo or video credit line."""
    words = counted_words(text, words)
    if words > _MAX_CREDIT_WORDS:
        return False
    return bool(_CREDIT_GATED.search(text)) or (
        words <= _MAX_BARE_CREDIT_WORDS and "/" in text and "." not in text[-1:]
        and _PHOTOGRAPHER_SLASH_OUTLET.fullmatch(text) is not None
    ) or (
        words <= _MAX_BARE_CREDIT_WORDS and " for " in text
        and _PHOTOGRAPHER_FOR_OUTLET.fullmatch(text) is not None
    )


def is_agency_alone(text: str) -> bool:
    """An agency's name alone on its line ("EFE", "Ansa"): a picture's credit under its caption,
    or the agency that wrote the story under its subtitle."""
    return len(text) <= _MAX_AGENCY_CHARS and _AGENCY_ALONE.fullmatch(text) is not None


# A tabloid's caption: a sentence, then the picture agency's name alone in square brackets
# ("Has he popped the question? [Wenn]", "… at the premiere. [GETTY]"). A transcript brackets
# the room's reaction the same way, and a wire story's last paragraph the news agency that sent
# it ("… on Monday. [Reuters]"), so those words stay prose.
_BRACKETED_AGENCY_END: Final = re.compile(
    r"[.!?][\"”’]?\s\[(?!(?i:applause|laughter|laughs|cheers|cheering|booing|boos|crosstalk|"
    r"inaudible|silence|pause|music|sic|beifall|applaus|gelächter|lachen|rires|"
    r"applaudissements|risas|aplausos|"
    r"reuters|afp|ap|dpa|xinhua|anadolu|efe|ansa|tass|ria novosti|ians|pti|bernama|yonhap|"
    r"kyodo|sputnik|irna|wam|apa)\])[A-Z][\w.'’&/-]*(?: [A-Z&][\w.'’&/-]*){0,3}\]$"
)


# The label a screen reader announces before a caption or its credit, which a scraper prints
# on the caption's line: "Image caption The baby's father ...", "Pie de foto, ...".
# A word that may open a sentence ("Caption contests ...", "Légende du football") counts only
# with its colon.
_CAPTION_LABEL: Final = re.compile(
    r"(?:(?:(?:image|media|photo|picture|video) (?:caption|source)|pie de foto|"
    r"fuente de la imagen|подпись к фото|источник изображения|автор фото)(?:\s*[:,]\s*|\s+)|"
    r"(?:caption|bildunterschrift|légende)\s*:\s*)(?=\S)",
    _FLAGS,
)

_CAPTION_LABEL_OPENERS: Final = frozenset("IiMmPpVvCcBbLlFfПпИиАа")

# A gallery's caption ends in the picture's place in the series: "Firefox Aurora [2/10]",
# "… at the quay. Photo 2 of 5", "Bild 1 von 10", or the counter alone ("3 of 12", "01 / 10"
# spaced apart: "1/10" alone may be a date). Round brackets number a series' parts ("Ferries
# in numbers (2/3)") and a bare count ends a sentence ("approved 3 of 12"), so those stay prose.
_GALLERY_COUNTER: Final = re.compile(
    r"\[(?P<bracket_at>\d{1,3})\s*/\s*(?P<bracket_of>\d{1,3})\]$"
    r"|(?:^|(?:^|\s)(?:photo|foto|bild|image|imagen|picture|slide|фото|снимок)\s+)"
    r"(?P<word_at>\d{1,3}) (?:of|von|de|sur|di|из|z|van|av) (?P<word_of>\d{1,3})$"
    r"|^(?P<alone_at>\d{1,3}) / (?P<alone_of>\d{1,3})$",
    _FLAGS,
)
_MAX_COUNTER_CHARS: Final = 24  # " Photo 100 of 100", "снимок 12 из 40"


def _ends_in_gallery_counter(text: str) -> bool:
    """A picture's caption or label that ends in its place in a gallery ("[2/10]",
    "Photo 2 of 5"): the first number counts up to the second."""
    # The counter is the line's last words: the search starts near the end (a line that is
    # the counter alone still matches its start).
    found = _GALLERY_COUNTER.search(text, max(0, len(text) - _MAX_COUNTER_CHARS))
    if found is None:
        return False
    at, of = next(
        found.group(f"{form}_at", f"{form}_of") for form in ("bracket", "word", "alone")
        if found.group(f"{form}_at")
    )
    return 1 <= int(at) <= int(of) and int(of) >= 2


# "… el pasado febrero. CLAUDIO ÁLVAREZ": the photographer in capitals after the caption's
# last sentence (El País); "… de la obraSantiago Filipuzzi": the credit glued to the caption's
# last word by the scraper (La Nación). Read on a caption's length only.
_NAME_CREDIT_END: Final = re.compile(
    r"(?<=[a-zß-ÿ0-9)])[.!?][\"”’]? (?!.*\b(?:FOR|THE|OF|AND|TO|IN|ON|AT|IS)\b)"
    r"[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ'’-]+){1,2}$"
    r"|(?:^|\s)[a-zß-ÿ]{2,}[A-ZÀ-Þ][a-zß-ÿ'’-]+(?: [A-ZÀ-Þ][a-zß-ÿ'’-]+){1,2}$"
    # "… in January. Stephen Yang for NY Post", "… in 2025. Getty Images": the photographer on
    # assignment for the paper, or a picture library, after the caption's last sentence
    r"|(?<=[a-z0-9)])[.!?][\"”’]? (?:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2} for (?:The )?"
    r"[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2}|Getty Images|Shutterstock|Alamy|Imagn Images)$"
)


def _ends_in_name_credit(text: str) -> bool:
    if not (text[-2:].isupper() or text[-1:].islower()):
        return False  # most lines end in a full stop
    return _NAME_CREDIT_END.search(text, max(0, len(text) - _GLUED_CREDIT_REACH)) is not None


def is_caption(text: str, words: int | None = None) -> bool:
    """A picture caption: ends in a credit, starts "Figure 2:" or a screen reader's label
    ("Image caption ..."), places people "(l.)", ends in its place in a gallery ("[2/10]"), or
    tells a past scene in the present tense (:mod:`scene_captions`)."""
    return counted_words(text, words) <= _MAX_CAPTION_WORDS and (
        _CAPTION_GATED.search(text) or is_scene_caption(text) or _ends_in_name_credit(text)
        or (text[:1] in _CAPTION_LABEL_OPENERS and _CAPTION_LABEL.match(text) is not None)
        or (text[-1:] == "]" and _BRACKETED_AGENCY_END.search(text) is not None)
        or ((text[-1:] == "]" or text[-1:].isdigit()) and _ends_in_gallery_counter(text))
    )


# A player's buttons under a picture's caption.
_CAPTION_BUTTON: Final = re.compile(r"[\W_]*(?:hide|toggle) caption[\W_]*", re.IGNORECASE)


def is_caption_button(text: str) -> bool:
    """A player's button under a picture's caption ("hide caption", "toggle caption")."""
    return _CAPTION_BUTTON.fullmatch(text) is not None


def is_wire_caption(text: str, words: int | None = None) -> bool:
    """A news agency's picture caption, however long: "FILE – In this … file photo, …
    (AP Photo/John Raoux, File)"."""
    tail = text[-60:]
    if text.startswith(("Item ", "[")) and _GALLERY_OPENING.match(text) is not None:
        return True  # "Item 1 of 2 A man counts…", "[1/2]A man counts…": a wire's gallery
    if text.endswith(_LICENSING_LINKS):
        return True
    if not (text.endswith(")") or text.startswith("FILE") or "REUTERS" in tail
            or "AFP" in tail or "hoto" in tail or "Image by" in tail
            or ("/" in tail and text[-1:].isalpha())
            or "Credit" in text or text[-3:] in _GLUED_AGENCY_ENDS
            or any(word in tail for word in _WORKING_FOR)):
        return False
    return counted_words(text, words) <= _MAX_WIRE_CAPTION_WORDS and (
        _FILE_PHOTO_OPENING.match(text) is not None
        or _WIRE_CREDIT_END.search(text) is not None
        or _GLUED_CREDIT_END.search(text, max(0, len(text) - _GLUED_CREDIT_REACH)) is not None
        or _PICTURE_DATE in text
        or _CAPITALS_CREDIT_END.search(text[-90:]) is not None
    )
