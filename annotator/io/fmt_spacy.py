"""`spacy`: a `.spacy` file (spaCy's DocBin) to train from with `spacy train`, one Doc per
article. Needs the optional dependency spaCy (`pip install "annotator[spacy]"`, which brings
`isal` too: a faster compressor of the same zlib format).

- Tokens: spaCy's Chinese "char" tokens (fmt_tokens), what `spacy.blank("zh")` makes.
- Entities and metrics are `doc.ents` (metrics with label METRIC); every other token is
  O (annotated as outside, not missing). `doc.ents` cannot overlap: an article with
  overlapping spans, or with a span that starts or ends inside a run of whitespace, is
  skipped and reported.
- `doc.user_data["annotator"]`: {"id", "source", "title", "status", "metrics": [{"start",
  "end", "value", "unit", ...}]} with values as exact decimal strings (the file stores the
  user data; `DocBin.get_docs` restores it).

The file is written as it streams: spaCy's own DocBin keeps every Doc's arrays in memory
and walks each token in Python to collect strings, which is too slow and too large for a
whole project. This writer produces the same serialization (`DocBin.to_bytes`: a zlib
compressed msgpack map of attrs, token array, spaces, lengths, strings, cats, flags, span
groups and user data), keeping the token arrays in temporary files beside the output until
the end. The tests load every file with `DocBin().from_disk` and compare the spans.
"""
from __future__ import annotations

import struct
import tempfile
import zlib
from array import array
from collections.abc import Iterable, Iterator
from operator import itemgetter
from pathlib import Path

from ..core.types import Article, ArticleDraft
from ..core.validation import draft_problems
from .atomic import atomic_writer
from .fmt_common import (
    METRIC, READ_ERRORS, ExportResult, ExportSpan, FormatUnavailable, ImportSpan, Progress, Skipped, checked,
    exact_value, imported_draft, provenance, provenance_meta,
)
from .records import RecordError, optional_text, record_id
from .fmt_spacy_jsonl import misaligned
from .fmt_tokens import CharTokens
from .problems import Problem

NAME = "spacy"
USER_DATA_KEY = "annotator"
IOB_INSIDE, IOB_OUTSIDE, IOB_BEGIN = 1, 2, 3  # spaCy's ENT_IOB codes
COMPRESSION = 1  # zlib level: spaCy reads any; level 1 is several times faster than 6
ISAL_COMPRESSION = 2  # ISA-L's level 2: the same size as zlib's level 1, about 4x faster


def compressor():
    """A zlib stream compressor. Compressing the token table was most of a .spacy export's
    cost with zlib (even at level 1); ISA-L (the `isal` package, in the spacy extra) makes
    the same zlib format several times faster. Without it, the standard library's zlib."""
    try:
        from isal import isal_zlib
    except ImportError:
        return zlib.compressobj(COMPRESSION)
    return isal_zlib.compressobj(ISAL_COMPRESSION)
_CHUNK = 1 << 20
BATCH = 64  # articles whose token tables are built together
_START, _END, _LABEL = itemgetter(0), itemgetter(1), itemgetter(2)  # of an ExportSpan


def spacy_modules():
    try:
        import numpy
        import srsly
        from spacy import attrs
        from spacy.strings import get_string_id
        from spacy.tokens import DocBin
    except ImportError as error:
        raise FormatUnavailable(
            f"the spacy format needs spaCy, which is not installed ({error}); install it with "
            f"pip install \"annotator[spacy]\" (or pip install \"spacy>=3.7,<4\")") from None
    return numpy, srsly, attrs, get_string_id, DocBin


class _StringIds(dict):
    """String -> spaCy's id for it (a hash, or a symbol's number), remembering every string
    used: the file lists them so that spaCy can put them in its vocabulary."""

    def __init__(self, get_string_id):
        super().__init__()
        self._id = get_string_id

    def __missing__(self, string: str) -> int:
        value = self[string] = self._id(string)
        return value


def _metric_user_data(span: ExportSpan) -> dict:
    metric = span.metric  # a Metric, or a StoredMetric (approx 0 or 1)
    return {"start": span.start, "end": span.end, "value": exact_value(metric.value),
            "value_high": exact_value(metric.value_high), "unit": metric.unit, "approx": bool(metric.approx),
            "indicator": metric.indicator, "period": metric.period, "numeral": metric.numeral}


