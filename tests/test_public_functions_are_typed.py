"""Public functions carry type hints: every function or method whose name does
not start with "_" (nested ones too) annotates each parameter but self/cls and
its return. Read from the source with `ast`, so a new unannotated function in a
covered app fails here, named."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "dateline"

# The apps held to the rule.
TYPED_APPS = ("core", "ingest", "stories", "wire")


def _missing_hints(function: ast.FunctionDef | ast.AsyncFunctionDef) -> list[str]:
    args = function.args
    positional = args.posonlyargs + args.args
    missing = [
        arg.arg
        for index, arg in enumerate(positional + args.kwonlyargs)
        if arg.annotation is None and not (index == 0 and arg in positional and arg.arg in ("self", "cls"))
    ]
    missing += [f"*{arg.arg}" for arg in (args.vararg, args.kwarg) if arg is not None and arg.annotation is None]
    if function.returns is None:
        missing.append("return")
    return missing


def _untyped_in(source: str, filename: str = "<source>") -> list[tuple[int, str, list[str]]]:
    """(line, name, what lacks a hint) for each public function in `source`."""
    found = []
    for node in ast.walk(ast.parse(source, filename=filename)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and not node.name.startswith("_"):
            if missing := _missing_hints(node):
                found.append((node.lineno, node.name, missing))
    return sorted(found)


def _untyped_public_functions(app: str) -> list[str]:
    found = []
    for path in sorted((PACKAGE / app).rglob("*.py")):
        if {"tests", "migrations"} & set(path.relative_to(PACKAGE).parts):
            continue
        where = path.relative_to(PACKAGE.parent)
        for line, name, missing in _untyped_in(path.read_text(encoding="utf-8"), str(path)):
            found.append(f"{where}:{line} {name}() lacks hints for {', '.join(missing)}")
    return found


@pytest.mark.parametrize("app", TYPED_APPS)
def test_public_functions_have_type_hints(app):
    assert (PACKAGE / app).is_dir(), f"no app dateline/{app}"
    untyped = _untyped_public_functions(app)
    assert not untyped, "\n".join(untyped)


def test_the_check_finds_untyped_functions():
    # The walk itself must catch what it is meant to: an unannotated
    # parameter, a missing return, untyped *args, a nested function and an
    # async one; self and private names are left alone.
    source = (
        "class A:\n"
        "    def method(self, x: int): ...\n"
        "    def typed(self) -> None: ...\n"
        "def outer(a: int, *args, **kwargs: str) -> None:\n"
        "    def inner(b): ...\n"
        "async def fetch(url: str, *, timeout) -> None: ...\n"
        "def _private(c): ...\n"
    )
    assert _untyped_in(source) == [
        (2, "method", ["return"]),
        (4, "outer", ["*args"]),
        (5, "inner", ["b", "return"]),
        (6, "fetch", ["timeout"]),
    ]
