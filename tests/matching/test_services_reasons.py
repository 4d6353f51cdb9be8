"""Reason and replication codes as sentences in the six languages, with their parameters filled in."""

from __future__ import annotations

import re

import pytest

from needs.i18n.languages import LANGUAGES

CODES = [
    "theme:remittances", "text:strong", "text:partial", "language:ok:fr", "language:needs-adaptation:ar",
    "language:unavailable:zh", "delivery:ok:online", "delivery:other:face-to-face", "region:outside:africa",
    "region:closed:oceania", "status:planned", "audience:government", "capacity:technical",
    "level:organizational", "kind:knowledge-product", "trainers:requested",
]
REPLICATIONS = ("enrol", "national-edition", "adapt-materials", "train-the-trainer", "technical-assistance")
PLACEHOLDER = re.compile(r"%\(|%s|\{\w*\}")


@pytest.mark.parametrize("locale", LANGUAGES)
def test_every_reason_code_renders_in_every_language(ctx, locale):
    from needs.matching.reasons import render_reason, render_reasons

    sentences = [render_reason(code, locale) for code in CODES]
    for code, sentence in zip(CODES, sentences, strict=True):
        assert sentence and sentence != code, (locale, code)
        assert not PLACEHOLDER.search(sentence), (locale, code, sentence)
    assert render_reasons(CODES, locale) == sentences
    assert len(set(sentences)) == len(sentences)


@pytest.mark.parametrize("locale", LANGUAGES)
def test_parameters_are_labels_in_the_readers_language(ctx, locale):
    from needs.matching.reasons import render_reason
    from needs.vocabulary import services as vocabulary

    assert vocabulary.label("themes", "remittances", locale) in render_reason("theme:remittances", locale)
    assert vocabulary.language_name("fr", locale) in render_reason("language:ok:fr", locale)
    assert vocabulary.region_name("africa", locale) in render_reason("region:outside:africa", locale)
    assert vocabulary.label("audience", "government", locale) in render_reason("audience:government", locale)
    assert vocabulary.label("activity_kind", "knowledge-product", locale) in render_reason(
        "kind:knowledge-product", locale)


@pytest.mark.parametrize("locale", LANGUAGES)
def test_replication_codes_render_as_plain_sentences(ctx, locale):
    from needs.matching.models import REJECT_REASONS
    from needs.matching.reasons import render_reject_reason, render_replication, replication_label

    texts = [render_replication(code, locale) for code in REPLICATIONS]
    assert all(len(text) > 10 and text not in REPLICATIONS for text in texts)
    assert len(set(texts)) == len(texts)
    assert all(replication_label(code, locale) not in ("", code) for code in REPLICATIONS)
    assert all(render_reject_reason(code, locale) not in ("", code) for code in REJECT_REASONS)


def test_languages_differ_and_unknown_codes_stay_visible(ctx):
    from needs.matching.reasons import render_reason, render_replication

    assert render_reason("theme:remittances", "zh") != render_reason("theme:remittances", "en")
    assert render_reason("language:ok:fr", "ru") != render_reason("language:ok:fr", "es")
    assert render_reason("mystery:thing", "fr") == "mystery:thing"
    assert render_replication("mystery", "fr") == "mystery"


def test_request_language_is_the_default(app):
    from needs.matching.reasons import render_reason
    from needs.vocabulary import services as vocabulary

    with app.test_request_context("/?lang=es"):
        assert vocabulary.language_name("fr", "es") in render_reason("language:ok:fr")
