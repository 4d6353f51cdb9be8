"""The engine is a pure library: it imports no web framework, no database and no other feature."""

import ast
from pathlib import Path

import needs.matching.engine as engine

FORBIDDEN = ("flask", "sqlalchemy", "flask_sqlalchemy", "werkzeug", "jinja2")


def imported_modules(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            yield "." * node.level + (node.module or "")


def test_engine_imports_only_itself_and_the_scientific_stack():
    root = Path(engine.__file__).parent
    offending = []
    for path in sorted(root.rglob("*.py")):
        for module in imported_modules(path):
            top = module.split(".")[0]
            if top in FORBIDDEN or (
                module.startswith("needs") and not module.startswith("needs.matching.engine")
            ):
                offending.append(f"{path.name}: {module}")
    assert offending == []


def test_exchange_command_imports_only_the_engine():
    command = Path(engine.__file__).parent.parent / "__main__.py"
    modules = list(imported_modules(command))
    assert all(not m.startswith("needs") or m.startswith("needs.matching.engine") for m in modules)
    assert not any(m.split(".")[0] in FORBIDDEN for m in modules)
