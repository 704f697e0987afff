# Builds page_a.txt and page_b.txt (written blind, see README.md) with the page builder of
# tests/data/blind4/make_pages.py. Imports nothing from annotator. Run: python make_pages.py
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "blind4"))
from make_pages import build  # noqa: E402

# 衡阳 (常宁市, 耒阳市, 衡东县) and 郴州 (北湖区, 桂阳县). Narrow columns (18) with a blank line
# after every line, digits padded, as seed page 002.
PAGE_A = [
 # tea in a town of 常宁: headline before, subtitle, writers' line (a compound surname, a name
 # that is a word), two-line crossheads, a firm in full then by brand, a co-operative
 ("l", "常宁：一片茶叶富了一方乡亲"),
 ("l", "——常宁市荫田镇做强茶产业助推乡村振兴纪实"),
 ("l", "金 秋 司马云帆 蔺 菲"),
 ("p", "12月6日，常宁市荫田镇岚溪村的高山茶园里，云雾在山腰间缓缓流动，茶农们正忙着给茶树修剪枝条、施有机肥。荫田镇党委书记盘石根告诉记者，全镇茶园面积达到3.2万亩，今年干茶产量约860吨，茶叶综合产值突破4亿元。"),
 ("l", "龙头带动"),
 ("l", "茶园成了“绿色银行”"),
 ("ps", "在岚溪村，湖南塔岚茶业有限公司建起一条年加工干茶300吨的清洁化生产线。塔岚茶业总经理邓海川介绍，公司采取“公司+合作社+农户”模式，与常宁市岚溪茶叶种植专业合作社签订保底收购协议，带动420户茶农种茶，户均年增收1.8万元。"),
 ("p", "“以前茶叶卖不起价，现在鲜叶每斤能卖到40元以上。”茶农赵金妹一边采茶一边说，她家种了12亩茶，去年卖茶收入超过6万元。"),
 ("l", "文旅融合"),
 ("l", "茶乡迎来八方客"),
 ("p", "近年来，常宁市文化旅游广电体育局把茶园观光、农事体验和古村落串成精品线路。今年1至11月，荫田镇接待游客28.6万人次，同比增长35.2%。镇里还培育茶旅民宿16家、农家乐23家，吸纳200多名群众在家门口就业，第二届“岚溪茶文化周”也将于明年春天开幕。"),
 # family doctors in a Yao township of 北湖区: headline before (a space inside), opens with a
 # quote, a county-level hospital and its department, a photo caption between paragraphs,
 # byline on its own line with two names that are words
 ("l", "北湖区：家庭医生上门 健康服务到家"),
 ("p", "“血压比上个月稳定多了，降压药还要按时吃。”12月5日上午，在郴州市北湖区保和瑶族乡枫树坪村，保和瑶族乡卫生院的家庭医生莫小燕蹲在八旬老人身旁，一边收起血压计一边叮嘱。"),
 ("ps", "北湖区卫生健康局局长欧建华介绍，今年以来，全区组建家庭医生签约服务团队86个，签约居民21.4万人，重点人群签约率达到82.6%。北湖区人民医院与辖区12家乡镇卫生院和社区卫生服务中心组建医联体，专家每月下沉坐诊近200人次。家庭医生今年已为辖区65岁以上老人免费体检1.3万人次。"),
 ("l", "家庭医生在枫树坪村为村民测量血糖。 廖 戈 摄"),
 ("p", "北湖区还在石盖塘街道试点“互联网+家庭医生”服务，居民通过手机小程序就能预约上门、在线问诊。北湖区人民医院全科医学科主任闻人珏说，目前平台已累计服务3600余人次，医生平均响应时间缩短到30分钟以内。"),
 ("l", "（通讯员 黄 莺 焦 阳）"),
 # battery materials in 耒阳: 本报讯 with reporter and correspondent (names that are words),
 # firm in full then by brand, a development zone's committee in full then abbreviated, a
 # power company unit, two figures in one clause, headline after
 ("p", "本报讯（记者 江 河 通讯员 华 夏）12月9日，在耒阳经济开发区的湖南耒水新材料科技有限公司，一卷卷锂电池负极材料从生产线上下线，打包后将发往广东、福建等地的电池企业。耒水新材董事长郦长河介绍，公司今年生产负极材料2.6万吨，实现产值18.5亿元，同比增长42%。"),
 ("ps", "负极材料的主要原料是石墨。为保障供应，公司与郴州市北湖区鲁塘镇的石墨企业签订长期供货协议，每年采购石墨原料3万吨以上。国网耒阳市供电公司为公司新建110千伏专用变电站1座，供电容量从8000千伏安提高到2万千伏安。"),
 ("p", "今年以来，耒阳经济开发区管理委员会推行“拿地即开工”审批模式，项目审批时间从45个工作日压缩到12个工作日。耒阳经开区管委会主任贺一舟说，园区现有规模以上工业企业136家，1至11月实现技工贸总收入486亿元。"),
 ("l", "耒阳：负极材料跑出“加速度”"),
 # chillies in 衡东县: date-like opening, an association, a firm in full then by brand; its
 # column is cut mid-sentence and the whole 桂阳 opera story (headline before, 本报讯 with a
 # correspondent) comes between; then the rest, a villager group, byline wrapped into the
 # last paragraph (two names that are words), headline after with a space inside
 ("p", "初冬时节，衡东县霞流镇枫林冲村家家户户的院坝里晒满了红彤彤的黄贡椒，空气中弥漫着辣椒的香味。衡东县黄贡椒产业协会会长成国富说，衡东黄贡椒是国家地理标志保护产品，今年全县种植面积达到5.8万亩，鲜椒亩产约1500公斤，产值超过9亿元。"),
 ("ps", "在霞流镇，衡东县贡椒红食品有限公司新建的剁辣椒生产线正在满负荷运转。贡椒红总经理尹春华介绍，公司今年收购鲜椒1.2万吨，开发剁辣椒、辣椒酱等产品11个，带动椒农户均增收"),
 ("l", "湘昆进校园 戏韵润童心"),
 ("p", "本报讯（通讯员 廖若兰）12月10日，桂阳县湘昆艺术传承中心的演员走进桂阳县第三中学，为800多名师生带来湘昆经典折子戏《牡丹亭·游园》。桂阳是湘昆的发源地，湘昆于2006年被列入第一批国家级非物质文化遗产名录。今年以来，中心在全县23所中小学开设湘昆兴趣班，培养小学员1100余名，送戏下乡演出96场，观众超过5万人次。中心今年还录制湘昆教学视频30集，在网络平台的播放量超过200万次。活动现场，学生们还登台演唱了湘昆选段，赢得阵阵掌声。桂阳县第三中学校长钟毓秀说，学校已把湘昆纳入校本课程，每周安排2节湘昆课，还组建了40人的学生湘昆社团。湘昆传承人雷丹青说，希望让更多孩子听得懂、唱得来、传得下。"),
 ("pc", "4200元。“辣椒晒干了能卖好价钱，做成剁辣椒还能卖到广州、上海去。”枫林冲村大塘组村民左秋萍笑着说。衡东县农业农村局党组书记、局长谭志坚表示，下一步将建设黄贡椒冷链仓储和交易中心，让衡东辣椒卖得更远。（通讯员 春 晓 凌 波）"),
 ("l", "衡东黄贡椒 “晒”出红火日子"),
]

