"""Reference data: countries, agencies, the controlled vocabulary and GFMD recommendations."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from needs.db import Base, utcnow


class Country(Base):
    """A UN member state; names come from Babel's territory names in the reader's language."""

    __tablename__ = "countries"

    code: Mapped[str] = mapped_column(sa.String(3), primary_key=True)  # ISO 3166-1 alpha-3
    alpha2: Mapped[str] = mapped_column(sa.String(2), unique=True)
    m49: Mapped[str] = mapped_column(sa.String(3))
    region: Mapped[str] = mapped_column(sa.String(20), index=True)  # vocabulary region code
    subregion_m49: Mapped[str] = mapped_column(sa.String(3))


class Agency(Base):
    __tablename__ = "agencies"

    code: Mapped[str] = mapped_column(sa.String(40), primary_key=True)
    names: Mapped[dict[str, Any]] = mapped_column(default=dict)  # {lang: name}
    kind: Mapped[str] = mapped_column(sa.String(20), default="agency")
    gmg_member: Mapped[bool] = mapped_column(default=False)
    url: Mapped[str] = mapped_column(sa.String(500), default="")


class VocabularyTerm(Base):
    """One code of one controlled list, with its labels in the six languages."""

    __tablename__ = "vocabulary_terms"

    list_name: Mapped[str] = mapped_column(sa.String(40), primary_key=True)
    code: Mapped[str] = mapped_column(sa.String(40), primary_key=True)
    position: Mapped[int] = mapped_column(default=0)
    labels: Mapped[dict[str, Any]] = mapped_column(default=dict)
    descriptions: Mapped[dict[str, Any]] = mapped_column(default=dict)


class GfmdRecommendation(Base):
    __tablename__ = "gfmd_recommendations"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(sa.String(40), unique=True)
    meeting: Mapped[dict[str, Any]] = mapped_column(default=dict)  # {lang: "Manila 2008"}
    year: Mapped[int]
    round_table: Mapped[str] = mapped_column(sa.String(200), default="")
    title: Mapped[dict[str, Any]] = mapped_column(default=dict)
    text: Mapped[dict[str, Any]] = mapped_column(default=dict)
    themes: Mapped[list[Any]] = mapped_column(default=list)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
