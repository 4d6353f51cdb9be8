"""Russian words fold to their Snowball stems: inflections meet, unrelated words with a common start do not."""

from needs.matching.engine import Matcher
from needs.matching.engine.concepts import ConceptReader
from needs.matching.engine.text import fold
from needs.matching.engine.tokens import Tokenizer
from tests.matching.test_engine_ranking import REMITTANCES, activity, need


def test_inflections_of_a_russian_word_fold_alike():
    assert fold("мигрантов") == fold("мигрантам") == fold("мигранты")
    assert fold("денежных переводов") == fold("денежные переводы")
    assert fold("трудоустройства") == fold("трудоустройство")  # й survives until after stemming


def test_words_sharing_their_first_letters_stay_apart():
    assert fold("консультирование") != fold("консульский")
    assert fold("работники") != fold("работодатели")
    assert fold("выборка") != fold("выборы")
    assert fold("наём").strip() not in fold("на границе").split()  # a short stem keeps its word


def test_russian_need_in_other_inflections_finds_the_russian_activity():
    russian = activity(
        "A-1",
        "Финансовая грамотность трудовых мигрантов",
        "Курс для сотрудников банков о денежных переводах трудовых мигрантов и финансовой грамотности их семей.",
        text_language="ru",
        languages=["ru"],
    )
    other = activity("A-2", *REMITTANCES, languages=["ru"], themes=["diaspora"])
    request = need(
        text_language="ru",
        country="KGZ",
        languages=["ru"],
        text="Нам нужно обучить сотрудников работе с денежными переводами и финансовой грамотностью мигрантов.",
    )
    result = Matcher().fit([other, russian]).rank(request)
    assert result["ranking"][0] == "A-1"


def test_lexicon_terms_match_their_own_words_in_every_script():
    """Terms are folded once: folding a folded term again would cut it further ("بيان" -> "بي")."""
    tokenizer = Tokenizer()
    reader = ConceptReader(tokenizer)
    texts = ["la estadística", "قاعدة بيانات الهجرة", "в планах местного развития", "administrative data"]
    counts = reader.counts(tokenizer.encode(texts))
    found = [{reader.names[k] for k in row.nonzero()[0]} for row in counts]
    assert "statistics" in found[0]
    assert "statistics" in found[1]
    assert "coherence" in found[2]
    assert "administrative-data" in found[3]
