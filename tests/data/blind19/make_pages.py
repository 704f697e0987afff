# Builds page_ja.txt and page_jb.txt (written blind, see README.md) with the page builder of
# tests/data/blind4/make_pages.py. Imports nothing from annotator. Run: python make_pages.py
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "blind4"))
from make_pages import build  # noqa: E402

# 张家界 (慈利县, 武陵源区, 桑植县) and 湘西州 (保靖县, 古丈县). Narrow columns (18) with a blank
# line after every line, digits padded, as seed pages 000 and 002.
PAGE_JA = [
 # eucommia under-forest farming: headline before, subtitle, writers' line (compound surname),
 # two-line crossheads, a firm in full then by brand, a co-operative with county, town and
 # village in its name, a photo caption between paragraphs
 ("l", "慈利：一棵杜仲树 撑起致富伞"),
 ("l", "——慈利县发展杜仲林下经济助推乡村振兴纪实"),
 ("l", "令狐晓东 覃 澜 秦 月"),
 ("p", "12月6日，慈利县通津铺镇青岗坪村的杜仲林里，村民们正在给杜仲树剥皮、修枝。村党支部书记瞿长顺告诉记者，全村种植杜仲4800亩，林下套种黄精、白及1200亩，今年村集体经济收入达到56万元，比三年前翻了两番。"),
 ("l", "林下套种"),
 ("l", "一地生出“两份钱”"),
 ("ps", "慈利县是全国杜仲主产区之一。近年来，慈利县林业局推广“杜仲+中药材”林下种植模式，全县杜仲种植面积达到21.6万亩，林下经济综合产值突破18亿元。"),
 ("l", "青岗坪村村民在杜仲林里剥取杜仲皮。 蒲公英 摄"),
 ("p", "“以前杜仲要等十来年才能剥皮，现在林下套种黄精，三年就有收益。”村民粟满英家种了30亩杜仲，去年光卖黄精就收入4.2万元。"),
 ("l", "龙头带动"),
 ("l", "杜仲叶“变身”保健茶"),
 ("p", "在零阳镇的张家界杜仲康生物科技有限公司，一条杜仲雄花茶生产线正在满负荷运转。杜仲康总经理皮德润介绍，公司与慈利县通津铺镇青岗坪村杜仲种植专业合作社签订收购协议，每年收购杜仲叶、杜仲皮600多吨，1至11月销售额1.35亿元，同比增长22.4%。"),
 ("p", "今年以来，慈利县人民政府出台扶持林下经济的十条措施，安排专项资金3000万元，带动1.6万户农户户均增收5800余元。"),
 # homestays and inbound tourists: 本报讯 with reporter and correspondent, an association in
 # full, a bureau abbreviated, headline after
 ("ps", "本报讯（记者 季 风 通讯员 鄢梓萌）12月8日，武陵源区军地坪街道画眉溪社区的民宿集聚区里，一批来自韩国的游客正在办理入住。武陵源区文旅局局长宓光耀介绍，今年1至11月，武陵源核心景区接待游客982万人次，同比增长16.7%，其中入境游客86.3万人次。"),
 ("p", "为留住游客，张家界峰林文旅发展有限公司在画眉溪社区改造闲置农房42栋，打造“峰林山居”民宿品牌，推出客房近400间。峰林文旅董事长亓伟说，民宿入住率从去年的55%提高到今年的78%，旺季客房要提前两周预订。"),
 ("p", "武陵源区民宿协会会长尤小婵介绍，全区现有民宿620余家、床位1.4万张。武陵源区税务局联合区文旅局推出“一站式”开办服务，新开民宿办证时间从15天缩短到3天。"),
 ("l", "武陵源：民宿“留”住八方客"),
 # a school and folk songs: headline before, 本报讯 with a correspondent, a real cultural
 # centre, a rare surname
 ("l", "官地坪的孩子唱响桑植民歌"),
 ("p", "本报讯（通讯员 夏 荷）12月9日下午，桑植县官地坪镇中心完全小学的音乐教室里，40多名白族学生跟着老师学唱桑植民歌。授课的是桑植县文化馆的非遗传承人庹秋月，她已经连续第四年到这所学校“送歌”。"),
 ("p", "学校现有学生512名，其中白族学生占七成以上。去年以来，桑植县教育局把桑植民歌列入全县中小学地方课程，官地坪镇中心完全小学每周开设民歌课2节，编印民歌校本教材3册，组建63人的校园民歌队。校长钮文华说，民歌队今年参加了张家界市中小学艺术展演，获得一等奖。"),
 ("p", "桑植民歌是国家级非物质文化遗产。近年来，官地坪镇每年举办乡村民歌会，全镇有民歌爱好者300多人，其中能完整演唱20首以上民歌的有40余人。"),
 ("p", "“我奶奶也会唱，现在我回家就唱给她听。”五年级学生谷雨萱说。"),
 # a county hospital's medical alliance: opens with a quote; its column ends mid-sentence and
 # the tea article comes whole between (headline before, byline wrapped into its last
 # paragraph); the rest, a byline with a county media centre, headline after
 ("p", "“以前看个病要跑几十里山路，现在县里的专家每周都来。”12月5日，在保靖县碗米坡镇卫生院，年近八旬的村民彭么妹拉着医生的手说。"),
 ("ps", "去年以来，保靖县人民医院牵头组建县域医共体，与全县12个乡镇卫生院签订帮扶协议，下派医生46名，帮助乡镇卫生院开展新技术、新项目23项。碗米坡镇卫生院院长龙映雪介绍，卫生院今年门诊量达到3.2万人次，住院患者比去年增加了近三成，"),
 ("l", "古丈毛尖“飘香”丝路"),
 ("p", "12月7日，在古丈县古阳镇的湖南云雾界茶业有限公司，一批古丈毛尖和红茶正在装箱，将通过铁路运往哈萨克斯坦阿拉木图。云雾界茶业董事长滕远山介绍，公司今年出口茶叶260吨，出口额2300余万元，比去年翻了一番。来自哈萨克斯坦的采购商卡纳特·朱马别科夫说：“古丈的茶汤色明亮，在阿拉木图很受欢迎。”"),
 ("p", "古丈县农业农村局局长向晚晴介绍，目前全县茶园面积达到20万亩，茶叶年产量约1.1万吨，茶叶综合产值超过30亿元，1.8万户茶农靠茶增收。今年春茶季，古丈毛尖干茶均价每公斤达到960元，比去年提高9%。湖南省茶叶研究所在古丈县建立科研试验基地3个，今年为茶农培训制茶技术2000余人次。（记者 司 南 通讯员 易 安）"),
 ("pc", "转往县外就医的患者从去年的310人减少到今年的120人。保靖县人民医院心血管内科主任向佐宸说，医院还开通了远程心电诊断平台，乡镇卫生院做的心电图10分钟内就能出诊断结果。今年以来，医共体还为乡镇卫生院统一配送药品1100余种，村民在家门口就能买到县医院的常用药。"),
 ("l", "（保靖县融媒体中心 叶 舟）"),
 ("l", "专家下沉 山里人看病不再难"),
]

