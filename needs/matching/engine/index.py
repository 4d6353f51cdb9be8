"""Everything about the inventory that ranking needs, computed once as arrays."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from . import vocabulary as v
from .concepts import ConceptReader, PhraseCounter
from .keyterms import LANGUAGE_NAMES
from .lexicon import GENERIC
from .scripts import script_bits
from .text import fold
from .tfidf import Tfidf
from .tokens import Tokenizer

# "Interpretation" and its equivalents: an offer delivered with interpreters can run a
# national edition in another language.
_INTERPRETATION = [
    "interpretation", "interpreters", "interpreter", "interpreted", "interpreting",
    "синхронный", "синхронным", "синхронного", "устный перевод", "устным переводом",
    "ترجمة فورية", "الترجمة الفورية", "同声传译", "口译",
]  # fmt: skip


def bits(matrix: np.ndarray) -> np.ndarray:
    """Each row of a (records x codes) bool matrix as one integer, bit i for code i."""
    return (matrix.astype(np.int32) << np.arange(matrix.shape[1], dtype=np.int32)).sum(axis=1, dtype=np.int32)


def one_hot(values: list[list[str]], codes: tuple[str, ...]) -> np.ndarray:
    """A (records x codes) boolean matrix from lists of codes."""
    # Inventories repeat a few combinations ("en", "global"...): each distinct one is read once.
    keys = [tuple(items) if items else () for items in values]
    seen = {combination: row for row, combination in enumerate(dict.fromkeys(keys))}
    return _patterns(seen, np.fromiter(map(seen.__getitem__, keys), np.int64, len(keys)), codes)


def _patterns(seen: dict[tuple, int], rows: np.ndarray, codes: tuple[str, ...]) -> np.ndarray:
    """`one_hot` from the distinct combinations (each with its number) and each record's number."""
    position = {code: i for i, code in enumerate(codes)}
    patterns = np.zeros((len(seen), len(codes)), dtype=bool)
    for combination, row in seen.items():
        for item in combination:
            if item in position:
                patterns[row, position[item]] = True
    return patterns[rows] if len(rows) else np.zeros((0, len(codes)), dtype=bool)


_CODED = (  # field, its codes
    ("themes", v.THEMES), ("capacity_type", v.CAPACITY_TYPES), ("level", v.LEVELS), ("audience", v.AUDIENCES),
    ("languages", v.LANGUAGES), ("regions", v.REGIONS), ("replication", v.REPLICATIONS), ("delivery", v.DELIVERIES),
)  # fmt: skip


class Columns(NamedTuple):
    """What indexing reads from the records, taken in one pass."""

    ids: list[str]
    texts: list[str]  # `activity_text`
    titles: list[str]  # `activity_title`
    scripts: np.ndarray  # `scripts.activity_scripts`
    codes: dict[str, np.ndarray]  # field -> `one_hot` matrix; "replication" is ["enrol"] when absent
    planned: np.ndarray
    background: np.ndarray  # knowledge products and networks


def read_columns(activities: list[dict]) -> Columns:
    """`Columns` of the records. One pass, so that each record's objects are read together: a pass
    per field would walk the whole inventory's scattered objects again for every field."""
    ids, texts, titles, scripts, planned, background = [], [], [], [], [], []
    tables = [({}, []) for _ in _CODED]
    lists = [(field, seen, rows) for (field, _), (seen, rows) in zip(_CODED[:-2], tables, strict=False)]
    (replication_seen, replication_rows), (delivery_seen, delivery_rows) = tables[-2:]
    for record in activities:
        get = record.get
        ids.append(record["id"])
        texts.append(activity_text(record))
        titles.append(activity_title(record))
        scripts.append(script_bits([get("text_language"), *(get("translations") or {})]))
        for field, seen, rows in lists:
            items = get(field)
            rows.append(seen.setdefault(tuple(items) if items else (), len(seen)))
        replication = get("replication") or ("enrol",)
        replication_rows.append(replication_seen.setdefault(tuple(replication), len(replication_seen)))
        delivery_rows.append(delivery_seen.setdefault((get("delivery"),), len(delivery_seen)))
        planned.append(get("status") == "planned")
        background.append(get("kind") in ("knowledge-product", "network"))
    codes = {
        field: _patterns(seen, np.array(rows, dtype=np.int64), values)
        for (field, values), (seen, rows) in zip(_CODED, tables, strict=True)
    }
    return Columns(
        ids,
        texts,
        titles,
        np.array(scripts, dtype=np.int8),
        codes,
        np.array(planned, dtype=bool),
        np.array(background, dtype=bool),
    )


