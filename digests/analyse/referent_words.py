"""Word tables for :mod:`referents` in German, French, Spanish and Russian news: which opening
words need an antecedent, which "il" stands for nothing, and which words after a demonstrative
make it a time ("Diese Woche", "Cette semaine") rather than something said before."""

from __future__ import annotations

import re

# Subject pronouns a name can replace, as the sentence's first word: "Er sagte…" -> "Olaf
# Scholz sagte…". German "sie" is also "they" and "you": it stays among the unresolvable.
REPLACEABLE = frozenset({"er", "il", "elle", "él", "ella", "он", "она"})
# Opening words that stand for something said before and that no name can replace:
# possessives ("Seine Partei", "Sa décision", "Su partido", "Его задержали"; German "Ihre" is
# also "their" and "your") and demonstratives ("Dies", "Cela", "Esto", "Это").
UNRESOLVABLE = frozenset(
    """
    sie ils elles они
    sein seine seinem seinen seiner seines ihr ihre ihrem ihren ihrer ihres
    son sa ses leur leurs su sus его её ее их
    dies dieser diese dieses diesen diesem cela ça ceci ce cet cette ces celui celle ceux
    esto eso ello este esta estos estas ese esa esos esas это этот эта эти
    """.split()
)
# Also English words: "Son" is a French possessive only before a lower-case noun ("Son père"),
# not in "Son Heung-min scored" or "Son of a miner, he…".
ALSO_ENGLISH = frozenset({"son"})
# Demonstratives that may point to a time instead ("Diese Woche", "Cette semaine", "Esta semana").
DETERMINERS = frozenset(
    "diese dieser dieses diesen diesem ce cet cette ces este esta estos estas ese esa этот эта эти"
    .split()
)
POINTS_IN_TIME = frozenset(
    """
    woche jahr monat tag morgen abend nacht sommer winter frühjahr herbst saison wochenende mal
    semaine année an mois matin soir soirée nuit week-end été hiver printemps automne saison
    fois lundi mardi mercredi jeudi vendredi samedi dimanche
    semana año mes mañana tarde noche fin verano invierno primavera otoño temporada vez lunes
    martes miércoles jueves viernes sábado domingo
    неделе году месяце
    """.split()
)
# French "il" that stands for nothing: "Il y a deux ans", "Il faut", "Il s'agit de", "Il est
# possible que", "Il reste".
EXPLETIVE_IL = re.compile(
    r"^Il (?:y a(?:vait|ura)?|faut|fallait|faudra|s['’]agit|s['’]agissait|semble|semblait"
    r"|paraît|reste|restait|existe|manque|suffit|suffisait|pleut|neige|était une fois"
    r"|(?:est|était|sera|serait) (?:(?:donc|aussi|encore|déjà|pas|plus|bien|très) )?"
    r"(?:possible|impossible|probable|improbable|nécessaire|important|difficile|facile|clair"
    r"|temps|vrai|question|prévu|interdit|urgent|essentiel|certain|évident|normal|rare)\b)"
)
