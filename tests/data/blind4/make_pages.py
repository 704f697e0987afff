# Builds page_m.txt and page_n.txt (written blind, see README.md) from their paragraphs, the way
# PDF extraction leaves a newspaper page: narrow columns hard-wrapped at a fixed width (first
# line indented), digits padded with spaces, one line per marked paragraph spaced out character
# by character; or one paragraph per line with a column end cutting a paragraph mid-word.
# Imports nothing from annotator. Run: python make_pages.py (blind5/make_pages.py reuses build()).
import re
from pathlib import Path

_PUNCT = "，。、；：？！“”‘’（）《》—…"


def width(ch: str) -> float:
    return 0.5 if ord(ch) < 0x2000 else 1.0


def pad_digits(text: str) -> str:
    # 12 月 1 日，截至 11 月底 ... as on seed page 002: a space between a number and a Han
    # character on either side, none next to punctuation
    text = re.sub(r"(?<=[^\s\d.%" + _PUNCT + r"（(])(?=\d)", " ", text)
    return re.sub(r"(?<=[\d%])(?=[^\s\d.%" + _PUNCT + r"）)])", " ", text)


def spaced(line: str) -> str:
    # 11 月 底 ，武 陵 区 ... : a space between all tokens (numbers whole), none after punctuation
    tokens = re.findall(r"[0-9.%]+|[^ ]", line)
    out = tokens[0] if tokens else ""
    for prev, tok in zip(tokens, tokens[1:]):
        out += tok if prev in _PUNCT else " " + tok
    return out


def wrap(text: str, columns: float, indent: float) -> list[str]:
    lines, line, used = [], "", indent
    for ch in text:
        inside_number = ch in "0123456789.%" and line[-1:] in tuple("0123456789.")
        # closing punctuation never starts a line: it is squeezed onto the line above
        closing = ch in "，。、；：？！”’）》…"
        if used + width(ch) > columns and line and not inside_number and not closing:
            lines.append(line.strip())
            line, used = "", 0.0
        line += ch
        used += width(ch)
    if line.strip():
        lines.append(line.strip())
    return lines


def build(items, columns: float | None, blank_lines: bool, padded: bool) -> str:
    """items: ("l", line) kept as one line; ("p", text) a paragraph; ("ps", text) a paragraph
    whose second line is spaced out; ("pc", text) the rest of a paragraph that goes on from
    another column (no first-line indent: it goes on mid-sentence); ("cut", (a, b)) in one-paragraph-per-line layout, one
    paragraph broken where the column ends (a on one line, b on the next).
    columns None = one paragraph per line."""
    out: list[str] = []
    for kind, text in items:
        if kind == "l":
            out.append(text)
        elif kind == "cut":
            out.extend(text)
        else:
            body = pad_digits(text) if padded else text
            lines = wrap(body, columns, 0.0 if kind == "pc" else 2.0) if columns else [body]
            if kind == "ps" and len(lines) > 2:
                lines[1] = spaced(lines[1])
            out.extend(lines)
    sep = "\n\n" if blank_lines else "\n"
    return sep.join(out) + "\n"


