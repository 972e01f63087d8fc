"""Language guesses from script and function words; no guess when the text says too little."""

from __future__ import annotations

import pytest

from digests.clean.language import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council voted on Tuesday to turn the warehouse into a library for the city.", "en"),
        ("Die Stadtwerke haben am Montag angekündigt, die Preise für die Fernwärme zu senken, "
         "und das ist nicht das erste Mal.", "de"),
        ("El consejo votó el martes para convertir el almacén en una biblioteca para los "
         "vecinos de la ciudad.", "es"),
        ("Le conseil a voté mardi pour transformer l'entrepôt en une bibliothèque pour les "
         "habitants de la ville.", "fr"),
        ("Rada miasta zagłosowała we wtorek, że magazyn w porcie nie będzie sprzedany i to "
         "jest dobra wiadomość.", "pl"),
        ("صوت المجلس يوم الثلاثاء على تحويل المستودع القديم إلى مكتبة عامة.", "ar"),
        ("市议会周二投票决定将旧仓库改建为公共图书馆。", "zh"),
        ("市議会は火曜日、古い倉庫を図書館にすることを決めました。", "ja"),
    ],
)
def test_languages(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_too_little_to_tell() -> None:
    assert detect_language("") == ""
    assert detect_language("12:30 — 4:2") == ""
    assert detect_language("Volvo XC90") == ""