class _Writer:
    def __init__(self, folder: Path):
        self.numpy, self.srsly, attrs, get_string_id, doc_bin = spacy_modules()
        self.version = doc_bin().version
        self.attrs = [attrs.ORTH, attrs.ENT_IOB, attrs.ENT_TYPE]
        self.ids = _StringIds(get_string_id)
        self.ids[""]  # noqa: B018 - the empty string is always among a DocBin's strings
        self.lengths = array("i")
        self.by_point = self.numpy.zeros(0x110000, dtype=self.numpy.uint64)  # code point -> ORTH id
        # one packer for the whole file: srsly's msgpack_dumps looks its encoders up per call
        self.pack = self.srsly.msgpack.Packer(use_bin_type=True).pack
        # articles whose tokens are not written yet: (text, whitespace runs, token count,
        # span starts, span ends, span label ids)
        self.pending: list[tuple[str, list, int, array, array, array]] = []
        self.files = {name: tempfile.TemporaryFile(dir=folder, prefix=".spacy-export-") for name in ("tokens", "spaces", "user")}

    def add(self, article: Article, spans: list[ExportSpan], tokens: CharTokens) -> None:
        """The article's user data at once; its tokens with the next batch's (numpy's cost per
        call is paid once per batch instead of once per article)."""
        record_id, source = provenance(article)
        user = {USER_DATA_KEY: {"id": record_id, "source": source, "title": article.title, "status": article.status,
                                "metrics": [_metric_user_data(s) for s in spans if s.metric is not None]}}
        self.files["user"].write(self.pack(self.pack(user)))
        # what the batch needs of the article, in arrays: the spans and tokens themselves die
        # here. Kept alive across a batch, their objects were promoted to the collector's old
        # generation and set off full collections of the whole heap (spaCy's modules
        # included): about a sixth of the export's time
        self.pending.append((tokens.text, tokens.runs, len(tokens), array("q", map(_START, spans)),
                             array("q", map(_END, spans)), array("Q", map(self.ids.__getitem__, map(_LABEL, spans)))))
        if len(self.pending) == BATCH:
            self._flush()

    def _flush(self) -> None:
        """The token table rows and spaces of the pending articles, as if each article's were
        written alone (a DocBin's token table is every Doc's rows one after the other)."""
        pending, numpy = self.pending, self.numpy
        if not pending:
            return
        text = "".join(item[0] for item in pending)
        orth = self._orth(text)
        keep, carriers, starts, position = None, [], [], 0  # keep: the positions where a token starts
        for article_text, runs, *_ in pending:
            starts.append(position)
            for start, end, absorbed, token_start in runs:
                if end - start == 1 and not absorbed:  # a one-character whitespace token: as any character
                    continue
                if keep is None:
                    keep = numpy.ones(len(text), dtype=bool)
                keep[position + start:position + end] = False
                if absorbed:  # the token before carries this space
                    carriers.append(position + start - 1)
                if token_start is not None:
                    keep[position + token_start] = True
                    orth[position + token_start] = self.ids[article_text[token_start:end]]
            position += len(article_text)
        # a position -> the index of the token it is in (None: the position itself)
        token_at = None if keep is None else numpy.cumsum(keep) - 1
        if keep is not None:
            orth = orth[keep]
        table = numpy.zeros((len(orth), 3), dtype=numpy.uint64)
        table[:, 0] = orth
        table[:, 1] = IOB_OUTSIDE
        spaces = numpy.zeros(len(orth), dtype=bool)
        if carriers:
            spaces[token_at[carriers]] = True
        self._entities(table, pending, starts, token_at)
        self.files["tokens"].write(table.tobytes())
        self.files["spaces"].write(spaces.tobytes())
        self.lengths.extend(item[2] for item in pending)
        pending.clear()

    def _orth(self, text: str):
        """ORTH ids of every character, through a table indexed by code point (filled as
        characters first appear)."""
        numpy = self.numpy
        points = numpy.frombuffer(text.encode("utf-32-le"), dtype=numpy.uint32)
        orth = self.by_point[points]
        if not orth.all():  # 0: a character not met before
            for point in numpy.unique(points[orth == 0]).tolist():
                self.by_point[point] = self.ids[chr(point)]
            orth = self.by_point[points]
        return orth

    def _entities(self, table, pending, starts: list[int], token_at) -> None:
        """ENT_IOB and ENT_TYPE of every span at once: B on its first token, I on the rest
        (the spans are aligned: each starts at a token's start and ends at a token's end)."""
        numpy = self.numpy
        span_starts, span_ends, labels = array("q"), array("q"), array("Q")
        for *_, article_starts, article_ends, article_labels in pending:
            span_starts += article_starts
            span_ends += article_ends
            labels += article_labels
        if not span_starts:
            return
        where = numpy.repeat(numpy.asarray(starts, dtype=numpy.int64), [len(item[3]) for item in pending])
        firsts = numpy.frombuffer(span_starts, numpy.int64) + where
        lasts = numpy.frombuffer(span_ends, numpy.int64) - 1 + where
        if token_at is not None:
            firsts, lasts = token_at[firsts], token_at[lasts]
        lengths = lasts + 1 - firsts
        covered = numpy.arange(int(lengths.sum())) + numpy.repeat(firsts - (numpy.cumsum(lengths) - lengths), lengths)
        table[covered, 1] = IOB_INSIDE
        table[firsts, 1] = IOB_BEGIN
        table[covered, 2] = numpy.repeat(numpy.frombuffer(labels, numpy.uint64), lengths)

    def finish(self, path: Path) -> None:
        self._flush()
        count = len(self.lengths)
        pack = self.pack
        with atomic_writer(path, "wb", encoding=None) as handle:
            squeeze = compressor()

            def put(data: bytes) -> None:
                handle.write(squeeze.compress(data))

            put(b"\x8a")  # a map of the ten keys DocBin.to_bytes writes
            put(pack("version") + pack(self.version) + pack("attrs") + pack(self.attrs))
            self._put_file(put, "tokens")
            self._put_file(put, "spaces")
            lengths = self.numpy.asarray(self.lengths, dtype=self.numpy.int32).tobytes()
            put(pack("lengths") + _bin_header(len(lengths)) + lengths)
            put(pack("strings") + pack(sorted(self.ids)))
            for key, item in (("cats", pack({})), ("flags", pack({"has_unknown_spaces": False})), ("span_groups", pack(b""))):
                put(pack(key) + _array_header(count))
                _put_repeated(put, item, count)
            put(pack("user_data") + _array_header(count))
            self._put_file(put, "user", header=False)
            handle.write(squeeze.flush())

    def _put_file(self, put, name: str, header: bool = True) -> None:
        file = self.files[name]
        size = file.tell()
        file.seek(0)
        if header:
            put(self.pack(name) + _bin_header(size))
        while chunk := file.read(_CHUNK):
            put(chunk)

    def close(self) -> None:
        for file in self.files.values():
            file.close()