# 株洲: 攸县, 茶陵, 炎陵, 醴陵. Narrow columns (17), a blank line after every line, digits padded.
PAGE_M = [
 ("p", "初冬时节，攸县网岭镇罗家坪村的油茶林里，村民们正忙着采摘油茶果。村党支部书记谭建国告诉记者，全村种植高产油茶3200亩，今年鲜果产量预计达到1100吨，按现在的收购价算，村民人均可增收4600元。"),
 # a photo caption between two paragraphs of the same article
 ("l", "网岭镇罗家坪村村民在采摘油茶果。 易 斌 摄"),
 ("ps", "在网岭镇的湖南攸州油脂有限公司，压榨车间里机器轰鸣。公司总经理刘晓辉介绍，公司今年新上一条冷榨生产线，日处理油茶籽60吨，产品销往长沙、广州、深圳等地，1至11月销售额2.3亿元。"),
 ("p", "近年来，攸县把油茶产业作为乡村振兴的主导产业，全县油茶林面积达到41万亩，建成千亩以上油茶基地23个，油茶产业综合产值突破40亿元。（记者 谭 伟 通讯员 易晓峰）"),
 ("l", "一颗油茶果 富了一方人"),
 # headline before its body, subtitle, writers' names, crossheads of two lines
 ("l", "茶陵：红色资源“活”起来"),
 ("l", "——茶陵县推进红色旅游与乡村振兴融合发展纪实"),
 ("l", "陈 曦 谭志勇 罗文静"),
 ("p", "走进茶陵县严塘镇湾里村，修缮一新的工农兵政府旧址前，一批批研学团队正在聆听讲解员讲述革命故事。近年来，茶陵县依托丰富的红色资源，把红色旅游作为县域经济的重要增长点，走出了一条“红色引领、绿色发展”的新路子。"),
 ("l", "保护为先："),
 ("l", "让红色遗址焕发新生"),
 ("p", "茶陵县现有革命遗址68处，近三年投入资金1.6亿元，完成工农兵政府旧址、湘赣边界红军医院旧址等21处遗址的修缮保护。县文物保护中心主任段晓玲说，每处遗址都建立了保护档案，落实了专人看护。"),
 ("ps", "在保护的基础上，茶陵县还编写红色故事读本12册，培训红色讲解员260名，开发红色研学课程35门，今年以来接待研学团队1800余批次、学员14.2万人次。"),
 ("l", "融合发展："),
 ("l", "让乡亲们端上“旅游饭”"),
 ("p", "湾里村村民谭春花在旧址旁开起了农家饭庄，主打茶陵米粉和擂茶，旺季一天能接待游客300多人。“以前在外面打工，现在家门口就能挣钱，还能照顾老人孩子。”谭春花笑着说。"),
 ("p", "今年1至10月，茶陵县共接待游客623万人次，实现旅游综合收入52.8亿元，带动1.3万名群众在家门口就业。"),
 # 炎陵's column ends right after a comma; the next column opens 醴陵's article with a date
 ("p", "12月3日，炎陵县中村瑶族乡的黄桃产业园里，果农们正在给桃树施冬肥、剪枝条。炎陵县神农黄桃专业合作社理事长张国平说，合作社今年销售黄桃1800吨，平均每公斤卖到16元，社员户均增收3.5万元。"),
 ("p", "炎陵黄桃是国家地理标志保护产品。目前，全县黄桃种植面积达到8.6万亩，覆盖10个乡镇1.2万户果农，"),
 ("p", "12月4日，醴陵市经济开发区的湖南华瓷科技有限公司展厅里，一批釉下五彩瓷正在打包，准备发往迪拜。公司董事长黄志明介绍，公司今年出口日用瓷和艺术瓷3600万件，出口额1.1亿美元，同比增长24.6%。"),
 ("ps", "醴陵是“中国瓷谷”，全市现有陶瓷企业650余家，陶瓷从业人员12万人。今年以来，醴陵市新引进陶瓷及上下游配套项目27个，合同总投资"),
 ("pc", "年产黄桃5.2万吨，综合产值24亿元。炎陵县农业农村局局长罗海燕表示，该县将加快建设黄桃冷链仓储中心，让炎陵黄桃四季都能“鲜”到餐桌。"),
 ("l", "（炎陵县融媒体中心 邓 静）"),
 ("l", "炎陵黄桃“冬管”忙"),
 ("pc", "86亿元。醴陵市商务局局长易红兵介绍，1至11月，全市陶瓷产业实现产值802亿元，陶瓷产品出口到120多个国家和地区。"),
 ("l", "（记者 周 敏 通讯员 李 欣）"),
 ("l", "醴陵“瓷器”走俏海外市场"),
]

