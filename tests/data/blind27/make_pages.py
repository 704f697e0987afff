# Builds page_ra.txt and page_rb.txt (written blind, see README.md) with the page builder of
# tests/data/blind4/make_pages.py. Imports nothing from annotator. Run: python make_pages.py
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "blind4"))
from make_pages import build  # noqa: E402

# 株洲 天元区、石峰区; 长沙 长沙县、雨花区; 湘潭 岳塘区. Narrow columns (18), a blank line after
# every line, digits padded, one line per marked paragraph spaced out.
PAGE_RA = [
 # a university team and its national award: headline before, subtitle, writers (a word
 # name, a compound surname), two-line crossheads, a firm in full then by brand
 ("l", "天元：一支团队十年磨一剑"),
 ("l", "——株洲理工大学先进轨道材料团队获国家科学技术进步奖纪实"),
 ("l", "麦 穗 尉迟文博 闵 桦"),
 ("p", "12月2日，在株洲市天元区的株洲理工大学先进轨道材料研究院，教授东方明远带领的科研团队正在调试一台新型制动材料试验机。今年11月，团队的“高速列车碳陶制动关键技术及应用”项目获国家科学技术进步奖二等奖。"),
 ("l", "十年攻关"),
 ("l", "啃下“硬骨头”"),
 ("ps", "团队组建于2014年，现有成员46人，其中博士31人。十年来，团队先后承担国家级科研项目17项，累计投入研发经费约1.2亿元，申请发明专利210余件，制动盘使用寿命从30万公里提高到120万公里。"),
 ("p", "“最难的时候，一个配方要试上百次。”团队骨干、副教授仉蔚说，团队成员平均年龄只有36岁，不少人连续三个春节都在实验室度过。"),
 ("l", "产学研融合"),
 ("l", "成果走出实验室"),
 ("p", "项目成果已在株洲天元轨道装备有限公司实现产业化。天元轨道今年1至11月生产碳陶制动盘3.6万套，实现产值4.8亿元，同比增长36.2%。天元区科学技术局局长韩立新介绍，全区今年新增高新技术企业58家，技术合同成交额超过30亿元。"),
 # a court's circuit hearing on a land dispute: 本报讯 with word-name reporter and
 # correspondent; the column is cut mid-word (青苗 / 费) with a whole article between
 ("p", "本报讯（记者 冰 清 通讯员 墨 香）12月5日上午，长沙县人民法院江背人民法庭的法官把“法庭”搬到了江背镇檫树坳村的禾场上，巡回审理一起土地承包经营权纠纷案。原告邓某与被告卢某因3.2亩承包地的边界发生争执，双方僵持近两年。村“两委”多次上门调解，始终没能解开这个疙瘩。"),
 ("ps", "庭审中，主审法官濮阳静怡结合航拍图和当年的承包合同逐一核对地块，邀请村民代表、村民小组长等30余人旁听。经过近3个小时的调解，双方当场达成协议，卢某退还多占的0.4亩土地，并补偿邓某青苗"),
 # a rail/road interchange: headline before, 本报讯 with a correspondent, a compound
 # surname that looks like an ordinal (第五), a firm in full then by brand
 ("l", "枫溪互通主线桥合龙"),
 ("p", "本报讯（通讯员 朝 霞）12月6日，随着最后一方混凝土浇筑完成，石峰区铜塘湾街道境内的株洲北货场至京港澳高速连接线枫溪互通主线桥顺利合龙。项目总投资12.6亿元，全长5.8公里，设匝道8条，是株洲市今年的重点交通工程。主线桥跨越既有铁路线，施工只能利用夜间“天窗”时段进行，对安全和精度的要求都很高。"),
 ("p", "承建单位中铁湘桥建设集团有限公司项目经理第五云鹏介绍，湘桥建设投入施工人员600余人、大型设备85台，项目已完成投资9.3亿元，占总投资的73.8%。互通建成后，货车从铁路货场驶上高速的时间将从40分钟缩短到8分钟，日均通行车辆约2.5万辆次。石峰区交通运输局表示，项目预计明年6月建成通车。"),
 ("pc", "费2600元。“以前为这条田埂，两家人见面都不说话。”邓某说。今年以来，江背人民法庭已开展巡回审判46场，化解涉农纠纷120余件，调解成功率达到85%以上。"),
 ("l", "法庭搬到禾场上 一纸协议解“地结”"),
 # intelligent manufacturing: a date opening, a caption with a photo credit between
 # paragraphs, a Uyghur name, a district bureau and party body in full and abbreviated,
 # byline on its own line, headline after
 ("p", "初冬时节，长沙市雨花区黎托街道的长沙星湾智能装备有限公司车间里，20台机械臂正在焊接新能源汽车底盘。星湾智能总经理帕丽旦·库尔班说，公司今年交付智能焊装生产线46条，营业收入达到7.2亿元，同比增长28.5%，产品出口到泰国、墨西哥等8个国家。过去一条焊装线要靠几十名熟练焊工轮班作业，如今只需要少量技术人员在控制室里盯着屏幕，产品的一致性也明显提高。"),
 ("l", "长沙星湾智能装备有限公司的工人在调试机械臂。 禾 苗 摄"),
 ("p", "中共长沙市雨花区委把智能制造作为“一号工程”，雨花区委今年先后召开专题会议5次。雨花区工业和信息化局局长孔德昭介绍，雨花区工信局为企业兑现奖补资金1.6亿元，1至11月全区规模工业增加值增长8.7%。"),
 ("l", "（记者 松 涛）"),
 ("l", "雨花“智造”跑出加速度"),
 # a community canteen: headline before, a date opening, rare surname, byline wrapped
 # into the last paragraph
 ("l", "岳塘社区食堂“暖胃更暖心”"),
 ("p", "12月9日中午11点，湘潭市岳塘区宝塔街道榉树湾社区的长者食堂里已坐满了老人。一荤两素一汤，80岁以上老人每份只要8元。社区党委书记覃嘉禾介绍，食堂日均就餐260余人次，今年已累计供餐7.8万份。行动不便的老人打个电话，志愿者就会把饭菜送上门。"),
 ("ps", "岳塘区民政局今年投入资金380万元，在全区建成长者食堂23个，为1.2万名老人提供助餐服务。湘潭市慈善总会还为困难老人每人每餐补贴3元。食堂每周公布菜单，还请老人们当“监督员”，定期评议饭菜质量和服务。"),
 ("p", "“饭菜软和、口味清淡，比自己做还省事。”83岁的居民邹桂英说，她和老伴几乎天天来这里吃饭。（岳塘区融媒体中心 竹 韵）"),
]

