"""Fill a translated text's %1..%9 with values, in one pass.

Chained ``.replace("%1", a).replace("%2", b)`` also replaces a "%2" inside ``a``: the
statement "Grow 20%2 a year" became "Grow 20KKP a year". Here each placeholder is looked
up once in the template, so text inside a value is never read as a placeholder.
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%([1-9])")


def fill(template: str, *values: object) -> str:
    """`template` with %1 replaced by str(values[0]), %2 by str(values[1]), and so on.

    A placeholder without a value (and any "%" not followed by 1-9) stays as it is.
    """
    texts = [str(value) for value in values]

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return texts[index] if index < len(texts) else match.group(0)

    return _PLACEHOLDER.sub(value, template)
