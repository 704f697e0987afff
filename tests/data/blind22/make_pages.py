# Builds page_la.txt and page_lb.txt (written blind, see README.md) with the page builder of
# tests/data/blind4/make_pages.py. Imports nothing from annotator. Run: python make_pages.py
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "blind4"))
from make_pages import build  # noqa: E402

# 岳阳 (平江县, 岳阳县, 华容县) and 娄底 (双峰县, 新化县): industry and agriculture. Columns of
# 20, no blank lines, digits padded, one line per marked paragraph spaced out.
PAGE_LA = [
 # snack-food cluster: headline before, subtitle, writers' line with two compound surnames,
 # two-line crossheads; a firm in full and by brand, a county bureau in short form
 ("l", "平江：一根辣条“辣”出百亿产业"),
 ("l", "——平江县推进休闲食品产业集群发展纪实"),
 ("l", "令狐军 袁 晴 皇甫朝阳"),
 ("p", "12月6日，平江县高新技术产业园区的湖南梅江食品有限公司生产车间里，一条条自动化生产线高速运转，调味、拌料、包装一气呵成。公司董事长喻满堂介绍，梅江食品今年新上3条酱干生产线，日产休闲食品120吨，1至11月销售额4.2亿元，同比增长18.6%。"),
 ("l", "龙头带动"),
 ("l", "链条越拉越长"),
 ("ps", "平江县是“中国辣条之乡”。近年来，平江县工信局牵头编制休闲食品产业链图谱，引进包装、调味料、冷链物流等配套企业31家。在梅江食品的带动下，平江县梅仙镇桂花坳村发展辣椒、黄豆种植基地2600余亩，村民在家门口就能卖出原料。"),
 ("p", "“以前黄豆卖不上价，现在公司上门收，每斤比市场价高0.3元。”桂花坳村种植户甘秀莲说，她家种了12亩黄豆，今年多收入5000多元。"),
 ("l", "服务跟进"),
 ("l", "企业越办越旺"),
 ("p", "平江县梅仙镇人民政府组建“企业服务专班”，为园区企业协调解决用地、用工难题47个。今年以来，全县休闲食品产业实现产值168亿元，从业人员超过3万人，产品销往全国30多个省份和东南亚、北美等地。"),
 # rice-crayfish co-operative: 本报讯 with reporter and correspondent (a compound surname),
 # headline after
 ("ps", "本报讯（记者 江 涛 通讯员 宇文翾）12月3日，岳阳县月田镇青石桥村的稻虾共作基地里，村民们正在清理环沟、投放虾苗。岳阳县禾香稻虾种养专业合作社理事长申屠国富介绍，合作社流转稻田1800亩，今年收获小龙虾270吨、优质稻谷900吨，稻虾田亩均纯收入达到3600元，是单种水稻的3倍。"),
 ("p", "合作社采取“合作社+基地+农户”模式，统一供种、统一技术、统一回收，带动周边农户230户发展稻虾种养。青石桥村党支部书记覃朝晖说，村集体每年从合作社分红12万元，村里用这笔钱修了2公里机耕道。"),
 ("p", "近年来，岳阳县农业农村局把稻虾综合种养作为稳粮增收的重要抓手，全县稻虾种养面积达到11.5万亩，今年1至11月小龙虾产值约9.8亿元。"),
 ("l", "月田稻田里 虾肥稻谷香"),
 # mustard greens: headline before (a space inside); its column is cut mid-word
 # (种植面|积) and the 双峰 article comes whole between
 ("l", "华容芥菜 “腌”出好日子"),
 ("p", "初冬时节，华容县治河渡镇的芥菜基地里，一垄垄芥菜长势喜人，种植户们正忙着除草追肥。再过一个多月，这批芥菜就将进入收割期。"),
 ("p", "在治河渡镇的湖南华湘芥菜食品有限公司，腌制池里的芥菜正在发酵。华湘食品总经理诸葛红梅说，公司今年收购鲜芥菜5.6万吨，加工成酸菜、榨菜等产品，出口到日本、韩国等国家，出口额达到6800万元。"),
 ("p", "“芥菜种得好，一亩能收8吨，按今年的收购价算，亩均纯收入2000元左右。”治河渡镇种植大户钟福生说，他今年种了210亩芥菜，和华湘食品签了订单，不愁销路。"),
 ("p", "华容县是全国最大的芥菜种植加工基地之一。目前，全县芥菜种植面"),
 # farm machinery for export: headline before, 本报讯 with a correspondent, one paragraph
 ("l", "双峰农机“闯”出国门"),
 ("p", "本报讯（通讯员 粟 苒）12月8日，在双峰县农机产业园的湖南双犁农业机械有限公司装配车间，200台碾米机正在装箱，即将运往坦桑尼亚达累斯萨拉姆。双犁农机负责人邬志成介绍，公司今年生产各类农机2.1万台，其中出口4800台，出口额达到1.35亿元，同比增长42%。公司研发中心今年新获得实用新型专利14项，研发人员从36人增加到58人，产品出口到越南、缅甸等40多个国家和地区。双峰县是“中国农机之乡”，全县现有农机制造企业160余家，今年1至11月农机产业产值约86亿元。双峰县商务局局长澹台牧说，县里今年组织企业参加境外展会9场，帮助企业新开拓海外客户120多家。在双峰县甘棠镇和锁石镇，不少农机配件作坊也接到了双犁农机的订单，带动1500余人就业。"),
 ("pc", "积达到32万亩，芥菜加工企业63家，年加工能力超过100万吨。华容县芥菜产业发展中心主任郦定邦表示，今年全县芥菜产业综合产值有望突破60亿元，带动8万余名农民增收。"),
 ("l", "（记者 马 良 通讯员 麻晓婷）"),
 # rime ice in a forest park: caption with photo credit between paragraphs, a county bureau
 # in full, a township government, byline wrapped into the last paragraph, headline after
 ("p", "12月5日，新化县大熊山国家森林公园里，雾凇挂满枝头，不少游客专程前来赏景拍照。大熊山主峰海拔1622米，公园面积7200公顷，森林覆盖率达到97.3%。"),
 ("l", "游客在大熊山国家森林公园观赏雾凇。 晏 乔 摄"),
 ("p", "在大熊山脚下的新化县洋溪镇梨树湾村，村民们把老屋改造成民宿，做起了“冰雪生意”。村民康桂英家的民宿有客房8间，冬季每晚房价380元，节假日经常一房难求。“去年一个冬天就挣了4万多元。”康桂英笑着说。"),
 ("ps", "今年以来，新化县文化旅游广电局联合洋溪镇人民政府推出“大熊山冰雪季”系列活动，新建观景平台6处，开通旅游专线巴士2条。1至11月，大熊山景区接待游客116万人次，同比增长23.4%，带动周边发展民宿和农家乐90余家。（新化县融媒体中心 东方黎 吕 洋）"),
 ("l", "大熊山雾凇引客来"),
]

