"""Hostile uploads are refused quickly with a DefinitionError: not an xlsx, zip bombs, too many
parts, XML entities, YAML alias bombs."""

import io
import time
import zipfile

import openpyxl
import pytest

from needs.surveys.definitions import DefinitionError, load_definition
from needs.surveys.definitions.xlsx_guard import MAX_UNCOMPRESSED

VOCABULARY = {"themes"}


def refused(data, filename):
    started = time.perf_counter()
    with pytest.raises(DefinitionError) as raised:
        load_definition(data, filename=filename, vocabulary_lists=VOCABULARY)
    assert time.perf_counter() - started < 5
    return [problem.code for problem in raised.value.problems]


def minimal_xlsx() -> bytes:
    book = openpyxl.Workbook()
    book.active.title = "survey"
    book.active.append(["type", "name", "label"])
    book.active.append(["text", "q", "Question"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def rewrite(data: bytes, replace: dict[str, bytes]) -> bytes:
    source, target = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            out.writestr(item.filename, replace.get(item.filename, source.read(item.filename)))
        for name in set(replace) - set(source.namelist()):
            out.writestr(name, replace[name])
    return target.getvalue()


def test_minimal_workbook_is_accepted():
    doc = load_definition(minimal_xlsx(), filename="ok.xlsx", vocabulary_lists=VOCABULARY)
    assert doc["sections"][0]["items"][0]["label"] == {"en": "Question"}


def test_content_that_is_not_its_extension():
    assert refused(b"type,name,label\ntext,q,Q\n", "survey.xlsx") == ["not_a_file"]
    assert refused(b"%PDF-1.4 not a workbook", "survey.xlsx") == ["not_a_file"]
    assert refused(b"\xff\xfe\x00binary", "survey.yaml") == ["not_a_file"]
    assert refused(b"name: x", "survey.docx") == ["not_a_file"]


def test_a_zip_that_is_not_a_workbook():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hello")
    assert refused(buffer.getvalue(), "survey.xlsx") == ["not_a_file"]


def test_zip_with_ten_thousand_entries():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        for index in range(10_000):
            archive.writestr(f"xl/x{index}.xml", "")
    assert refused(buffer.getvalue(), "survey.xlsx") == ["too_large"]


def test_workbook_that_inflates_past_the_limit():
    bomb = b"<x>" + b" " * (MAX_UNCOMPRESSED + 1_000_000) + b"</x>"
    data = rewrite(minimal_xlsx(), {"xl/sharedStrings.xml": bomb})
    assert len(data) < 1_000_000
    assert refused(data, "survey.xlsx") == ["too_large"]


def test_xml_entities_are_not_expanded():
    laughs = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
              b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
              b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">&lol3;</workbook>')
    external = (b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
                b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">&xxe;</workbook>')
    for payload in (laughs, external):
        assert refused(rewrite(minimal_xlsx(), {"xl/workbook.xml": payload}), "survey.xlsx") == ["unreadable"]


def test_yaml_alias_bomb_is_refused():
    bomb = b"""
a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
name: *c
"""
    assert refused(bomb, "survey.yaml") == ["yaml_alias"]


def test_oversized_yaml_is_refused():
    assert refused(b"#" * 3_000_000, "survey.yaml") == ["too_large"]


def test_yaml_python_tags_are_refused():
    assert refused(b"name: !!python/object/apply:os.system ['true']", "survey.yml") == ["yaml_syntax"]
