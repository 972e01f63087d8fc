"""Story grouping through ingest: what a digest shows once, with "also: ..." sources."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from digests.article import CleanArticle
from digests.config import Config
from digests.ingest.pipeline import ingest_article

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)

QUAKE_WIRE = CleanArticle(
    title="Quake in northern Varnia kills 412",
    paragraphs=[
        "A magnitude 6.4 earthquake struck the mountains of northern Varnia overnight, killing "
        "412 people and injuring 1,875, the interior ministry said on Saturday.",
        "Rescue teams were still digging through collapsed houses in villages around Kesh, "
        "the town closest to the epicentre.",
    ],
)
QUAKE_RUSSIAN = CleanArticle(
    title="Число жертв землетрясения в Варнии достигло 412",
    paragraphs=[
        "Землетрясение магнитудой 6,4 произошло ночью на севере Варнии: погибли 412 человек, "
        "ещё 1875 получили ранения, сообщило МВД страны.",
        "Спасатели продолжают разбирать завалы в горных деревнях.",
    ],
)
VERDICT_ONE = CleanArticle(
    title="Former officer found guilty on all counts",
    paragraphs=[
        "Former Lakeport police officer Dan Reeve was found guilty on all three charges, "
        "second-degree murder, third-degree murder and second-degree manslaughter, in the "
        "death of Tom Hale.",
        "The jury deliberated for two days before the verdict was read.",
    ],
)
VERDICT_TWO = CleanArticle(
    title="Jury convicts ex-officer of manslaughter in traffic stop shooting",
    paragraphs=[
        "A jury found former Lakeport police officer Sue Marsh guilty of first- and "
        "second-degree manslaughter on all charges in the death of motorist Ben Ode.",
        "She was taken into custody after the verdict was read and will be sentenced in March.",
    ],
)


async def _story_ids(
    sessions: async_sessionmaker[AsyncSession], config: Config, *articles: CleanArticle
) -> list[int | None]:
    ids = []
    for i, clean in enumerate(articles):
        published = NOW - timedelta(hours=3 - i)
        async with sessions() as session:
            result = await ingest_article(session, clean, source=None,
                                          url=f"https://outlet{i}.example/story",
                                          published_at=published, config=config, now=published)
        assert result.article is not None
        ids.append(result.article.story_id)
    return ids


async def test_a_rewrite_in_another_language_joins_the_wire_story(
    sessions: async_sessionmaker[AsyncSession], config: Config
) -> None:
    wire, rewrite = await _story_ids(sessions, config, QUAKE_WIRE, QUAKE_RUSSIAN)
    assert wire == rewrite


async def test_two_verdicts_from_one_city_stay_two_stories(
    sessions: async_sessionmaker[AsyncSession], config: Config
) -> None:
    one, two = await _story_ids(sessions, config, VERDICT_ONE, VERDICT_TWO)
    assert one != two


# Two votes of one town council, stored with the language their pages declared.
POOL_VOTE = CleanArticle(
    title="Stadtrat lehnt Schwimmhalle ab",
    paragraphs=[
        "In Kassel hat der Stadtrat den Antrag für eine neue Schwimmhalle in einer knappen "
        "Abstimmung abgelehnt.",
        "Die Mehrheit im Stadtrat sah keine Finanzierung, sagte die Oberbürgermeisterin.",
        "Die Verwaltung soll nun prüfen, ob das alte Bad saniert werden kann.",
    ],
    language="de-DE",
)
CYCLE_PATH_VOTE = CleanArticle(
    title="Stadtrat billigt neue Radwege",
    paragraphs=[
        "Der Stadtrat in Kassel hat in der Abstimmung am Abend den Antrag für neue Radwege "
        "gebilligt.",
        "Eine breite Mehrheit stimmte zu, die Oberbürgermeisterin begrüßte den Beschluss.",
        "Die ersten Wege sollen im Frühjahr an der Universität entstehen.",
    ],
    language="de-DE",
)


async def test_two_votes_of_one_council_reported_in_german_are_two_stories(
    sessions: async_sessionmaker[AsyncSession], config: Config
) -> None:
    # The nouns the two share ("Stadtrat", "Antrag", "Abstimmung") are not names: the town
    # alone is too little.
    pool, cycle_paths = await _story_ids(sessions, config, POOL_VOTE, CYCLE_PATH_VOTE)
    assert pool != cycle_paths
