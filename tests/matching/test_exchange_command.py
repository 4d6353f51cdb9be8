"""The exchange command's contract and errors, run as a subprocess like any other tool would."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

ACTIVITY = {
    "id": "A-1",
    "agency": "ILO",
    "kind": "course",
    "title": "Fair recruitment in practice",
    "description": "Licensing officers learn to regulate recruitment agencies and remove recruitment fees.",
    "text_language": "en",
    "themes": ["low-skilled-labour"],
    "capacity_type": ["technical"],
    "level": ["individual"],
    "audience": ["government"],
    "delivery": "online",
    "languages": ["en", "fr"],
    "regions": ["global"],
    "status": "existing",
    "replication": ["enrol", "adapt-materials"],
    "translations": {"fr": {"title": "Recrutement équitable", "description": "Agences de recrutement."}},
}
NEED = {
    "id": "N-1",
    "country": "SEN",
    "text_language": "fr",
    "languages": ["fr"],
    "text": "Former les inspecteurs au recrutement équitable et au contrôle des agences de recrutement.",
}


def write_jsonl(path, rows):
    path.write_text(
        "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8"
    )
    return path


def run(tmp_path, activities, needs, *extra):
    a = write_jsonl(tmp_path / "activities.jsonl", activities)
    n = write_jsonl(tmp_path / "needs.jsonl", needs)
    out = tmp_path / "rankings.jsonl"
    command = [
        sys.executable,
        "-m",
        "needs.matching",
        "rank",
        "--activities",
        str(a),
        "--needs",
        str(n),
        "--out",
        str(out),
        *extra,
    ]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT), out


def test_writes_one_ranking_per_need(tmp_path):
    second = dict(
        ACTIVITY,
        id="A-2",
        title="Diaspora bonds",
        description="Issuing bonds for the diaspora.",
        themes=["diaspora"],
    )
    proc, out = run(tmp_path, [ACTIVITY, second], [NEED, dict(NEED, id="N-2")], "--top", "1")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["need"] for r in rows] == ["N-1", "N-2"]
    first = rows[0]
    assert set(first) >= {"need", "ranking", "scores", "gap", "replication", "reasons"}
    assert first["ranking"] == ["A-1"] and len(first["scores"]) == 1
    assert first["replication"] == ["enrol"] and "language:ok:fr" in first["reasons"][0]


def test_weights_file_changes_the_gap_flag(tmp_path):
    weights = tmp_path / "weights.json"
    weights.write_text(json.dumps({"gap_threshold": 1.0}), encoding="utf-8")
    proc, out = run(tmp_path, [ACTIVITY], [NEED], "--weights", str(weights))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["gap"] is True


@pytest.mark.parametrize(
    "activities, needs, message",
    [
        ([ACTIVITY, "{not json"], [NEED], "activities.jsonl:2: not JSON"),
        (
            [dict(ACTIVITY, themes=["astrology"])],
            [NEED],
            "activities.jsonl:1: themes: unknown code 'astrology'",
        ),
        ([ACTIVITY], [{k: v for k, v in NEED.items() if k != "id"}], "needs.jsonl:1: id: missing"),
        ([ACTIVITY], [{k: v for k, v in NEED.items() if k != "text"}], "needs.jsonl:1: text: missing"),
        ([ACTIVITY, ACTIVITY], [NEED], "activities.jsonl:2: id: duplicate 'A-1'"),
        ([ACTIVITY], [dict(NEED, country="XXX")], "needs.jsonl:1: country: unknown"),
    ],
)
def test_bad_input_names_file_and_line_and_writes_nothing(tmp_path, activities, needs, message):
    proc, out = run(tmp_path, activities, needs)
    assert proc.returncode != 0
    assert message in proc.stderr
    assert not out.exists()
    assert list(tmp_path.glob(".rankings.jsonl.*")) == []


def test_does_not_import_the_web_application(tmp_path):
    a = write_jsonl(tmp_path / "a.jsonl", [ACTIVITY])
    n = write_jsonl(tmp_path / "n.jsonl", [NEED])
    argv = ["x", "rank", "--activities", str(a), "--needs", str(n), "--out", str(tmp_path / "r.jsonl")]
    code = (
        f"import sys, runpy; sys.argv = {argv!r}\n"
        "try: runpy.run_module('needs.matching', run_name='__main__')\nexcept SystemExit: pass\n"
        "assert 'flask' not in sys.modules and 'sqlalchemy' not in sys.modules"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-500:]


def test_many_needs_rank_alike_whether_split_across_two_processes_or_not(tmp_path):
    """Past `PARALLEL_FROM` needs the command ranks half of them in a forked child: same lines, same order."""
    from needs.matching.__main__ import PARALLEL_FROM
    from needs.matching.engine import Matcher

    topics = ["recrutement équitable", "obligations pour la diaspora", "envois de fonds", "traite des personnes"]
    activities = [
        dict(ACTIVITY, id=f"A-{i}", title=f"{topics[i % 4]} {i}", description=f"Former les agents: {topics[i % 4]}.")
        for i in range(12)
    ]
    needs = [
        dict(NEED, id=f"N-{i}", text=f"Nous voulons former nos agents: {topics[i % 4]}.")
        for i in range(PARALLEL_FROM + 9)
    ]
    proc, out = run(tmp_path, activities, needs, "--top", "5")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    expected = json.loads(json.dumps(Matcher().fit(activities).rank_many(needs, 5)))
    assert rows == expected
