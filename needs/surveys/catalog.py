"""Survey definitions in the database: importing, versioning, publishing, and the frozen documents
cached by version id (a published document never changes, so pages never reload it)."""

from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from needs.audit.services import record
from needs.extensions import db
from needs.surveys.definitions import DefinitionError, load_definition
from needs.surveys.models import Survey, SurveyVersion, WorkflowError
from needs.vocabulary.services import LIST_NAMES

_DOCUMENTS: dict[int, dict[str, Any]] = {}
_LOCK = threading.Lock()


def vocabulary_lists() -> set[str]:
    return set(LIST_NAMES)


def read_definition(source: str | Path | bytes, filename: str | None = None) -> dict[str, Any]:
    """The validated document; DefinitionError lists every problem by sheet, row and column."""
    return load_definition(source, filename=filename, vocabulary_lists=vocabulary_lists())


def checksum(document: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(document, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def import_document(document: dict[str, Any], *, filename: str = "", actor=None) -> tuple[SurveyVersion, bool]:
    """Store a document as a new version of its survey (by name); returns (version, created).

    The same document as the latest version is not stored twice; a published version is never changed,
    so any change becomes the next version number.
    """
    survey = db.session.scalar(sa.select(Survey).where(Survey.name == document["name"]).with_for_update())
    if survey is None:
        survey = Survey(name=document["name"], title=dict(document["title"]), created_by_id=getattr(actor, "id", None))
        db.session.add(survey)
        db.session.flush()
    digest = checksum(document)
    latest = db.session.scalar(sa.select(SurveyVersion).where(SurveyVersion.survey_id == survey.id)
                               .order_by(SurveyVersion.number.desc()).limit(1))
    if latest is not None and latest.checksum == digest:
        return latest, False
    survey.title = dict(document["title"])
    version = SurveyVersion(survey_id=survey.id, number=(latest.number + 1) if latest else 1, document=document,
                            checksum=digest, source_filename=filename[:255], created_by_id=getattr(actor, "id", None))
    db.session.add(version)
    db.session.flush()
    record("survey.import", object_type="survey_version", object_id=version.id, actor=actor,
           survey=survey.name, number=version.number, filename=filename)
    return version, True


def import_file(source: str | Path | bytes, *, filename: str | None = None, publish: bool = False,
                actor=None) -> tuple[SurveyVersion, bool]:
    """Read, validate and store a definition file (nothing is stored when it is refused)."""
    document = read_definition(source, filename)
    name = filename or (Path(source).name if not isinstance(source, bytes) else "")
    version, created = import_document(document, filename=name, actor=actor)
    if publish and not version.is_published:
        publish_version(version.id, actor=actor)
    return version, created


def publish_version(version_id: int, *, actor=None) -> SurveyVersion:
    version = db.session.get(SurveyVersion, version_id, with_for_update=True)
    if version is None:
        raise LookupError(version_id)
    version.publish(getattr(actor, "id", None))
    record("survey.publish", object_type="survey_version", object_id=version.id, actor=actor,
           survey=version.survey.name, number=version.number)
    return version


def document(version: SurveyVersion) -> dict[str, Any]:
    """The version's document, cached by checksum: the same content is the same document, whatever
    the row's id (ids can be reused after rows are deleted)."""
    cached = _DOCUMENTS.get(version.checksum)
    if cached is not None:
        return cached
    loaded = db.session.scalar(sa.select(SurveyVersion.document).where(SurveyVersion.id == version.id))
    if loaded is None:
        raise LookupError(version.id)
    with _LOCK:
        _DOCUMENTS[version.checksum] = loaded
    return loaded


def document_by_id(version_id: int) -> dict[str, Any]:
    version = db.session.get(SurveyVersion, version_id)
    if version is None:
        raise LookupError(version_id)
    return document(version)


def surveys() -> list[Survey]:
    return list(db.session.scalars(sa.select(Survey).order_by(Survey.name)))


def published_versions() -> list[SurveyVersion]:
    return list(db.session.scalars(sa.select(SurveyVersion).where(SurveyVersion.published_at.is_not(None))
                                   .order_by(SurveyVersion.survey_id, SurveyVersion.number.desc())))


__all__ = ["DefinitionError", "WorkflowError", "document", "document_by_id", "import_document", "import_file",
           "publish_version", "published_versions", "read_definition", "surveys"]
