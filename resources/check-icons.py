#!/usr/bin/python3
"""Checks the SVG icons: each required name exists, every icon is well-formed XML on the 24x24
grid, and none relies on currentColor (icons must read the same on light and dark themes)."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

SVG_NS = "{http://www.w3.org/2000/svg}"


def problems_of(path):
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        return [f"{path.name}: not well-formed XML ({error})"]
    found = []
    if root.tag != SVG_NS + "svg":
        found.append(f"{path.name}: root element is {root.tag}, not svg")
    if root.get("viewBox") != "0 0 24 24":
        found.append(f"{path.name}: viewBox is {root.get('viewBox')!r}, expected '0 0 24 24'")
    if "currentColor" in path.read_text(encoding="utf-8"):
        found.append(f"{path.name}: uses currentColor")
    if len(list(root)) < 2:
        found.append(f"{path.name}: draws nothing")
    return found


def main():
    folder = Path(sys.argv[1])
    required = sys.argv[2:]
    problems = [f"{name}.svg: missing" for name in required if not (folder / f"{name}.svg").is_file()]
    icons = sorted(folder.glob("*.svg"))
    for icon in icons:
        problems.extend(problems_of(icon))
    for problem in problems:
        print(problem)
    print(f"{len(icons)} icons checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
