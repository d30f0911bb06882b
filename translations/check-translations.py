#!/usr/bin/python3
"""Checks the Qt Linguist catalogues.

--complete FILE...  every message has a finished, non-empty translation (all plural forms), and
                    no vanished or obsolete message is left without one.
--current FILE...   lupdate run over app/, models/ and ui/ into a temporary copy of the file
                    finds no message that the file does not already hold.

The .ts files in the source tree are never modified.
"""
import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

SCANNED_FOLDERS = ["app", "models", "ui"]
LUPDATE_OPTIONS = ["-no-obsolete", "-locations", "none", "-extensions", "cpp,h"]
RETIRED_TYPES = {"vanished", "obsolete"}


def messages(ts_path):
    """Yields (context, message element) for every message of a .ts file."""
    root = ET.parse(ts_path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            yield name, message


def key_of(context, message):
    return (context, message.findtext("source", default=""), message.findtext("comment", default=""))


def translation_texts(translation):
    forms = translation.findall("numerusform")
    if forms:
        return [form.text or "" for form in forms]
    return [translation.text or ""]


def incomplete_messages(ts_path):
    problems = []
    for context, message in messages(ts_path):
        translation = message.find("translation")
        source = message.findtext("source", default="")
        if translation is None:
            problems.append(f"{ts_path.name}: [{context}] {source!r} has no translation element")
            continue
        kind = translation.get("type", "")
        empty = any(not text.strip() for text in translation_texts(translation))
        if kind == "unfinished":
            problems.append(f"{ts_path.name}: [{context}] {source!r} is unfinished")
        elif kind in RETIRED_TYPES and empty:
            problems.append(f"{ts_path.name}: [{context}] {source!r} is {kind} and empty")
        elif empty:
            problems.append(f"{ts_path.name}: [{context}] {source!r} has an empty translation")
    return problems


def missing_messages(ts_path, lupdate, source_dir):
    """Runs lupdate into a temporary copy and reports the messages it had to add."""
    known = {key_of(context, message) for context, message in messages(ts_path)}
    with tempfile.TemporaryDirectory(prefix="cw-ts-") as scratch:
        copy = Path(scratch) / ts_path.name
        shutil.copyfile(ts_path, copy)
        command = [lupdate, *LUPDATE_OPTIONS, *SCANNED_FOLDERS, "-ts", str(copy)]
        run = subprocess.run(command, cwd=source_dir, capture_output=True, text=True, check=False)
        if run.returncode != 0:
            return [f"{ts_path.name}: lupdate failed ({run.returncode}): {run.stderr.strip()}"]
        fresh = [(context, message) for context, message in messages(copy)]
    problems = []
    for context, message in fresh:
        translation = message.find("translation")
        if translation is not None and translation.get("type", "") in RETIRED_TYPES:
            continue
        if key_of(context, message) not in known:
            source = message.findtext("source", default="")
            problems.append(f"{ts_path.name}: [{context}] {source!r} is in the sources but not "
                            "in the file (run the update_translations target)")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--source-dir", required=True, type=Path)
    parser.add_argument("--complete", nargs="*", default=[], type=Path)
    parser.add_argument("--current", nargs="*", default=[], type=Path)
    args = parser.parse_args()

    problems = []
    for ts_path in args.complete:
        problems.extend(incomplete_messages(ts_path))
    for ts_path in args.current:
        problems.extend(missing_messages(ts_path, args.lupdate, args.source_dir))
    for problem in problems:
        print(problem)
    checked = len(set(args.complete) | set(args.current))
    print(f"{checked} catalogues checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