# 长沙 (望城区, 浏阳市, 宁乡市) and 岳阳 (岳阳县, 临湘市). One paragraph per line (as seed page
# 004), digits not padded, bylines in ASCII and full-width brackets.
PAGE_JB = [
 # copper foil: date opening, a firm in full then by brand, a street, district bureaus in
 # full, byline on its own line, headline after
 ("p", "12月10日，在望城区金山桥街道的湖南铜韵新材料科技有限公司，一卷卷铜箔从生产线上缓缓下线，将发往福建、江苏等地的电池企业。铜韵新材总经理闵一舟介绍，公司今年生产锂电铜箔1.8万吨，产值达到26亿元，同比增长35.2%。"),
 ("p", "铜韵新材是望城区近年引进的重点项目，二期工程明年投产后产能将翻一番。今年以来，望城区工业和信息化局组建项目服务专班，帮助企业协调用电、用工等问题37个。1至11月，全区规模工业总产值突破1100亿元，新增规模以上工业企业28家。园区今年新落地锂电材料上下游配套项目9个，总投资46亿元。"),
 ("p", "在相邻的丁字湾街道，望城区人力资源和社会保障局开设“家门口就业驿站”，今年已帮助630余名居民进入园区企业就业，其中女性占比约45%。"),
 ("l", "(记者 许 诺 通讯员 聂梓涵)"),
 ("l", "望城铜箔“薄”出大产业"),
 # chrysanthemum-stone carving: headline before, subtitle, writers' line, an association and a
 # city bureau in full, a studio name in quotes
 ("l", "一块菊花石 雕出“金”名片"),
 ("l", "——浏阳市永和镇推动菊花石雕技艺传承与产业发展"),
 ("l", "公孙雨竹 甘 雨"),
 ("p", "走进浏阳市永和镇菊花石雕刻产业园，叮叮当当的凿石声此起彼伏。在“石韵轩”工作室里，省级非遗代表性传承人禤国梁正在打磨一件名为《秋菊傲霜》的作品，石头上的“菊花”花瓣层层舒展，栩栩如生。"),
 ("p", "浏阳菊花石雕是国家级非物质文化遗产。永和镇现有菊花石雕企业和作坊86家，从业人员1200多人，年产值约3.6亿元。禤国梁也是浏阳市菊花石雕刻艺术协会会长，他说，协会今年办了4期培训班，培养青年雕刻师150名，学员中年龄最小的只有19岁。"),
 ("p", "浏阳市文化旅游广电体育局把菊花石雕纳入“浏阳礼物”文创体系，今年组织企业参加展会11场，签约金额超过8000万元。永和镇党委书记郜明哲说，镇里正在建设菊花石文化街区，计划明年开街。"),
 # a rural girls' football team: headline before, 本报讯 with reporter and correspondent; its
 # paragraph is cut mid-word at the column end and the bird-watch article comes whole between
 ("l", "乡村女足踢进省赛决赛"),
 ("p", "本报讯（记者 沈 默 通讯员 阮 晴）12月11日，湖南省青少年校园足球联赛初中女子组比赛落幕，宁乡市龙田镇中学女子足球队获得亚军。这支球队的18名队员全部来自农村家庭，其中10人是留守儿童。球队主教练是学校体育老师诸葛一帆，他从2021年起自费学习足球教练课程，拿到了D级教练员证书。"),
 ("p", "“三年前学校连一块像样的球场都没有。”校长芮建平说，宁乡市教育局投入资金120万元为学校建成人工草坪球场，长沙市足球协会派出教练每周来校指导2次。球队成立以来参加市级以上比赛26场，胜19场。队长蔡晓蕾说：“踢球让我们变得更自信，也更团结了。”今年，龙田镇还依托学校球场举办乡村业余联赛，吸引全镇14个村组队参"),
 # wintering birds on the lake: headline before, 本报讯 with two correspondents (a compound
 # surname), a town and a village, a county bureau and a township government
 ("l", "洞庭湖畔迎来首批越冬候鸟"),
 ("p", "本报讯（通讯员 易 帆 巫马晓晴）12月9日，在岳阳县鹿角镇的洞庭湖湖滩上，成群的小天鹅、白琵鹭在浅水区觅食。岳阳县野生动植物保护站站长辜望舒介绍，今年入冬以来，鹿角镇沿湖一带已监测到越冬候鸟86种、3.6万只，比去年同期增加约8000只，其中有白鹤、东方白鹳等国家一级保护野生动物12种。"),
 ("p", "岳阳县鹿角镇芦苇湾村护鸟队队长艾长庚说，护鸟队15名队员每天巡湖两次，今年已劝离非法垂钓人员300余人次。岳阳县林业局、鹿角镇人民政府今年投入资金85万元，在湖区安装监控探头40个，实现重点区域24小时监测。"),
 ("p", "今年，岳阳县还在鹿角镇沿湖建成候鸟观测点2处，吸引不少摄影爱好者和研学团队前来观鸟，周边农家乐的生意也跟着红火起来。"),
 ("pc", "赛，观众累计超过2万人次。"),
 # brick tea for the grasslands: date opening, a firm in full then by brand, a caption in
 # full-width brackets between paragraphs, a Mongolian buyer, an ordinal, byline and headline
 # after, one paragraph broken at the column end
 ("p", "12月12日，临湘市聂市镇的湖南楚漾茶业有限公司仓库里，一块块青砖茶码放整齐，即将运往内蒙古。楚漾茶业董事长晏秋实介绍，公司今年生产青砖茶1500吨，其中近六成销往内蒙古、新疆等地，销售收入1.2亿元。旺季时，压制车间里的工人每天要压制砖茶5000多片。"),
 ("l", "聂市镇茶农在茶园里采摘秋茶。（沈清源 摄）"),
 ("p", "来自内蒙古的茶商斯琴图雅已经是第五次来聂市进货。“牧民们每天都离不开砖茶，临湘的砖茶口感醇厚。”她说，今年她从这里进货80吨，比去年多了20吨，回去后主要批发给草原上的牧户。"),
 ("cut", ("临湘市茶产业发展中心主任卜家望介绍，全市茶园面积达到8.5万亩，茶叶综合产值约48亿元，今年1至11月出口", "青砖茶560吨，同比增长18%。聂市镇有茶叶加工企业32家，带动6000多户茶农增收。")),
 ("l", "（临湘市融媒体中心 楚 云）"),
 ("l", "临湘青砖茶 香飘大草原"),
]

if __name__ == "__main__":
    here = Path(__file__).parent
    (here / "page_ja.txt").write_text(build(PAGE_JA, 18, blank_lines=True, padded=True), encoding="utf-8")
    (here / "page_jb.txt").write_text(build(PAGE_JB, None, blank_lines=False, padded=False), encoding="utf-8")
