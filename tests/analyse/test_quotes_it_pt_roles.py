"""Italian and Portuguese roles as speakers: "disse o ministro da Justiça", "ha detto il
ministro della Giustizia" (the portfolio after "da"/"della" is no name), "afferma il sindaco",
"declarou o prefeito" (a role the article named someone with before)."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="Notícias", paragraphs=list(paragraphs))
    return [q.speaker for q in find_quotes(article)]


def test_role_of_a_portfolio_is_its_holder() -> None:
    assert who(
        "O ministro da Saúde, Paulo Torres, visitou o hospital na segunda-feira.",
        "\"Vamos abrir mais cem leitos até o fim do mês\", disse o ministro da Saúde.",
    ) == ["Paulo Torres"]
    assert who(
        "Il ministro della Salute, Carlo Neri, ha visitato l'ospedale lunedì.",
        "\"Apriremo altri cento posti letto entro la fine del mese\", ha detto il ministro "
        "della Salute.",
    ) == ["Carlo Neri"]


def test_mayor_named_before_speaks_as_the_role() -> None:
    assert who(
        "Il sindaco Marco Ferri ha visitato il cantiere del ponte crollato.",
        "\"Non lasceremo il paese isolato per mesi\", afferma il sindaco.",
    ) == ["Marco Ferri"]
    assert who(
        "O prefeito Rui Matos visitou a obra da ponte que desabou.",
        "\"Não vamos deixar a cidade isolada por meses\", declarou o prefeito.",
    ) == ["Rui Matos"]
