"""The import graph of src/ketaguide keeps its layers: core -> printing -> gui -> cli.

Read from the source with `ast` (nothing is imported), so it sees every
import: at module level, inside functions (the lazy ones that keep start-up
fast), and under `if TYPE_CHECKING:`. A cycle or an arrow pointing up a
layer fails here, whatever the import's position; docs/architecture.md
explains the layers.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "ketaguide"
QT = ("PySide6", "shiboken6")

# Lower layers never import higher ones. Root modules sit where they are used:
# the package itself and resources.py (files on disk) are plain Python under
# core; locales.py wraps QLocale for printing and the screens alike.
RANKS = {"core": 0, "printing": 1, "gui": 2, "cli": 3}
ROOT_LAYERS = {"ketaguide": "core", "ketaguide.resources": "core", "ketaguide.locales": "printing",
               "ketaguide.__main__": "cli"}


def module_name(path: Path, package: Path = PACKAGE) -> str:
    parts = (package.name, *path.relative_to(package).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer(module: str) -> str:
    if module in ROOT_LAYERS:
        return ROOT_LAYERS[module]
    parts = module.split(".")
    if len(parts) > 2 and parts[1] in RANKS:
        return parts[1]
    if len(parts) == 2 and parts[1] in RANKS:  # the layer's package itself
        return parts[1]
    raise AssertionError(f"{module}: put it in core/, printing/, gui/ or cli/ (or give it a layer in ROOT_LAYERS)")


def imports(path: Path, package: Path, modules: set[str]) -> list[tuple[str, int]]:
    """(imported module, line) for every import in the file, wherever it is written.
    `modules`: the package's own modules, to tell `from . import wording` (the module
    wording) from `from .settings import Settings` (the module settings)."""
    module = module_name(path, package)
    is_package = path.name == "__init__.py"
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                base = base[: len(base) - node.level + (1 if is_package else 0)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            named = [f"{target}.{alias.name}" for alias in node.names]
            found += [(name, node.lineno) for name in named if name in modules]
            if target.split(".")[0] in QT:  # `from PySide6 import QtWidgets` names the Qt module
                found += [(name, node.lineno) for name in named]
            if not all(name in modules for name in named):  # a name defined in `target` itself
                found.append((target, node.lineno))
    return found


def graph(package: Path = PACKAGE) -> dict[str, dict[str, int]]:
    """module -> {module of this package, or Qt, that it imports: the first line doing so}."""
    files = {module_name(p, package): p for p in package.rglob("*.py")}
    edges: dict[str, dict[str, int]] = {}
    for module, path in files.items():
        targets = edges.setdefault(module, {})
        for target, line in imports(path, package, set(files)):
            if target in files and target != module:
                targets.setdefault(target, line)
            elif target.split(".")[0] in QT:
                targets.setdefault(".".join(target.split(".")[:2]), line)  # e.g. PySide6.QtWidgets
    return edges


def cycles(edges: dict[str, dict[str, int]]) -> list[list[str]]:
    """Each strongly connected group of more than one module (Tarjan), as a loop to read."""
    index, low, stack, on_stack, groups = {}, {}, [], set(), []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in edges.get(node, {}):
            if target not in edges:
                continue
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return groups


def layer_violations(edges: dict[str, dict[str, int]], package: Path = PACKAGE) -> list[str]:
    found = []
    for module, targets in sorted(edges.items()):
        for target, line in sorted(targets.items()):
            where = f"{module} (line {line}) imports {target}"
            if target.split(".")[0] in QT:
                if layer(module) == "core":
                    found.append(f"{where}: core never imports Qt")
                elif layer(module) == "printing" and target == "PySide6.QtWidgets":
                    found.append(f"{where}: printing lays out pages without widgets")
            elif RANKS[layer(target)] > RANKS[layer(module)]:
                found.append(f"{where}: {layer(module)} may not import {layer(target)}")
    return found


def test_the_package_has_no_import_cycle():
    assert cycles(graph()) == []


def test_no_layer_imports_a_higher_one_and_core_never_imports_qt():
    assert layer_violations(graph()) == []


def test_the_graph_sees_imports_inside_functions_and_type_checking_blocks():
    edges = graph()
    assert "ketaguide.core.render" in edges["ketaguide.core.modules"]  # lazy: start-up, inside a method
    assert "ketaguide.gui.app" in edges["ketaguide.cli.command"]  # lazy: start-up, inside main()
    # `from . import formats` inside printing/ is the module formats, not printing/__init__.py
    assert "ketaguide.printing.formats" in edges["ketaguide.printing.printout"]
    assert "ketaguide.printing" not in edges["ketaguide.printing.printout"]


# -- the checks catch what they are for: a copy of the package with one bad arrow added
def copy_with(tmp_path, relative: str, line: str) -> Path:
    copy = tmp_path / "ketaguide"
    for source in PACKAGE.rglob("*.py"):
        target = copy / source.relative_to(PACKAGE)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    changed = copy / relative
    changed.write_text(changed.read_text(encoding="utf-8") + "\n\ndef _back_edge():\n    " + line + "\n",
                       encoding="utf-8")
    return copy


@pytest.mark.parametrize("relative, line, expected", [
    ("core/wording.py", "from .settings import Settings", "cycle"),
    ("core/timeline.py", "from PySide6.QtGui import QColor", "core never imports Qt"),
    ("printing/pages.py", "from ..gui.theme import CALM", "printing may not import gui"),
    ("core/library.py", "from ..printing import make_printout", "core may not import printing"),
    ("gui/app.py", "from ..cli.command import main", "gui may not import cli"),
    ("printing/pages.py", "from PySide6.QtWidgets import QLabel", "printing lays out pages without widgets"),
    ("printing/document.py", "from PySide6 import QtWidgets", "printing lays out pages without widgets"),
])
def test_a_back_edge_or_a_cycle_fails(tmp_path, relative, line, expected):
    copy = copy_with(tmp_path, relative, line)
    edges = graph(copy)
    found = [" ".join(group) for group in cycles(edges)] if expected == "cycle" else layer_violations(edges, copy)
    assert found, f"adding `{line}` to {relative} went unnoticed"
    if expected == "cycle":
        assert any("ketaguide.core.settings" in group and "ketaguide.core.wording" in group for group in found)
    else:
        assert any(expected in problem for problem in found), found


def test_nothing_imports_by_a_name_the_graph_cannot_read():
    """importlib.import_module("...") and __import__("...") would hide an edge from this test."""
    hidden = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Call):
                called = ast.unparse(node.func)
                if called in ("importlib.import_module", "import_module", "__import__"):
                    hidden.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: {called}")
    assert hidden == []
