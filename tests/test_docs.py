"""The documentation keeps up with the code: every command, setting, signal
receiver and extension point the code has is documented. The lists are read
from the code itself, so adding one without its docs fails here."""

import ast
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "dateline"
README = (REPO / "README.md").read_text(encoding="utf-8")
CONFIGURATION = (REPO / "docs" / "configuration.md").read_text(encoding="utf-8")
ARCHITECTURE = (REPO / "docs" / "architecture.md").read_text(encoding="utf-8")


def _code_files():
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = set(path.relative_to(PACKAGE).parts)
        if not parts & {"tests", "migrations"}:
            yield path


def management_commands():
    return sorted(path.stem for path in PACKAGE.glob("*/management/commands/*.py") if not path.stem.startswith("_"))


def environment_settings():
    """Names of the environment variables the settings read."""
    reader = re.compile(r"""(?:os\.environ\.get|os\.environ\[|env_\w+)\(?\s*["']([A-Z][A-Z0-9_]+)["']""")
    names = set()
    for path in (PACKAGE / "settings").glob("*.py"):
        names.update(reader.findall(path.read_text(encoding="utf-8")))
    return sorted(names)


def _callable_name(node):
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def signal_receivers():
    """Functions connected to a signal, with `.connect(f)` or `@receiver`."""
    found = set()
    for path in _code_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _callable_name(node.func) == "connect" and node.args:
                name = _callable_name(node.args[0])
                if name:
                    found.add((path.relative_to(REPO).as_posix(), name))
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                for decorator in node.decorator_list:
                    target = decorator.func if isinstance(decorator, ast.Call) else decorator
                    if _callable_name(target) == "receiver":
                        found.add((path.relative_to(REPO).as_posix(), node.name))
    return sorted(found)


def extension_points():
    """Registries other apps add to: module-level functions named register…,
    and every hook in a `hooks.py`."""
    found = set()
    for path in _code_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if not isinstance(node, ast.FunctionDef) or node.name.startswith("_"):
                continue
            if node.name.startswith("register") or path.name == "hooks.py":
                found.add((path.relative_to(REPO).as_posix(), node.name))
    return sorted(found)


@pytest.mark.parametrize("command", management_commands())
def test_every_management_command_is_in_the_readme_table(command):
    assert re.search(rf"^\|.*`dateline {re.escape(command)}[ `]", README, re.M), (
        f"`dateline {command}` is missing from the command table in README.md"
    )


@pytest.mark.parametrize("name", environment_settings())
def test_every_setting_read_from_the_environment_is_documented(name):
    assert re.search(rf"^\| `{re.escape(name)}` \|", CONFIGURATION, re.M), (
        f"the setting {name} is read in dateline/settings but missing from docs/configuration.md"
    )


@pytest.mark.parametrize(("module", "receiver"), signal_receivers())
def test_every_signal_receiver_is_in_the_architecture_doc(module, receiver):
    # Names repeat across apps (two apps have an `on_story_changed`), so the
    # line must name the module that connects it too.
    lines = [line for line in ARCHITECTURE.splitlines() if f"`{receiver}`" in line and f"`{module}`" in line]
    assert lines, f"{module} connects {receiver} to a signal; docs/architecture.md does not list it with its module"


@pytest.mark.parametrize(("module", "function"), extension_points())
def test_every_extension_point_is_in_the_architecture_doc(module, function):
    assert re.search(rf"`[\w.@]*{re.escape(function)}\b", ARCHITECTURE), (
        f"{module} offers the extension point {function}; docs/architecture.md does not name it"
    )


def test_the_lists_are_read_from_the_code():
    # Guards the readers above: if one of them stopped finding anything, the
    # parametrised tests would silently pass with no cases.
    assert {"ingest", "publish-scheduled", "demo-staff"} <= set(management_commands())
    assert {"SECRET_KEY", "DATABASE_URL", "DEBUG"} <= set(environment_settings())
    assert any(name == "on_story_changed" for _, name in signal_receivers())
    assert any(name == "article_context" for _, name in extension_points())