# 湘西州 (吉首市, 保靖县, 永顺县) and 张家界 (桑植县, 永定区): social and culture news. One
# paragraph per line (as seed page 004), digits not padded, bylines in ASCII and full-width
# brackets.
PAGE_LB = [
 # a village school with student teachers: date opening, Tibetan and Uyghur names; its
 # column is cut mid-word (资|金) and the hospital article comes whole between; headline after
 ("p", "12月2日上午，吉首市丹青镇中心完全小学的音乐教室里，三年级的孩子们正跟着老师学唱苗歌。学校现有学生412名，其中苗族学生占比超过八成，不少孩子的父母常年在外务工。学校坐落在半山腰上，离最近的集镇有12公里，全校只有19名专任教师，音乐课过去一直由语文老师兼任。"),
 ("p", "今年9月，长沙师范学院音乐舞蹈学院的8名大学生来到学校支教，开设了苗歌、鼓舞、合唱等特色课程。支教队员次仁央金、古丽米热·吐尔洪和南宫静每周还组织“苗歌小课堂”，跟着寨子里的老歌师收集整理当地苗歌46首。校长石先勇说，学校今年争取到资"),
 # remote consultations: headline before (a space inside), 本报讯 with reporter and
 # correspondent, a quote right after the byline, a prefecture hospital in full and short
 ("l", "毛沟镇卫生院 “云诊室”连上州二医院"),
 ("p", "本报讯（记者 包 容 通讯员 郝 运）“血压有点高，药要按时吃，饮食少放盐。”12月4日，在保靖县毛沟镇卫生院的远程会诊室里，湘西土家族苗族自治州第二人民医院心内科医生公孙悦通过视频为72岁的梁老汉诊断病情。今年以来，毛沟镇卫生院与州二医院开通远程会诊，已开展远程会诊320余例，为群众节省就医费用约40万元。卫生院院长贾春林介绍，卫生院还组建家庭医生签约服务团队5支，签约服务群众1.1万人，重点人群签约率达到86.5%。“以前到州里看病，来回要坐4个小时的车，现在在镇上就能让州里的专家看。”梁老汉说。卫生院今年还新添置彩超、全自动生化分析仪等设备12台，门诊量同比增长15.2%。对会诊中发现的危重患者，卫生院开通绿色通道直接转诊到州二医院，今年已转诊23人。"),
 ("pc", "金38万元，建成了苗族鼓舞训练室，还添置了苗鼓20面、演出服装120套。孩子们说，最盼望的就是每周三下午的苗歌课。"),
 ("l", "(通讯员 龙 妍)"),
 ("l", "苗寨小学飘出苗歌声"),
 # a circuit court in a village: date opening, caption with photo credit between
 # paragraphs, anonymised parties, a compound surname, byline on its own line, headline after
 ("p", "12月9日，永顺县人民法院石堤人民法庭的法官把“流动法庭”搬到了石堤镇马鞍村的村部，现场调解一起土地承包合同纠纷。原告彭某与被告向某因2.6亩茶园的承包费用发生争执，经过3个多小时的调解，双方当场达成和解协议。石堤人民法庭离永顺县城有80多公里，山路弯多，群众打一场官司来回要花大半天。"),
 ("l", "法官在马鞍村村部调解纠纷。(鲁 闽 摄)"),
 ("p", "石堤人民法庭辖区面积460平方公里，涉及4个乡镇。今年以来，法庭开展巡回审判58场次，审结各类案件312件，调解撤诉率达到71.8%。庭长呼延骁说，法庭还在辖区村里设立“法官联系点”15个，让群众在家门口就能解决纠纷。法庭的4名干警中有2人会说土家语，调解时用乡音和群众拉家常。今年10月，法庭还与石堤镇司法所联合成立矛盾纠纷调解室，已调解纠纷96起。"),
 ("l", "(见习记者 伍 珂)"),
 ("l", "“流动法庭”开进马鞍村"),
 # a folk-song contest: headline before, subtitle with an ordinal, writers' line, a
 # four-character phrase before the date, a Uyghur guest, ages
 ("l", "桑植民歌唱响山乡"),
 ("l", "——桑植县举办第五届民歌擂台赛"),
 ("l", "林 樾 覃 晏"),
 ("p", "山歌一起，满场喝彩。12月6日，桑植县五道水镇的民歌广场上，来自全县23个乡镇的46支民歌队伍同台竞技，白族仗鼓舞、土家族薅草锣鼓轮番登场。本届擂台赛由桑植县民歌保护传承中心主办，持续2天，现场观众超过8000人。"),
 ("p", "82岁的老歌手谷满香是五道水镇杉木峪村人，她唱了一辈子桑植民歌，带出徒弟60多名。“年轻人愿意学，桑植民歌就丢不了。”谷满香说。来自张家界学院的研究生麦合木提·阿不都拉也上台献唱，他说：“桑植民歌的旋律让我想起了家乡的木卡姆。”"),
 ("p", "桑植县是“中国民歌之乡”，桑植民歌被列入国家级非物质文化遗产名录。近年来，桑植县文化旅游广电体育局整理出版民歌曲谱1200余首，在中小学开设民歌课堂，培养民歌传承人350名。"),
 # Korean tourists at farm stays: headline before, opening with a quote, a Korean-Chinese
 # name, a city abroad after its country, a mountain, byline on its own line
 ("l", "韩国游客爱上张家界“土家乡味”"),
 ("p", "“太好吃了！”12月7日中午，在张家界市永定区罗塔坪乡长茂村的一家农家乐里，来自韩国大邱的游客朴智恩品尝了土家腊肉和葛根粑粑后连声称赞。这个由28名韩国游客组成的旅游团，当天上午刚从七星山下来。"),
 ("p", "永定区文化旅游广电体育局干部金哲浩介绍，罗塔坪乡依托七星山和土家村寨，发展农家乐和民宿37家，今年接待境外游客1.6万人次，其中韩国游客占比约六成。为了方便境外游客，乡里今年培训会讲简单韩语、英语的农家乐服务人员120名，还在村里设置了中韩双语标识牌86块。"),
 ("p", "长茂村农家乐老板向秀兰学会了几句韩语，还专门请人把菜单翻译成韩文。“今年农家乐营业额超过50万元，比去年多了一倍。”她说。“张家界的山水名气大，现在游客还想尝尝地道的土家菜、住住吊脚楼。”导游崔英姬说。"),
 ("l", "（记者 白 帆 通讯员 黄 鹂）"),
]

if __name__ == "__main__":
    here = Path(__file__).parent
    (here / "page_la.txt").write_text(build(PAGE_LA, 20, blank_lines=False, padded=True), encoding="utf-8")
    (here / "page_lb.txt").write_text(build(PAGE_LB, None, blank_lines=False, padded=False), encoding="utf-8")
