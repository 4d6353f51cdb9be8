"""Which writing systems a text is in, as bits, so that the text model knows when it is blind.

TF-IDF compares words, so a Russian need and an English activity score zero whatever they
say: the score would then punish needs written in a language few activities use (Chinese,
Russian, Arabic) and make their gap flags false alarms. Such pairs get a text similarity
estimated from their concepts instead (see `features.similarities`).
"""

from __future__ import annotations

import numpy as np

_SCRIPT = {"en": 1, "fr": 1, "es": 1, "ru": 2, "ar": 4, "zh": 8}
ANY = 15  # unknown language: assume the words can meet


def script_bits(languages) -> int:
    """The scripts of texts written in ``languages`` (codes); `ANY` when none is known."""
    out = 0
    for code in languages:
        out |= _SCRIPT.get(code, 0)
    return out or ANY


def activity_scripts(activities: list[dict]) -> np.ndarray:
    """Per activity, the scripts of its text and of its translations."""
    return np.fromiter(
        (script_bits([a.get("text_language"), *(a.get("translations") or {})]) for a in activities),
        np.int8,
        len(activities),
    )


def need_scripts(needs: list[dict]) -> np.ndarray:
    return np.fromiter((script_bits([n.get("text_language")]) for n in needs), np.int8, len(needs))
