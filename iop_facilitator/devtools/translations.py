"""`make translations`: update the Spanish catalogue from the UI sources and compile it.

1. pyside6-lupdate scans every .py of iop_facilitator (the UI's tr() and QT_TRANSLATE_NOOP,
   the core's QT_TR_NOOP messages, see texts.py; devtools and bench are left out) into
   resources/translations/iop_facilitator_es.ts, keeping existing translations and dropping
   obsolete ones (-no-obsolete). Translations waiting in resources/translations/pending/*.json
   ({"English template": "Spanish"}, for the core's messages) fill those still unfinished.
2. If resources/translations/part-b_*.ts exist (a helper's translations, made in parallel),
   their finished translations are folded into iop_facilitator_es.ts: a message of ours that is
   unfinished takes the other file's translation (same context and source text).
3. English plural forms: iop_facilitator_en.ts holds only the %n messages ("1 member" /
   "3 members"), filled from the "(s)" convention of the source text.
4. pyside6-lrelease compiles both .ts files to .qm (the .qm files are committed: the app loads
   them at run time, also from the bundle).

Run with the venv's Python: `.venv/bin/python -m iop_facilitator.devtools.translations`.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "iop_facilitator"
NOT_SCANNED = ("devtools", "bench")  # developer tools: never shown to a clinician
FOLDER = ROOT / "resources" / "translations"
SPANISH = FOLDER / "iop_facilitator_es.ts"
ENGLISH = FOLDER / "iop_facilitator_en.ts"
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    candidate = BIN / name
    return str(candidate) if candidate.exists() else name


def sources() -> list[str]:
    return sorted(
        str(p.relative_to(ROOT))
        for p in PACKAGE.rglob("*.py")
        if p.relative_to(PACKAGE).parts[0] not in NOT_SCANNED
    )


def lupdate(ts: Path, *extra: str) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            *extra,
            *sources(),
            "-ts",
            str(ts.relative_to(ROOT)),
        ],
        cwd=ROOT,
        check=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def root_of(tree: ET.ElementTree[ET.Element]) -> ET.Element:
    root = tree.getroot()
    assert root is not None, "an empty .ts file"
    return root


def messages(tree: ET.ElementTree[ET.Element]) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in root_of(tree).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    forms = translation.findall("numerusform")
    return all(f.text for f in forms) if forms else bool(translation.text)


def fold(into: Path, part: Path) -> int:
    """Copy finished translations of `part` into unfinished messages of `into`."""
    ours, theirs = ET.parse(into), ET.parse(part)
    target, source = messages(ours), messages(theirs)
    copied = 0
    for key, message in target.items():
        other = source.get(key)
        if other is None or finished(message) or not finished(other):
            continue
        old = message.find("translation")
        if old is not None:
            message.remove(old)
        message.append(other.find("translation"))  # type: ignore[arg-type]
        copied += 1
    if copied:
        write(ours, into)
    return copied


def fold_pending(into: Path, folder: Path) -> int:
    """Fill unfinished messages of `into` from pending/*.json ({English source: Spanish})."""
    waiting: dict[str, str] = {}
    for path in sorted(folder.glob("*.json")):
        waiting.update(json.loads(path.read_text(encoding="utf-8")))
    if not waiting:
        return 0
    tree = ET.parse(into)
    copied = 0
    for (_context, source), message in messages(tree).items():
        spanish = waiting.get(source)
        if not spanish or finished(message):
            continue
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        translation.text = spanish
        copied += 1
    if copied:
        write(tree, into)
    return copied


def english_plurals(path: Path) -> None:
    tree = ET.parse(path)
    for message in root_of(tree).iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        one = re.sub(r"\((e?s)\)", "", source).replace("(ren)", "")
        one = one.replace(" have ", " has ")
        many = re.sub(r"\((e?s)\)", r"\1", source).replace("(ren)", "ren")
        for text in (one, many):
            form = ET.SubElement(translation, "numerusform")
            form.text = text
    write(tree, path)


def write(tree: ET.ElementTree[ET.Element], path: Path) -> None:
    ET.indent(tree, "    ")
    body = ET.tostring(root_of(tree), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8"
    )


def main() -> int:
    FOLDER.mkdir(parents=True, exist_ok=True)
    lupdate(SPANISH, "-target-language", "es")
    folded = 0
    for part in sorted(FOLDER.glob("part-*_es.ts")):
        copied = fold(SPANISH, part)
        folded += copied
        print(f"{part.name}: {copied} translation(s) folded in")
    filled = fold_pending(SPANISH, FOLDER / "pending")
    print(f"pending/*.json: {filled} translation(s) filled")
    if folded or filled:  # once more, so the file keeps lupdate's own layout (stable diffs)
        lupdate(SPANISH, "-target-language", "es")
    lupdate(ENGLISH, "-target-language", "en", "-pluralonly")
    english_plurals(ENGLISH)
    lrelease(SPANISH, SPANISH.with_suffix(".qm"))
    lrelease(ENGLISH, ENGLISH.with_suffix(".qm"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