def _bin_header(size: int) -> bytes:
    if size >= 1 << 32:
        raise ValueError("the export is too large for one .spacy file (over 4 GB of tokens): use --split")
    return b"\xc6" + struct.pack(">I", size)


def _array_header(count: int) -> bytes:
    return b"\xdd" + struct.pack(">I", count)


def _put_repeated(put, item: bytes, count: int) -> None:
    block = item * 4096
    for _ in range(count // 4096):
        put(block)
    put(item * (count % 4096))


def write(path, articles: Iterable[Article], labels: set[str] | None = None,
          progress: Progress | None = None) -> ExportResult:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = _Writer(path.parent)
    skipped: list[Skipped] = []
    try:
        for article, spans in checked(articles, labels, skipped, overlaps=False, progress=progress):
            tokens = CharTokens(article.text)
            problem = misaligned(tokens, spans)
            if problem:
                skipped.append(Skipped(article.id, problem))
                continue
            writer.add(article, spans, tokens)
        writer.finish(path)
    finally:
        writer.close()
    return ExportResult(len(writer.lengths), skipped)


# --- import ---------------------------------------------------------------------------


def looks_like(data: bytes) -> bool:
    """zlib data whose start is the msgpack map DocBin writes."""
    if len(data) < 2 or data[0] & 0x0F != 8 or (data[0] << 8 | data[1]) % 31:
        return False
    try:
        start = zlib.decompressobj().decompress(data[:4096], 64)
    except zlib.error:
        return False
    return start[:1] in (b"\x89", b"\x8a") and b"version" in start[:20]


def read(data: bytes, name: str) -> Iterator[ArticleDraft | Problem]:
    """A draft per Doc; a Doc whose user data or spans do not fit is named by its number
    ("doc 3"; a DocBin has no lines), a damaged file is refused whole."""
    try:
        _numpy, _srsly, _attrs, _get_string_id, doc_bin = spacy_modules()
    except FormatUnavailable as error:
        yield Problem(name, None, str(error))
        return
    from spacy.vocab import Vocab

    number = 0
    try:
        for number, doc in enumerate(doc_bin().from_bytes(data).get_docs(Vocab()), start=1):
            try:
                yield _draft(doc, number)
            except READ_ERRORS as error:
                yield Problem(name, None, f"doc {number}: unusable: {error}")
    except (*READ_ERRORS, zlib.error, MemoryError) as error:
        where = f" after doc {number}" if number else ""
        yield Problem(name, None, f"not a readable .spacy file{where} (damaged?): {type(error).__name__}: {str(error)[:100]}")


def _draft(doc, number: int) -> ArticleDraft:
    info = doc.user_data.get(USER_DATA_KEY) or {}
    if not isinstance(info, dict):
        raise RecordError(f"user_data[{USER_DATA_KEY!r}] is not a mapping")
    metrics = info.get("metrics") or ()
    if not isinstance(metrics, (list, tuple)) or not all(isinstance(m, dict) for m in metrics):
        raise RecordError("the metrics are not a list of mappings")
    fields = {(m.get("start"), m.get("end")): dict(m) for m in metrics}
    spans = [ImportSpan(ent.start_char, ent.end_char, ent.label_,
                        fields.get((ent.start_char, ent.end_char)) if ent.label_ == METRIC else None)
             for ent in doc.ents]
    draft = imported_draft(doc.text, spans, status=info.get("status") or "pending", title=info.get("title") or "",
                           meta=provenance_meta(record_id(info.get("id")), optional_text(info.get("source"), "source")),
                           position=number)
    problems = draft_problems(draft)
    if problems:
        raise RecordError("; ".join(problems[:3]))
    return draft
