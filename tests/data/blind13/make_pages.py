# Builds page_o.txt and page_p.txt (written blind, see README.md) with the page builder of
# tests/data/blind4/make_pages.py. Imports nothing from annotator. Run: python make_pages.py
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "blind4"))
from make_pages import build  # noqa: E402

# 张家界 (慈利县, 桑植县) and 湘西州 (吉首市): tourism, trade and outside partners. One paragraph
# per line (as seed page 004), digits not padded, bylines in full-width and ASCII brackets.
PAGE_O = [
 # inbound tourism with foreign visitors: headline before, subtitle, writers' line with a
 # compound surname, two-line crossheads, a national ministry
 ("l", "慈利：温泉小镇迎来“洋游客”"),
 ("l", "——慈利县推进入境旅游提质扩容纪实"),
 ("l", "覃 岚 诸葛明轩 向 宇"),
 ("p", "12月6日，慈利县东岳观镇的溇溪温泉度假区里热气氤氲，一辆辆旅游大巴驶入停车场。来自韩国首尔的游客朴智勋和家人刚结束天门山的行程，就赶来泡温泉。“张家界的山很美，泡完温泉再去看溇水，一天的疲劳都没有了。”朴智勋用不太流利的中文说。"),
 ("l", "航线直达"),
 ("l", "客源拓展到东南亚"),
 ("p", "今年以来，张家界荷花国际机场先后开通至首尔、曼谷、吉隆坡的国际航线，慈利县文化旅游广电体育局联合旅行社推出“温泉+峡谷+古镇”入境线路6条。溇溪温泉度假区今年入选文化和旅游部入境旅游重点培育项目。1至11月，慈利县接待入境游客23.6万人次，同比增长1.8倍，旅游综合收入达到71.3亿元。"),
 ("p", "东岳观镇温塘村村民卓玉兰把自家老屋改成民宿，取名“溇水人家”，今年接待外国游客400多人次。为了和客人交流，她还报名参加了县里的旅游外语培训班。慈利县今年共开办培训班14期，培训民宿从业人员1100余人。"),
 ("l", "服务升级"),
 ("l", "让外国游客“无障碍”"),
 ("p", "在度假区游客服务中心，外币兑换、境外银行卡刷卡和多语种导览一应俱全。慈利县委宣传部副部长宗政一帆介绍，全县已有86家酒店、景区和商户可以受理境外银行卡，景区标识全部更新为中、英、韩三种文字。马来西亚旅行商陈伟强说，明年他计划组织3000名吉隆坡游客来慈利过春节。"),
 # a trade delegation and a national commission: 本报讯 with reporter and correspondent
 # (names that are words), a firm in full and then by brand, headline after
 ("p", "本报讯（记者 钟 灵 通讯员 秦 川）12月8日，乌兹别克斯坦撒马尔罕州商务代表团一行12人来到桑植县走马坪白族乡，走进湖南澧源白茶产业有限公司的加工车间和茶园，考察桑植白茶生产和出口情况。代表团团长阿利舍尔·卡里莫夫在签约仪式上说，撒马尔罕人喜欢喝茶，希望桑植白茶走进更多中亚家庭。当天，双方签订采购协议，首批订单金额达到860万元。"),
 ("p", "澧源白茶董事长谷德厚介绍，公司在走马坪白族乡和八大公山周边建有生态茶园5600亩，今年加工白茶320吨，产品出口到俄罗斯、哈萨克斯坦等8个国家，出口额1.2亿元，同比增长46.5%。"),
 ("p", "今年9月，国家民委将桑植县列为全国民族团结进步示范区建设重点联系县，安排中央财政少数民族发展资金3200万元，支持白族聚居村发展茶叶、民宿等产业。走马坪白族乡党委书记王子骞说，乡里4个白族村都建起了茶叶加工厂，茶农人均年增收超过4000元。"),
 ("l", "桑植白茶香飘中亚"),
 # an international trail race: headline before, 本报讯 with a correspondent (two names that
 # are words); its column is cut mid-word and a whole village-heritage article comes between
 ("l", "万溶江畔越野赛 十四国选手竞风流"),
 ("p", "本报讯（通讯员 麻 静 满 园）12月7日，第四届湘西吉首国际山地越野挑战赛在吉首市己略乡鸣枪开跑，来自肯尼亚、埃塞俄比亚、日本、法国等14个国家和地区的2600名选手参赛。比赛设50公里、25公里和10公里三个组别，赛道沿万溶江而上，穿过峡谷、苗寨和茶园。"),
 ("p", "赛前，吉首市在己略乡新修登山步道18公里，沿途设置补给站9个。来自日本大阪的选手松田翔平说：“赛道上能看到苗寨和云海，很有挑战性，明年我还要带朋友来。”"),
 ("p", "经过激烈角逐，埃塞俄比亚选手特斯法耶·格布雷获得50公里男子组冠军，湖南选手龙雪梅获得女子组冠军。本次比赛由湘西州体育局、吉首市人民政府主办，吉首市文化旅游广电体育局承办，吉首市人民医院派出医护人员60名、救护车8辆全程保障。赛事期间，己略乡的48家农"),
 # heritage village with a university from another province and a ministry: opens with a
 # quote, caption with photo credit between paragraphs, byline in ASCII brackets, headline after
 ("p", "“这栋木屋的穿斗结构保存得很完整，修缮时要尽量保留原来的木料。”12月5日，在吉首市双塘街道岩板溪村，同济大学建筑与城市规划学院副教授闻人立正在给村民讲解修缮方案。"),
 ("p", "今年5月，住房和城乡建设部公布第七批中国传统村落名录，岩板溪村榜上有名。随后，同济大学与吉首市人民政府签订校地合作协议，学院先后派出3批师生共46人驻村，测绘老屋112栋，编制了村落保护发展规划。"),
 ("l", "同济大学师生在岩板溪村测绘苗族老屋。 石 泉 摄"),
 ("p", "吉首市住房和城乡建设局安排资金680万元，对村里的石板路、排水沟和消防设施进行改造。村党支部书记龙秀英说，老屋修好后，村里打算发展研学和民宿，让更多在外打工的年轻人回村创业。"),
 ("p", "村民麻春生家的老屋建于清代，修缮后将改成苗绣工坊。他说：“以前觉得老房子不值钱，现在外地的大学生都来学习，我们更要把它保护好。”"),
 ("l", "(吴 桐 唐 果)"),
 ("l", "上海师生“绣”古村"),
 ("pc", "家乐和民宿全部住满，带动消费约1500万元。"),
 ("l", "（吉首市融媒体中心 蹇 满）"),
 # an exporting electronics firm, a county bureau and a tax bureau: headline before, opens
 # with a quote, two figures in one clause, byline wrapped into the last paragraph
 ("l", "慈利电子元件“出海”记"),
 ("p", "“这批电感线圈下周就要装船发往越南胡志明市。”12月9日，在慈利县工业集中区的湖南溇澧电子科技有限公司，生产部经理仝海燕一边检查产品一边说。"),
 ("p", "溇澧电子是一家生产电感、变压器等电子元件的企业，2019年落户慈利，现有员工460人，其中本地员工占九成。今年，公司出口额达到6800万美元，同比增长23.7%，产品进入越南、泰国和墨西哥等国家的家电配套市场。国家税务总局慈利县税务局为企业办理出口退税1860万元。"),
 ("p", "慈利县工业和信息化局局长庹永红介绍，今年1至11月，慈利县工业集中区新签约项目19个，合同引资42.6亿元，规模工业增加值同比增长8.9%。县里为外贸企业开通“一站式”申报服务，出口货物通关时间从3天缩短到1天。（记者 何 方 通讯员 杜 鹃）"),
]

