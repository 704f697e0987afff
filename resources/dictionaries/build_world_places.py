"""Writes world_places.txt and world_territories.txt: the Chinese names of the world's countries, territories and
regions, and of the cities that name time zones, from the Unicode CLDR data that ships inside
the `babel` package (Unicode License v3). Run by hand when CLDR changes:

    pip install babel && python resources/dictionaries/build_world_places.py

babel is not a dependency of the app: only this file's output is read at run time.
"""
from __future__ import annotations

from pathlib import Path

from babel import Locale, __version__ as babel_version

# CLDR's short forms ("HK-alt-short" and the like), which babel does not expose, and the
# usual short names of China's special administrative regions
SHORT_FORMS = ["香港", "澳门", "香港特区", "澳门特区", "香港特别行政区", "澳门特别行政区", "中华人民共和国"]
# China's great regions and the world's regions as Chinese news names them (jieba's own
# place tags are too noisy to take: it tags 治安, 满意度 and 高原 as places)
REGIONS = ["华北", "华东", "华南", "华中", "西南地区", "西北地区", "东北地区", "中东", "中东地区", "拉美",
           "拉丁美洲", "亚太", "亚太地区", "东欧", "西欧", "北美", "南美", "中亚", "海湾地区", "巴尔干",
           "粤港澳大湾区", "大湾区", "长三角", "珠三角", "京津冀", "长株潭", "成渝地区", "环洞庭湖"]
# region names that are ordinary words in running text
LEFT_OUT = {"世界", "未知地区", "外围群岛", "欧元区", "联合国", "欧盟"}  # 欧盟 is an organisation


def main() -> None:
    zh = Locale("zh")
    territories = {name for code, name in zh.territories.items() if name not in LEFT_OUT}
    cities = {zone["city"] for zone in zh.time_zones.values() if zone.get("city")}
    names = sorted((territories | cities | set(SHORT_FORMS) | set(REGIONS)) - LEFT_OUT, key=lambda n: (len(n), n))
    out = Path(__file__).with_name("world_places.txt")
    header = [
        "# The world's countries, territories and regions, and the cities that name time zones,",
        f"# in Chinese, from Unicode CLDR as shipped in babel {babel_version} (Unicode License v3),",
        "# plus the usual short names of Hong Kong and Macau. Written by build_world_places.py.",
    ]
    out.write_text("\n".join(header + names) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {out}")
    # which of them are countries and territories: two of them side by side are two places
    # (肯尼亚坦桑尼亚), a territory and a city one chain (韩国首尔)
    countries = sorted(territories | set(SHORT_FORMS), key=lambda n: (len(n), n))
    out = Path(__file__).with_name("world_territories.txt")
    header = [
        "# The countries and territories among world_places.txt, from Unicode CLDR as shipped in",
        f"# babel {babel_version} (Unicode License v3). Written by build_world_places.py.",
    ]
    out.write_text("\n".join(header + countries) + "\n", encoding="utf-8")
    print(f"{len(countries)} territories -> {out}")


if __name__ == "__main__":
    main()
