# Builds page_f.txt and page_g.txt (written blind, see README.md) with the page builder of
# tests/data/blind4/make_pages.py. Imports nothing from annotator. Run: python make_pages.py
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "blind4"))
from make_pages import build  # noqa: E402

# 永州: 江华瑶族自治县, 江永县, 宁远县, 新田县, 蓝山县. One paragraph per line with a blank line
# between lines (as seed page 004), digits not padded.
PAGE_F = [
 # Yao festival and tourism, a tea co-operative: headline before (short form), subtitle,
 # writers' line with a compound surname, two-line crossheads, a photo credit between
 # paragraphs, a foreign name with ·, two figures in one clause
 ("l", "江华：长鼓声声庆盘王"),
 ("l", "——江华瑶族自治县举办第十届瑶族盘王节纪实"),
 ("l", "盘晓燕 公孙岳 奉 蕾"),
 ("p", "锣鼓喧天，长鼓翻飞。12月12日，江华瑶族自治县涛圩镇的瑶族文化广场上，3000多名身着盛装的瑶族同胞跳起长鼓舞、唱起《盘王大歌》，欢庆一年一度的盘王节。本届盘王节由江华瑶族自治县人民政府主办，为期4天，预计吸引游客12万人次。"),
 ("l", "瑶家古寨"),
 ("l", "留住乡愁引来客"),
 ("p", "从涛圩镇出发，沿冯河上行10公里，便到了萌渚岭脚下的青竹坳村。这个瑶族古寨依山而建，60多栋木楼保存完好。村党支部书记奉秋兰介绍，村里把闲置木楼改成瑶家民宿，目前已开业民宿23家，今年接待游客4.6万人次，村集体经济收入达到38万元。"),
 ("l", "青竹坳村的瑶族姑娘在古寨前跳长鼓舞。 奉 涛 摄"),
 ("p", "来自泰国南邦的游客阿努查·宋蓬第一次参加盘王节，他说：“这里的瑶歌和我们那里的很像，我要带更多朋友来。”"),
 ("l", "苦茶瑶绣"),
 ("l", "变成致富“金叶子”"),
 ("p", "在涛圩镇的江华瑶族自治县瑶山苦茶专业合作社，制茶师傅正在炒制今冬最后一批苦茶。合作社理事长赵满仓说，合作社带动320余户瑶胞种植苦茶4600亩，干茶每斤能卖到300元左右。"),
 ("p", "一针一线绣出好日子。瑶绣传承人盘桂英在村里办起瑶绣工坊，带动180多名绣娘居家就业，人均年增收1.5万元。今年1至11月，江华全县接待游客812万人次、实现旅游综合收入71.6亿元，同比分别增长16.4%和19.8%。"),
 # oranges, a firm in full and then by its brand, a county bureau: 本报讯 with a reporter
 # whose name is a word, a mountain, headline after its body
 ("p", "本报讯（记者 龙 吟 通讯员 蒋雨霏）12月10日，在都庞岭脚下的江永县桃川镇枫木源村，漫山遍野的香柚挂满枝头，果农们正忙着采摘、装箱。湖南永柚农业发展有限公司的收购车一早就开进了村。“今年的香柚个头匀、水分足，我们按每斤2.6元保底收购。”永柚农业总经理黎文翰说。"),
 ("p", "永柚农业建起香柚分选包装线3条，日处理鲜果200吨，产品销往北京、上海、广州等地，今年还首次出口到俄罗斯。公司今年计划收购香柚2.5万吨，带动1600余户果农增收。"),
 ("p", "江永香柚是国家地理标志保护产品。目前，全县香柚种植面积达到8.3万亩，年产量约15万吨。今年以来，江永县农业农村局组建技术服务队9支，举办田间培训班86期。枫木源村村民何德旺种了12亩香柚，他算了一笔账，今年收入能超过8万元。"),
 ("l", "都庞岭下香柚红"),
 # a county industry park and a firm in full then by brand: headline before (short form),
 # the column ends mid-word and the court article comes whole between
 ("l", "宁远：电子信息产业“链”出新天地"),
 ("p", "12月11日，在宁远县工业园的湖南舜韵电子科技有限公司生产车间里，一条条自动化贴片生产线高速运转，工人们正在赶制一批发往越南的蓝牙耳机电路板。舜韵电子董事长柏冬生介绍，公司今年产值预计突破9亿元，员工从800人增加到1260人。"),
 ("p", "近年来，宁远县委、县政府把电子信息产业作为“一号工程”来抓，园区累计引进电子信息企业46家，其中规模以上企业31家。宁远县工业和信息化局局长乐承志说，1至11月，园区实现规模工业总产值218.6亿元，同比增长12.7%，今年新建标准厂"),
 # a court and a police station: headline before (short form), 本报讯 with reporter and
 # correspondent, a place chain, anonymised parties, a Chinese numeral
 ("l", "新田法官把法庭搬进村部"),
 ("p", "本报讯（记者 石 坚 通讯员 樊可心）12月5日，新田县人民法院骥村人民法庭的法官来到骥村镇石枧塘村村部，就地开庭审理一起相邻权纠纷案。原告邓某与被告肖某因宅基地排水沟发生争执，双方僵持了近两年。"),
 ("p", "庭审中，主审法官覃雅琴邀请人民调解员和20余名村民旁听，现场释法说理。经过3小时调解，双方当场达成协议，由被告出资1.2万元改建排水沟。今年以来，该法庭巡回审判案件63件，调解结案率达到78.5%。当天，新田县公安局骥村派出所民警也在村部开展反诈宣传，发放宣传资料500余份。"),
 ("p", "“在家门口打官司，不用跑县城，省时又省钱。”旁听的村民蒋德福说。近年来，新田县人民法院在全县设立“乡村法官工作室”15个，今年以来就地化解矛盾纠纷340余起。"),
 ("pc", "房28万平方米。园区还与永州职业技术学院共建电子信息产业学院，今年定向培养技术工人520名。"),
 ("p", "舜韵电子人力资源部经理姚思琪说：“园区建了人才公寓和职工食堂，新员工住得下、留得住，今年我们从外省招回了200多名宁远籍技术工人。”"),
 ("l", "（通讯员 冉 晴）"),
 # a county hospital, a university hospital, a township health centre: opens with a quote,
 # a compound surname, the byline wrapped into the last paragraph, headline after
 ("p", "“以前看个专家要跑到衡阳、长沙，现在在家门口就能看上。”12月8日，在蓝山县人民医院专家门诊，来自楠市镇的村民廖春生做完复查后感慨地说。"),
 ("p", "今年以来，蓝山县人民医院与南华大学附属第一医院组建医联体，每月有8名专家来院坐诊，神经外科专家司空明哲已在这里完成手术30多台。医院还派出医生到12个乡镇卫生院轮流坐诊，楠市镇卫生院院长骆晓东说，卫生院今年门诊量同比增长35%。"),
 ("p", "蓝山县卫生健康局局长莫晓峰介绍，县里今年投入资金1.6亿元新建县人民医院住院综合楼，新增床位300张，还为乡镇卫生院配备彩超等设备48台。"),
 ("p", "目前，蓝山县已建成紧密型县域医共体3个，县域内就诊率达到91.2%，比去年提高4.6个百分点，全县累计开展手术4300余台。（记者 闻 达 通讯员 钱多多）"),
 ("l", "县里看大病 不用往外跑"),
]