# 益阳 (沅江市 and the city): wetland, yachts, crayfish, a bicycle race, village doctors.
# Narrow columns (18) with a blank line after every line, digits padded, one line per marked
# paragraph spaced out (as seed pages 000 and 002).
PAGE_P = [
 # wetland birds and a national administration: headline before, subtitle, writers' line
 # with a compound surname, two-line crossheads, a nature reserve, a foreign visitor
 ("l", "南洞庭湖：候鸟翩翩越冬来"),
 ("l", "——沅江市推进南洞庭湖湿地保护修复纪实"),
 ("l", "晏 清 公孙慧 蔡 岳"),
 ("p", "12月10日清晨，沅江市黄茅洲镇的南洞庭湖湿地上，成群的小天鹅、白琵鹭在浅滩觅食。沅江市林业局湿地保护站站长甘礼明举着望远镜数了数：“光这一片，今天就有小天鹅1200多只。”"),
 ("l", "退养还湿"),
 ("l", "留住候鸟“回家路”"),
 ("ps", "近年来，沅江市先后拆除湖区矮围网围46处，退出养殖水面3.2万亩，恢复湿地植被1.6万亩。国家林业和草原局安排湿地保护修复资金4500万元，支持南洞庭湖湿地和水禽省级自然保护区开展生境修复。"),
 ("p", "今年入冬以来，保护区监测到越冬水鸟11.8万只，比去年同期增加约20%，其中国家一级保护野生动物有白鹤、东方白鹳等9种。"),
 ("l", "观鸟经济"),
 ("l", "带火湖区小镇"),
 ("p", "来自英国伦敦的观鸟爱好者理查德·霍尔姆斯已是第三次来沅江。“这里能同时看到这么多种水鸟，非常难得。”他说。黄茅洲镇芦花村村民符冬生把渔船改成观鸟船，今年接待观鸟游客900多人次，收入超过5万元。"),
 # yachts for export and a foreign trade delegation: 本报讯 with reporter and correspondent,
 # a firm in full and then by brand, a provincial association, a school, headline after
 ("ps", "本报讯（记者 安 然 通讯员 柳叶青）12月9日，在沅江市船舶制造产业园的湖南洞庭星游艇制造有限公司码头，一艘长18米的游艇缓缓下水，即将运往澳大利亚悉尼。洞庭星游艇总经理端木振华介绍，公司今年承接海外订单37艘，出口额达到2.8亿元，同比增长62%。"),
 ("p", "11月下旬，新加坡海事企业商会代表团一行15人到沅江考察，与园区企业签订合作意向协议5项，意向金额1.5亿元。沅江市商务局局长汤立新说，全市现有船舶制造企业42家，今年1至11月实现产值58.6亿元，游艇产品出口到20多个国家和地区。"),
 ("p", "为解决技术工人短缺的问题，湖南省船舶工业协会与沅江市职业中专学校联合开设游艇制造订单班，今年已培养焊工、舾装工等技术工人280名。"),
 ("l", "沅江游艇“驶向”悉尼港"),
 # rice-crayfish farming with a university from another province and a ministry: date
 # opening; its column is cut mid-sentence and the bicycle race comes whole between
 ("p", "12月11日，沅江市共华镇乐园村的稻虾共作基地里，华中农业大学水产学院的科研人员正在田边采集水样、检测虾苗。“冬季要保持水位，给小龙虾苗留足越冬的口粮。”学院教授尉迟亮一边操作一边给种养户讲解。"),
 ("ps", "去年，农业农村部把沅江市列为稻渔综合种养示范县，安排项目资金2000万元。华中农业大学与沅江市人民政府共建稻渔综合种养科技小院，派驻专家团队8人，推广“一稻两虾”模式。目前，全市稻虾种养面积达到21.5万亩，小龙虾年产量4.3万吨，"),
 # a bicycle race with foreign teams: headline before, 本报讯 with two correspondents
 ("l", "环洞庭湖自行车赛沅江赛段开赛"),
 ("p", "本报讯（通讯员 游 子 苗 青）12月12日，第十届环洞庭湖国际公路自行车赛沅江赛段在泗湖山镇发车，来自意大利、哈萨克斯坦、荷兰等12个国家的20支车队共120名车手参赛。赛段全长136.8公里，途经阳罗洲镇和四季红镇，沿途设置补给站6个。哈萨克斯坦卡拉干达车队车手努尔兰·别克索夫获得赛段冠军。益阳市体育局、沅江市人民政府组织志愿者350名参与赛事服务。"),
 ("p", "本届赛事由国家体育总局自行车击剑运动管理中心、湖南省体育局指导，益阳市人民政府主办。沅江赛段首次设置群众骑行体验赛，吸引本地骑行爱好者860人参加。"),
 ("p", "赛段沿线的泗湖山镇、阳罗洲镇组织村民摆起农产品展销摊位36个，当天销售湘莲、芦笋等农产品约42万元。"),
 ("pc", "综合产值超过30亿元。种养户郜小满家承包了180亩稻虾田，今年卖虾收入26万元，稻谷亩产也有500多公斤。“跟着专家干，心里有底。”郜小满笑着说。"),
 ("p", "今年，沅江市农业农村局还与华中农业大学联合举办稻虾种养技术培训班8期，培训种养户960人次。"),
 ("l", "共华镇种养户在稻虾田里查看小龙虾苗。 莫 凡 摄"),
 ("l", "（记者 夏 天 通讯员 谭 望）"),
 ("l", "稻田里养出“致富虾”"),
 # family doctors with students of minority names: headline before, an age, a hospital
 # alliance, byline wrapped into the last paragraph
 ("l", "家庭医生“签”出健康获得感"),
 ("p", "12月8日一早，沅江市胭包山镇卫生院的家庭医生团队就背着药箱出了门。在石矶湾村，82岁的独居老人聂春秀刚量完血压，医生冼嘉怡就把新开的药分好，装进贴着服药时间的药盒。"),
 ("ps", "沅江市卫生健康局介绍，全市组建家庭医生团队186个，今年签约服务重点人群12.6万人，签约率达到82.4%。沅江市人民医院与全市13个乡镇卫生院组建医共体，今年下派医生56名，帮助卫生院开展新技术、新项目21项。今年，胭包山镇卫生院新建远程影像诊断室，村民在卫生院拍片，沅江市人民医院的专家20分钟内就能出报告。"),
 ("p", "胭包山镇卫生院还联合益阳医学高等专科学校组建志愿服务队，迪丽努尔·艾山、扎西卓玛、韩梅等20名学生志愿者每周到村里开展健康讲座、测血糖，累计服务群众3600余人次。（沅江市融媒体中心 章 程 通讯员 伍 月）"),
]

if __name__ == "__main__":
    here = Path(__file__).parent
    (here / "page_o.txt").write_text(build(PAGE_O, None, blank_lines=False, padded=False), encoding="utf-8")
    (here / "page_p.txt").write_text(build(PAGE_P, 18, blank_lines=True, padded=True), encoding="utf-8")
