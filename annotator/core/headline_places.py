"""Whether a heading names a place, judged by the text around it: a heading that names a
place is a headline, not a crosshead (the splitter's test for a boundary, splitting.py)."""
from __future__ import annotations

from collections.abc import Callable

from . import tokenize
from .gazetteer import Gazetteer

EVERYDAY_WORD = 1000  # jieba frequency of a county's two-character name that is a word too (合作)


def headline_names_place(text: str) -> Callable[[str], bool]:
    """A heading names a place (so it is a headline, not a crosshead) when the gazetteer finds
    one in it; a two-character name, or a district's short form, only when the text around the
    heading names it too, and in full when the name is an everyday word as well
    (`资源下沉：专家跟着病人走` inside an article, 资源县; `校地合作` above `…签订合作协议`, 合作市).
    `text`: the body paragraphs around the heading."""
    gazetteer = Gazetteer.default()

    def names_place(headline: str) -> bool:
        if any(end - start > 2 or division.name in text or (
            headline[start:end] in text
            and (division.level != "county" or tokenize.frequency(headline[start:end]) < EVERYDAY_WORD)
        ) for start, end, division in gazetteer.find(headline)):
            return True
        # a district by its short form (`雁峰：起重机…`), when the text around names the
        # district in full (雁峰区): alone, such names are everyday words (芙蓉, 天心)
        return any(m.form == "district" and m.division.name in text for m in gazetteer.mentions(headline))

    return names_place
