# Builds page_v.txt and page_w.txt (written blind, see README.md) with the page builder of
# tests/data/blind4/make_pages.py. Imports nothing from annotator. Run: python make_pages.py
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "blind4"))
from make_pages import build  # noqa: E402

# 长沙 districts: 开福, 岳麓, 雨花, 望城, 天心. Narrow columns (18) with a blank line after
# every line, digits padded.
PAGE_V = [
 # community services: headline before, subtitle, writers' names (a compound surname),
 # one-line crossheads; a 街道办事处 and a 社区居委会
 ("l", "开福：社区服务送到家门口"),
 ("l", "——开福区推进完整社区建设纪实"),
 ("l", "贺 阳 司马晓岚 邹 凯"),
 ("p", "12月9日一早，开福区洪山桥街道枫林湾社区的“邻里食堂”里已经坐满了老人。78岁的独居老人周桂兰端着一碗热腾腾的米粉说：“一份早餐只要5元，比自己在家做还方便。”"),
 ("l", "小食堂解决大民生"),
 ("ps", "枫林湾社区现有居民4300余户，其中老年人占比超过三成。去年以来，洪山桥街道办事处联合湖南湘江颐康养老服务有限公司，在辖区建成社区食堂5家，每天为老人提供助餐服务1200余人次。"),
 ("p", "“食堂的菜单是居民议事会一起定的。”枫林湾社区居委会主任柳青说。在柳青的办公桌上，摆着一本厚厚的“居民需求台账”，上面记满了加装电梯、修补路面等大大小小的诉求。"),
 ("l", "老小区换上新面貌"),
 ("p", "今年，开福区投入资金3.2亿元，改造老旧小区46个，加装电梯138台，惠及居民1.9万户。开福区住房和城乡建设局局长汤志远介绍，全区已建成“一刻钟便民生活圈”21个，居民步行15分钟就能买菜、看病、办事。"),
 # a university story opening with a quote, a Uyghur name, a foreign expert and a foreign
 # university; its column is cut mid-word (…青年学 / 者12人) and 雨花's whole article
 # (headline before, 本报讯) comes between; byline on its own line, headline after
 ("p", "“这块电池充一次电能跑600公里，低温下的续航也提高了两成。”12月8日，在长沙理工大学材料科学与工程学院的实验室里，博士生阿依古丽·买买提一边调试测试仪，一边向记者介绍。"),
 ("p", "阿依古丽所在的团队由学院院长沈立峰教授领衔，长期从事新型储能材料研究。近三年，团队承担国家和省部级科研项目17项，获授权发明专利42件，其中9件专利以1.6亿元的价格实现转让，在岳麓山大学科技城落地转化。"),
 ("ps", "今年9月，学院与德国亚琛工业大学共建的储能材料联合实验室揭牌，德国专家托马斯·韦伯担任实验室外方主任。目前，实验室已建成中试生产线2条，吸引来自德国、韩国、新加坡等国家的青年学"),
 ("l", "雨花警方捣毁一个跨境诈骗团伙"),
 ("ps", "本报讯（记者 柏 杨 通讯员 贺子轩）12月10日，记者从长沙市公安局雨花分局获悉，该局桂溪湾派出所联合刑侦大队，成功打掉一个藏身柬埔寨的电信网络诈骗团伙，抓获犯罪嫌疑人23名，冻结涉案资金460余万元。今年以来，雨花分局共破获电信网络诈骗案件312起，电诈案件发案数同比下降26.3%。民警诸葛文杰提醒，接到自称“客服”的来电要多核实，切勿轻信转账。"),
 ("pc", "者12人。“长沙的研发效率让我印象深刻，这里的年轻人很有创造力。”托马斯·韦伯说。"),
 ("l", "（记者 宁 静 通讯员 侯佳琪）"),
 ("l", "高校实验室里“充”出新动能"),
 # rural revitalisation: a date opening, a caption between paragraphs, a 合作社 and a bank's
 # branch, byline wrapped into the last paragraph, headline after
 ("p", "12月11日，望城区青竹坪镇白鹭洲村的稻虾田里，村民们正在清沟、晒田，为明年春季投放虾苗做准备。村党总支书记黄金凤告诉记者，全村发展稻虾共生2600亩，今年每亩纯收入达到3800元。"),
 ("l", "白鹭洲村村民在稻虾田里清理沟渠。 熊 伟 摄"),
 ("ps", "去年，村里牵头成立望城区白鹭洲稻虾种养专业合作社，统一供苗、统一技术、统一销售，产品销往湖北、江西、上海等地。中国农业银行长沙望城支行为合作社发放贷款850万元，帮助社员建起小龙虾冷库3座。"),
 ("p", "“以前一亩田只种一季稻，现在一田两收。”村民罗满秀说，她家流转了40亩稻田，今年纯收入超过15万元。（记者 石 磊 通讯员 聂文慧）"),
 ("l", "一田两收 稻香虾肥"),
 # culture and heritage: headline before a one-paragraph 本报讯 article; an association, a
 # landmark and a street used as places
 ("l", "天心阁下湘剧声声"),
 ("p", "本报讯（通讯员 曹 雪）12月12日，“湘韵长沙”非遗展演周在天心区坡子街开幕，湖南省湘剧院的演员在天心阁下演出了湘剧经典折子戏。展演周由长沙市非物质文化遗产保护协会主办，共展示湘绣、棕编等非遗项目68项，预计吸引市民游客12万人次。协会会长欧阳湘云介绍，全市已有国家级非遗代表性项目11项。"),
]

