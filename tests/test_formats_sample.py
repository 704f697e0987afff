"""A small project with what trips formats up: a character beyond the BMP (𠮷) and an emoji
before spans, full-width punctuation and digits, metrics (a range, an approximate one),
Latin words with a space, every status, and an article whose spans overlap. The other
test_formats_* files build on it; the tests here check that each exported file is
recognised by its content."""
from decimal import Decimal
from pathlib import Path

import pytest

from annotator.core.types import ArticleDraft, Entity, Metric
from annotator.io.export import FORMATS
from annotator.io.formats import detect_binary_reader, detect_reader
from annotator.io.importer import import_paths
from annotator.store import SourceRecord, Store

ASTRAL = "😀𠮷野家在怀化市洪江区开店，完成投资5.31亿元！\n今年1至10月，湖南兴悦科技有限公司招聘８２１０人。“罗集华说：好！”"
LATIN = "据 Hunan Daily 报道，湘西州新增3至5个项目，共2300余万元。"
OVERLAP = "邵阳市发改委发布：邵阳市投资5亿元。"
PLAIN = "吉首大学的彭红霞摄。"


def _entity(text: str, piece: str, label: str, origin: str = "human", nth: int = 0) -> Entity:
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return Entity(start, start + len(piece), label, piece, origin)


def _metric(text: str, piece: str, value: str, unit: str, **fields) -> Metric:
    start = text.index(piece)
    high = fields.pop("value_high", None)
    return Metric(start, start + len(piece), piece, Decimal(value), unit, value_high=None if high is None else Decimal(high),
                  **{"origin": "human", **fields})


def sample_drafts() -> list[ArticleDraft]:
    return [
        ArticleDraft(ASTRAL, title="𠮷野家", status="accepted", entities=(
            _entity(ASTRAL, "怀化市洪江区", "LOC"), _entity(ASTRAL, "湖南兴悦科技有限公司", "ORG"),
            _entity(ASTRAL, "罗集华", "PER", "auto")), metrics=(
            _metric(ASTRAL, "5.31亿元", "531000000", "元", indicator="完成投资"),
            _metric(ASTRAL, "８２１０人", "8210", "人", indicator="招聘", period="今年1至10月"))),
        ArticleDraft(LATIN, title="报道", status="pending", entities=(
            _entity(LATIN, "Hunan Daily", "ORG", "auto"), _entity(LATIN, "湘西州", "LOC", "auto")), metrics=(
            _metric(LATIN, "3至5个", "3", "个", value_high="5", origin="auto"),
            _metric(LATIN, "2300余万元", "23000000", "元", approx=True, origin="auto"))),
        ArticleDraft(OVERLAP, title="重叠", status="rejected", entities=(
            _entity(OVERLAP, "邵阳市发改委", "ORG"), _entity(OVERLAP, "邵阳市", "LOC", nth=1),
            _entity(OVERLAP, "邵阳市投资", "ORG")), metrics=(_metric(OVERLAP, "5亿元", "500000000", "元"),)),
        ArticleDraft(PLAIN, status="skipped", entities=(
            _entity(PLAIN, "吉首大学", "ORG"), _entity(PLAIN, "彭红霞", "PER"))),
    ]


def make_project(path: Path, drafts=None) -> Path:
    with Store(path) as store:
        store.import_source(SourceRecord("sample.txt", "sample-" + path.name, ""), drafts or sample_drafts())
    return path


def export(project: Path, fmt: str, out: Path, **options):
    with Store(project, create=False) as store:
        return FORMATS[fmt].write(out, store.iter_articles(), **options)


def reimport(path: Path, project: Path, fmt: str | None = None):
    with Store(project) as store:
        report = import_paths(store, [path], fmt=fmt)
        articles = list(store.iter_articles())
    return report, articles


def articles_of(project: Path) -> list:
    with Store(project, create=False) as store:
        return list(store.iter_articles())


def needs(fmt: str) -> None:
    if fmt == "spacy":
        pytest.importorskip("spacy")


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_each_export_is_recognised_by_its_content(tmp_path, fmt):
    needs(fmt)
    project = make_project(tmp_path / "p.sqlite")
    out = tmp_path / "export.data"  # the name says nothing: only the content can tell
    export(project, fmt, out)
    data = out.read_bytes()
    binary = detect_binary_reader(data)
    found = binary.name if binary else detect_reader(data.decode("utf-8")).name
    assert found == fmt


def test_a_newspaper_page_is_none_of_the_record_formats(seed_pages):
    text = seed_pages[0].read_text(encoding="utf-8")
    assert detect_reader(text) is None
    assert detect_binary_reader(seed_pages[0].read_bytes()) is None


def test_format_option_forces_the_reader(tmp_path):
    project = make_project(tmp_path / "p.sqlite")
    out = tmp_path / "export.jsonl"
    export(project, "doccano", out)
    report, articles = reimport(out, tmp_path / "forced.sqlite", fmt="doccano")
    assert not report.problems and len(articles) == 4
    with pytest.raises(ValueError, match="unknown import format"):
        detect_reader("{}", "no-such-format")
