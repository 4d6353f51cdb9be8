"""Users, single-use links and sign-in throttling."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from needs.db import Base, utcnow


class User(Base):
    __tablename__ = "users"
    __table_args__ = (
        sa.CheckConstraint("role IN ('focal_point', 'cdtf', 'agency', 'admin')", name="role"),
        sa.CheckConstraint("role != 'focal_point' OR country_code IS NOT NULL", name="focal_point_country"),
        sa.CheckConstraint("role != 'agency' OR agency_code IS NOT NULL", name="agency_staff_agency"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(sa.String(254), unique=True)
    name: Mapped[str] = mapped_column(sa.String(200))
    phone: Mapped[str] = mapped_column(sa.String(50), default="")
    password_hash: Mapped[str | None] = mapped_column(sa.String(255))
    role: Mapped[str] = mapped_column(sa.String(20))
    country_code: Mapped[str | None] = mapped_column(sa.ForeignKey("countries.code"), index=True)
    agency_code: Mapped[str | None] = mapped_column(sa.ForeignKey("agencies.code"), index=True)
    language: Mapped[str] = mapped_column(sa.String(5), default="en")
    active: Mapped[bool] = mapped_column(default=True)
    is_demo: Mapped[bool] = mapped_column(default=False)
    # Bumped on sign-out and password change: every cookie carrying an older value is refused.
    session_version: Mapped[int] = mapped_column(default=1)
    totp_secret: Mapped[str | None] = mapped_column(sa.String(64))
    totp_enabled: Mapped[bool] = mapped_column(default=False)
    totp_last_step: Mapped[int] = mapped_column(sa.BigInteger, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_sign_in_at: Mapped[dt.datetime | None]

    links: Mapped[list[SingleUseLink]] = relationship(back_populates="user", cascade="all, delete-orphan")

    # Flask-Login protocol.
    @property
    def is_authenticated(self) -> bool:
        return True

    @property
    def is_active(self) -> bool:
        return self.active

    @property
    def is_anonymous(self) -> bool:
        return False

    def get_id(self) -> str:
        return f"{self.id}:{self.session_version}"

    @property
    def has_password(self) -> bool:
        return bool(self.password_hash)


class SingleUseLink(Base):
    """An invitation or password-reset link: only the SHA-256 of its token is stored."""

    __tablename__ = "single_use_links"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    purpose: Mapped[str] = mapped_column(sa.String(10))  # invite | reset
    token_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[dt.datetime]
    used_at: Mapped[dt.datetime | None]

    user: Mapped[User] = relationship(back_populates="links")


class SignInFailure(Base):
    """Failed sign-ins, counted per account and per address within a sliding window."""

    __tablename__ = "sign_in_failures"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(sa.String(300), index=True)  # "account:<email>" or "address:<ip>"
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