# 株洲/湘潭/衡阳 districts: 石峰, 渌口, 雨湖, 珠晖, 蒸湘. Columns of 20 without blank lines,
# digits not padded.
PAGE_W = [
 # an industrial park with several firms: headline before, subtitle, writers' names (a
 # compound surname), two-line crossheads; a 集团, a 股份有限公司, a bank's branch, national
 # ministries in passing, places abroad
 ("l", "石峰：轨道交通产业“链”出新高度"),
 ("l", "——石峰区建设先进轨道交通装备产业园纪实"),
 ("l", "江 帆 端木青 卢 笛"),
 ("p", "12月7日，株洲市石峰区清霞街道的株洲恒驰电气集团总装车间里，一列列刚下线的城轨列车牵引系统正在进行出厂测试。这批产品将发往马来西亚吉隆坡和土耳其伊斯坦布尔，用于当地的地铁线路。"),
 ("l", "龙头带动："),
 ("l", "一家企业带起一条链"),
 ("ps", "株洲恒驰电气集团董事长邝国栋介绍，集团今年实现营业收入86亿元，同比增长14.2%，在园区带动配套企业63家。湖南中瑞轨道装备股份有限公司就是其中之一，公司生产的转向架零部件有七成供应给恒驰集团。"),
 ("p", "“龙头企业订单稳，我们就敢投入。”中瑞公司总经理卜晓辉说，公司今年新上两条智能化生产线，产值预计突破12亿元。"),
 ("l", "服务护航："),
 ("l", "让企业专心搞生产"),
 ("p", "今年，石峰区先进轨道交通装备产业集群被工业和信息化部评为国家先进制造业集群，园区3个项目列入国家发展改革委的重大项目储备库。中国建设银行株洲石峰支行推出“链上贷”，已为园区内株洲金轮精工科技有限公司等42家中小企业发放贷款9.6亿元。今年1至11月，园区规模工业总产值达到1350亿元。"),
 # a traffic story opening with 近日; its column ends right after a comma and 雨湖's whole
 # article (a quote opening, a caption, byline on its own line, headline after) comes between;
 # then it goes on, byline wrapped in, headline after
 ("p", "近日，株洲市公安局渌口分局交警大队在106国道渌口段开展夜间酒驾醉驾集中整治行动，当晚查处酒驾违法行为7起，其中醉驾2起。大队长巴特尔介绍，今年以来，大队累计查处各类交通违法行为2.3万起，"),
 ("p", "“白石老人从这里走出去，我们要把他的故事讲给更多人听。”12月6日，湘潭市雨湖区窑湾历史文化街区内，齐白石艺术作品展开幕，湘潭市白石艺术基金会理事长彭秋雁在开幕式上说。"),
 ("ps", "本次展览展出齐白石书画作品及手稿复制品120件，还有雨湖区书法家协会会员创作的作品80余幅。展览将持续至明年2月，来自日本京都和广东、福建等地的艺术爱好者专程前来观展。"),
 ("l", "观众在齐白石艺术作品展现场欣赏画作。（欧 帆 摄）"),
 ("p", "近年来，雨湖区累计投入1.2亿元修缮窑湾历史建筑37栋，今年街区接待游客超过260万人次。"),
 ("l", "（雨湖区融媒体中心 严 寒 喻佳怡）"),
 ("l", "白石故里办画展"),
 ("pc", "交通事故起数同比下降12.8%。大队还走进渌口区南洲镇的14个村，为村民发放安全头盔3000顶。（记者 甘 霖 通讯员 易思远）"),
 ("l", "渌口交警夜查酒驾护平安"),
 # rural revitalisation with a research institute: a date opening, caption, byline on its own
 # line, headline after
 ("p", "12月9日，衡阳市珠晖区枫木塘镇仙鹤村的油茶基地里，湖南南岳油茶研究院的技术人员正在给新栽的油茶苗测土配肥。研究院副院长滕光明说，通过改良品种，基地油茶亩产茶油从15公斤提高到40公斤。"),
 ("l", "技术人员在仙鹤村油茶基地指导村民管护。 蒋 晨 摄"),
 ("ps", "仙鹤村党支部书记何冬生介绍，村里与研究院合作建成高产油茶示范基地1800亩，带动126户农户种植油茶，村集体经济收入今年达到52万元，比去年增加了一倍多。"),
 ("l", "（记者 童 欣 通讯员 尹 亮）"),
 ("l", "老油茶林变身“摇钱树”"),
 # community services: headline before a one-paragraph 本报讯 article; a 街道办事处,
 # a 社区居委会 and a charity foundation
 ("l", "蒸湘区“爱心驿站”温暖户外劳动者"),
 ("p", "本报讯（通讯员 冯 玥）12月11日，蒸湘区桃花冲街道办事处联合衡阳市阳光慈善基金会，在辖区建成的第8个“爱心驿站”投入使用。驿站设在望岳社区居委会一楼，为环卫工人、快递员等户外劳动者提供热水、休息和手机充电等服务。今年，蒸湘区已建成爱心驿站32个，累计服务4.5万人次。"),
]

if __name__ == "__main__":
    here = Path(__file__).parent
    (here / "page_v.txt").write_text(build(PAGE_V, 18, blank_lines=True, padded=True), encoding="utf-8")
    (here / "page_w.txt").write_text(build(PAGE_W, 20, blank_lines=False, padded=False), encoding="utf-8")
