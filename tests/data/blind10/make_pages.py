# Builds page_m.txt and page_n.txt (written blind, see README.md) with the page builder of
# tests/data/blind4/make_pages.py. Imports nothing from annotator. Run: python make_pages.py
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "blind4"))
from make_pages import build  # noqa: E402

# County news from 邵阳/怀化/娄底/永州: 邵阳县, 鹤城区, 娄星区, 北塔区, 金洞管理区. Narrow columns
# (17) with a blank line after every line, digits padded.
PAGE_M = [
 # a county people's hospital: headline before, subtitle, writers' names (a compound
 # surname), two-line crossheads; a township health centre, a county bureau
 ("l", "邵阳县：县域医共体让群众看病不出县"),
 ("l", "——邵阳县推进紧密型县域医疗卫生共同体建设纪实"),
 ("l", "佘 敏 东方雯 龚 平"),
 ("p", "12月10日上午，邵阳县白仓镇中心卫生院的远程会诊室里，68岁的村民蒋满秀正通过视频接受邵阳县人民医院心内科主任医师钟离澈的问诊。“以前看个心脏病要跑到市里，现在在镇上就能请县里的专家看。”蒋满秀的儿子说。"),
 ("l", "资源下沉："),
 ("l", "专家跟着病人走"),
 ("ps", "去年以来，邵阳县以邵阳县人民医院和县中医医院为龙头，组建两个县域医共体，覆盖全县22个乡镇卫生院和398个村卫生室。县人民医院先后派出下沉专家136名，在乡镇卫生院开设专家门诊19个，今年1至11月，医共体内上转病人4260人次，下转病人2870人次。"),
 ("l", "信息互通："),
 ("l", "数据多跑路 群众少跑腿"),
 ("p", "邵阳县卫生健康局局长卿建华介绍，全县投入资金4800万元建设医共体信息平台，实现检查结果互认、处方流转和远程会诊，今年已开展远程心电诊断3.1万例、远程影像诊断1.2万例。县域内就诊率由去年的82.6%提高到91.3%，群众看病就医负担明显减轻。"),
 # tourism at a scenic spot with ethnic minority people: a quote opening, a caption between
 # paragraphs, a co-operative; the column is cut mid-word (…非遗手 / 工艺品) and 娄星's whole
 # article (headline before, 本报讯) comes between; byline wrapped in, headline after
 ("p", "“侗家的油茶，一喝就忘不了！”12月6日，在怀化市鹤城区黄岩旅游度假区的侗寨长廊里，侗族姑娘吴小芸端着刚打好的油茶招呼游客。来自广西桂林的游客覃女士一口气喝了三碗。"),
 ("l", "游客在黄岩旅游度假区体验侗族油茶。 舒 畅 摄"),
 ("ps", "近年来，鹤城区依托黄岩高山草甸和舞水河风光，引进怀化黄岩文旅开发有限公司投资6.5亿元，建成高山露营基地、玻璃栈道和民宿集群，新增床位1100余张。今年以来，度假区接待游客186万人次，实现旅游收入9.3亿元，同比分别增长27.4%和31.6%。"),
 ("p", "度假区附近的大塘湾村，62户村民以闲置房屋入股，成立了鹤城区大塘湾民宿专业合作社。村里的苗族绣娘杨金翠还带着20多名妇女制作苗绣、侗锦等非遗手"),
 ("l", "娄星区杉山镇：蔬菜大棚“种”出好日子"),
 ("ps", "本报讯（记者 尹 岚 通讯员 成 果）12月8日，娄底市娄星区杉山镇枫香冲村的蔬菜大棚里，娄星区枫香冲果蔬专业合作社的社员们正在采收辣椒和莴笋。合作社理事长曾德仁介绍，合作社流转土地580亩，建成连栋大棚42栋，今年蔬菜产量达到2600吨，销售额1560万元，社员人均年收入4.6万元，还带动周边村民就业210余人。娄星区农业农村局局长阳泽民说，全区今年新建蔬菜保供基地8个、面积1.2万亩，蔬菜自给率超过75%。"),
 ("pc", "工艺品。今年合作社分红86万元，户均1.3万多元。鹤城区文化旅游广电体育局局长向映雪表示，明年将再投入1.8亿元提升景区交通和配套设施，力争全年接待游客突破220万人次。（记者 滕 悦 通讯员 吴秋月）"),
 ("l", "鹤城黄岩：高山草甸“火”了乡村游"),
 # a middle school: a date opening, a caption, an invented 学院 of a real university,
 # byline on its own line, headline after (with a space inside)
 ("p", "12月9日下午，邵阳市北塔区状元洲实验中学的创客教室里，初二学生段梓涵和队友正在调试自己设计的智能灌溉机器人。上个月，这支机器人队在全国青少年科技创新大赛中获得一等奖。"),
 ("l", "状元洲实验中学学生在创客教室调试机器人。（刘 晗 摄）"),
 ("ps", "学校现有学生2180人、教师146名。近三年，北塔区教育局投入资金1260万元为学校建成创客教室、人工智能实验室等功能室9间，邵阳学院信息工程学院派出12名教师担任校外辅导员。目前，学校开设科技类课后服务课程24门，参与学生超过1500人，学生累计获得省级以上科技创新奖项63项。"),
 ("p", "“孩子们动手能力强了，学习兴趣也更浓了。”校长皮晓东说，学校今年中考优秀率达到38.5%，比三年前提高了12个百分点。"),
 ("l", "（记者 龙 婕 通讯员 文 樾）"),
 ("l", "小小创客教室 点燃科技梦想"),
 # forestry in a management zone with a Yao farmer: byline on its own line, then a headline
 # and a second headline line after the body (as seed page 000's 洪江区 article)
 ("p", "初冬时节，永州市金洞管理区石枧坪村的楠竹林里，竹农们正忙着挖冬笋。瑶族竹农盘金凤一早就挖了40多公斤，“冬笋收购价每公斤12元，一天能挣500多元。”"),
 ("ps", "金洞管理区森林覆盖率达到89.6%，现有楠竹林面积32万亩。近年来，管理区引进永州金竹源竹木制品有限公司等竹加工企业17家，建成竹筷、竹地板、竹炭生产线26条。今年1至11月，竹产业实现产值20.4亿元，带动3800余户竹农增收。"),
 ("p", "金洞管理区林业和自然资源局局长伍长庚介绍，管理区成立了金洞竹业发展服务中心，今年为竹农修建林区道路86公里，发放竹林经营贴息贷款3200万元。"),
 ("l", "（通讯员 盘 雪 蒋 峰）"),
 ("l", "小楠竹撑起大产业"),
 ("l", "金洞管理区竹产业产值突破20亿元"),
]