# 怀化: 芷江侗族自治县 and 靖州苗族侗族自治县. Narrow columns (18) with a blank line after every
# line, digits padded, one line per marked paragraph spaced out (as seed pages 000 and 002).
PAGE_G = [
 # Dong culture and tourism: headline before (short form and a river without its suffix),
 # subtitle, writers' line, two-line crossheads, the river with its suffix in the body
 ("l", "芷江：侗寨“合拢宴”香飘茅溪"),
 ("l", "——芷江侗族自治县推进民族文化与旅游融合发展纪实"),
 ("l", "粟 宇 吴胜男 龙天佑"),
 ("p", "初冬的茅溪河畔，芷江侗族自治县禾梨坳乡茅溪口村的鼓楼前，一张张长桌上摆满了酸鱼、油茶和腊肉。12月7日，来自广西桂林的120多名游客在这里吃上了侗家“合拢宴”，听侗族大歌、踩歌堂。"),
 ("l", "鼓楼风雨桥"),
 ("l", "串起旅游线"),
 ("ps", "茅溪口村的鼓楼和风雨桥修建于清代，是县级文物保护单位。近年来，芷江县文化旅游广电体育局投入资金2800万元，修缮鼓楼3座、风雨桥5座，建成侗族文化展示馆1个。村党支部书记杨茂林说，村里成立了侗歌队和芦笙队，每逢周末都有演出，今年以来接待游客6.8万人次，旅游收入超过900万元。"),
 ("l", "侗年迎客"),
 ("l", "民俗活动唱主角"),
 ("p", "侗年是侗家人最隆重的节日。今年侗年期间，芷江将在全县8个侗族聚居乡镇举办踩歌堂、抢花炮等民俗活动。芷江侗族自治县民族宗教事务局局长吴永康介绍，全县已创建少数民族特色村寨22个，1至11月接待游客约560万人次。"),
 # a county industry park and a firm in full then by brand: 本报讯 with reporter and
 # correspondent, a figure with 以上; the column is cut mid-sentence and the tobacco article
 # comes whole between; byline and headline after the rest
 ("p", "本报讯（记者 高 歌 通讯员 储思源）12月9日，在靖州茯苓产业园的湖南九龙苓康生物科技有限公司，一袋袋茯苓粉从全自动生产线上下线，打包后将发往韩国和马来西亚。苓康生物总经理伍启明介绍，公司今年加工茯苓鲜品3.6万吨，实现销售收入5.8亿元，同比增长22.4%。"),
 ("ps", "靖州是“中国茯苓之乡”，全国60%以上的茯苓在这里集散。近年来，靖州县委、县政府把茯苓产业作为县域经济的主导产业，在茯苓产业园引进深加工企业19家，开发茯苓饮片、茯苓糕、茯苓面膜等产品120多个。"),
 ("p", "靖州苗族侗族自治县茯苓产业发展中心主任储少华说，1至11月，茯苓产业园实现产值42.3亿元，带动全县2.1万户农户种植茯苓，户均增收"),
 # tobacco: headline before (short form), a tobacco company's county branch, a town and a
 # village, two figures in one sentence
 ("l", "芷江烟农冬耕备耕忙"),
 ("p", "12月8日，芷江侗族自治县新店坪镇的烟田里，几台旋耕机来回作业，烟农们正在深翻土地、起垄施肥，为明年烤烟移栽做准备。怀化市烟草公司芷江县分公司技术员彭佳佳说，冬季深翻能有效减少病虫害，全县今年已完成冬耕烟田1.2万亩。"),
 ("ps", "新店坪镇马家湾村的种烟大户田满秀今年种了85亩烤烟，亩均收入达到5200元。“公司按合同收购，烟叶不愁卖，今年光卖烟叶就收入了40多万元。”她说。今年，芷江县共种植烤烟2.6万亩，收购烟叶6.4万担，烟农售烟收入2.9亿元。"),
 ("p", "为让烟农少跑路，怀化市烟草公司芷江县分公司在新店坪镇建成烟叶收购站2个、育苗工场1座，推广机械化起垄、无人机植保等技术，全县烤烟机耕率达到82%以上，烟农每亩可节省人工成本300元左右。"),
 ("pc", "6500元。下一步，靖州将建设茯苓交易大数据中心，让“靖州茯苓”卖出好价钱。"),
 ("l", "（靖州县融媒体中心 余 晖）"),
 ("l", "一颗茯苓“链”起大产业"),
 # a township school and Miao song: opens with a date, a photo credit between paragraphs,
 # a festival, a mountain and its park, byline on its own line, headline after
 ("p", "12月10日下午，靖州苗族侗族自治县三锹乡中心小学的音乐教室里，40多名苗族孩子正跟着老师学唱苗族歌鼟。歌鼟是国家级非物质文化遗产，有“声音活化石”之称。"),
 ("l", "三锹乡中心小学学生学唱苗族歌鼟。 吴 玥 摄"),
 ("ps", "学校现有学生412名，其中苗族学生占比近九成。去年以来，学校聘请歌鼟传承人潘仙娥等5人担任辅导员，每周开设歌鼟课2节，编写校本教材3册。"),
 ("p", "在靖州县教育局的支持下，学校今年投入资金38万元改造音乐教室和民族文化展室。校长蒲雄飞说，学校歌鼟队今年在怀化市中小学艺术展演中获得一等奖。今年苗族“四月八”姑娘节期间，孩子们还走进排牙山国家森林公园，在排牙山下为游客演出，台下观众超过2000人。"),
 ("p", "今年6月，学校还与湖南艺术职业学院结对，大学生志愿者每月来校一次，帮助孩子们把歌鼟改编成合唱曲目。"),
 ("l", "（通讯员 滕 越 向思琪）"),
 ("l", "苗寨娃唱响“声音活化石”"),
 # police: headline before (short form), 本报讯 with a correspondent, a police station, the
 # county bureau in full and short, provinces
 ("l", "芷江警方跨省追赃 为群众挽回损失"),
 ("p", "本报讯（通讯员 唐 诗）12月6日，芷江侗族自治县公安局芷江镇派出所民警将追回的13.5万元被骗资金退还给受害人张某。今年10月，张某在网上刷单时被骗，民警立即止付冻结，并辗转广东、福建等地追查，抓获犯罪嫌疑人5名。"),
 ("p", "今年以来，芷江县公安局开展“断卡”行动，破获电信网络诈骗案件87起，抓获犯罪嫌疑人146名，为群众挽回损失620余万元。芷江镇派出所所长黄承志说，民警还走进侗寨苗乡，用侗语开展反诈宣传260余场，覆盖群众3万余人。"),
 ("p", "“没想到钱还能追回来，谢谢民警！”张某拿着退回的钱连声道谢。今年，芷江县电信网络诈骗案件发案数同比下降31.6%。芷江县公安局负责人介绍，下一步将在全县组建反诈宣传队48支，帮助群众守好“钱袋子”。"),
]

if __name__ == "__main__":
    here = Path(__file__).parent
    (here / "page_f.txt").write_text(build(PAGE_F, None, blank_lines=True, padded=False), encoding="utf-8")
    (here / "page_g.txt").write_text(build(PAGE_G, 18, blank_lines=True, padded=True), encoding="utf-8")
