"""Builds page_s3.txt: hard-wrapped 15-character columns without blank lines, every
headline after its body (as on shared page 000), photo credits in brackets, a quoted
paragraph standing alone, and one article cut at a column break and continued after the
next article's body."""
W = 15
items = [
 ("p", "12月6日，记者走进新邵县酿溪镇的湖南佳润食品有限公司生产车间，一条条自动化生产线高速运转，工人们正忙着将刚出炉的辣条分拣装箱。"),
 ("p", "“今年我们新上了两条生产线，产值预计突破3亿元，比去年增长三成。”公司负责人邹建华说。"),
 ("p", "近年来，新邵县坚持把食品加工作为县域主导产业，建成食品产业园1个，引进规模以上食品企业28家，2022年前三季度实现产值46.8亿元。"),
 ("l", "（新邵县食品产业园一角。 王 磊 摄）"),
 ("cut", "该县组建产业链专班，为企业提供用地、融资、用工等全流程服务，累计帮助企业解决问题130余个，并设立2000万元产业发展基金，"),
 ("l", "新邵县食品产业链越拉越长"),
 ("l", "——新邵县做强县域主导产业纪实"),
 ("p", "“以前孩子上学要走一个多小时山路，现在学校就在家门口。”家住城步苗族自治县儒林镇的杨秀英说起新建的学校，脸上满是笑容。"),
 ("p", "今年以来，城步苗族自治县投入资金2.6亿元，新建和改扩建中小学校12所，新增学位4800个，全县义务教育阶段大班额全部消除。"),
 ("p", "该县还实施教师“安居工程”，建成教师周转房320套，让乡村教师留得住、教得好。"),
 ("l", "（戴 敏 杨 帆）"),
 ("l", "城步新增学位4800个"),
 ("rest", "重点支持企业技术改造和品牌建设。目前，全县已有5家食品企业获评省级专精特新企业，“新邵辣条”区域公用品牌知名度不断提升。"),
 ("l", "（申 雪 刘晓峰）"),
 ("p", "近日，在隆回县桃洪镇的一处建筑工地上，隆回县人社局劳动监察大队的工作人员正在逐一核对农民工工资发放台账。"),
 ("p", "今年以来，隆回县开展根治欠薪专项行动，检查用人单位436家，为1260名农民工追回工资2300余万元，实现欠薪案件动态清零。"),
 ("l", "“拿到工资，过年心里就踏实了！”"),
 ("p", "农民工刘德才拿到被拖欠的4万多元工资后激动地说。"),
 ("l", "隆回县为农民工追回工资2300余万元"),
]
out = []
for kind, text in items:
    if kind == "l":
        out.append(text)
        continue
    first = kind != "rest"
    while text:
        n = W - 2 if first else W
        while n < len(text) and text[n] in "，。、；：！？”）":
            n += 1  # typesetters hang closing punctuation rather than start a line with it
        out.append(text[:n]); text = text[n:]; first = False
print("\n".join(out))
