"""Password hashing (argon2id through argon2-cffi) and the password rules."""

from __future__ import annotations

import functools
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

# argon2-cffi's defaults are RFC 9106's low-memory profile: argon2id, t=3, m=64 MiB, p=4.
_hasher = PasswordHasher()
MIN_LENGTH = 10
MAX_LENGTH = 1024  # long Unicode passphrases are welcome; this bound only stops abuse of the hasher


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    if not password_hash:
        # Spend the same effort as a real check, so timing does not tell whether the account exists.
        _hasher.hash(password or "x")
        return False
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)


@functools.cache
def common_passwords() -> frozenset[str]:
    path = Path(__file__).parent / "data" / "common_passwords.txt"
    return frozenset(line.strip().lower() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


def password_problem(password: str, *, email: str = "") -> str | None:
    """A code for what is wrong with a new password, or None: too-short, too-long, common, like-email."""
    if len(password) < MIN_LENGTH:
        return "too-short"
    if len(password) > MAX_LENGTH:
        return "too-long"
    lowered = password.lower()
    if lowered in common_passwords() or len(set(lowered)) < 4:
        return "common"
    if email and lowered in {email.lower(), email.split("@")[0].lower()}:
        return "like-email"
    return None