# 怀化 (中方县, 会同县, 沅陵县) and 湘西州 (古丈县, 泸溪县). One paragraph per line with a blank
# line after each, digits not padded (as seed page 004); bylines in ASCII and full-width
# brackets.
PAGE_B = [
 # grapes and wine in 中方县: headline before, subtitle, writers' line (a name that is a place
 # name), a four-character opening, a photo credit that is a city's name, a city research
 # institute, two figures in one clause with two periods
 ("l", "中方刺葡萄酿出“甜蜜经济”"),
 ("l", "——中方县袁家镇做大刺葡萄产业见闻"),
 ("l", "粟 芸 杨柳青"),
 ("p", "冬日暖阳，葡萄架下。12月8日，中方县袁家镇青藤村的刺葡萄园里，村民们正在给葡萄藤剪枝、埋肥。村党支部书记蒲永红说，全村种植刺葡萄1800亩，今年鲜果产量达到2700吨，村集体经济收入首次突破百万元。"),
 ("l", "青藤村村民在刺葡萄园里剪枝。(柏 林 摄)"),
 ("p", "在袁家镇的怀化紫晶葡萄酒业有限公司，一排排橡木桶整齐排列。紫晶酒业董事长吴廷耀介绍，公司今年收购刺葡萄鲜果4500吨，生产葡萄酒和葡萄汁1.6万吨，产品销往北京、深圳和俄罗斯莫斯科等地，1至11月销售额2.1亿元，同比增长18.7%。"),
 ("p", "中方县青藤刺葡萄种植专业合作社理事长向春燕说，合作社统一品种、统一技术、统一收购，社员从去年的186户增加到今年的263户。中方县农业农村局与怀化市农业科学研究所合作，在青藤村建成刺葡萄种质资源圃，保存品种32个。"),
 # a mediation in 会同县: headline before with a space, 本报讯 with a correspondent whose name
 # is a word, opens with a quote, a court's tribunal in full then short, a township's
 # mediation committee, a Dong name; anonymised parties
 ("l", "一片竹林起纷争 法官上门解心结"),
 ("p", "本报讯（通讯员 梁 栋）“多亏法官上门调解，我们两家总算和好了。”12月11日，会同县地灵乡的村民粟某、梁某握手言和，一起持续三年的竹林权属纠纷得到化解。"),
 ("p", "会同县人民法院地灵人民法庭庭长杨再兴介绍，纠纷涉及竹林56亩，双方各执一词。法庭联合地灵乡人民调解委员会、会同县林业局，3次到现场勘界，最终促成双方达成调解协议。今年以来，地灵人民法庭在辖区9个村设立“法官工作室”，开展巡回审判42场，诉前化解矛盾纠纷316件，调解成功率达到87.5%。"),
 ("p", "“以前村民闹了矛盾，要跑几十公里山路到县城打官司，现在在村里就能解决。”地灵乡党委副书记吴红梅说，今年全乡矛盾纠纷发案量同比下降26%，没有一起纠纷因调处不及时而激化。"),
 # a Miao school in 古丈县: date opening, Miao names, a Uyghur name with ·; the paragraph is
 # cut mid-word and the whole 沅陵 river-patrol story (headline before, 本报讯 with reporter
 # and correspondent) comes between; then the rest, byline, headline after
 ("p", "12月12日下午，古丈县岩头寨镇中心完全小学的操场上鼓声阵阵，50多名苗族孩子围着一面大鼓，跟着老师龙秀禾学打苗鼓。“苗鼓要用全身的力气打，打出我们苗家人的精气神。”四年级学生麻小雅说。"),
 ("p", "学校现有学生412名，其中苗族学生占比超过九成。近年来，学校把苗鼓、苗歌和苗绣引入课堂，组建苗鼓队、苗歌队各1支，每周开设苗鼓课3节，学校苗鼓队今年还在全县中小学艺术节上获得一等奖。来自新疆温宿县的支教老师帕提古丽·买合木提还开设了舞蹈课，她说：“苗族孩子和新疆孩子一样能歌善舞。”校长石光荣介绍，学校今年投"),
 ("l", "荔溪护渔队夜巡守护一溪碧水"),
 ("p", "本报讯（记者 覃 思 通讯员 瞿晓峰）12月14日晚，沅陵县明溪口镇的荔溪河面上，一艘巡逻艇打着探照灯缓缓驶过。沅陵县农业农村局渔政执法大队与明溪口镇护渔志愿服务队联合巡查，守护禁捕水域。明溪口镇护渔志愿服务队现有队员24人，大多是退捕上岸的渔民。渔政执法大队大队长符海波介绍，今年队员们巡护河段46公里，开展夜间巡查130余次，查处非法捕捞案件17起；监测发现的鱼类从去年的62种增加到71种。去年以来，沅陵县在荔溪沿岸安装视频监控探头38个，对重点水域实行全天候监控，非法捕捞行为同比下降六成。护渔志愿者侯德旺以前是打了30多年鱼的渔民，如今每月巡河20多天，他说：“鱼多了，白鹭也回来了，走再远的路也值。”"),
 ("pc", "入资金38万元改造了食堂和学生宿舍，古丈县教育局为学校配备了音乐、美术专职教师各2名，孩子们每天都能吃上“一荤两素一汤”的营养午餐。"),
 ("l", "（记者 石 岩 通讯员 高 远）"),
 ("l", "苗鼓声声 敲响快乐童年"),
 # foreign students in a village of 泸溪县: date opening, a French name with ·, a college,
 # a town government's deputy head, a paragraph broken where the column ends mid-word, two
 # figures with 分别, byline in ASCII brackets, headline after
 ("p", "12月13日，泸溪县洗溪镇岩坨村迎来一批特殊的客人——来自法国、日本等国的20余名留学生。他们走进苗家吊脚楼，观看苗族接龙舞，跟着村里的手艺人学做扎染。"),
 ("cut", ("来自法国的留学生卡洛琳·杜瓦尔在湘西民族职业技术学院学习汉语已经两年。她说：“这里的吊脚楼和扎染都让我着", "迷，我一定要带家人再来看看。”")),
 ("p", "岩坨村位于洗溪岸边，现存百年以上吊脚楼100多栋。泸溪县洗溪镇人民政府副镇长满红英介绍，近年来，镇里投入资金6800万元修缮吊脚楼、整治沿河风光带，今年1至11月岩坨村接待游客52万人次、旅游收入4.6亿元，分别同比增长23%和31%。岩坨村党支部书记张金莲说，村里有32户村民开办了民宿和扎染作坊，户均年收入达到8.5万元。"),
 ("l", "(彭 澄 谭 淼)"),
 ("l", "苗寨引来“洋学生”"),
]

if __name__ == "__main__":
    here = Path(__file__).parent
    (here / "page_a.txt").write_text(build(PAGE_A, 18, blank_lines=True, padded=True), encoding="utf-8")
    (here / "page_b.txt").write_text(build(PAGE_B, None, blank_lines=True, padded=False), encoding="utf-8")
