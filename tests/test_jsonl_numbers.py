"""Metric values leave as bare JSON numbers with exactly the stored digits, whichever
encoder writes the line (orjson, or the standard library without it)."""
import json
from decimal import Decimal

import pytest

from annotator.io import jsonl

VALUES = ["531000000", "0.0000001", "12.96", "0.0", "1.50", "5E+8", "-3"]
EXACT = ["531000000", "0.0000001", "12.96", "0", "1.5", "500000000", "-3"]


@pytest.mark.parametrize("encoder", ["orjson", "standard library"])
def test_values_are_written_with_their_exact_digits(monkeypatch, encoder):
    if encoder == "orjson":
        pytest.importorskip("orjson")
    else:
        monkeypatch.setattr(jsonl, "orjson", None)
    record = {"metrics": [{"value": jsonl.decimal_json(Decimal(v)), "text": "约5.31亿元"} for v in VALUES]}
    line = jsonl.dumps(record)
    assert [m["value"] for m in json.loads(line, parse_float=Decimal)["metrics"]] == [Decimal(v) for v in EXACT]
    for digits in EXACT:
        assert f'"value": {digits},' in line or f'"value":{digits},' in line  # bare, never quoted, no exponent
    assert "约5.31亿元" in line  # UTF-8, no \\u escapes
