"""Build divisions.tsv from modood/Administrative-divisions-of-China `dist/pcas.json`.

Source: https://github.com/modood/Administrative-divisions-of-China (WTFPL), itself taken
from the National Bureau of Statistics' 统计用区划代码 (2023 edition). Usage:

    python build_gazetteer.py PATH/TO/pcas.json > divisions.tsv

Kept: every province, prefecture and county of China, and every township (乡/镇/街道)
of Hunan. Columns: name, level, parent (the enclosing division's full name).
"""
import json
import sys

KEEP_TOWNSHIPS_OF = {"湖南省"}


def rows(pcas: dict):
    for province, cities in pcas.items():
        yield province, "province", ""
        for city, counties in cities.items():
            if city in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
                parent_city = province
            else:
                yield city, "prefecture", province
                parent_city = city
            for county, townships in counties.items():
                if county == "市辖区":
                    continue
                yield county, "county", parent_city
                if province in KEEP_TOWNSHIPS_OF:
                    for township in townships:
                        yield township, "township", county


def main(path: str) -> None:
    with open(path, encoding="utf-8") as handle:
        pcas = json.load(handle)
    seen = set()
    print("name\tlevel\tparent")
    for name, level, parent in rows(pcas):
        if (name, level, parent) not in seen:
            seen.add((name, level, parent))
            print(f"{name}\t{level}\t{parent}")


if __name__ == "__main__":
    main(sys.argv[1])