# 湘西: 凤凰, 泸溪, 花垣, 保靖, 永顺. One paragraph per line (as seed page 004), headlines before
# their bodies except 永顺's, bylines in ASCII brackets.
PAGE_N = [
 ("l", "凤凰古城“夜经济”点亮消费新场景"),
 ("p", "夜幕降临，凤凰古城沱江两岸华灯璀璨，吊脚楼倒映在江面上，游客们或泛舟江上，或在虹桥边品尝姜糖、血粑鸭等特色美食。12月2日晚，来自广东佛山的游客陈女士说：“白天看古城，晚上逛夜市，感觉一天时间根本不够用。”"),
 ("p", "今年以来，凤凰县围绕“夜游、夜食、夜购、夜娱”，推出沱江夜游、苗歌对唱、篝火晚会等夜间文旅项目12个，改造提升夜市街区3条，新增夜间经营商户420余家。"),
 ("l", "凤凰古城沱江两岸夜景。(杨 帆 摄)"),
 ("p", "凤凰县文化旅游广电局局长吴建军介绍，1至11月，凤凰古城夜间消费额占全天消费总额的比重达到46%，全县接待游客1568万人次，同比增长21.3%。"),
 ("l", "(吴晓梅 龙 飞)"),
 ("l", "泸溪：椪柑“触网”销路广"),
 ("p", "“今年椪柑个头大、甜度高，通过直播一天就卖出去3000多箱。”12月1日，在泸溪县兴隆场镇的椪柑园里，果农张秀英一边对着手机介绍，一边给网友展示刚摘下的椪柑。"),
 # 泸溪's column ends mid-sentence; 花垣's whole article comes between
 ("p", "泸溪县是“中国椪柑之乡”，全县椪柑种植面积15.2万亩。为破解销售难题，泸溪县今年建成县级电商公共服务中心1个和村级电商服务站126个，培训农村电商带头人860余名，组织开展椪柑直播带货活动300余场，线上销售椪柑3.8万吨，带动果农户均增收"),
 ("l", "花垣十八洞村猕猴桃远销海外"),
 ("p", "12月3日，花垣县双龙镇十八洞村的猕猴桃基地里，工人们正在分拣包装新采摘的猕猴桃，这批猕猴桃将通过冷链物流运往香港，再转运至东南亚市场。"),
 ("cut", ("十八洞村是精准扶贫首倡地。近年来，该村与企业合作发展猕猴桃产", "业，建成高标准基地1000亩，今年猕猴桃产量达到1200吨，销售收入1680万元，村民人均纯收入达到2.3万元。")),
 ("l", "(龙 菲 石宏伟)"),
 ("pc", "5200元。泸溪县商务局局长向志刚表示，下一步将推动椪柑分级包装、品牌营销，让泸溪椪柑卖出好价钱。"),
 ("l", "(记者 田 甜 通讯员 符永红)"),
 ("l", "保靖黄金茶迎来冬季管护期"),
 # 保靖's column ends after a comma; the next opens 永顺's article (本报讯, headline after it)
 ("p", "初冬时节，保靖县葫芦镇的黄金茶园里，茶农们正忙着修剪茶树、除草施肥，为明年春茶丰产打基础。保靖县黄金茶产业发展中心主任彭新华介绍，今年全县黄金茶园面积达到13.6万亩，"),
 ("p", "本报讯（记者 彭 雯 通讯员 向 阳）12月4日，永顺县芙蓉镇的老司城遗址景区迎来一批研学学生。老司城遗址是世界文化遗产，近年来，永顺县投入资金2.3亿元完善景区道路、游客中心和停车场等配套设施，今年景区接待游客86万人次。"),
 ("p", "永顺县文旅局负责人田红梅说，该县正在打造“老司城—芙蓉镇—猛洞河”旅游精品线路，力争明年全县旅游综合收入突破80亿元。"),
 ("l", "永顺老司城研学游持续升温"),
 ("pc", "茶叶产量达到5800吨，综合产值35亿元，带动4.5万名茶农增收。"),
 ("p", "“冬季管护做得好，来年春茶才能品质高、产量高。”彭新华说，该中心组织40名技术人员深入茶园，开展冬季管护技术指导。"),
 ("l", "(彭 玲)"),
]

if __name__ == "__main__":
    here = Path(__file__).parent
    (here / "page_m.txt").write_text(build(PAGE_M, 17, blank_lines=True, padded=True), encoding="utf-8")
    (here / "page_n.txt").write_text(build(PAGE_N, None, blank_lines=False, padded=False), encoding="utf-8")