def activity_text(activity: dict) -> str:
    """Title (twice, as it names the topic), description and any translations."""
    parts = [activity.get("title", ""), activity.get("title", ""), activity.get("description", "")]
    for translation in (activity.get("translations") or {}).values():
        if isinstance(translation, dict):
            parts += [str(translation.get("title", "")), str(translation.get("description", ""))]
    return " ".join(parts)


def activity_title(activity: dict) -> str:
    """The title and any translated titles."""
    parts = [activity.get("title", "")]
    for translation in (activity.get("translations") or {}).values():
        if isinstance(translation, dict):
            parts.append(str(translation.get("title", "")))
    return " ".join(parts)


def generic_words() -> list[str]:
    """The lexicon's generic words of the field, folded like the texts."""
    return sorted({word for words in GENERIC.values() for term in words for word in fold(term).split()})


def concept_weights(counts: np.ndarray, idf: np.ndarray) -> np.ndarray:
    """Sublinear concept counts times concept IDF, rows scaled to unit length."""
    weighted = np.log1p(counts) * idf[None, :]
    norms = np.sqrt((weighted**2).sum(axis=1, keepdims=True))
    return np.divide(weighted, norms, out=np.zeros_like(weighted), where=norms > 0).astype(np.float32)


_THEME = {code: i for i, code in enumerate(v.THEMES)}
_AUDIENCE = {code: i for i, code in enumerate(v.AUDIENCES)}
_CAPACITY = {code: i for i, code in enumerate(v.CAPACITY_TYPES)}
_LEVEL = {code: i for i, code in enumerate(v.LEVELS)}


class Card(NamedTuple):
    """One activity's codes as plain Python values, for explaining a handful of matches."""

    routes: list[str]
    kind: str
    planned: bool
    background: bool
    delivery: str
    tags: list[int]  # theme positions
    audiences: list[int]
    capacities: set[int]
    levels: set[int]
    languages: set[str]
    fixes_language: bool
    fixes_region: bool
    trains_trainers: bool


