"""Translation workflow: ``python -m needs.i18n.catalogs update|missing|compile``.

update   extract every marked string (Python and templates) and merge it into the six catalogs
missing  list, per language, the strings still untranslated or fuzzy
compile  write the .mo files (the application also does this itself at start-up when a .po is newer)
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from babel.messages.pofile import read_po

from needs.i18n.languages import LANGUAGES
from needs.i18n.services import TRANSLATIONS, compile_catalogs

ROOT = Path(__file__).resolve().parents[2]
POT = Path(__file__).parent / "messages.pot"


def update() -> None:
    pybabel = [sys.executable, "-m", "babel.messages.frontend"]
    subprocess.run([*pybabel, "extract", "-F", str(ROOT / "babel.cfg"), "-k", "_l", "-k", "lazy_gettext",
                    "--no-location", "--sort-output", "-o", str(POT), str(ROOT / "needs")], check=True)
    for lang in LANGUAGES:
        po = TRANSLATIONS / lang / "LC_MESSAGES" / "messages.po"
        command = "update" if po.exists() else "init"
        subprocess.run([*pybabel, command, "-i", str(POT), "-d", str(TRANSLATIONS), "-l", lang,
                        *(["--no-fuzzy-matching", "--ignore-obsolete"] if command == "update" else [])], check=True)


def missing() -> int:
    total = 0
    for lang in LANGUAGES:
        if lang == "en":
            continue
        with (TRANSLATIONS / lang / "LC_MESSAGES" / "messages.po").open("rb") as fh:
            catalog = read_po(fh)
        todo = [m.id for m in catalog if m.id and (m.fuzzy or not all(
            m.string if isinstance(m.string, tuple) else (m.string,)))]
        total += len(todo)
        print(f"{lang}: {len(todo)} to translate")
        for msgid in todo:
            print("   ", repr(msgid)[:160])
    return total


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "missing"
    if command == "update":
        update()
        return 0
    if command == "compile":
        print(f"compiled {compile_catalogs()} catalogs")
        return 0
    return 1 if missing() else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
