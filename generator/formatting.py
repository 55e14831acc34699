"""Formatting generated Python with black, in-process.

Generated files are formatted before they are compared with what is on disk,
so output is byte-for-byte what `black` would leave unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping

LINE_LENGTH = 120


def format_python(source: str) -> str:
    import black
    from black.mode import TargetVersion

    mode = black.Mode(target_versions={TargetVersion.PY311}, line_length=LINE_LENGTH)
    return black.format_str(source, mode=mode)


def format_files(files: Mapping[str, str | bytes]) -> dict[str, str | bytes]:
    """Format every `.py`/`.pyi` file in `files`; other files pass through."""
    result: dict[str, str | bytes] = {}
    for path, content in files.items():
        if isinstance(content, str) and path.endswith((".py", ".pyi")):
            result[path] = format_python(content)
        else:
            result[path] = content
    return result
