"""Every catalog has every string of the source, none fuzzy, every placeholder kept."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "needs" / "i18n" / "translations"
LANGS = ["ar", "zh", "fr", "ru", "es", "en"]
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|%[sd]|\{\w*\}")


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """Extract the messages of the current source, so a new untranslated string fails the test."""
    out = tmp_path_factory.mktemp("pot") / "messages.pot"
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", "extract", "-F", str(ROOT / "babel.cfg"),
                    "-k", "_l", "-k", "lazy_gettext", "-o", str(out), "--no-location", "--omit-header",
                    str(ROOT / "needs")], check=True, capture_output=True)
    with out.open("rb") as fh:
        return read_po(fh)


@pytest.mark.parametrize("lang", LANGS)
def test_catalog_complete(template, lang):
    with (TRANSLATIONS / lang / "LC_MESSAGES" / "messages.po").open("rb") as fh:
        catalog = read_po(fh)
    problems = []
    for message in template:
        if not message.id:
            continue
        entry = catalog.get(message.id, context=message.context)
        if entry is None:
            problems.append(f"missing: {message.id!r}")
            continue
        if entry.fuzzy:
            problems.append(f"fuzzy: {message.id!r}")
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        if lang != "en" and not all(strings):
            problems.append(f"untranslated: {message.id!r}")
        for source in ids:
            for text in strings:
                if text and set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(text)):
                    problems.append(f"placeholders differ: {source!r} -> {text!r}")
    assert not problems, f"{lang}: {len(problems)} problems, first: " + "\n".join(problems[:15])