# Province-level and national news as a Hunan paper reports it. One paragraph per line (as seed
# page 004), bylines in ASCII brackets, digits not padded.
PAGE_N = [
 # a delegation abroad: headline before, subtitle, 本报讯, a foreign official with ·, a
 # foreign ministry; its last paragraph ends at a comma where the column ends and the listed
 # company's whole article (quote opening, no date first) comes between
 ("l", "湖南经贸代表团访问肯尼亚坦桑尼亚"),
 ("l", "——湘非合作从“买卖”走向“共建”"),
 ("p", "本报讯（记者 宋 澜）12月5日至11日，湖南省商务厅副厅长柯立群率湖南省经贸代表团访问肯尼亚和坦桑尼亚，在内罗毕、蒙巴萨和达累斯萨拉姆举办湖南—东非经贸合作对接会3场，湖南企业与当地企业签约合作项目23个，合同金额18.6亿美元。"),
 ("p", "在内罗毕，肯尼亚投资贸易和工业部首席秘书阿尔弗雷德·基普罗诺会见了代表团。他说，肯尼亚欢迎更多湖南企业来投资，希望双方在农产品加工、工程机械和职业教育方面深化合作。"),
 ("p", "代表团还走访了湖南企业在坦桑尼亚投资的湘坦农业产业园，园区已入驻湖南企业11家，种植剑麻、腰果等作物4.5万亩，"),
 # a listed company: headline before, a quote opening, ports and cities abroad, an invented
 # 学院 of a real university, a provincial department and a national ministry
 ("l", "湘企锂电池材料“出海”提速"),
 ("p", "“明年一季度的订单已经排满了。”12月9日，在湖南澧兰新能源材料股份有限公司位于宁乡高新区的生产基地，公司董事长华明远指着正在装车的正极材料说。这批产品将从深圳盐田港出海，运往韩国清州和匈牙利德布勒森的电池工厂。"),
 ("p", "澧兰新能源2021年在上海证券交易所科创板上市，今年前三季度实现营业收入48.7亿元，同比增长22.5%，净利润5.36亿元，海外销售收入占比由去年的18%提高到31%。公司与湖南科技大学化学化工学院共建联合实验室，累计获得授权发明专利186件。"),
 ("p", "湖南省工业和信息化厅相关负责人介绍，全省目前有新能源材料规模以上企业320家，今年1至10月产值增长17.4%。澧兰新能源入选了工业和信息化部第七批制造业单项冠军企业名单。"),
 ("l", "(记者 虞 舟 通讯员 简 宁)"),
 ("p", "为当地提供就业岗位2600余个。据介绍，今年1至11月，湖南对非洲进出口总额达到512.3亿元，同比增长19.8%，其中对肯尼亚、坦桑尼亚出口分别增长36.2%和28.7%。"),
 # an international organisation and a provincial research institute: a date opening, a
 # foreign trainee with ·, byline on its own line, headline after
 ("p", "12月4日，联合国粮食及农业组织与湖南省农业科学院联合举办的杂交水稻技术国际培训班在长沙结业，来自马达加斯加、布基纳法索、巴基斯坦等14个国家的46名农业技术人员获得结业证书。"),
 ("cut", ("培训班为期45天，共开设课程36门，学员们在湖南省稻作科学研究院的试验基地学习了制种、育秧和田间管理技术。马达加斯加学员拉扎菲·安德里亚马纳纳说：“回国后，我要把学到的技术教给家乡的农民。”研究院院长戚晓岚介绍，研究院自2015年以来已为80多个国家培训农业技术人员2300余人次，在马达加斯加推广杂交水稻种", "植面积超过6万公顷，平均每公顷产量7.5吨，比当地品种高出一倍以上。")),
 ("l", "(记者 牟 晴)"),
 ("l", "杂交水稻国际培训班学员结业"),
 # Hong Kong, Macau and Taiwan, interleaved with the inbound-tourism article: 湘港澳's first
 # paragraph, then 入境游's headline and first paragraph, then 湘港澳's second paragraph and
 # byline, then 入境游's second paragraph and byline
 ("l", "湘港澳携手拓展“一带一路”市场"),
 ("p", "12月8日，2026湖南—香港澳门经贸合作交流会在香港湾仔会展中心举行。交流会由湖南省人民政府港澳事务办公室、湖南省贸促会与香港中华总商会共同主办，参会企业代表600余人，现场签约项目41个，总投资326亿元。"),
 ("l", "入境游客“湖南游”持续升温"),
 ("p", "“天门山太壮观了，比照片上还美！”12月7日，来自泰国曼谷的游客颂猜·西里瓦在张家界荷花国际机场入境时对记者说。他和家人利用240小时过境免签政策，计划游览张家界天门山、长沙橘子洲和岳阳楼。"),
 ("p", "据统计，香港是湖南最大的外资来源地，截至今年10月底，全省累计批准港资企业1.26万家，实际使用港资超过780亿美元；今年1至10月，湘港双向贸易额达到95.4亿美元，增长13.2%。交流会期间，湖南还与澳门特别行政区政府经济及科技发展局签署合作备忘录，双方将在中医药、会展和葡语国家市场开拓方面开展合作。来自台湾台中市和高雄市的12家电子企业代表也应邀参会。"),
 ("l", "(记者 魏 然 通讯员 黎子航)"),
 ("p", "湖南省文化和旅游厅副厅长房雨桐介绍，今年1至11月，全省接待入境游客386.5万人次，同比增长62.3%，入境旅游收入21.8亿美元，其中张家界市接待入境游客142万人次。国家移民管理局将过境免签停留时间延长至240小时后，湖南出入境边防检查总站数据显示，今年经湖南口岸入境的外国人达到47.6万人次，享受免签政策入境的占比达到58%。目前，全省机场已开通至首尔、曼谷、新加坡、迪拜等城市的国际及地区航线38条，每周往返航班460余班。"),
 ("l", "(记者 乔 禾)"),
]

if __name__ == "__main__":
    here = Path(__file__).parent
    (here / "page_m.txt").write_text(build(PAGE_M, 17, blank_lines=True, padded=True), encoding="utf-8")
    (here / "page_n.txt").write_text(build(PAGE_N, None, blank_lines=False, padded=False), encoding="utf-8")