# 娄底 涟源市、娄星区; 长沙 芙蓉区; 株洲 石峰区、天元区. One paragraph per line (as seed page 004),
# digits not padded.
PAGE_RB = [
 # ancient-village tourism with a Korean group: headline before, subtitle, writers; the
 # column is cut mid-word (资 / 金) with a whole article between
 ("l", "涟源古村迎来韩国客"),
 ("l", "——涟源市渡头塘镇推进古村落保护与乡村旅游融合发展"),
 ("l", "秋 禾 司空琳"),
 ("p", "12月3日，涟源市渡头塘镇蓼溪村的清代古民居群里，一支由28名韩国游客组成的旅行团正在参观雕花门窗和青石天井。领队崔载勋来自韩国首尔，他说：“这些老房子保存得这么完整，让人很震撼。”在村里的老祠堂前，游客们还跟着村民学做米豆腐、体验土法榨油，不时发出阵阵笑声。"),
 ("p", "蓼溪村现有清代民居43栋，其中保存完好的12栋已对外开放。湖南湘禾国际旅行社有限公司今年开通首尔至长沙、再到涟源的古村游线路，湘禾国旅已组织韩国、日本游客团队19批、2100余人次。涟源市文化旅游广电体育局局长葛明亮介绍，涟源市文旅局每年投入保护资"),
 # a village e-commerce live stream: headline before, 本报讯 with reporter and correspondent
 ("l", "直播间里卖火娄底腊味"),
 ("p", "本报讯（记者 青 松 通讯员 文 竹）12月8日晚，娄星区双江乡荷叶坪村的直播间里，村里的“90后”主播禹小满一边翻动腊肉，一边向网友介绍烟熏工艺。3个小时的直播，卖出腊肉、腊鱼1.2万斤，销售额68万元，直播间观看人数超过15万人次。娄星区双江乡荷叶坪腊味专业合作社理事长甘淑芬说，合作社今年以来线上销售额达到1260万元，同比增长42%，带动村民就业130多人。娄星区商务局今年已培训农村主播320名。"),
 ("pc", "金500万元，修缮古民居、整治村道。今年1至11月，蓼溪村接待游客12.6万人次，实现旅游收入3800万元，村民开办农家乐和民宿31家。"),
 ("l", "（涟源市融媒体中心 麦 田）"),
 # a charity foundation's donation: opens with a quote, caption between paragraphs,
 # a compound surname, a foundation in full then abbreviated, byline own line, headline after
 ("p", "“希望孩子们在更明亮的教室里读书。”12月10日，在长沙市芙蓉区东屯渡街道，湖南槿舟公益基金会向芙蓉区教育局捐赠善款500万元，用于全区17所学校的教室照明改造和图书添置。捐赠仪式上，基金会志愿者还为孩子们送上了文具和课外读物，并与学校签订了长期结对帮扶协议。"),
 ("l", "捐赠仪式现场。(牛 犇 摄)"),
 ("p", "槿舟基金会理事长呼延秀兰介绍，基金会成立8年来累计捐赠款物1.3亿元，资助困难学生6800余名。她说，基金会将重点关注教室采光、心理健康和阅读推广，让善款用在孩子们最需要的地方。芙蓉区杏坛小学校长梅若雪说，学校的12间教室将在寒假前完成改造，近千名学生受益。"),
 ("l", "(记者 芷 兰)"),
 ("l", "500万元善款点亮17所学校"),
 # a wetland park on a river below a mountain: headline before, 本报讯 with a correspondent,
 # a date opening, two figures in one clause
 ("l", "白石港湿地候鸟翩跹"),
 ("p", "本报讯（通讯员 晨 星）12月11日，在石峰区白石港湿地公园，成群的白鹭、苍鹭在浅滩上觅食。公园位于石峰山东麓，沿白石港两岸绵延4.5公里，面积约2600亩。石峰区林业局工作人员宋家桥介绍，公园今年记录到的鸟类从86种增加到112种，其中国家二级保护鸟类9种。每到周末，不少市民带着孩子、扛着相机来到这里观鸟，志愿者还在栈道旁设置了科普展板。"),
 ("p", "今年以来，石峰区投入资金2100万元实施湿地修复，种植水生植物18万株，公园周末日均游客超过5000人次。"),
 # a township health centre: date opening, byline wrapped into last paragraph, Dong name
 ("l", "家庭医生上门 山村老人安心"),
 ("p", "12月12日，娄星区蛇形山镇卫生院的家庭医生团队来到仙洞村，为72岁的独居老人贺冬生测血压、调药方。老人患高血压多年，以前看病要转两趟车，如今医生定期上门，药也直接送到家里。卫生院院长卜银花说，卫生院组建家庭医生团队11支，签约服务村民2.4万人，其中65岁以上老人签约率达到92%。"),
 ("p", "今年，卫生院新添彩超、全自动生化分析仪等设备6台，门诊量比去年增长约18%。卫生院还与上级医院开通远程会诊，村民在家门口就能得到专家的诊疗意见。侗族医生石秀妹每月还到偏远村组巡诊两次，她说：“老人们少跑一趟路，我们就多走一段路。”（记者 晨 露）"),
]

if __name__ == "__main__":
    here = Path(__file__).parent
    (here / "page_ra.txt").write_text(build(PAGE_RA, 18, blank_lines=True, padded=True), encoding="utf-8")
    (here / "page_rb.txt").write_text(build(PAGE_RB, None, blank_lines=False, padded=False), encoding="utf-8")