class ActivityIndex:
    """Text models and one-hot code matrices over all activities."""

    def __init__(self, activities: list[dict]):
        columns = read_columns(activities)
        self.ids = columns.ids
        self._cards: dict[int, Card] = {}
        self._flags: list[tuple[bool, bool, bool]] | None = None
        self._decodings: dict[tuple, object] = {}
        self._records = activities
        self.tokenizer = Tokenizer()
        self.reader = ConceptReader(self.tokenizer)
        self.language_names = PhraseCounter(self.tokenizer, [list(LANGUAGE_NAMES.get(c, ())) for c in v.LANGUAGES])
        corpus = self.tokenizer.encode(columns.texts)
        self.vectorizer = Tfidf(
            stop_ids=[self.tokenizer.token(word) for word in generic_words()],
            max_df=0.2 if len(activities) >= 20 else 1.0,  # small inventories: keep every word
        )
        self.text = self.vectorizer.fit_transform(corpus)
        counts = self.reader.counts(corpus)
        df = (counts > 0).sum(axis=0)
        self.concept_idf = (np.log((1 + len(activities)) / (1 + df)) + 1).astype(np.float32)
        self.concepts = concept_weights(counts, self.concept_idf)
        # One row per concept, contiguous: the concept products add these rows (see `features.same_sums`).
        self.concepts_by_concept = np.ascontiguousarray(self.concepts.T)
        # The concepts of the titles alone, with the same weights: a title names the activity's focus, where
        # a near miss mentions the need's topic only in passing (see `features.title_similarity`).
        title_counts = self.reader.counts(self.tokenizer.encode(columns.titles))
        self.title_concepts_by_concept = np.ascontiguousarray(concept_weights(title_counts, self.concept_idf).T)
        # Postings per term: a need's row times these touches only its own terms' postings.
        self.text_by_term = self.text.transpose()
        self.scripts = columns.scripts
        interpreted = PhraseCounter(self.tokenizer, [_INTERPRETATION]).counts(corpus)
        self._codes(columns, counts, interpreted[:, 0] > 0)

    def _codes(self, columns: Columns, counts: np.ndarray, interpreted: np.ndarray) -> None:
        codes = columns.codes
        tagged = codes["themes"].astype(np.float32)
        evidence = counts @ self.reader.theme_map
        strongest = evidence.max(axis=1, keepdims=True)
        read = (evidence >= 0.5 * np.maximum(strongest, 1)) & (evidence > 0)
        # Tags can be incomplete: a theme the text is clearly about counts half.
        self.themes = np.maximum(tagged, 0.5 * read)
        self.tagged = tagged.astype(bool)
        self.capacity = codes["capacity_type"]
        self.level = codes["level"]
        self.audience = codes["audience"]
        self.languages = codes["languages"]
        self.regions = codes["regions"]
        self.routes = codes["replication"]
        self.delivery = codes["delivery"]
        self.planned = columns.planned
        self.background = columns.background
        route = {code: self.routes[:, i] for i, code in enumerate(v.REPLICATIONS)}
        many_languages = self.languages.sum(axis=1) >= 3
        # The rubric's language fixes: translation, or a national edition of an offer that
        # already runs in three or more languages or with interpretation.
        self.adapt_fixes_language = route["adapt-materials"]
        self.edition_fixes_language = route["national-edition"] & (many_languages | interpreted)
        self.fixes_region = route["national-edition"] | route["technical-assistance"]
        self.any_language_fix = self.adapt_fixes_language | self.edition_fixes_language
        # Codes as bit sets, for "shares a code" tests against blocks of needs.
        self.language_bits = bits(self.languages)
        self.region_bits = bits(self.regions)
        self.delivery_bits = bits(self.delivery)
        self.audience_bits = bits(self.audience)
        trainer_column = self.reader.names.index("trainers")
        self.trains_trainers = route["train-the-trainer"] | (counts[:, trainer_column] > 0)

    def card(self, row: int) -> Card:
        """Plain values of one activity's codes, built on first use."""
        card = self._cards.get(row)
        if card is None:
            if self._flags is None:  # per activity: fixes language, fixes region, trains trainers
                self._flags = list(
                    zip(
                        *(a.tolist() for a in (self.any_language_fix, self.fixes_region, self.trains_trainers)),
                        strict=True,
                    )
                )
            record = self._records[row]
            get = record.get
            kind, delivery = get("kind"), get("delivery")
            fixes_language, fixes_region, trains_trainers = self._flags[row]
            card = self._cards[row] = Card(
                routes=self._decoded("replication", get("replication") or ["enrol"]),
                kind=kind,
                planned=get("status") == "planned",
                background=kind in ("knowledge-product", "network"),
                delivery=delivery if delivery in v.DELIVERIES else "online",
                tags=self._decoded("themes", get("themes")),
                audiences=self._decoded("audience", get("audience")),
                capacities=self._decoded("capacity_type", get("capacity_type")),
                levels=self._decoded("level", get("level")),
                languages=self._decoded("languages", get("languages")),
                fixes_language=fixes_language,
                fixes_region=fixes_region,
                trains_trainers=trains_trainers,
            )
        return card

    def _decoded(self, field: str, items: list[str] | None):
        """A card's value for a coded field; inventories repeat a few combinations, each decoded once."""
        key = (field, tuple(items) if items else ())
        value = self._decodings.get(key)
        if value is None:
            value = self._decodings[key] = _DECODE[field](items or ())
        return value

    def __len__(self) -> int:
        return len(self.ids)


_DECODE = {  # coded field -> its value on a `Card`, from the record's list
    "replication": lambda items: [code for code in v.REPLICATIONS if code in items],  # as `routes`' columns
    "themes": lambda items: [_THEME[t] for t in dict.fromkeys(items) if t in _THEME],
    "audience": lambda items: sorted({_AUDIENCE[a] for a in items if a in _AUDIENCE}),
    "capacity_type": lambda items: {_CAPACITY[c] for c in items if c in _CAPACITY},
    "level": lambda items: {_LEVEL[c] for c in items if c in _LEVEL},
    "languages": set,
}
