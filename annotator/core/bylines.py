"""Bylines and photo credits in a page's lines: which lines are one, and the names in them
(`(彭森滔 蒋 睿)`, `本报记者 张三 通讯员 李四`, `（湘乡市委宣传部 陈 思）`, `周 建 军`)."""
from __future__ import annotations

import re

from . import tokenize
from .cleaning import HAN_RE
from .entities.dictionaries import dictionaries

_NAME_TOKEN = re.compile(r"^[\u3400-\u9fff\U00020000-\U0003134f·]{1,4}$")
# Role words in a byline, wherever they stand: `本报记者 张三 通讯员 李四`, `文/图 王五`.
_BYLINE_ROLE = re.compile(r"(?:本报)?(?:特约|首席|实习)?(?:摄影记者|记者|通讯员)[:：/]?|文/图|(?:文图|文|图|摄影)\s*[:：/]")


def names_a_role(raw: str) -> bool:
    """The line says who wrote it (`记者`, `通讯员`, `文/图`): a byline whatever its names look like."""
    return bool(_BYLINE_ROLE.search(raw))


def byline_names(raw: str) -> list[str] | None:
    """The names in a byline, or None when the line is not one.

    Two-character names are set with a space inside to align with three-character ones
    (`李 彬`, `蒋 睿`), so runs of single characters pair up: `云 贵 奉 樾 振 宁` is
    云贵, 奉樾, 振宁.
    """
    inner = raw.strip()
    parenthesised = inner[:1] in "(（" and inner[-1:] in ")）"
    if parenthesised:
        inner = inner[1:-1].strip()
    inner, roles = _BYLINE_ROLE.subn(" ", inner)
    if parenthesised:
        # `（湘乡市委宣传部 陈 思）`: the writer's body stands before the names like a role
        inner, bodies = _BYLINE_BODY.subn(" ", inner)
        roles += bodies
    tokens = [t for t in re.split(r"[\s、，,]+", inner) if t]
    if parenthesised and roles:
        tokens = [part for token in tokens for part in names_run_together(token)]
    if not tokens or not all(_NAME_TOKEN.match(t) for t in tokens):
        return None
    if not parenthesised and not roles and len(tokens) < 2:
        return None  # a lone word on a line is a heading, not a byline
    if len(tokens) == 3 and all(len(t) == 1 for t in tokens) and _is_surname(tokens[0]):
        return ["".join(tokens)]  # a three-character name padded like the rest: `周 建 军`
    if all(len(t) == 1 for t in tokens) and len(tokens) > (6 if parenthesised else 2):
        return None  # a line of text padded with spaces (`盛 等 企 业 与 高 校`)
    names = pair_names(tokens)
    if names and not parenthesised and not roles and not all(reads_as_name(name) for name in names):
        return None  # a crosshead in two parts: `龙头带动 链条延伸`
    return names


# A county, city or department office opening a bracketed byline (`湘乡市委宣传部`,
# `…文旅广体局`, `…融媒体中心`): the names follow it.
_BYLINE_BODY = re.compile(
    r"^[\u3400-\u9fff]{2,12}(?:宣传部|办公室|中心|[局部委办站所院台社馆队处])(?=\s|[\u3400-\u9fff]{2,3}(?:\s|$))"
)


def byline_body(raw: str) -> str:
    """The office opening a bracketed byline (`君山区委宣传部` of `（君山区委宣传部 杨 洁）`):
    it names the writers' body, so the article keeps it beside the names."""
    inner = raw.strip()
    if inner[:1] not in "(（" or inner[-1:] not in ")）":
        return ""
    body = _BYLINE_BODY.match(_BYLINE_ROLE.sub(" ", inner[1:-1]).strip())
    return body.group() if body else ""


def names_run_together(token: str) -> list[str]:
    """`吴涛罗佳怡` (two names the column joined, their spaces lost) -> 吴涛, 罗佳怡: cut
    where both parts read as names (a surname opens each)."""
    if len(token) not in (4, 5, 6) or not all(HAN_RE.match(c) for c in token):
        return [token]
    if len(token) == 4 and token[:2] in dictionaries().surnames:
        return [token]  # `欧阳秀梅`: one name with a two-character surname
    for cut in (2, 3) if len(token) != 4 else (2,):
        head, rest = token[:cut], token[cut:]
        longest = 4 if rest[:2] in dictionaries().surnames else 3  # 易帆 + 巫马晓晴: a two-character surname
        if 2 <= len(rest) <= longest and reads_as_name(head) and reads_as_name(rest):
            return [head, rest]
    if len(token) == 4 and (reads_as_name(token[:2]) or reads_as_name(token[2:])) and not _tibetan(token):
        # `通讯员肖瑶毓青`: four characters without a two-character surname are two names, the
        # second under a surname rarer than the list holds (毓), or the first a pen name (春晓凌波)
        return [token[:2], token[2:]]
    return [token]


def _tibetan(name: str) -> bool:
    parts = dictionaries().tibetan_name_parts | dictionaries().mongolian_name_parts
    return name[:2] in parts and name[2:] in parts


def _surname(text: str) -> bool:
    surnames = dictionaries().surnames
    return text[:1] in surnames or text[:2] in surnames


# A four-character word pair seen this often is a phrase, not a name (`龙头带动`).
_EVERYDAY_WORD = 60


def reads_as_name(name: str) -> bool:
    """A surname opens it, and four characters are not two everyday words."""
    if not _surname(name):
        return False
    if len(name) == 4 and name[:2] not in dictionaries().surnames:
        return not (tokenize.frequency(name[:2]) >= _EVERYDAY_WORD and tokenize.frequency(name[2:]) >= _EVERYDAY_WORD)
    return True


def _is_surname(character: str) -> bool:
    return dictionaries().surnames.get(character) == "common"


def pair_names(tokens: list[str]) -> list[str] | None:
    """Runs of single characters pair up into two-character names; None if one is left."""
    names: list[str] = []
    singles: list[str] = []
    for token in tokens + [""]:
        if len(token) == 1:
            singles.append(token)
            continue
        while len(singles) >= 2:
            names.append(singles.pop(0) + singles.pop(0))
        names.extend(singles)
        singles.clear()
        if token:
            names.append(token)
    if not names or any(len(name) < 2 for name in names) or len(names) > 8:
        return None
    return names
