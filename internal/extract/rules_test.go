package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/workreport/workreport/report"
)

// review and plan put a paragraph in a report's review or in its work plan.
func review(p string) string { return "一、2025年工作回顾\n" + p + "\n" }
func plan(p string) string {
	return "一、2025年工作回顾\n地区生产总值完成100亿元。\n二、2026年重点工作\n" + p + "\n"
}

// brief is one fact of a draft in a line: where it is, name, value and
// unit, change, qualifier; the review's first fact of plan() is left out.
func brief(r *report.Report) []string {
	var out []string
	change := func(c *report.Change) string {
		if c == nil {
			return ""
		}
		s := " " + string(c.Kind) + " " + c.Value.String()
		if c.Label != "" {
			s += " " + c.Label
		}
		return s
	}
	dec := func(d *report.Decimal) string {
		if d == nil {
			return "-"
		}
		return d.String()
	}
	for _, s := range r.Results {
		for _, in := range s.Indicators {
			if in.Quote == "地区生产总值完成100亿元" {
				continue
			}
			line := fmt.Sprintf("result %s %s%s%s q=%s", in.Name, dec(in.Value), in.Unit, change(in.Change), in.Qualifier)
			if in.Period != "" {
				line += " p=" + string(in.Period) + " " + string(in.Measure)
			}
			out = append(out, line)
		}
	}
	for _, t := range r.Targets {
		upper := ""
		if t.Upper != nil {
			upper = "–" + t.Upper.String()
		}
		line := fmt.Sprintf("target %s %s %s%s%s q=%s", t.Name, t.Kind, dec(t.Value), upper, t.Unit, t.Qualifier)
		if t.Period != "" {
			line += " p=" + string(t.Period) + " " + string(t.Measure)
		}
		if t.Reach != nil {
			line += " reach=" + t.Reach.Value.String() + t.Reach.Unit
		}
		out = append(out, line)
	}
	for _, t := range r.Tasks {
		for _, it := range t.Items {
			for _, f := range it.Figures {
				upper := ""
				if f.Upper != nil {
					upper = "–" + f.Upper.String()
				}
				out = append(out, fmt.Sprintf("figure %s %s%s%s%s q=%s", f.Name, f.Value.String(), upper, f.Unit, change(f.Change), f.Qualifier))
			}
		}
	}
	return out
}

// TestRules: each pattern that recurs across reports, in a sentence of
// its own, and the records it gives.
func TestRules(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"quoted things listed side by side without 、 are each a thing of a list with 分别; items that each name their own ratio (A占B比重、C占D比重) keep it", review("“八类”“两抢”“两盗”警情分别下降20%、16.7%和11.7%。现代服务业增加值占服务业比重、先进制造业增加值占规模以上工业比重分别达61.5%和52.3%。"),
			[]string{"result “八类”警情 - yoy -20 q=", "result “两抢”警情 - yoy -16.7 q=", "result “两盗”警情 - yoy -11.7 q=", "result 现代服务业增加值占服务业比重 61.5% q=", "result 先进制造业增加值占规模以上工业比重 52.3% q="}},
		{"a mark passed in words (迈入千亿元俱乐部, 突破百亿大关) names the level after it; a mark passed in another unit restates the level, whose growth it is; 辖区税收 is a measure of its own", review("辖区税收迈入千亿元俱乐部，达1017亿元，增长41.6%。旅游业总收入首次突破百亿大关，达101.64亿元，增长10.6%。全省生产总值62164亿元、突破1万亿美元，比上年增长8.5%。"),
			[]string{"result 辖区税收 1017亿元 yoy 41.6 q=", "result 旅游业总收入 101.64亿元 yoy 10.6 q=", "result 生产总值 62164亿元 yoy 8.5 q=", "result 生产总值 1万亿美元 q=突破"}},
		{"cases (宗) and incidents (起) are counted things: the noun after the count names them; a stage after the numbers with no noun before it is no relative clause", review("高标准、高质量办结中央环保督察组交办的17宗案件。梅大一期等7个高速公路项目200公里建成通车。"),
			[]string{"result 办结中央环保督察组交办的案件 17宗 q=", "result 高速公路项目 7个 q=", "result 建成通车 200公里 q="}},
		{"totals given with 分别 after a list of things added are each listed thing's; thresholds each with 超 share the words before the first", review("新增亿元以上企业108家、“四上”企业966家，总数分别达到1563家和5333家。年主营业务收入超百亿元、超千亿元的大型骨干企业分别新增32家和2家。"),
			[]string{"result 新增亿元以上企业 108家 q=", "result 新增“四上”企业 966家 q=", "result 亿元以上企业总数 1563家 q=", "result “四上”企业总数 5333家 q=", "result 新增年主营业务收入超百亿元的大型骨干企业 32家 q=", "result 新增年主营业务收入超千亿元的大型骨干企业 2家 q="}},
		{"work completed on counted things (完成综合治理, 完成规划验收) and 签约落地 name them as what they did does; 完成 with an amount is no such work", review("汇金天琅大厦等6个项目完成规划验收。长江精工等273个项目签约落地。6家省属企业完成集团层面重组整合。"),
			[]string{"result 完成规划验收的项目 6个 q=", "result 签约落地的项目 273个 q=", "result 完成集团层面重组整合的省属企业 6家 q="}},
		{"比增 is 比上年增长 shortened; a growth counted 可比 or (同口径) is the level's change; a streak said between a level and its growth leaves the growth the level's", review("全区地区生产总值完成237.71亿元、比增6.2%。一般公共预算收入235.6亿元，可比增长11.9%。地方公共财政预算收入2.5亿元,下降(同口径)19.59%。固定资产投资184亿元，创27年新高，增长46.1%。"),
			[]string{"result 地区生产总值 237.71亿元 yoy 6.2 q=", "result 一般公共预算收入 235.6亿元 yoy 11.9 可比增长 q=", "result 地方公共财政预算收入 2.5亿元 yoy -19.59 q=", "result 固定资产投资 184亿元 yoy 46.1 q=", "result 创新高 27年 q="}},
		{"a time limit inside a rate's name (28天内签约率) is no fact; boxes and medals (盒, 枚) are counted", review("28天内签约率达到73％。回收过期药品12万盒。获亚洲级以上大赛金牌33枚。"),
			[]string{"result 28天内签约率 73% q=", "result 回收过期药品 12万盒 q=", "result 获亚洲级以上大赛金牌 33枚 q="}},
		{"connectives (特别是, 但) open no name; a note's marker goes however the name was made; 预期增长 and a year's mean (年均值)", review("特别是农村居民人均可支配收入增长8%。但赤字率稳定在2.1%。申报创建12个“三名工程[3]”团队。今年广义货币M2预期增长13%左右。PM2.5年均值降至15微克/立方米。"),
			[]string{"result 农村居民人均可支配收入 - yoy 8 q=", "result 赤字率 2.1% q=稳定在", "result 申报创建“三名工程”团队 12个 q=", "result 广义货币M2 - yoy 13 q=左右", "result PM2.5年均值 15微克/立方米 q=降至"}},
		{"the whole after things brought into the count (新入库, 新投放) is of the things; examples listed in full before a count are not what is counted", review("新入库“四上”企业1206家，总数达4420家。新投放社区微巴线路20条，累计达41条。启动黄贝碧波、东门老街和桂园北3个微片区交通和景观综合提升项目。"),
			[]string{"result 新入库“四上”企业 1206家 q=", "result “四上”企业总数 4420家 q=", "result 新投放社区微巴线路 20条 q=", "result 社区微巴线路 41条 q=累计", "result 微片区交通和景观综合提升项目 3个 q="}},
		{"a clause developing a part of the region (加快前海开发建设) makes the sentence's facts its; a kind listed after another ending alike takes the words before it", review("加快前海开发建设，全年完成固定资产投资160亿元，合同利用外资70亿美元。南沙开发建设加力提速，累计落户港澳企业近3000家。新增全国乡村治理示范镇5个、示范村49个。重点建设40个绿美点和6条绿美带。"),
			[]string{"result 前海固定资产投资 160亿元 q=", "result 前海合同利用外资 70亿美元 q=", "result 南沙落户港澳企业 3000家 q=累计、近", "result 新增全国乡村治理示范镇 5个 q=", "result 新增全国乡村治理示范村 49个 q=", "result 重点建设绿美点 40个 q=", "result 重点建设绿美带 6条 q="}},
		{"a growth said before the level it reached (增长12.6%达92.9亿元; 上升3个百分点，达到51.2%) is one fact, a sector's amount its 增加值; levels listed with 分别 after the same things' rates are theirs", review("全县地区生产总值增长12.6%达92.9亿元；第一产业增长9.1%达21.2亿元。消费对经济增长的贡献率上升3个百分点，达到51.2%。城乡常住居民人均可支配收入分别增长12%和13%,分别达43366元和13835元。"),
			[]string{"result 地区生产总值 92.9亿元 yoy 12.6 q=", "result 第一产业增加值 21.2亿元 yoy 9.1 q=", "result 消费对经济增长的贡献率 51.2% pp 3 q=", "result 城镇常住居民人均可支配收入 43366元 yoy 12 q=", "result 农村常住居民人均可支配收入 13835元 yoy 13 q="}},
		{"a target's growth said as a range with its unit once after the upper end (增长6—6.5%) is one target", plan("今年经济社会发展主要预期目标是：地区生产总值增长6—6.5%，突破10万亿元大关；地方一般公共预算收入增长4.5-5%。全年农业增加值增长3—4%。"),
			[]string{"target 地区生产总值 growth 6–6.5% q= reach=10万亿元", "target 地方一般公共预算收入 growth 4.5–5% q=", "target 农业增加值 growth 3–4% q="}},
		{"取消 is a verb a list shares; 又 before a change is no part of the name; words two rules each gave a name are said once", review("国务院各部门全年取消和下放246项行政审批事项，取消评比达标表彰项目29项、职业资格许可和认定事项149项。企业退休人员基本养老金水平又提高10%。新登记注册市场主体达到1293万户，其中新登记注册企业增长45.9%。"),
			[]string{"result 国务院各部门全年取消和下放行政审批事项 246项 q=", "result 取消评比达标表彰项目 29项 q=", "result 取消职业资格许可和认定事项 149项 q=", "result 企业退休人员基本养老金水平 - yoy 10 q=", "result 新登记注册市场主体 1293万户 q=", "result 新登记注册企业 - yoy 45.9 q="}},
		{"metres of a work and kilograms are units, not a distance or size naming a kind (500米公交站点覆盖率); money a clause says what it did is that work's, whatever the sentence spoke of before; the money of a thing named after 的 is the thing's, not of what it did (通车)", review("投资1100万元新建污水管线2847米，投资920万元完成道路高低压线路改造。跨省缴毒25公斤。公交站点500米服务半径覆盖率达94.2%。投资2599万元的海—宝农村公路通车。"),
			[]string{"result 新建污水管线投资 1100万元 q=", "result 新建污水管线 2847米 q=", "result 道路高低压线路改造投资 920万元 q=", "result 跨省缴毒 25公斤 q=", "result 公交站点500米服务半径覆盖率 94.2% q=", "result 海—宝农村公路投资 2599万元 q="}},
		{"供应 and 新建成 are stages a list of building goes through; 并 opening a clause is no part of a name (并购 is); parts after 其中 listed with 分别 are measured as their whole", review("新开工保障性住房1.76万套、竣工2.13万套、供应2.14万套。新建成污水管网335公里、新开工724公里。出台系列政策措施，并减免企业税负698亿元。七大产业增加值增长16.1%，其中新一代信息技术、互联网产业分别增长19.1%和19.3%。完成并购重组12起。"),
			[]string{"result 新开工保障性住房 1.76万套 q=", "result 竣工保障性住房 2.13万套 q=", "result 供应保障性住房 2.14万套 q=", "result 新建成污水管网 335公里 q=", "result 新开工污水管网 724公里 q=", "result 减免企业税负 698亿元 q=", "result 七大产业增加值 - yoy 16.1 q=", "result 新一代信息技术产业增加值 - yoy 19.1 q=", "result 互联网产业增加值 - yoy 19.3 q=", "result 并购重组 12起 q="}},
		{"a part graded after 其中 of things of no grade is of them, with their verb (新增市级以上创新平台)", review("新增创新平台22家，其中市级以上13家。获国家级荣誉9项、省级7项。新增高新技术企业500家，其中国家级300家。"),
			[]string{"result 新增创新平台 22家 q=", "result 新增市级以上创新平台 13家 q=", "result 获国家级荣誉 9项 q=", "result 获省级荣誉 7项 q=", "result 新增高新技术企业 500家 q=", "result 新增国家级高新技术企业 300家 q="}},
		{"基本建成 alone after things started is of them; 争取 before a verb of adding is an aim, no part of the name", review("新开工保障性安居工程666万套，基本建成544万套。争取新增4A以上或重点物流企业5家。"),
			[]string{"result 新开工保障性安居工程 666万套 q=", "result 基本建成保障性安居工程 544万套 q=", "result 新增4A以上或重点物流企业 5家 q="}},
		{"projects counted at a stage and nothing else (新开工项目, 续建项目) are of the field the sentence opens on with 方面", review("公路方面，新开工晏城至表白寺等2个项目，提速庆云至章丘等23个续建项目，建成通车济南至宁津等5个项目。"),
			[]string{"result 公路新开工项目 2个 q=", "result 公路续建项目 23个 q=", "result 公路建成通车项目 5个 q="}},
		{"multiples listed after as many levels, each in a clause of its own, are theirs in order with 分别 unsaid; ranks of items each with 增速 keep it", review("一般公共预算收入32.83亿元,一般公共预算支出242.14亿元,是2015年的1.3倍和1.5倍。一般公共预算收入增速、社会消费品零售总额增速、税比居六县(市)第1位。"),
			[]string{"result 一般公共预算收入 32.83亿元 q=", "result 一般公共预算支出 242.14亿元 q=", "result 一般公共预算收入为2015年的倍数 1.3倍 q=", "result 一般公共预算支出为2015年的倍数 1.5倍 q=", "result 一般公共预算收入增速 1位 q=", "result 社会消费品零售总额增速 1位 q=", "result 税比 1位 q="}},
		{"a ratio a web page spaced (53.5 :46.5) is one; the 、 of 二、三产业 splits no sectors; a circumstance said before a growth (在大幅减税降费情况下增长1.5%) leaves the growth the level's", review("二、三产业比例为53.5 :46.5。一般公共预算收入119亿元,在大幅减税降费情况下增长1.5%。"),
			[]string{"result 第二产业比重 - share 53.5 三次产业比例 q=", "result 第三产业比重 - share 46.5 三次产业比例 q=", "result 一般公共预算收入 119亿元 yoy 1.5 q="}},
		{"年内 and 至少 before the verb, and 要 of a plan's resolve, are no part of a name", plan("力争区政府主导的优质产业空间年内超过50万平方米。移动网络流量资费年内至少降低30%。全年要为市场主体减轻非税负担3000多亿元。"),
			[]string{"target 移动网络流量资费 growth -30% q=", "figure 区政府主导的优质产业空间 50万平方米 q=力争、超过", "figure 为市场主体减轻非税负担 3000亿元 q=多"}},
		{"money per square kilometre is a unit, listed once after numbers with 分别; a number naming a forum (50人论坛) is no quantity", review("地均GDP和税收分别达51.1和21.5亿元/平方公里。成功举办第五届中国社会治理50人论坛。"),
			[]string{"result 地均GDP 51.1亿元/平方公里 q=", "result 地均税收 21.5亿元/平方公里 q="}},
		{"the measure said after 分别 is each thing's; a bare rate right after counts of proposals is theirs (both, with 均); a growth's change against last year's is the fact before's 增速", review("其中，现代服务业、专业服务业、文化产业分别实现增加值2703.3亿元、412.1亿元、368亿元。认真办理人大代表建议116件，答复满意率100%、落实满意率98.28%；办理政协提案171件，答复率和满意率均为100%。全年共办理区人大代表建议95件、政协委员提案136件，办结率均达100%。完成进出口总额1130.8亿美元，增长6.6%，较去年增速提高3个百分点。"),
			[]string{"result 现代服务业增加值 2703.3亿元 q=", "result 专业服务业增加值 412.1亿元 q=", "result 文化产业增加值 368亿元 q=", "result 办理人大代表建议 116件 q=", "result 人大代表建议答复满意率 100% q=", "result 人大代表建议落实满意率 98.28% q=", "result 办理政协提案 171件 q=", "result 政协提案答复率 100% q=", "result 政协提案满意率 100% q=", "result 办理区人大代表建议 95件 q=", "result 办理政协委员提案 136件 q=", "result 区人大代表建议和政协委员提案办结率 100% q=", "result 进出口总额 1130.8亿美元 yoy 6.6 q=", "result 进出口总额增速 - pp 3 q="}},
		{"占比 and 占有率 are nouns of share, each item's in a list, not the verb 占 of a whole; a share without its whole is the thing's 占比", review("炼铁、炼钢先进产能占比分别达到64.3%、62.3%。“晋华炉”煤气化系列产品全国市场占有率达到50%以上。对共建“一带一路”国家投资占50%以上。"),
			[]string{"result 炼铁先进产能占比 64.3% q=", "result 炼钢先进产能占比 62.3% q=", "result “晋华炉”煤气化系列产品全国市场占有率 50% q=以上", "result 对共建“一带一路”国家投资占比 50% q=以上"}},
		{"a rank after 列…第 or 进入…前, and how a thing went (逆势, 稳步), are no part of its name", review("制造业发展综合质效指数列全国第9位。人均GDP进入全国前8位。民间投资逆势增长2.7%。"),
			[]string{"result 制造业发展综合质效指数 9位 q=", "result 人均GDP 8位 q=", "result 民间投资 - yoy 2.7 q="}},
		{"a growth rate of the plan shared with 均 is each thing's target", plan("力争游客人次、旅游花费均增长10%以上。"),
			[]string{"target 游客人次 growth 10% q=力争、以上", "target 旅游花费 growth 10% q=力争、以上"}},
		{"a growth's gap to a benchmark or to the year before is a pp change, each one's in a list with 分别", review("全年GDP增长4%，快于2024年1.8个百分点，投资、消费增速分别慢于全国3.4个、1个百分点。民间投资逆势增长2.7%，高出全国平均水平9.1个百分点。"),
			[]string{"result GDP - yoy 4 q=", "result GDP增速 - pp 1.8 q=", "result 投资增速 - pp -3.4 q=", "result 消费增速 - pp -1 q=", "result 民间投资 - yoy 2.7 q=", "result 民间投资增速 - pp 9.1 q="}},
		{"a five-year plan a change is measured against is not the name; a share after a level's change is the level's thing's", review("累计使用外资比“十三五”时期增长71%。新能源和清洁能源装机同比增加1829万千瓦、达到9048万千瓦，占比55.1%。"),
			[]string{"result 使用外资 - yoy 71 q=累计", "result 新能源和清洁能源装机增加 1829万千瓦 q=", "result 新能源和清洁能源装机 9048万千瓦 q=", "result 新能源和清洁能源装机占比 55.1% q="}},
		{"beds alone after a count of facilities are theirs; a list's 全产业链 is each item's", review("全区养老机构和设施达到9341个、床位10.5万张。人参、食用菌全产业链产值分别达到1230亿元、120亿元。"),
			[]string{"result 养老机构和设施 9341个 q=", "result 养老机构和设施床位 10.5万张 q=", "result 人参全产业链产值 1230亿元 q=", "result 食用菌全产业链产值 120亿元 q="}},
		{"an industry's size alone after sentences on the industry is its", plan("石化产业持续“减油增化提质”，建设一批化工新材料项目。产值突破1300亿元。低空经济产业重点推动装备研发。拓展应用场景。产业规模突破100亿元。"),
			[]string{"figure 石化产业产值 1300亿元 q=突破", "figure 低空经济产业规模 100亿元 q=突破"}},
		{"a review paragraph that opens on the past year is the year's though it names the next plan on the way", review("刚刚过去的2025年，全省上下以奋力收官“十四五”、科学谋划“十五五”为牵引，坚定有序推进转型发展。全年GDP增长4%，快于2024年1.8个百分点。"),
			[]string{"result GDP - yoy 4 q=", "result GDP增速 - pp 1.8 q="}},
		{"a range of counts is one figure, its unit written once after the upper end; 各 gives each listed thing the number and the verb of making", plan("新建2—3家省级制造业创新中心和25—30家省级及以上企业技术中心。新建省重点实验室、省技术创新中心、省工程研究中心各20家。"),
			[]string{"figure 新建省级制造业创新中心 2–3家 q=", "figure 新建省级及以上企业技术中心 25–30家 q=", "figure 新建省重点实验室 20家 q=", "figure 新建省技术创新中心 20家 q=", "figure 新建省工程研究中心 20家 q="}},
		{"a paragraph of the five years may open on their last year, dating a fact; 2025年， opens on the year", review("五年来，我们在推动高质量发展中实现综合实力跃升。\n产业结构持续优化。\n2025年四大主导产业占GDP比重较2020年提高约14个百分点。快递业务量年均增长超21%。\n2025年，全省上下团结奋斗。全年地区生产总值增长6%。"),
			[]string{"result 四大主导产业占GDP比重 - pp 14 q=约 p=2021-2025 change", "result 快递业务量 - yoy 21 q=超 p=2021-2025 average", "result 地区生产总值 - yoy 6 q="}},
		{"in a sentence of the five years, what their last year added is that year's, its levels the span's end; 累计 or a semicolon turns back to the span", review("五年来，我们坚定不移推动高质量发展。\n2025年新增上市企业9家，服务业占GDP比重超过50%，累计引进高校26所；建成公园12个。"),
			[]string{"result 新增上市企业 9家 q=", "result 服务业占GDP比重 50% q=超过 p=2021-2025 end", "result 引进高校 26所 q=累计 p=2021-2025 total", "result 建成公园 12个 q= p=2021-2025 total"}},
		{"a change against a year before the last, in a clause naming nothing else, is the level's over the years since (the year before the last is the year's own)", review("全区博士人才达612人，较2016年增长近5倍。国家高新技术企业达1200家，比2016年增长80%。研发投入占GDP比重4.55%，较2015年提高1.76个百分点。"),
			[]string{"result 博士人才 612人 q=", "result 博士人才 5倍 q=近 p=2017-2025 change", "result 国家高新技术企业 1200家 q=", "result 国家高新技术企业 - yoy 80 q= p=2017-2025 change", "result 研发投入占GDP比重 4.55% q=", "result 研发投入占GDP比重 - pp 1.76 q= p=2016-2025 change"}},
		{"a stage of building with nothing after its number (建成30条) is of the things the clause before started; with a noun after it, of that noun", plan("开工道路15条，建成30条。建成25个国家级慢性病综合防控示范区。"),
			[]string{"figure 开工道路 15条 q=", "figure 建成道路 30条 q=", "figure 建成国家级慢性病综合防控示范区 25个 q="}},
		{"提至, 升至 and 压减至 leave a name, as 提高到 does (none is a qualifier of the model)", review("政务服务事项一门集中率提至96%，居民人均服务性消费支出占比升至48%，省级一般公共预算专项资金压减至230项以内。"),
			[]string{"result 政务服务事项一门集中率 96% q=", "result 居民人均服务性消费支出占比 48% q=", "result 省级一般公共预算专项资金 230项 q=以内"}},
		{"examples with 等 opened by a verb of building and improving (建设提升) name the noun after the count with it", plan("建设提升石榴籽公园、科学城智慧公园等10座公园。"),
			[]string{"figure 建设提升公园 10座 q="}},
		{"a bare verb before an amount is named with the thing the amount is of, written after it; not a conversion, nor a duration", review("组建30亿元的政策性融资担保基金，促成超10亿元合作订单。首期100亿元省级科技创新母基金投运。实际使用外资达到160.6亿美元、折合1148亿元人民币。"),
			[]string{"result 组建政策性融资担保基金 30亿元 q=", "result 促成合作订单 10亿元 q=超", "result 首期省级科技创新母基金 100亿元 q=", "result 实际使用外资 160.6亿美元 q=", "result 实际使用外资折合人民币 1148亿元 q="}},
		{"long words before a count that end on where the things are (区内, 片区) name them with the noun after the count; not another item's words before a 、", plan("建成光明科学城片区2个直饮水试点。全面清拆处置茜坑一级水源保护区内149栋历史遗留违法建筑。"),
			[]string{"figure 建成光明科学城片区直饮水试点 2个 q=", "figure 清拆处置茜坑一级水源保护区内历史遗留违法建筑 149栋 q="}},
		{"things counted and the work on them in one noun are named by the work, unless a facility of the head follows it (社区警务室: the noun goes on)", plan("完成21个老旧小区供热管网改造。完成37个社区警务室标准化改造。"),
			[]string{"figure 完成供热管网改造的老旧小区 21个 q=", "figure 社区警务室标准化改造 37个 q="}},
		{"an amount more than the year before, said 比去年, is the figure's before it, named 比上年增加", plan("今年拟安排地方政府专项债券3.75万亿元，比去年增加1.6万亿元。"),
			[]string{"figure 地方政府专项债券 3.75万亿元 q=拟", "figure 地方政府专项债券比上年增加 1.6万亿元 q=拟"}},
		{"a rate written with a minus sign after a word of rate is negative (增速-7.8%); a dash after a number is a range's", review("规上工业增加值增速-7.8%,一般公共预算收入32.88亿元、增速-0.25%。新建2-3家创新中心。"),
			[]string{"result 规上工业增加值 - yoy -7.8 q=", "result 一般公共预算收入 32.88亿元 yoy -0.25 q=", "result 新建创新中心 2家 q="}},
		{"a rate after an increase is the thing's growth, a fact of its own (or its level's, said before); an excess over the year's task is the level's, and so is the rate after it", review("争取上级转移支付资金较2021年增加1.86亿元,增长15%。固定资产投资完成17亿元,超额完成年度任务2.1亿元,增长20.6%。"),
			[]string{"result 争取上级转移支付资金较2021年增加 1.86亿元 q=", "result 争取上级转移支付资金 - yoy 15 q=", "result 固定资产投资 17亿元 yoy 20.6 q=", "result 固定资产投资超额完成年度任务 2.1亿元 q="}},
		{"a mark passed on the way, its level in the clause after (突破4000亿元，达4601.5亿元), is no level; the level is the thing's", review("初步核算，本地生产总值突破4000亿元，达4601.5亿元，增长9.1%。"),
			[]string{"result 本地生产总值 4601.5亿元 yoy 9.1 q="}},
		{"levels listed with 分别 and as many rates after them in the clause are each level's: its change, or over five years an average beside it", review("城镇和农村常住居民人均可支配收入分别达34757元和13360元、增长7.2%和9%。"),
			[]string{"result 城镇常住居民人均可支配收入 34757元 yoy 7.2 q=", "result 农村常住居民人均可支配收入 13360元 yoy 9 q="}},
		{"每年均 before a level held leaves the name", review("城镇登记失业率每年均控制在3.5%以内。"),
			[]string{"result 城镇登记失业率 3.5% q=控制在、以内"}},
		{"a grade said alone after a thing of another grade is that thing of its grade", review("获国家级荣誉9项、省级7项、市级2项。") + plan("创建国家级示范区2个、省级5个。"),
			[]string{"result 获国家级荣誉 9项 q=", "result 获省级荣誉 7项 q=", "result 获市级荣誉 2项 q=", "figure 创建国家级示范区 2个 q=", "figure 创建省级示范区 5个 q="}},
		{"a clause going on with 以及 goes on with the list before it, its verb too", review("引进深圳仲裁院等6家保护机构、美国布林克斯律师事务所等14家运营机构，以及3家行业协会。"),
			[]string{"result 引进保护机构 6家 q=", "result 引进运营机构 14家 q=", "result 引进行业协会 3家 q="}},
		{"a plan part headed with no number in 主要工作任务 (as 重点工作) is the plan, its first paragraph's aims the targets; items numbered 1. keep their numbers out of names", "2017年主要工作任务\n今年经济社会发展的主要预期目标是：地区生产总值增长8.5%左右。\n（一）扎实推进先行区建设\n40.打通共和工业路等断头路12条。\n",
			[]string{"target 地区生产总值 growth 8.5% q=左右", "figure 打通共和工业路等断头路 12条 q="}},
		{"a number in a project's name (工业4.0项目) is no count in 项", review("推动工业4.0项目落地，实施“117项目”。"),
			nil},
		{"a paragraph of the year's 主要目标和任务 holds the targets, levels too", "2017年主要工作任务\n今年工作的主要目标和任务是：地区生产总值增长8.5%左右，固定资产投资完成800亿元；全面完成178件民生实事。\n",
			[]string{"target 地区生产总值 growth 8.5% q=左右", "target 固定资产投资 level 800亿元 q=", "target 民生实事 level 178件 q="}},
		{"money in 万 with its 元 unwritten before the word for money (150万资金) is in 万元", plan("安排150万资金资助知识产权优势企业。每年投入2亿经费。"),
			[]string{"figure 安排资金资助知识产权优势企业 150万元 q=", "figure 经费投入 2亿元 q="}},
		{"a milestone in a bare 亿 passed before the level (突破2000亿大关，达到2150亿元) names the level; an increase 较上年提升 is the level's, and a multiple after it the level's", review("预计（下同）本区生产总值突破2000亿大关，达到2150亿元、增长8.7%左右。每平方公里GDP产出27.3亿元，较上年提升2.2亿元，是全市平均水平的2.5倍。"),
			[]string{"result 生产总值 2150亿元 yoy 8.7 q=预计", "result 每平方公里GDP产出 27.3亿元 q=预计", "result 每平方公里GDP产出比上年提升 2.2亿元 q=预计", "result 每平方公里GDP产出为全市平均水平的倍数 2.5倍 q=预计"}},
		{"新引进 and 引进培育 open a list whose things they brought in", review("新引进培育百亿级企业4家、上市企业12家、总部企业47家。新引进全职院士6名、高层次创新团队23个。"),
			[]string{"result 新引进培育百亿级企业 4家 q=", "result 新引进培育上市企业 12家 q=", "result 新引进培育总部企业 47家 q=", "result 新引进全职院士 6名 q=", "result 新引进高层次创新团队 23个 q="}},
		{"places listed with 分别 (第7和第4) after as many levels with their rates are each level's growth's", review("城乡居民人均可支配收入分别达到27071元、12813元,分别增长8.6%、9.4%,分别排名全市第7和第4。"),
			[]string{"result 城镇居民人均可支配收入 27071元 yoy 8.6 q=", "result 农村居民人均可支配收入 12813元 yoy 9.4 q=", "result 城镇居民人均可支配收入增速 7位 q=", "result 农村居民人均可支配收入增速 4位 q="}},
		{"rates with 分别 after levels each in a clause of its own are each level's, within the part after a semicolon", review("财政总收入104.5亿元;社会消费品零售总额270亿元,增长4.2%;城镇常住居民人均可支配收入65777元,农村常住居民人均可支配收入37261元,分别增长4.4%和5.4%。"),
			[]string{"result 财政总收入 104.5亿元 q=", "result 社会消费品零售总额 270亿元 yoy 4.2 q=", "result 城镇常住居民人均可支配收入 65777元 yoy 4.4 q=", "result 农村常住居民人均可支配收入 37261元 yoy 5.4 q="}},
		{"the size of a set a part is of (N条…中有M条) is no fact", review("15条主要河流中有10条水质改善。"),
			[]string{"result 主要河流中水质改善 10条 q="}},
		{"pollutants listed share the emissions named after the last, none taking another's words", review("化学需氧量、氨氮、二氧化硫、氮氧化物排放量分别下降8.6%、5.2%、10.2%和12.1%。"),
			[]string{"result 化学需氧量排放量 - yoy -8.6 q=", "result 氨氮排放量 - yoy -5.2 q=", "result 二氧化硫排放量 - yoy -10.2 q=", "result 氮氧化物排放量 - yoy -12.1 q="}},
		{"grades counted one after another are of the thing the last one names, with the list's verb after words of manner; so is a grade listed with 分别", plan("着力培育6个世界级、7个国家级、9个区域级产业集群。国家级、部级创新平台分别达到22家、182家。"),
			[]string{"figure 培育世界级产业集群 6个 q=", "figure 培育国家级产业集群 7个 q=", "figure 培育区域级产业集群 9个 q=", "figure 国家级创新平台 22家 q=达到", "figure 部级创新平台 182家 q=达到"}},
		{"words of how a level moved (微降, 止跌, 上升, 收窄至, 拓展至, 整合至) leave the name; a rate's gap to a benchmark or a target is a pp change of its own, named as the rate", review("CPI微降0.1%。城乡居民收入比收窄至2：1以内。优良天数比例上升3个百分点。绿电外送拓展至22个省区市。省属一级企业由66户整合至12户。国考断面好于Ⅲ类水体比例优于国家考核目标14.6个百分点。农作物耕种收综合机械化率达到95%、高于全国平均水平18.3个百分点。"),
			[]string{"result CPI - yoy -0.1 q=", "result 城乡居民收入比 2:1 q=以内", "result 优良天数比例 - pp 3 q=", "result 绿电外送省区市 22个 q=", "result 省属一级企业 12户 q=", "result 国考断面好于Ⅲ类水体比例 - pp 14.6 q=", "result 农作物耕种收综合机械化率 95% q=", "result 农作物耕种收综合机械化率 - pp 18.3 q="}},
		{"two things written with one word's first characters (存、贷款) are two, with 分别 or 双双; the three sectors written together are three; a measure after another thing's is that thing's", review("金融机构本外币存、贷款余额分别突破1.5万亿元、1.4万亿元。金融机构本外币存、贷款余额双双突破6万亿元。新能源投资增长70%、装机规模增长38%。清洁能源发电装机规模超7900万千瓦、装机占比超93%。") + "二、2026年重点工作\n一二三产增加值分别增长3.5%左右、6%左右、5%左右。\n",
			[]string{"result 金融机构本外币存款余额 1.5万亿元 q=突破", "result 金融机构本外币贷款余额 1.4万亿元 q=突破", "result 金融机构本外币存款余额 6万亿元 q=突破", "result 金融机构本外币贷款余额 6万亿元 q=突破", "result 新能源投资 - yoy 70 q=", "result 新能源装机规模 - yoy 38 q=", "result 清洁能源发电装机规模 7900万千瓦 q=超", "result 清洁能源发电装机占比 93% q=超", "target 第一产业增加值 growth 3.5% q=左右", "target 第二产业增加值 growth 6% q=左右", "target 第三产业增加值 growth 5% q=左右"}},
		{"how things went after their noun goes before it; what drove a measure, and 全疆, leave the name; a list's ranked growth is each one's 增速; 花费 after a count is of its thing", review("建设全国统一大市场先行区等12个重点合作事项加快落地。“鲁执法”推动入企检查次数下降30%。其中，入境游客数量和花费分别增长47.8%、52.3%。房地产开发投资、商品房销售面积增速均居全国第4位。全疆常住人口城镇化率61.61%。"),
			[]string{"result 加快落地的重点合作事项 12个 q=", "result 入企检查次数 - yoy -30 q=", "result 入境游客数量 - yoy 47.8 q=", "result 入境游客花费 - yoy 52.3 q=", "result 房地产开发投资增速 4位 q=", "result 商品房销售面积增速 4位 q=", "result 常住人口城镇化率 61.61% q="}},
		{"products a sentence names after a clause on their measure are measured so; from→to verbs (拓展到, 整合优化为, 调整优化为) end a name, and the count before the thing is the earlier level; 均值 is no name", review("高新技术产品产量大幅增长，集成电路圆片增长19.2%，新能源汽车超过110万辆。跨部门综合监管事项从39个拓展到91个。188个园区整合优化为120个。省财政直管县调整优化为48个。城镇调查失业率均值5.2%。"),
			[]string{"result 集成电路圆片产量 - yoy 19.2 q=", "result 新能源汽车产量 110万辆 q=超过", "result 跨部门综合监管事项 91个 q=", "result 园区 120个 q=", "result 省财政直管县 48个 q=", "result 城镇调查失业率 5.2% q="}},
		{"works counted with their voltage keep it; points of a growth rate are the rate's; items of a list that say what of each grew take no other's measure", review("新建22个750千伏和330千伏电网工程。高技术制造业增速提高10.6个百分点。进口货值、免签入境游客、国际航行船舶进出、新增外资企业、离岛免税销售额分别增长30%、64%、19.6%、13%、20%。"),
			[]string{"result 新建750千伏和330千伏电网工程 22个 q=", "result 高技术制造业增速 - pp 10.6 q=", "result 进口货值 - yoy 30 q=", "result 免签入境游客 - yoy 64 q=", "result 国际航行船舶进出 - yoy 19.6 q=", "result 新增外资企业 - yoy 13 q=", "result 离岛免税销售额 - yoy 20 q="}},
		{"money with only a verb before it is the fund after it; a stage alone after a count of projects is theirs; students after a count of schools are theirs", review("设立100亿元南疆发展专项资金。实施“千村引领、万村提升”工程项目2758个、完工2746个。全疆普通高等学校达66所、累计招生117.6万人。"),
			[]string{"result 南疆发展专项资金 100亿元 q=", "result “千村引领、万村提升”工程项目 2758个 q=", "result 完工“千村引领、万村提升”工程项目 2746个 q=", "result 普通高等学校 66所 q=", "result 普通高等学校招生 117.6万人 q=累计"}},
		{"a gap after 、 to a benchmark named as a growth is the growth's; 进至全国第 is a rank's; a list's comparison year is no name; 在建 is the same things at another stage; an increase's clause names no total", review("其中农村居民收入增长5.8%、快于经济增速1个百分点。高铁通车里程进至全国第5位。生产安全事故起数、死亡人数比2020年分别下降65.3%、58.3%。建成过江通道4座、在建8座。市场经营主体增量提质，总量突破1000万户。"),
			[]string{"result 农村居民收入 - yoy 5.8 q=", "result 农村居民收入增速 - pp 1 q=", "result 高铁通车里程 5位 q=", "result 生产安全事故起数 - yoy -65.3 q=", "result 生产安全事故死亡人数 - yoy -58.3 q=", "result 建成过江通道 4座 q=", "result 在建过江通道 8座 q=", "result 市场经营主体总量 1000万户 q=突破"}},
		{"a verb of making alone after the resolve is the name's; a rate of a kind of the same people after their rate is theirs", plan("力争新增2家千亿级园区。应届高校毕业生就业率保持95%以上、市场就业率70%以上。"),
			[]string{"figure 新增千亿级园区 2家 q=力争", "figure 应届高校毕业生就业率 95% q=以上", "figure 应届高校毕业生市场就业率 70% q=以上"}},
		{"town and country in one word with two rates joined by 、 are each one's; a rate after a multiple with 分别 is a growth too", review("城乡居民人均可支配收入年均增长5.3%、8.1%。锂离子蓄电池、盐湖化工产品出口分别增长3.8倍、80.2%。进出口总额接连突破8万亿元、9万亿元。"),
			[]string{"result 城镇居民人均可支配收入 - yoy 5.3 q=", "result 农村居民人均可支配收入 - yoy 8.1 q=", "result 锂离子蓄电池出口增长 3.8倍 q=", "result 盐湖化工产品出口 - yoy 80.2 q=", "result 进出口总额 8万亿元 q=突破", "result 进出口总额 9万亿元 q="}},
		{"a bare 万 after a count of visits is 万人次", review("2025年医疗旅游人次86.5万、收入83.9亿元。"),
			[]string{"result 医疗旅游人次 86.5万人次 q=", "result 医疗旅游人次收入 83.9亿元 q="}},
		{"over five years, money saved, people moved to work and the like add up; 累计达 a count is what there is", review("五年来，我们坚定不移全面深化改革开放。\n节约财政资金69亿元。基础教育引进国内外名校累计达88所。农村劳动力转移就业53.47万人。"),
			[]string{"result 节约财政资金 69亿元 q= p=2021-2025 total", "result 基础教育引进国内外名校 88所 q=累计 p=2021-2025 end", "result 农村劳动力转移就业 53.47万人 q= p=2021-2025 total"}},
		{"amounts listed things rose by are each named with the verb; a per-population base is part of a name; 和田 is a place; 再次 and 历史性 leave a name; 时隔 so many years is no quantity", review("游客人次、旅游花费分别增长2.5倍、3倍。城乡居民基础养老金、低保标准每月分别提高25元、50元。每10万人口高等教育平均在校生增长27%。和田地区矿业权出让实现收益60.37亿元。时隔66年再次获批建成2所本科高校。全省地区生产总值历史性迈上4000亿元台阶。"),
			[]string{"result 游客人次增长 2.5倍 q=", "result 旅游花费增长 3倍 q=", "result 城乡居民基础养老金提高 25元 q=", "result 低保标准提高 50元 q=", "result 每10万人口高等教育平均在校生 - yoy 27 q=", "result 和田地区矿业权出让收益 60.37亿元 q=", "result 获批建成本科高校 2所 q=", "result 地区生产总值 4000亿元 q="}},
		{"counts of one subject listed (事故起数、死亡人数) share it; the region alone names no streak; a growth's comparison with the economy's is not the next level's name", review("事故起数、死亡人数分别下降11.5%、18.7%。全区连续5年未发生重大食品药品安全事故。全体居民人均可支配收入增速高于经济增速、突破3万元。"),
			[]string{"result 事故起数 - yoy -11.5 q=", "result 事故死亡人数 - yoy -18.7 q=", "result 未发生重大食品药品安全事故 5年 q=", "result 全体居民人均可支配收入 3万元 q=突破"}},
		{"a list's compound verb of making is each item's", plan("新建改扩建及维修改造公办幼儿园200所以上、义务教育学校500所以上、普通高中40所。"),
			[]string{"figure 新建改扩建及维修改造公办幼儿园 200所 q=以上", "figure 新建改扩建及维修改造义务教育学校 500所 q=以上", "figure 新建改扩建及维修改造普通高中 40所 q="}},
		{"as many numbers as items with 分别: the 等 closing them before a kind (等产业) names no more", review("食品、石化、医药、信息等产业增加值分别增长7.5%、11.5%、17.4%、7.3%。学前教育毛入园率、高等教育毛入学率分别达到93.5%、64.3%。"),
			[]string{"result 食品产业增加值 - yoy 7.5 q=", "result 石化产业增加值 - yoy 11.5 q=", "result 医药产业增加值 - yoy 17.4 q=", "result 信息产业增加值 - yoy 7.3 q=", "result 学前教育毛入园率 93.5% q=", "result 高等教育毛入学率 64.3% q="}},
		{"a rank that rose (从全国第13位升至第5位, 跃居) is the later place, the earlier its from; after another fact of the thing the name is that fact's", review("科技型中小企业数增长4.9倍、从全国第13位升至第5位。全社会研发投入强度从全国第10位升至第7位。"),
			[]string{"result 科技型中小企业数增长 4.9倍 q=", "result 科技型中小企业数 5位 q=", "result 全社会研发投入强度 7位 q="}},
		{"over five years a rate against the plan period before is of the two sums; a gap to it after a yearly average is the average's; a level named 年均浓度 is no average; 较“十三五”末净增 is the change", review("五年来，我们坚定不移推动高质量发展。\n实际使用外资比“十三五”时期增长78.9%。地区生产总值年均增长4.5%，高于“十三五”时期1.2个百分点。PM2.5年均浓度较2020年下降25%。地区生产总值较“十三五”末净增1万亿元。"),
			[]string{"result 实际使用外资 - yoy 78.9 q= p=2021-2025 total", "result 地区生产总值 - yoy 4.5 q= p=2021-2025 average", "result 地区生产总值增速 - pp 1.2 q= p=2021-2025 average", "result PM2.5年均浓度 - yoy -25 q= p=2021-2025 change", "result 地区生产总值较“十三五”末净增 1万亿元 q= p=2021-2025 change"}},
		{"a list's verb is found after 有序, 扎实, 稳步; a measure after things built is of the things", review("新建成轨道交通线路7条、通车里程超400公里。有序改造供热管网1287公里、燃气管网810公里。"),
			[]string{"result 新建成轨道交通线路 7条 q=", "result 轨道交通线路通车里程 400公里 q=超", "result 改造供热管网 1287公里 q=", "result 改造燃气管网 810公里 q="}},
		{"a change since a year after a level is the level's; two things joined by 和 with two rates are each one's", review("优良天数281天、比2020年增加36天。战略性新兴产业和高技术制造业增加值年均增长8％、7.2％。"),
			[]string{"result 优良天数 281天 q=", "result 优良天数比2020年增加 36天 q=", "result 战略性新兴产业增加值 - yoy 8 q=", "result 高技术制造业增加值 - yoy 7.2 q="}},
		{"another measure's share after a thing's share is of the same thing", review("清洁能源装机占比54.8%、发电量占比51.3%。"),
			[]string{"result 清洁能源装机占比 54.8% q=", "result 清洁能源发电量占比 51.3% q="}},
		{"a bare measure after a clause naming a quoted thing alone is that thing's", review("持续推进“高效办成一件事”，办件量达302.86万件。"),
			[]string{"result “高效办成一件事”办件量 302.86万件 q="}},
		{"a per-population base before a noun is part of the name; 增至 ends a list's words", review("每10万人刑事案件数下降36.9％。每千人床位数、执业（助理）医师数增至7.83张、3.57个。"),
			[]string{"result 每10万人刑事案件数 - yoy -36.9 q=", "result 每千人床位数 7.83张 q=增至", "result 每千人执业（助理）医师数 3.57个 q=增至"}},
		{"what counted things got or did goes on past a 、 joining short words to the clause's end, not into a list of works", review("电影《柳青》、电视剧《装台》等50部文艺作品获得国家、国际大奖。完成21万平方米的中央公园景观、道路、活动广场建设。") + "二、2026年重点工作\n新建200个智能车间、智能工厂。\n",
			[]string{"result 获得国家、国际大奖的文艺作品 50部 q=", "result 中央公园景观 21万平方米 q=", "figure 新建智能车间、智能工厂 200个 q="}},
		{"long words ending on 促成, 上线运行, 推出 name a count with the noun after it", review("“高效办成一件事”上线运行70个重点事项。金砖创新基地促成138个合作项目。"),
			[]string{"result “高效办成一件事”上线运行重点事项 70个 q=", "result 金砖创新基地促成合作项目 138个 q="}},
		{"压降 leaves a name; after a count of things that left, it is their number's fall, a fact of its own", review("融资平台退出213户、压降81.3%。融资平台累计压降85.2%。"),
			[]string{"result 融资平台退出 213户 q=", "result 融资平台 - yoy -81.3 q=", "result 融资平台 - yoy -85.2 q=累计"}},
		{"over five years things launched, trained, certified, approved, passed and money used add up", review("五年来，我们坚定不移推动高质量发展。\n推出12批1181项创新政策和举措。认定省级高层次人才1.26万人。实际使用外资263亿美元。30个县区通过国家义务教育优质均衡发展评估。"),
			[]string{"result 创新政策和举措 12批 q= p=2021-2025 total", "result 创新政策和举措 1181项 q= p=2021-2025 total", "result 认定省级高层次人才 1.26万人 q= p=2021-2025 total", "result 实际使用外资 263亿美元 q= p=2021-2025 total", "result 通过国家义务教育优质均衡发展评估的县区 30个 q= p=2021-2025 total"}},
		{"over five years a level's gap to a benchmark is where it stands at the end", review("五年来，我们坚定不移推动高质量发展。\n农作物耕种收综合机械化率达到95%、高于全国平均水平18.3个百分点。"),
			[]string{"result 农作物耕种收综合机械化率 95% q= p=2021-2025 end", "result 农作物耕种收综合机械化率 - pp 18.3 q= p=2021-2025 end"}},
		{"率先 (在全国率先) says how, not what; 通达率 is a list's measure", review("在全国率先实现行政村千兆光纤、5G网络通达率100%。"),
			[]string{"result 行政村千兆光纤通达率 100% q=", "result 5G网络通达率 100% q="}},
		{"what a clause without a number says went on or was done is whose the next clauses' work with no doer is (落实资金, 实施项目), not a statement's", review("对口支援工作持续深化，落实资金12亿元，实施项目300个。扩围实施“以旧换新”政策，拉动消费85亿元。无人机表演成为网红，接待游客2亿人次。"),
			[]string{"result 对口支援落实资金 12亿元 q=", "result 对口支援实施项目 300个 q=", "result “以旧换新”政策拉动消费 85亿元 q=", "result 接待游客 2亿人次 q="}},
		{"a list's items take the last one's measure: a loan balance, a water quality ratio, a rate after the qualifier; an item the last one holds takes only the measure", review("钢铁、特种钢铁产量分别增长3%、5%。制造业、民营企业贷款余额分别增长8%、9%。城市供水、燃气普及率超过99％、97％。河流、湖库水质优良比例分别达95%、90%。"),
			[]string{"result 钢铁产量 - yoy 3 q=", "result 特种钢铁产量 - yoy 5 q=", "result 制造业贷款余额 - yoy 8 q=", "result 民营企业贷款余额 - yoy 9 q=", "result 城市供水普及率 99% q=超过", "result 燃气普及率 97% q=超过", "result 河流水质优良比例 95% q=", "result 湖库水质优良比例 90% q="}},
		{"a part counted after 其中 takes the verb its whole was added with: 净增, 新登记", review("净增经营主体20万户，其中企业8万户。新登记经营主体30万户、其中企业10万家。"),
			[]string{"result 净增经营主体 20万户 q=", "result 净增企业 8万户 q=", "result 新登记经营主体 30万户 q=", "result 新登记企业 10万家 q="}},
		{"稳定 before the verb a level is held with says how, not what", plan("确保粮食总产量稳定保持在50亿斤以上。"),
			[]string{"figure 粮食总产量 50亿斤 q=确保、保持在、以上"}},
		{"district shapes: GDP's amount is no code's; 份 counts; a set one thing is one of, a magnitude's grade and a share that selects the kinds counted are no facts; a growth said 大幅 is the level's; bare 万 of people listed", review("地均GDP70亿元/平方公里。完成技术合同交易400份。作为全省第一批3个县区之一通过评估。新增两个500亿级产业集群。产品中占比80%以上达29种。网络零售实现160亿元、大幅增长41%。常住人口增加4万、总量达530万。"),
			[]string{"result 地均GDP 70亿元/平方公里 q=", "result 技术合同交易 400份 q=", "result 产品中占比80%以上 29种 q=", "result 网络零售 160亿元 yoy 41 q=", "result 常住人口增加 4万人 q=", "result 常住人口总量 530万人 q="}},
		{"一年增加 is a change against the year before, of the level before it; 一年新增 the year's additions to what was counted", review("专精特新企业300家，一年增加70家。上市企业80家，一年新增6家。常住人口一年增加4万、总量达530万。"),
			[]string{"result 专精特新企业 300家 q=", "result 专精特新企业比上年增加 70家 q=", "result 上市企业 80家 q=", "result 新增上市企业 6家 q=", "result 常住人口增加 4万人 q=", "result 常住人口总量 530万人 q="}},
		{"work with no doer said is the programme's a clause before named, while the facts between are about it; a clause's examples before 等 are not what it is about", review("扎实推进对口帮扶协作工作，投入帮扶协作资金6亿元，实施项目80个。推进园区建设，新建厂房20万平方米，实施项目30个。开展汽车、家电等以旧换新活动，销售额超100亿元。"),
			[]string{"result 投入帮扶协作资金 6亿元 q=", "result 对口帮扶协作实施项目 80个 q=", "result 新建厂房 20万平方米 q=", "result 实施项目 30个 q=", "result 以旧换新销售额 100亿元 q=超"}},
		{"a benchmark said 比全市高 is one as 高于全市 is: the growth's gap, the rate's", review("地区生产总值增长8.5%、比全市高2.5个百分点。规上工业增加值增速比全省快1.2个百分点。"),
			[]string{"result 地区生产总值 - yoy 8.5 q=", "result 地区生产总值增速 - pp 2.5 q=", "result 规上工业增加值增速 - pp 1.2 q="}},
		{"a bare measure opening a sentence is of the thing a sentence before said alone how it went; things added after it are that thing's", review("招商引资成效显著。签约项目120个。经营主体稳中培优。总量达500万户，新登记40万户。"),
			[]string{"result 签约项目 120个 q=", "result 经营主体总量 500万户 q=", "result 新登记经营主体 40万户 q="}},
		{"a yield after a crop's output is the crop's (单产, 亩产); the output's 增量 stays the total's", review("粮食总产480亿斤，单产1100斤。粮食总产超过800亿斤，增量30亿斤。"),
			[]string{"result 粮食总产 480亿斤 q=", "result 粮食单产 1100斤 q=", "result 粮食总产 800亿斤 q=超过", "result 粮食总产增量 30亿斤 q="}},
		{"a contribution to a whole with no contributor said is of what grew before it, or of the thing a clause before said went on", review("高技术产业增加值增长8%、对规模以上工业增长贡献率达40%。旅游业国际影响力大幅提升，对GDP综合贡献率达30%。"),
			[]string{"result 高技术产业增加值 - yoy 8 q=", "result 高技术产业增加值对规模以上工业增长贡献率 40% q=", "result 旅游业对GDP综合贡献率 30% q="}},
		{"a year after 在 in a circumstance says when, and the thing stands before it; a year opening a clause with a level (从2020年…) names nothing", review("固定资产投资在2022年完成1700亿元高基数的情况下，全年完成1870亿元。地区生产总值达到5202亿元，从2020年3847亿元，三年跨越两个千亿大关。"),
			[]string{"result 固定资产投资 1700亿元 q=", "result 固定资产投资 1870亿元 q=", "result 地区生产总值 5202亿元 q=", "result 地区生产总值 3847亿元 q="}},
		{"working days, kilovolt-amperes and petaflops (P) are units; 缩短至 and 压缩至 end a from→to; the hours a service runs are no quantity", review("开工用时从198个工作日缩短至3个工作日。新增1000P智能算力。新增供电容量48万千伏安。市政公厕24小时开放。"),
			[]string{"result 开工用时 3个工作日 q=", "result 新增智能算力 1000P q=", "result 新增供电容量 48万千伏安 q="}},
		{"a ratio named 占…比重 in a clause of its own after a level is the level's thing's ratio, an indicator in per cent", review("战略性新兴产业增加值增长5.2%，占GDP比重43%。全社会研发投入达125亿元，占地区生产总值比重提升至4.15%。民生支出占一般公共预算支出的73.6%。"),
			[]string{"result 战略性新兴产业增加值 - yoy 5.2 q=", "result 战略性新兴产业增加值占GDP比重 43% q=", "result 全社会研发投入 125亿元 q=", "result 全社会研发投入占地区生产总值比重 4.15% q=提升至", "result 民生支出 - share 73.6 占一般公共预算支出 q="}},
		{"a part titled by the year's strides (迈出新的坚实步伐) is a review, of the year before the report's", "各位代表：\n一、团结奋斗、攻坚克难，2024年现代化建设迈出新的坚实步伐\n——经济实力稳步提升。地区生产总值超3154亿元、增长5.6%。\n",
			[]string{"result 地区生产总值 3154亿元 yoy 5.6 q=超"}},
		{"a place in a named ranking is the ranking's, its rise since a year the ranking's too; each item of a from→to list is named after the number before it; 最高, （下同）, 辖区 and a mark crossed in words are no part of a name", review("排名全国综合竞争力百强区第22位。跃升至“全国工业百强区”第29名、较2023年提升9位。辖区千人床位数从5.87张增至6.17张、千人医生数从3.92人增至4.2人。监管事项最高压减54.5%。全年地区生产总值同比（下同）增长5.0%。半导体产值超百亿元、增长13%。进出口总额突破万亿元、增速居全国第5位。"),
			[]string{"result 全国综合竞争力百强区排名 22位 q=", "result “全国工业百强区”排名 29名 q=", "result “全国工业百强区”排名较2023年提升 9位 q=", "result 千人床位数 6.17张 q=增至", "result 千人医生数 4.2人 q=增至", "result 监管事项 - yoy -54.5 q=", "result 地区生产总值 - yoy 5.0 q=", "result 半导体产值 - yoy 13 q=", "result 进出口总额增速 5位 q="}},
		{"在建 and 新改扩建 are verbs a list shares; 总部企业 is a kind of firm, no 总-measure; 以及 joins the next thing", review("在建轨道46.5公里、城际铁路21.1公里。新改扩建幼儿园15所、中小学校9所。新增上市公司2家、总部企业10家。开通6个组合港以及7条国际航线。"),
			[]string{"result 在建轨道 46.5公里 q=", "result 在建城际铁路 21.1公里 q=", "result 新改扩建幼儿园 15所 q=", "result 新改扩建中小学校 9所 q=", "result 新增上市公司 2家 q=", "result 新增总部企业 10家 q=", "result 开通组合港 6个 q=", "result 开通国际航线 7条 q="}},
		{"places in named rankings listed after one verb are each the ranking's, printed without 位; a streak of a growth kept (连续45个月实现两位数增长) is of what grew", review("长沙县位居全国百强县投资潜力第3、新型城镇化质量第4。固定资产投资增长10.2%、连续45个月实现两位数增长。"),
			[]string{"result 全国百强县投资潜力排名 3位 q=", "result 新型城镇化质量 4位 q=", "result 固定资产投资 - yoy 10.2 q=", "result 固定资产投资实现两位数增长 45个月 q="}},
		{"homes supplied after homes raised are those homes; the money of projects counted is theirs (投资规模, 意向投资总额, 注册资本); 实现 before a measure a doer has goes", review("筹集建设公共住房7000套，供应分配3900套。签约亿元以上项目27个、投资规模112亿元。新引进企业项目600个、注册资本77亿元。区属国企稳步发展，实现营收13.6亿元。"),
			[]string{"result 筹集建设公共住房 7000套 q=", "result 供应分配公共住房 3900套 q=", "result 签约亿元以上项目 27个 q=", "result 签约亿元以上项目投资规模 112亿元 q=", "result 新引进企业项目 600个 q=", "result 新引进企业项目注册资本 77亿元 q=", "result 区属国企营收 13.6亿元 q="}},
		{"营业收入 and 利润总额 are measures whole: a list's second measure is of what the first one's measure is of", review("省属企业营业收入、利润分别增长6%、60.7%。规上工业企业营业收入、利润总额分别增长5%、8%。"),
			[]string{"result 省属企业营业收入 - yoy 6 q=", "result 省属企业利润 - yoy 60.7 q=", "result 规上工业企业营业收入 - yoy 5 q=", "result 规上工业企业利润总额 - yoy 8 q="}},
		{"a place's visitors listed before money it earned: the money is the place's, the visitors no money", review("重点监测景区接待游客、经营收入均增长10%。主要商圈客流、销售额分别增长8.6%、6.7%。国内游客、入境游客数量分别增长6.9%、68.4%。"),
			[]string{"result 重点监测景区接待游客 - yoy 10 q=", "result 重点监测景区经营收入 - yoy 10 q=", "result 主要商圈客流 - yoy 8.6 q=", "result 主要商圈销售额 - yoy 6.7 q=", "result 国内游客数量 - yoy 6.9 q=", "result 入境游客数量 - yoy 68.4 q="}},
		{"净增 is a verb a list shares", review("净增经营主体34万家、企业14万家。"),
			[]string{"result 净增经营主体 34万家 q=", "result 净增企业 14万家 q="}},
		{"more of reports as they are: a remark in brackets after a rate is no unit; 列次 counts; the last rate of a list joined by 和; 微跌 falls; a growth above the year's target is its gap; bare 万 of talents and 亿 of visits; classes by minutes or population", review("地区生产总值达2253亿元，增长7.3%(下同)。停靠车次增加至99列次。两抢、两盗警情下降52.4%和35.3%。集装箱吞吐量1306万标箱，微跌0.7%。规模以上工业增加值增长4.0%，高于年初目标任务3.5个百分点。人才总量超719万，口岸出入境人次增至2.73亿。45分钟以内通勤比例达81%。保持全国500万人口以上城市最优水平。"),
			[]string{"result 地区生产总值 2253亿元 yoy 7.3 q=", "result 停靠车次 99列次 q=增至", "result 两抢警情 - yoy -52.4 q=", "result 两盗警情 - yoy -35.3 q=", "result 集装箱吞吐量 1306万标箱 yoy -0.7 q=", "result 规模以上工业增加值 - yoy 4.0 q=", "result 规模以上工业增加值增速 - pp 3.5 q=", "result 人才总量 719万人 q=超", "result 口岸出入境人次 2.73亿人次 q=增至", "result 45分钟以内通勤比例 81% q="}},
		{"over five years a rate against the plan before is the level's change; a rate over the five years after a level is a fact of its own", review("五年来，我们坚定不移推动高质量发展。\n实际利用外资超3000亿元、较“十三五”增长18.9%。存贷款余额达24.6万亿元、五年增长44.8%。"),
			[]string{"result 实际利用外资 3000亿元 yoy 18.9 q=超 p=2021-2025 total", "result 存贷款余额 24.6万亿元 q= p=2021-2025 end", "result 存贷款余额 - yoy 44.8 q= p=2021-2025 change"}},
		{"低至, 降低至 and 缩短至 are no part of a name; 实现 before a measure of the thing goes; a clause saying a trade held up names the trade; homes raised 新完成 are raised; 占…比 is a ratio named", review("城镇登记失业率低至0.71%。共建产业园实现产值118.2亿元。全年金融业保持平稳增长，实现增加值778.40亿元。新完成筹集人才住房和保障房3005套，供应1388套。战略性新兴产业占GDP比达5.6%。"),
			[]string{"result 城镇登记失业率 0.71% q=", "result 共建产业园产值 118.2亿元 q=", "result 金融业增加值 778.40亿元 q=", "result 新完成筹集人才住房和保障房 3005套 q=", "result 供应人才住房和保障房 1388套 q=", "result 战略性新兴产业占GDP比 5.6% q="}},
		{"work alone after things made is done on the same kind of thing; the whole after things added net is of the things", review("新建公园28个、改造提升23个。净增规上工业企业400家、总数达1.45万家。"),
			[]string{"result 新建公园 28个 q=", "result 改造公园 23个 q=", "result 净增规上工业企业 400家 q=", "result 规上工业企业总数 1.45万家 q="}},
		{"whom money reached after the money is the money's, not the programme's a clause before names", review("编制科技金融扶持办法，累计发放扶持资金2.74亿元，惠及企业250余家、项目516个。发放货币补租约6亿元，惠及群众约6万名。"),
			[]string{"result 发放扶持资金 2.74亿元 q=累计", "result 扶持资金惠及企业 250家 q=余", "result 扶持资金惠及项目 516个 q=", "result 发放货币补租 6亿元 q=约", "result 货币补租惠及群众 6万名 q=约"}},
		{"the time a deed took (仅用3天就…) is the deed's 用时; a rate said as things reaching a state (实现100%纳管) is their rate of it; a grade or prize after 其中 is of the whole's things; 一年新增 after the things", review("仅用3天就建成启用了核酸检测实验室。仅用5天时间，实现社会面病例动态清零。“三无小区”实现100%纳管。获市级以上科技进步奖31项，其中国家级12项。制造业单项冠军企业一年新增5家。"),
			[]string{"result 建成启用核酸检测实验室用时 3天 q=", "result 社会面病例动态清零用时 5天 q=", "result “三无小区”纳管率 100% q=", "result 获市级以上科技进步奖 31项 q=", "result 获国家级科技进步奖 12项 q=", "result 新增制造业单项冠军企业 5家 q="}},
		{"a share said before the thing's growth is a ratio of its own named with its whole, the growth the thing's change, as a share said after it", review("工业百强产值占工业总产值47.4%、增长10.8%。民生支出占一般公共预算支出的73.6%。"),
			[]string{"result 工业百强产值占工业总产值 47.4% q=", "result 工业百强产值 - yoy 10.8 q=", "result 民生支出 - share 73.6 占一般公共预算支出 q="}},
		{"a clause saying where a thing is placed (在…中排名第一) names no thing for the clauses after; 一年增加了 is 一年增加", review("地区生产总值增长3.5%，在全市六个大区中排名第一，总量达到4702亿元，一年增加了280亿元。"),
			[]string{"result 地区生产总值 - yoy 3.5 q=", "result 地区生产总值总量 4702亿元 q=", "result 地区生产总值总量比上年增加 280亿元 q="}},
		{"在 opening a word (在库, 在园) stays; verbs alone after things made or added are done to the same kind of thing", review("在库“四上”企业超8000家。在园师生规模1.5万人以上。新增创新创业团队4个、累计引进培育48个。"),
			[]string{"result 在库“四上”企业 8000家 q=超", "result 在园师生规模 1.5万人 q=以上", "result 新增创新创业团队 4个 q=", "result 引进培育创新创业团队 48个 q=累计"}},
		{"a base said alone (每平方公里) counts what the fact before counted", review("上市企业增至191家，每平方公里超过1家。"),
			[]string{"result 上市企业 191家 q=增至", "result 每平方公里上市企业 1家 q=超过"}},
		{"根 and 秒 are units; not quantities: a factor of a formula (7×24小时), a size naming a place (10公里产业带), a span of years 长达, hours of a service (24小时便民服务)", review("建成5700个5G基站、3400根多功能智能杆。做到7×24小时自助领取营业执照。建设10公里产业带。解决长达15年的历史难题。构建24小时便民服务电话矩阵。"),
			[]string{"result 建成5G基站 5700个 q=", "result 建成多功能智能杆 3400根 q="}},
		{"medals listed 4金5银6铜 are counts in 枚 of each medal, named with what they were won at", review("在第14届全运会上斩获4金5银6铜。金额达5亿元。"),
			[]string{"result 第14届全运会上斩获金牌 4枚 q=", "result 第14届全运会上斩获银牌 5枚 q=", "result 第14届全运会上斩获铜牌 6枚 q=", "result 金额 5亿元 q="}},
		{"升级改造 is a verb a list shares; a short measure after a subject's other measure is the subject's; a bare measure after a clause joined by 、 is of what the clause was about, not after a list of measures", review("升级改造36座市政公厕、21座垃圾转运站。年度专利申请量、授权数分别增长122.8%、105.3%。华润微电子项目落地、一期投资220亿元。大力实施城市更新行动、完成投资220亿元。生产安全事故起数、死亡人数连续9年“双下降”。电厂三期建成投产、总装机达386万千瓦。"),
			[]string{"result 升级改造市政公厕 36座 q=", "result 升级改造垃圾转运站 21座 q=", "result 年度专利申请量 - yoy 122.8 q=", "result 年度专利授权数 - yoy 105.3 q=", "result 华润微电子项目一期投资 220亿元 q=", "result 城市更新行动完成投资 220亿元 q=", "result 生产安全事故起数、死亡人数“双下降” 9年 q=", "result 电厂总装机 386万千瓦 q="}},
		{"a milestone crossed in words before a growth (首次突破百亿元大关、增长38%) is no part of what grew", review("全社会研发投入首次突破百亿元大关、增长38%，占地区生产总值比重提高至4.1%。"),
			[]string{"result 全社会研发投入 - yoy 38 q=", "result 全社会研发投入占地区生产总值比重 4.1% q=提高至"}},
		{"增速 said again before a benchmark after a growth is the growth's gap", review("社会消费品零售总额1432亿元、增长3.1%，增速比全市高0.9个百分点。"),
			[]string{"result 社会消费品零售总额 1432亿元 yoy 3.1 q=", "result 社会消费品零售总额增速 - pp 0.9 q="}},
		{"增值 before a rate is a growth; 增值税 stays a name", review("集体经济总资产增值9.2%。增值税收入150亿元。"),
			[]string{"result 集体经济总资产 - yoy 9.2 q=", "result 增值税收入 150亿元 q="}},
		{"每月 says how often, no part of a standard's name", review("城乡低保标准提高到每月815元和615元。最低工资标准每月提高183元。"),
			[]string{"result 城市低保标准 815元 q=", "result 农村低保标准 615元 q=", "result 最低工资标准提高 183元 q="}},
		{"a verb of adding opening a clause (after a word of manner too) is kept before the category a count of examples counts", review("高品质建成花漾街区、街心花园等10个项目。建成投用重庆东站、渝厦高铁等340个市级重点项目。引进芯片联合研究院、数字能源研发中心等20个优质项目。"),
			[]string{"result 建成项目 10个 q=", "result 建成投用市级重点项目 340个 q=", "result 引进优质项目 20个 q="}},
		{"a level reached after a growth, said with 至 alone, is of what grew", review("省级“专精特新”企业增长2.6倍至124家。"),
			[]string{"result 省级“专精特新”企业增长 2.6倍 q=", "result 省级“专精特新”企业 124家 q="}},
		{"a quote's closing mark stays with its noun and a slogan's comma splits no clause; 行为 keeps its 为; a list of counts of people ends each one's deed at the next count; 用…的时间 is a deed's duration", review("完成97个“城中村”综合治理。举办“湾区合作，共享未来”等投资推介会10次。立案查处安全生产违法行为34起、处罚金额167万元。1人获全国创新争先奖、1人获全国劳动模范。用仅仅6个月的时间，建成半山公园带。"),
			[]string{"result 完成综合治理的“城中村” 97个 q=", "result “湾区合作，共享未来”等投资推介会 10次 q=", "result 立案查处安全生产违法行为 34起 q=", "result 立案查处安全生产违法行为处罚金额 167万元 q=", "result 获全国创新争先奖的人 1人 q=", "result 获全国劳动模范的人 1人 q=", "result 建成半山公园带用时 6个月 q="}},
		{"deeds of five years add up: 打通, 新改建, 入库, 摘帽, 脱贫; a 脱贫县 is a noun", review("五年来，打通断头路5条，新改建公园25个，土地整备入库1085.7公顷，助力57个贫困村摘帽、62871名贫困人口如期脱贫，每个脱贫县有特色主导产业3个。"),
			[]string{"result 打通断头路 5条 q= p=2021-2025 total", "result 新改建公园 25个 q= p=2021-2025 total", "result 土地整备入库 1085.7公顷 q= p=2021-2025 total", "result 助力贫困村摘帽 57个 q= p=2021-2025 total", "result 贫困人口 62871名 q= p=2021-2025 total", "result 每个脱贫县有特色主导产业 3个 q= p=2021-2025 end"}},
		{"parts after 其中 take the whole's verb of bringing in or starting, each of a list of the same things too; a share among them takes none", review("全年引进优质产业项目78个，其中百亿级项目2个、三十亿级项目2个。新开工项目120个，其中亿元以上项目30个。引进亿元以上项目793个，其中重点产业链项目占比达84.4%。"),
			[]string{"result 引进优质产业项目 78个 q=", "result 引进百亿级项目 2个 q=", "result 引进三十亿级项目 2个 q=", "result 新开工项目 120个 q=", "result 新开工亿元以上项目 30个 q=", "result 引进亿元以上项目 793个 q=", "result 重点产业链项目占比 84.4% q="}},
		{"a list's verb after a resolve (力争新增) is every item's; a process verb after one names nothing; homes supplied in a plan are the homes raised; the region's own 辖区 after a verb goes; a verb and short names before a count are the verb's and the examples of the noun after it", plan("力争新增小巨人企业50家、中小企业400家。力争推动超100家优质企业落地。筹集建设公共住房1.4万套（间）、供应3000套。推动辖区上市公司突破100家。出台新能源、低空经济、数字经济、人工智能4个专项政策。"),
			[]string{"figure 新增小巨人企业 50家 q=力争", "figure 新增中小企业 400家 q=力争", "figure 优质企业落地 100家 q=力争、超", "figure 筹集建设公共住房 1.4万套（间） q=", "figure 供应公共住房 3000套 q=", "figure 上市公司 100家 q=突破", "figure 出台专项政策 4个 q="}},
		{"with 均, two measures joined by 和 are two facts, and so are two things of one measure (labellers of 宁夏 2026 and 盐田 2022 split both), in results and in targets", review("按时办理答复率和满意度均为100%。城市生活垃圾和建筑垃圾利用率均达60%。"),
			[]string{"result 按时办理答复率 100% q=", "result 满意度 100% q=", "result 城市生活垃圾利用率 60% q=", "result 城市建筑垃圾利用率 60% q="}},
		{"a target said of each thing with 均 is each one's; 年均 says no such thing", plan("今年主要预期目标是：高端医疗器械和大健康产业产值均增长10%以上，城市副中心和平原新城地区生产总值年均增长5%以上。"),
			[]string{"target 高端医疗器械产业产值 growth 10% q=以上", "target 大健康产业产值 growth 10% q=以上", "target 城市副中心和平原新城地区生产总值 growth 5% q=以上"}},
		{"the years of a programme named by them (3年行动) are no quantity; 平米 is 平方米 shortened", review("实施路网建设攻坚3年行动。拆除违法建筑153.6万平米。"),
			[]string{"result 拆除违法建筑 153.6万平米 q="}},
		{"a bare measure after a clause on a thing that went through (全线贯通) is the thing's; money put in after a clause naming a programme of help is the programme's", review("国家管网深圳LNG外输管道全线贯通，输气量达10亿立方米。省内对口帮扶东源县，累计投入资金3.87亿元。"),
			[]string{"result 国家管网深圳LNG外输管道输气量 10亿立方米 q=", "result 省内对口帮扶东源县投入资金 3.87亿元 q=累计"}},
		{"in a review of five years, what they added after a level (五年增加) is the level's thing's increase and a total; money pooled (统筹整合) and foreign capital used add up; a capacity is what there is, capacity added adds up", review("五年来，进入世界500强企业达17家、五年增加6家，统筹整合涉农资金1249亿元，危险废物利用处置能力达1130万吨/年，新增供水能力11.2亿立方米，五年实际利用外资超过8000亿元，设立首批5个国家公园。"),
			[]string{"result 进入世界500强企业 17家 q= p=2021-2025 end", "result 进入世界500强企业增加 6家 q= p=2021-2025 total", "result 统筹整合涉农资金 1249亿元 q= p=2021-2025 total", "result 危险废物利用处置能力 1130万吨/年 q= p=2021-2025 end", "result 新增供水能力 11.2亿立方米 q= p=2021-2025 total", "result 实际利用外资 8000亿元 q=超过 p=2021-2025 total", "result 设立首批国家公园 5个 q= p=2021-2025 total"}},
		{"a second rate of a level that has its change is its own fact named with its whole (占全国); a year after 预计 and 连年 leave a name; what ten years added is the level's; a list's verb makes an area listed; 增产 after a level is the thing's", review("新设外资企业8002家、增长86.6%、占全国14.9%。预计2022年全省地区生产总值达12.8万亿元。粮食产量连年稳定在1.3万亿斤以上。国内生产总值增加到121万亿元，十年增加近70万亿元。新增造林绿化面积1510万亩、绿地面积51.53万公顷。粮食产量1.37万亿斤，增产74亿斤。"),
			[]string{"result 新设外资企业 8002家 yoy 86.6 q=", "result 新设外资企业占全国 14.9% q=", "result 地区生产总值 12.8万亿元 q=预计", "result 粮食产量 1.3万亿斤 q=稳定在、以上", "result 国内生产总值 121万亿元 q=增至", "result 国内生产总值增加 70万亿元 q=近", "result 新增造林绿化面积 1510万亩 q=", "result 新增绿地面积 51.53万公顷 q=", "result 粮食产量 1.37万亿斤 q=", "result 粮食增产 74亿斤 q="}},
		{"the growths of parts after 其中： are of the parts of what the whole counts (新登记个体工商户), each of the list", review("商事主体达422.6万户，新登记56.5万户、增长26.4%，其中：个体工商户增长44.0%、企业增长14.7%。"),
			[]string{"result 商事主体 422.6万户 q=", "result 新登记商事主体 56.5万户 yoy 26.4 q=", "result 新登记个体工商户 - yoy 44.0 q=", "result 新登记企业 - yoy 14.7 q="}},
		{"what drove a growth (带动) is no part of what grew; a grade of size written in digits (30亿元级) is part of the things counted", review("带动固定资产投资增长5.1%。新开工10个30亿元级重大工业项目。"),
			[]string{"result 固定资产投资 - yoy 5.1 q=", "result 新开工30亿元级重大工业项目 10个 q="}},
		{"a listed thing whose name opens on a deed of its own (打通) takes no list's verb", review("开工建设道路110条、打通断头路23条。"),
			[]string{"result 开工建设道路 110条 q=", "result 打通断头路 23条 q="}},
		{"the stock after things added (总量) is of the things, not of those added", review("合成生物产业新招引培育企业32家，总量增至92家。商事主体五年净增106万户、总量突破465万户。"),
			[]string{"result 合成生物产业新招引培育企业 32家 q=", "result 合成生物产业企业总量 92家 q=增至", "result 商事主体五年净增 106万户 q=", "result 商事主体总量 465万户 q=突破"}},
		{"in a part titled by the year's aims, the paragraph that speaks of its 预期目标 holds the targets; 在 before a level is no part of its name", "一、2019年工作回顾\n城镇新增就业1352万人，调查失业率在5.3%以下。\n二、今年发展主要目标和下一阶段工作总体部署\n综合研判形势，我们对预期目标作了适当调整。城镇新增就业900万人以上，城镇调查失业率6%左右。\n",
			[]string{"result 城镇新增就业 1352万人 q=", "result 调查失业率 5.3% q=以下", "target 城镇新增就业 level 900万人 q=以上", "target 城镇调查失业率 level 6% q=左右"}},
		{"a growth said of each (增长均超过20%) is each one's growth", review("农村消费、网络消费增长均超过20%。"),
			[]string{"result 农村消费 - yoy 20 q=超过", "result 网络消费 - yoy 20 q=超过"}},
		{"a class of firms (规模以上) is no milestone; 将 before a thing and 再降 after it are no part of its name; a grouping counted before (8个方面) is not the things'; a sector's investment (工业投资) is no bare measure", review("累计2万家规模以上工业企业实现数字化转型。将民航发展基金航空公司征收标准降低20%。中小企业宽带和专线平均资费再降10%。推出8个方面90项政策措施。") + "二、2026年重点工作\n提供产业用房160万平方米以上，全年力争实现工业投资500亿元左右。\n",
			[]string{"result 实现数字化转型的规模以上工业企业 2万家 q=累计", "result 民航发展基金航空公司征收标准 - yoy -20 q=", "result 中小企业宽带和专线平均资费 - yoy -10 q=", "result 政策措施 90项 q=", "figure 提供产业用房 160万平方米 q=以上", "figure 工业投资 500亿元 q=力争、左右"}},
		{"a batch counted (首批40项) names the things after the count, what came of them apart", review("深圳综合改革试点首批40项授权事项大部分落地并在全国推广。广深“双城”联动首批27项重点合作项目和7大领域专项合作扎实推进。深圳综合改革试点首批40条授权事项全面落地。"),
			[]string{"result 深圳综合改革试点首批授权事项 40项 q=", "result 广深“双城”联动首批重点合作项目 27项 q=", "result 深圳综合改革试点首批授权事项 40条 q="}},
		{"a part after 其中 larger than the fact before it is no part of that one (企业 of the 总量, not of what five years added)", review("市场主体总量突破1600万户、五年净增608万户，其中企业超过700万户。"),
			[]string{"result 市场主体总量 1600万户 q=突破", "result 净增市场主体 608万户 q=", "result 企业 700万户 q=超过"}},
		{"a long subject before a count says whose the things are, what they did after their noun names them (广东自贸试验区在全国复制推广的改革创新经验); not examples before 等, nor who led", review("广东自贸试验区41项改革创新经验在全国复制推广。美迪科产业园等3个综合整治项目竣工验收。"),
			[]string{"result 广东自贸试验区在全国复制推广的改革创新经验 41项 q=", "result 竣工验收的综合整治项目 3个 q="}},
		{"a per cent after 完成 of a thing being built is how far the work has come (完成进度), each one's with 分别; not a sample's share named after it", review("外环高速光明段完成70%。14号、16号线车站主体结构分别完成90%、85%。完成1%人口抽样调查。"),
			[]string{"result 外环高速光明段完成进度 70% q=", "result 14号线车站主体结构完成进度 90% q=", "result 16号线车站主体结构完成进度 85% q=", "result 人口抽样调查 1% q="}},
		{"a part after 其中 of a kind of the things the whole's deed was done on takes the deed (产业用地出让); one said by who bought takes what was bought", review("完成土地出让59宗、422.4公顷，其中产业用地13宗、47.6公顷。采购消费帮扶农产品42.25亿元、其中政府采购5363万元。"),
			[]string{"result 土地出让 59宗 q=", "result 土地出让面积 422.4公顷 q=", "result 产业用地出让 13宗 q=", "result 产业用地出让面积 47.6公顷 q=", "result 采购消费帮扶农产品 42.25亿元 q=", "result 政府采购消费帮扶农产品 5363万元 q="}},
		{"in a review of five years, a clause that opens on ten years is of those ten; a rate after an amount of increase is the level's growth", review("五年来，国内生产总值增加到121万亿元，五年年均增长5.2%，十年增加近70万亿元、年均增长6.2%。"),
			[]string{"result 国内生产总值 121万亿元 q=增至 p=2021-2025 end", "result 国内生产总值 - yoy 5.2 q= p=2021-2025 average", "result 国内生产总值增加 70万亿元 q=近 p=2016-2025 change", "result 国内生产总值 - yoy 6.2 q= p=2016-2025 average"}},
		{"a per-unit measure listed after one named per unit of output shares its base, with 、 or 分别, in a review or a plan; a target said with a fall (下降3%) is a growth target of its negative", review("单位国内生产总值能耗下降8.1%、二氧化碳排放下降14.1%。") + "二、2026年重点工作\n今年经济社会发展的主要预期目标是：单位地区生产总值能耗和二氧化碳排放分别下降3%、4%。\n",
			[]string{"result 单位国内生产总值能耗 - yoy -8.1 q=", "result 单位国内生产总值二氧化碳排放 - yoy -14.1 q=", "target 单位地区生产总值能耗 growth -3% q=", "target 单位地区生产总值二氧化碳排放 growth -4% q="}},
		{"a review sentence that speaks of the report's own year (今年以来, 今年3月) is of that year, the sentences around it not; 及时 is an adverb, its 及 no joint", review("针对今年以来疫情带来的影响，及时出台帮助市场主体纾困解难30条政策措施，预计可为市场主体减负750亿元。全年地区生产总值增长6.7%。"),
			[]string{"result 帮助市场主体纾困解难政策措施 30条 q= p=2026 ", "result 可为市场主体减负 750亿元 q=预计 p=2026 ", "result 地区生产总值 - yoy 6.7 q="}},
		{"a list shares its measure of deaths (死亡人数) whole; a rate over two years (两年平均增长) is the level's; 新建改建 is one compound verb a list shares", review("生产安全事故、道路交通事故死亡人数分别下降9.1%、11.8%。全市地区生产总值3.07万亿元、增长6.7%，两年平均增长4.9%。新建改建高速公路6000多公里、农村公路30多万公里。"),
			[]string{"result 生产安全事故死亡人数 - yoy -9.1 q=", "result 道路交通事故死亡人数 - yoy -11.8 q=", "result 地区生产总值 3.07万亿元 yoy 6.7 q=", "result 地区生产总值 - yoy 4.9 q=", "result 新建改建高速公路 6000公里 q=多", "result 新建改建农村公路 30万公里 q=多"}},
		{"a noun that says nothing alone after examples (…等10个项目) takes the words up to the verb before them; not a verb inside the examples", review("深圳－新加坡智慧城市合作新签约跨境电子支付等10个项目。培育引进华西工程科技（深圳）等90余家企业。重点实施了第五中学改扩建等5项工程。"),
			[]string{"result 深圳－新加坡智慧城市合作新签约项目 10个 q=", "result 培育引进企业 90家 q=余", "result 工程 5项 q="}},
		{"a deed said once before a list (淘汰, 生产, 下放, 引入和培育) is each thing's, as a verb of making is; not 生产 of a noun", review("淘汰重污染企业6家、“小散乱污”企业111家。生产原油239万吨、天然气56.5亿立方米。引入和培育专精特新企业125家、国家高新技术企业95家。生产安全事故起数、死亡人数均下降75%。"),
			[]string{"result 淘汰重污染企业 6家 q=", "result 淘汰“小散乱污”企业 111家 q=", "result 生产原油 239万吨 q=", "result 生产天然气 56.5亿立方米 q=", "result 引入和培育专精特新企业 125家 q=", "result 引入和培育国家高新技术企业 95家 q=", "result 生产安全事故起数 - yoy -75 q=", "result 生产安全事故死亡人数 - yoy -75 q="}},
		{"a multiple of another level (是…的N倍, 为年度任务N倍, 接近…N倍) is named …为…的倍数, of the clause's thing or the fact before (a growth's speed); not a growth by a multiple", review("整备连片土地43.6万平方米，为年度任务1.5倍。营收增长71%、是前海的1.94倍。特困人员基本生活保障标准不低于当地最低生活保障标准的1.6倍。全社会研发投入占GDP比重达7.66%，接近全国平均水平3倍。省级“专精特新”企业增长2.6倍。"),
			[]string{"result 整备连片土地 43.6万平方米 q=", "result 整备连片土地为年度任务的倍数 1.5倍 q=", "result 营收 - yoy 71 q=", "result 营收增速为前海的倍数 1.94倍 q=", "result 特困人员基本生活保障标准为当地最低生活保障标准的倍数 1.6倍 q=不低于", "result 全社会研发投入占GDP比重 7.66% q=", "result 全社会研发投入占GDP比重为全国平均水平的倍数 3倍 q=近", "result 省级“专精特新”企业增长 2.6倍 q="}},
		{"examples with 等 before a count leave the name to the noun after it, with the deed opening the examples (开展, 出台, 落地), not a verb of process", plan("开展土地、矿产、房屋等7类重点资产资源盘活利用试点。出台“低空10条”“金融10条”等37个细分领域产业政策。实施体校旧址改造、南开路小学迁址改扩建等7个教育重点项目。"),
			[]string{"figure 开展重点资产资源盘活利用试点 7类 q=", "figure 出台细分领域产业政策 37个 q=", "figure 教育重点项目 7个 q="}},
		{"sector shares written 一二三产业 or, two of them, 二三产业 are each a share of the structure; a number in two magnitudes (1万6千多户) is one; a rank moved by places is in 个位次, named by the ranking the region joined (跻身, 名列)", review("一二三产业比重调整为4.3：39.2：56.5。二三产业占比达到50.62：49.36。日均新设企业由5千多户增加到1万6千多户。高速铁路运营里程增加到2万5千公里。龙华已成功跻身全国工业百强区第13位，排名上升1个位次。城区经济高质量发展名列“赛迪中国百强区”第26位。"),
			[]string{"result 第一产业比重 - share 4.3 三次产业比重 q=", "result 第二产业比重 - share 39.2 三次产业比重 q=", "result 第三产业比重 - share 56.5 三次产业比重 q=", "result 第二产业比重 - share 50.62 三次产业比重 q=", "result 第三产业比重 - share 49.36 三次产业比重 q=", "result 日均新设企业 16000户 q=增至、多", "result 高速铁路运营里程 25000公里 q=增至", "result 全国工业百强区排名 13位 q=", "result 全国工业百强区排名上升 1个位次 q=", "result 城区经济高质量发展“赛迪中国百强区”排名 26位 q="}},
		{"a share of a whole said with no thing is of the fact before, its from and to too; an adverb of holding on (仍, 一直) before a level's qualifier leaves the name", review("全省研发经费支出从1800亿元增加到3200亿元，占地区生产总值比重从2.4%提高到2.9%。财政用于民生的比例仍保持在70%以上。财政赤字率一直控制在3%以内。"),
			[]string{"result 研发经费支出 3200亿元 q=增至", "result 研发经费支出占地区生产总值比重 2.9% q=提高至", "result 财政用于民生的比例 70% q=保持在、以上", "result 财政赤字率 3% q=控制在、以内"}},
		{"whom money reached is named by the money of the fact before; an industry cluster's measure listed with 分别 is every item's; 新开业 before examples is the count's; how a thing went (精彩) goes with its verb", review("发放社保补贴1362.9万元，惠及3704家受疫情影响较大的企业。累计减免租金1.15亿元，惠及企业3960家。人工智能、机器人、低空与空天产业集群增加值分别增长12.7%、15.9%、26.4%。新开业龙岗大运天地、宝安华润啤酒小镇等20个大型商业项目。市体育中心、小梅沙海洋世界等11个重大文旅体项目精彩亮相。"),
			[]string{"result 发放社保补贴 1362.9万元 q=", "result 社保补贴惠及受疫情影响较大的企业 3704家 q=", "result 减免租金 1.15亿元 q=累计", "result 减免租金惠及企业 3960家 q=", "result 人工智能产业集群增加值 - yoy 12.7 q=", "result 机器人产业集群增加值 - yoy 15.9 q=", "result 低空与空天产业集群增加值 - yoy 26.4 q=", "result 新开业大型商业项目 20个 q=", "result 精彩亮相的重大文旅体项目 11个 q="}},
		{"a bare 总量 after a semicolon or a share is of the thing the sentence's first fact grew or was so intense in; 一年净增加 is the year's change", review("全区GDP同比增长8.5%、比全市高2.5个百分点；总量跃升到5202.01亿元，一年净增加500亿元。全社会研发投入强度达6.7%，总量占全市28.6%。"),
			[]string{"result GDP - yoy 8.5 q=", "result GDP增速 - pp 2.5 q=", "result GDP 5202.01亿元 q=", "result GDP比上年净增加 500亿元 q=", "result 全社会研发投入强度 6.7% q=", "result 全社会研发投入 - share 28.6 占全市 q="}},
		{"a sentence opening on a field with 方面 names its bare measures by the field, unless a fact before says whose; the aim (力争) and the time (年底前) leave a name", review("煤炭智能绿色安全开采方面，抓好产能接续，产量稳定在13亿吨左右。企业方面，新增“四上”企业1525家，总数达9923家。") + "二、2026年重点工作\n非常规天然气发展方面，加快增储上产，力争产量突破200亿立方米、投资超120亿元。力争年底前治理率超75%。\n",
			[]string{"result 煤炭产量 13亿吨 q=稳定在、左右", "result 新增“四上”企业 1525家 q=", "result “四上”企业总数 9923家 q=", "figure 非常规天然气产量 200亿立方米 q=力争、突破", "figure 非常规天然气投资 120亿元 q=力争、超", "figure 治理率 75% q=力争、超"}},
		{"a measure right before the next number is that number's, not the count's things; a year closing a name is the level's period, not its name (较2020年 before a rate goes too, the period says it)", review("累计32个在建项目总建筑面积373万平方米。全省地区生产总值2015年为7.5万亿元，2020年超过11万亿元。PM2.5年均浓度较2020年下降25%。"),
			[]string{"result 在建项目 32个 q=累计", "result 在建项目总建筑面积 373万平方米 q=累计", "result 地区生产总值 7.5万亿元 q=", "result 地区生产总值 11万亿元 q=超过", "result PM2.5年均浓度 - yoy -25 q="}},
		{"levels listed, then as many rates or multiples (年均增长8.1%、9.9%; 分别是2016年的1.4倍、2.4倍), are each level's; of five years, the rest of a section's heading line that opens on their last year is theirs; 存贷款 with two amounts is two; 预计(下同) qualifies every figure after it; 年末 leaves a stock's name", "2022年酉阳县政府工作报告\n2022年1月5日在县第十八届人民代表大会第一次会议上\n一、过去五年工作回顾\n(一)回顾五年的奋进拼搏,经济实力明显增强。2021年,城乡常住居民人均可支配收入33134元、12950元,年均增长8.1%、9.9%;存贷款余额285亿元、240亿元,分别是2016年的1.4倍、2.4倍。\n" + review("全年地区生产总值预计(下同)突破百亿元大关,同比增长8%;金融机构年末存、贷款余额达152.56亿元、121.02亿元。"),
			[]string{"result 城镇常住居民人均可支配收入 33134元 q= p=2017-2021 end", "result 农村常住居民人均可支配收入 12950元 q= p=2017-2021 end", "result 城镇常住居民人均可支配收入 - yoy 8.1 q= p=2017-2021 average", "result 农村常住居民人均可支配收入 - yoy 9.9 q= p=2017-2021 average", "result 存款余额 285亿元 q= p=2017-2021 end", "result 贷款余额 240亿元 q= p=2017-2021 end", "result 存款余额为2016年的倍数 1.4倍 q= p=2017-2021 change", "result 贷款余额为2016年的倍数 2.4倍 q= p=2017-2021 change", "result 地区生产总值 - yoy 8 q=预计", "result 金融机构存款余额 152.56亿元 q=预计", "result 金融机构贷款余额 121.02亿元 q=预计"}},
		{"how few (仅) and what a place has (拥有) are no part of a name, but 每千人拥有 is; a part named by its kind alone (其中道路交通领域下降33%) is measured as its whole", review("百亿元链主工业企业仅11家。宝安拥有5万多家制造业企业。每千人拥有3岁以下婴幼儿托位数4.59个。各类事故亡人数下降36%，其中道路交通领域下降33%。"),
			[]string{"result 百亿元链主工业企业 11家 q=", "result 制造业企业 5万家 q=多", "result 每千人拥有3岁以下婴幼儿托位数 4.59个 q=", "result 事故亡人数 - yoy -36 q=", "result 道路交通领域事故亡人数 - yoy -33 q="}},
		{"the years a clause opens on before 累计 or 净增 are its span, the age of what ended no quantity; a bare 亿 or 万 of people ends at its qualifier; a range may be written with －; a level target of a fall keeps its 减少", review("5年累计实际利用外资7277亿元。结束了66年的营业税征收历史。全域覆盖用户超1亿。实时人口1.5亿左右。") + "二、2026年重点工作\n今年发展的主要预期目标是：国内生产总值增长6%－6.5%；农村贫困人口减少1000万以上。\n",
			[]string{"result 实际利用外资 7277亿元 q=累计", "result 全域覆盖用户 1亿人 q=超", "result 实时人口 1.5亿人 q=左右", "target 国内生产总值 growth 6–6.5% q=", "target 农村贫困人口减少 level 1000万人 q=以上"}},
		{"a share's gap to the city's average (高于全市均值, 高于全市平均占比) is a pp change of the share, its 近 kept, 平均 no qualifier; a share said with no thing (占全区地区生产总值的近5成) is of the fact before", review("工业增加值占地区生产总值的比重提升至64.0%，高于全市均值近28.5个百分点。战略性新兴产业增加值1420亿元，占全区地区生产总值的近5成，高于全市平均占比7个百分点。规模工业增加值增长6.2%、高于全国平均0.3个百分点。"),
			[]string{"result 工业增加值占地区生产总值的比重 64.0% q=提升至", "result 工业增加值占地区生产总值的比重 - pp 28.5 q=近", "result 战略性新兴产业增加值 1420亿元 q=", "result 战略性新兴产业增加值占全区地区生产总值 5成 q=近", "result 战略性新兴产业增加值占全区地区生产总值 - pp 7 q=", "result 规模工业增加值 - yoy 6.2 q=", "result 规模工业增加值增速 - pp 0.3 q="}},
		{"a stage alone after things raised or readied (供应, 竣工) is of those things; a deed alone (签约, 改造) after a clause that started or did a programme is the programme's", review("新开工筹集人才住房和保障性住房3546套，供应468套。整备工业用地20.2公顷，供应11公顷。启动全民全生命周期健康管理计划，签约突破40万人。全市率先完成“瓶改管”工作，累计改造20.1万户。"),
			[]string{"result 新开工筹集人才住房和保障性住房 3546套 q=", "result 供应人才住房和保障性住房 468套 q=", "result 整备工业用地 20.2公顷 q=", "result 供应工业用地 11公顷 q=", "result 全民全生命周期健康管理计划签约 40万人 q=突破", "result “瓶改管”改造 20.1万户 q=累计"}},
		{"the share of an amount that went somewhere, after 其中 (28%投向…), is the amount's", review("制造业贷款2085亿元、占贷款总额的34%，其中28%投向中小微制造业企业。"),
			[]string{"result 制造业贷款 2085亿元 share 34 占贷款总额 q=", "result 制造业贷款投向中小微制造业企业 28% q="}},
		{"a 总量 after a rank's move is never the move's (its list's names as drafted today, short of the labels' 新增国家级专精特新企业)", review("荣获工信部“赛迪创新百强区全国第二位”，创造了一年进步6位的奇迹；新增国家、省级专精特新企业42家、189家，总量达到312家。"),
			[]string{"result 创造了一年进步 6位 q=", "result 新增国家 42家 q=", "result 省级专精特新企业 189家 q=", "result 总量 312家 q="}},
		{"last year's level in brackets is said to compare, no fact; (同口径) after an amount is how it was counted, no unit; more than so many dollars before 项目数量 names a class of projects", review("国家高新技术企业总量达到6759家（上年5842家）。一般公共预算收入105亿元(同口径)。预计实际到资超1亿美元项目数量增长19.4%。"),
			[]string{"result 国家高新技术企业总量 6759家 q=", "result 一般公共预算收入 105亿元 q=", "result 实际到资超1亿美元项目数量 - yoy 19.4 q=预计"}},
		{"a number with nothing before it is named by what follows: what the things did, or the noun up to the verb", review("消费活力不断释放，20.3亿元以旧换新补贴拉动消费215亿元。") + "二、2026年重点工作\n实施县域高中振兴工程，60%公办中小学校纳入集团化管理。\n",
			[]string{"result 以旧换新补贴 20.3亿元 q=", "result 以旧换新补贴拉动消费 215亿元 q=", "figure 纳入集团化管理的公办中小学校 60% q="}},
		{"a place held right after a growth rate is the growth's (增速), and its move (较上年前移2位) the place's; points after a growth rate are its speed's", review("规模以上工业增加值增长14.6%，排名全省第1；社会消费品零售总额增长6.9%，排名全省第4，较上年前移2位；一般公共预算收入增长3.8%，较上年提高0.3个百分点。"),
			[]string{"result 规模以上工业增加值 - yoy 14.6 q=", "result 规模以上工业增加值增速 1位 q=", "result 社会消费品零售总额 - yoy 6.9 q=", "result 社会消费品零售总额增速 4位 q=", "result 社会消费品零售总额增速较上年前移 2位 q=", "result 一般公共预算收入 - yoy 3.8 q=", "result 一般公共预算收入增速 - pp 0.3 q="}},
		{"rates with 分别 after the levels of the clause just before are each level's, whatever facts came earlier in the sentence; a place right after a level's growth is the growth's", review("完成地区生产总值3483.32亿元,增长9.7%,排全省第2位;城乡居民人均可支配收入35352元、13565元,分别增长9.4%、10.6%。"),
			[]string{"result 地区生产总值 3483.32亿元 yoy 9.7 q=", "result 地区生产总值增速 2位 q=", "result 城镇居民人均可支配收入 35352元 yoy 9.4 q=", "result 农村居民人均可支配收入 13565元 yoy 10.6 q="}},
		{"a level said right after its own growth is that growth's level (逼近 is 近); not a streak, nor the end of a span's average", review("地区生产总值同比增长7%左右,逼近300亿元大关;固定资产投资增长3%。预计,一般公共预算收入增长4.6%,接近26亿元。外贸进出口增长8.4%，总额突破8000亿元。出口增长12.5%，总量连续31年居内地城市首位。货物进出口总额年均增长8.6%，突破40万亿元。"),
			[]string{"result 地区生产总值 300亿元 yoy 7 q=左右、近", "result 固定资产投资 - yoy 3 q=", "result 一般公共预算收入 26亿元 yoy 4.6 q=预计、近", "result 外贸进出口总额 8000亿元 yoy 8.4 q=突破", "result 出口 - yoy 12.5 q=", "result 出口总量居内地城市首位 31年 q=", "result 货物进出口总额 - yoy 8.6 q=", "result 货物进出口总额 40万亿元 q=突破"}},
		{"a verb a list shares may follow the region's scope word; sector shares may be spaced as a web page spaces them", review("全市新增规上工业企业450家、高新技术企业122家。三次产业结构调整为 8:41.5:50.5。"),
			[]string{"result 新增规上工业企业 450家 q=", "result 新增高新技术企业 122家 q=", "result 第一产业比重 - share 8 三次产业结构 q=", "result 第二产业比重 - share 41.5 三次产业结构 q=", "result 第三产业比重 - share 50.5 三次产业结构 q="}},
		{"a number before 分 where the words before score something is a score in points; 高达 says no more than 达", review("群众满意度95.2分，服务用时3分钟。规上工业增加值2005亿元，占全市比重高达21.1%。"),
			[]string{"result 群众满意度 95.2分 q=", "result 服务用时 3分钟 q=", "result 规上工业增加值 2005亿元 q=", "result 规上工业增加值占全市比重 21.1% q="}},
		{"the years a total is compared with are no fact; a bare 万 before students counts people", review("完成治水投资相当于前3年总和，惠及500多万在校生。"),
			[]string{"result 惠及在校生 500万人 q=多"}},
		{"money a verb gave or set up after who did it is named by the fund after it; what 将 put somewhere is named by where it went", review("对种粮农民一次性发放200亿元补贴，省市共设立超过1000亿元的纾困基金。将2.8万亿元中央财政资金纳入直达机制，将97%的矛盾纠纷化解在初始。"),
			[]string{"result 对种粮农民一次性发放补贴 200亿元 q=", "result 省市共设立纾困基金 1000亿元 q=超过", "result 纳入直达机制的中央财政资金 2.8万亿元 q=", "result 化解在初始的矛盾纠纷比例 97% q="}},
		{"a bare measure listed after one traded with a place is traded with it too; whom and how often a standard is paid is no part of its name", review("对沿线国家进出口总额和实际投资分别增长7.3%、64.2%，对东盟、欧盟进出口分别增长5%、6%。农村低保最低标准提高至年人均5280元以上。"),
			[]string{"result 对沿线国家进出口总额 - yoy 7.3 q=", "result 对沿线国家实际投资 - yoy 64.2 q=", "result 对东盟进出口 - yoy 5 q=", "result 对欧盟进出口 - yoy 6 q=", "result 农村低保最低标准 5280元 q=提高至、以上"}},
		{"under a review its copy heads with no number (the text's first line), a numbered heading that speaks of building is a section of it, not a part of tasks", "2025年工作回顾\n一年来，我们主要做了以下工作：\n一、坚持优存量和引增量并重，做大实体经济\n地区生产总值100亿元。\n二、紧抓历史机遇期，科学城建设跑出加速度\n全区本科以上学历人口增长41%。\n三、2026年工作安排\n新建学校5所。\n",
			[]string{"result 地区生产总值 100亿元 q=", "result 本科以上学历人口 - yoy 41 q=", "figure 新建学校 5所 q="}},
		{"预计 opening a list of the year's figures set apart by semicolons governs every figure of it; in a sentence of commas, the 40 characters the guide allows", review("预计完成地区生产总值90.82亿元,增长8%;固定资产投资34亿元,增长28.3%;规模以上工业增加值2.69亿元,增长31.92%;社会消费品零售总额5.88亿元,增长3%。预计全省研发经费支出2800亿元，区域创新综合能力保持全国第一，有效发明专利量稳居全国首位，获国家科学技术奖50项。"),
			[]string{"result 地区生产总值 90.82亿元 yoy 8 q=预计", "result 固定资产投资 34亿元 yoy 28.3 q=预计", "result 规模以上工业增加值 2.69亿元 yoy 31.92 q=预计", "result 社会消费品零售总额 5.88亿元 yoy 3 q=预计", "result 研发经费支出 2800亿元 q=预计", "result 获国家科学技术奖 50项 q="}},
		{"预计 opening a clause after a lead of no figures governs the semicolon list; in a clause's middle it is its clause's; 初步预计 as a clause of its own governs the list", review("全力保持经济运行在合理区间,预计全年可完成地区生产总值201亿元,增长6.5%;规模工业增加值增速7%。全年地区生产总值预计稳步增长;固定资产投资完成119.7亿元。初步预计，全年地区生产总值达700亿元，增长10%；社会消费品零售总额80亿元。"),
			[]string{"result 地区生产总值 201亿元 yoy 6.5 q=预计", "result 规模工业增加值 - yoy 7 q=预计", "result 固定资产投资 119.7亿元 q=", "result 地区生产总值 700亿元 yoy 10 q=预计", "result 社会消费品零售总额 80亿元 q=预计"}},
		{"a growth's gaps to benchmarks listed with 分别 are each their own fact, the unit written once after the last", review("地区生产总值增长7.2%,增速排名全市首位,分别比全国、自治区和全市高4.2、4.3和3.2个百分点。"),
			[]string{"result 地区生产总值 - yoy 7.2 q=", "result 地区生产总值增速 - pp 4.2 q=", "result 地区生产总值增速 - pp 4.3 q=", "result 地区生产总值增速 - pp 3.2 q="}},
		{"an average change is qualified 平均, a fall of price is the price's; a joint pair listed (进口、出口) shares the words before the first and after the last; what a thing is to the region, the region itself, and a verb of reaching leave names", review("集中采购试点药品平均降价52%，水电气接入办理时间平均压缩70%，两年平均增长4.9%，货物进口、出口通关时间分别压缩54%、76%，口岸进口和出口通关时间分别比上年压缩56.7%、59.8%。作为我区支柱产业的金融业增加值990.86亿元，本市生产总值2.69万亿元，企业注销业务办理时限压缩到1个工作日，设立1000亿元的民营企业平稳发展基金。"),
			[]string{"result 集中采购试点药品价格 - yoy -52 q=平均", "result 水电气接入办理时间 - yoy -70 q=平均", "result 水电气接入办理时间 - yoy 4.9 q=", "result 货物进口通关时间 - yoy -54 q=", "result 货物出口通关时间 - yoy -76 q=", "result 口岸进口通关时间 - yoy -56.7 q=", "result 口岸出口通关时间 - yoy -59.8 q=", "result 金融业增加值 990.86亿元 q=", "result 生产总值 2.69万亿元 q=", "result 企业注销业务办理时限 1个工作日 q=", "result 民营企业平稳发展基金 1000亿元 q="}},
		{"a growth counted otherwise (剔除不可比因素, written 剔出 too, 扣除留抵退税因素) after a level is the level's change", review("一般公共预算收入107.29亿元、剔除不可比因素增长11.4%。一般公共预算收入137亿元，剔出不可比因素增长9.4%。税收收入105亿元(同口径)、扣除留抵退税因素增长0.5%。地区生产总值213亿元,按不变价计算增长4%。"),
			[]string{"result 一般公共预算收入 107.29亿元 yoy 11.4 剔除不可比因素增长 q=", "result 一般公共预算收入 137亿元 yoy 9.4 剔出不可比因素增长 q=", "result 税收收入 105亿元 yoy 0.5 扣除留抵退税因素增长 q=", "result 地区生产总值 213亿元 yoy 4 按不变价计算增长 q="}},
		{"things listed before 分别 and a verb of making are each named with the verb", review("“上海标准”、“上海品牌”分别新增12项和44项。国家级、省级企业分别达到5家、6家。"),
			[]string{"result 新增“上海标准” 12项 q=", "result 新增“上海品牌” 44项 q=", "result 国家级企业 5家 q=", "result 省级企业 6家 q="}},
		{"an earlier level in another magnitude is a fact of its own, of the year before; one with 千 before a unit the level writes whole is multiplied out", review("地方一般公共预算收入从6229亿元增加到1.13万亿元，日均新设企业由5千多户增加到1万6千多户，人均预期寿命从82.4岁提升至83.9岁。"),
			[]string{"result 地方一般公共预算收入 1.13万亿元 q=增至", "result 地方一般公共预算收入 6229亿元 q= p=2024 ", "result 日均新设企业 16000户 q=增至、多", "result 人均预期寿命 83.9岁 q=提升至"}},
		{"in a part of the five years, once a paragraph turns to the past year, the sections after it are the year's", "2018年政府工作报告\n一、过去五年工作回顾\n过去的五年，我们取得了很大成绩。\n——五年来，我们发展经济，地区生产总值年均增长7.9%。\n2017年是本届省政府的收官之年。一年来，我们主要做了以下工作：\n（一）大力推进供给侧结构性改革。新增上市公司98家。\n",
			[]string{"result 地区生产总值 - yoy 7.9 q= p=2013-2017 average", "result 新增上市公司 98家 q="}},
		{"a level in 千亿 is in its unit as written; a milestone (大关) reached is the level", review("高技术产业产值突破3千亿元大关，进出口总额突破4千亿元。"),
			[]string{"result 高技术产业产值 3千亿元 q=突破", "result 进出口总额 4千亿元 q=突破"}},
		{"sector shares may be named 三次产业比 and written with the presentation colon a web page carries (11.8︰48.3︰39.9)", review("三次产业比调整为11.8︰48.3︰39.9。"),
			[]string{"result 第一产业比重 - share 11.8 三次产业比重 q=", "result 第二产业比重 - share 48.3 三次产业比重 q=", "result 第三产业比重 - share 39.9 三次产业比重 q="}},
		{"sector shares from one year's to another's (由2016年的…调整为2020年的…) are the later year's shares", review("三大产业结构比由2016年的42.5∶2.8∶54.7调整为2020年的32.4:8:59.6。"),
			[]string{"result 第一产业比重 - share 32.4 三次产业结构 q=", "result 第二产业比重 - share 8 三次产业结构 q=", "result 第三产业比重 - share 59.6 三次产业结构 q="}},
		{"the age of what is spoken of (N年的…) is no quantity: a history, its achievements, a building pulled down", review("我们没有沉醉于40年的辉煌成就，结束了66年的营业税征收历史，一举拆除阻滞帝堂路21年的私宅，新增上市公司5家。"),
			[]string{"result 新增上市公司 5家 q="}},
		{"a rate after a multiple of the level (是2016年的1.9倍,年均增速6.7%) is the level's, a fact of its own", review("完成地区生产总值19.56亿元,同比增长2.6%,是2016年的1.9倍,年均增速6.7%。"),
			[]string{"result 地区生产总值 19.56亿元 yoy 2.6 q=", "result 地区生产总值为2016年的倍数 1.9倍 q=", "result 地区生产总值 - yoy 6.7 q="}},
		{"the year a rate is measured against ends no name; a level's change keeps it with its verb; a note's marker names nothing", review("生产安全事故总量比2012年下降23.4%，行政许可事项总数比2012年底减少50%以上，人均预期寿命较2020年提高1.16岁，四大主导产业［2］占GDP比重较2020年提高约14个百分点。"),
			[]string{"result 生产安全事故总量 - yoy -23.4 q=", "result 行政许可事项总数 - yoy -50 q=以上", "result 人均预期寿命较2020年提高 1.16岁 q=", "result 四大主导产业占GDP比重 - pp 14 q=约"}},
		{"measures per ten thousand yuan of output listed after the first are of the same output", review("万元GDP建设用地、水耗、电耗分别下降6.1%、7.8%、1.9%。"),
			[]string{"result 万元GDP建设用地 - yoy -6.1 q=", "result 万元GDP水耗 - yoy -7.8 q=", "result 万元GDP电耗 - yoy -1.9 q="}},
		{"thresholds listed by their magnitudes, alone or each with its 元, share the words before the first and after the last's magnitude", review("主营业务收入超百亿、千亿元的企业分别达260家、25家。年主营业务收入超千亿元、百亿元的企业分别达22家和221家。"),
			[]string{"result 主营业务收入超百亿元的企业 260家 q=", "result 主营业务收入超千亿元的企业 25家 q=", "result 年主营业务收入超千亿元的企业 22家 q=", "result 年主营业务收入超百亿元的企业 221家 q="}},
		{"sector shares may be written 二三产 and without a verb; 人才入户 counts people; 继续 before a qualifier leaves a name", review("二三产比例49.8:50.1，新增人才入户2.87万，财政性教育经费支出占国内生产总值比例继续超过4%。"),
			[]string{"result 第二产业比重 - share 49.8 三次产业比例 q=", "result 第三产业比重 - share 50.1 三次产业比例 q=", "result 新增人才入户 2.87万人 q=", "result 财政性教育经费支出占国内生产总值比例 4% q=超过"}},
		{"the year between a verb of reaching and the level reached leaves the verb the qualifier", review("全区地区生产总值从2016年的695.7亿元增加到2021年的1144.2亿元，人均地区生产总值从2020年的10.5万元提高到2025年的14万元左右。"),
			[]string{"result 地区生产总值 1144.2亿元 q=增至", "result 人均地区生产总值 14万元 q=提高至、左右"}},
		{"words that govern a clause are its qualifiers in the order the text says them", review("预计全旗地区生产总值累计完成232.75亿元。"),
			[]string{"result 地区生产总值 232.75亿元 q=预计、累计"}},
		{"a rate after a streak of the level is the level's", review("全省地区生产总值从2012年的5.8万亿元增加到2017年的8.99万亿元，连续29年居全国首位，年均增长7.9%。"),
			[]string{"result 地区生产总值 8.99万亿元 q=增至", "result 地区生产总值居全国首位 29年 q=", "result 地区生产总值 - yoy 7.9 q="}},
		{"earlier levels listed before the levels reached are each its thing's: as many as the levels, in order; before one level both reached, each thing's own", review("汽车、新能源汽车产量从全国第8位、第4位双双跃居第1位。城乡居民人均可支配收入从2021年的46503元和16935元分别提高到58794元和22000元。千人床位数从5.87张增至6.17张、千人医生数从3.92人增至4.2人。"),
			[]string{"result 汽车产量 1位 q=", "result 新能源汽车产量 1位 q=", "result 城镇居民人均可支配收入 58794元 q=提高至", "result 农村居民人均可支配收入 22000元 q=提高至", "result 千人床位数 6.17张 q=增至", "result 千人医生数 4.2人 q=增至"}},
		{"bronze after silver is a medal whatever follows; a growth counted 按自然口径 is the level's change, labelled so", review("深圳运动员在第十三届全运会上取得8金9银11铜优异成绩。一般公共预算收入263.2亿元，按自然口径计算下降9.9%。"),
			[]string{"result 深圳运动员在第十三届全运会上取得金牌 8枚 q=", "result 深圳运动员在第十三届全运会上取得银牌 9枚 q=", "result 深圳运动员在第十三届全运会上取得铜牌 11枚 q=", "result 一般公共预算收入 263.2亿元 yoy -9.9 按自然口径计算下降 q="}},
		{"a concentration with its volume said once before the first number is in 微克/立方米; 低于 before a level leaves its name", review("PM2.5浓度由每立方米19.1微克降至17.2微克。PM2.5平均浓度低于每立方米19微克。"),
			[]string{"result PM2.5浓度 17.2微克/立方米 q=降至", "result PM2.5平均浓度 19微克/立方米 q="}},
		{"one multiple both levels of the clause before are (均是…的1.3倍) is each level's; a multiple of a time before the span is the span's change, a forecast's a forecast", "2021年政府工作报告\n一、“十三五”时期发展成就\n五年来，实现财政总收入145.5亿元、一般公共预算收入90.3亿元,均是“十二五”末的1.3倍;预计五年累计完成固定资产投资2676.8亿元、社会消费品零售总额2131亿元,分别是“十二五”时期的1.1倍、1.5倍。\n",
			[]string{"result 财政总收入 145.5亿元 q= p=2016-2020 end", "result 一般公共预算收入 90.3亿元 q= p=2016-2020 end", "result 财政总收入为“十二五”末的倍数 1.3倍 q= p=2016-2020 change", "result 一般公共预算收入为“十二五”末的倍数 1.3倍 q= p=2016-2020 change", "result 固定资产投资 2676.8亿元 q=预计、累计 p=2016-2020 total", "result 社会消费品零售总额 2131亿元 q=预计、累计 p=2016-2020 total", "result 固定资产投资为“十二五”时期的倍数 1.1倍 q=预计 p=2016-2020 change", "result 社会消费品零售总额为“十二五”时期的倍数 1.5倍 q=预计 p=2016-2020 change"}},
		{"in a year's review, a clause opening on a few years past is their total", review("两年累计改造老旧小区390个，近三年淘汰落后炼钢炼铁产能9000多万吨。三年行动计划完成投资5亿元。"),
			[]string{"result 改造老旧小区 390个 q=累计 p=2024-2025 total", "result 淘汰落后炼钢炼铁产能 9000万吨 q=多 p=2023-2025 total", "result 三年行动计划完成投资 5亿元 q="}},
		{"flat glass is counted in 重量箱; things listed after retired capacity named whole are retired capacity too", review("近三年淘汰落后炼钢炼铁产能9000多万吨、水泥2.3亿吨、平板玻璃7600多万重量箱。"),
			[]string{"result 淘汰落后炼钢炼铁产能 9000万吨 q=多 p=2023-2025 total", "result 淘汰落后水泥产能 2.3亿吨 q= p=2023-2025 total", "result 淘汰落后平板玻璃产能 7600万重量箱 q=多 p=2023-2025 total"}},
		{"连续第N年 is a streak as 连续N年 is; (预计数,下同) makes every figure from there a forecast; 总额 after a measure in 额 is its whole", review("外贸进出口额增长5%，总额连续第21年居全市第一。社会消费品零售总额2047亿元，连续第16年居全市第一。全年地区生产总值增长4.5%(预计数,下同),固定资产投资增长15%。"),
			[]string{"result 外贸进出口额 - yoy 5 q=", "result 外贸进出口总额居全市第一 21年 q=", "result 社会消费品零售总额 2047亿元 q=", "result 社会消费品零售总额居全市第一 16年 q=", "result 地区生产总值 - yoy 4.5 q=预计", "result 固定资产投资 - yoy 15 q=预计"}},
		{"a growth's or a fall's size said with 为 is the change (降幅为5%: a fall)", review("单位地区生产总值能耗降幅为5%左右，居民消费价格涨幅为2%。"),
			[]string{"result 单位地区生产总值能耗 - yoy -5 q=左右", "result 居民消费价格 - yoy 2 q="}},
		{"a level's range with its unit after both ends holds both; the upper end of a growth's range is skipped, said why; 可完成 leaves a name", review("预计全年可完成地区生产总值201.06亿元—204.05亿元,增长6.5%—8%。"),
			[]string{"result 地区生产总值 201.06亿元 yoy 6.5 q=预计"}},
		{"a count with 以上 is at least so many, not a class", plan("新建5个以上紧密型城市医疗集团。"),
			[]string{"figure 新建紧密型城市医疗集团 5个 q=以上"}},
		{"a count of a quoted name takes the name, numbers inside the quotes too", plan("新建100个“15分钟高品质生活服务圈”。启动1.5万亩“菜篮子”工程项目。"),
			[]string{"figure 新建“15分钟高品质生活服务圈” 100个 q=", "figure 启动“菜篮子”工程项目 1.5万亩 q="}},
		{"amounts after a number share the thing after the last", plan("年内完成3800户、58万平方米棚户区改造。完成老城区8条、12.3公里道路提升改造。新建50个3岁以下婴幼儿托育点。"),
			[]string{"figure 棚户区改造户数 3800户 q=", "figure 棚户区改造面积 58万平方米 q=", "figure 老城区道路提升改造 8条 q=", "figure 道路提升改造 12.3公里 q=", "figure 新建3岁以下婴幼儿托育点 50个 q="}},
		{"a goal's count names what follows it, as a plan's figure does", "2026年政府工作报告\n一、“十四五”时期工作回顾\n过去五年，地区生产总值年均增长6%。\n“十五五”时期，要努力实现以下目标任务：一是发展水平明显提升。打造4个国家先进制造业集群，工业总产值突破1万亿元。\n",
			[]string{"result 地区生产总值 - yoy 6 q= p=2021-2025 average", "target 打造国家先进制造业集群 level 4个 q= p=2026-2030 total", "target 工业总产值 level 1万亿元 q=突破 p=2026-2030 end"}},
		{"a 分别 list of ratios named as nouns in the goals part: a goal each, the whole a share is taken of no target restated", "2026年政府工作报告\n一、2025年工作回顾\n地区生产总值完成100亿元。\n二、“十五五”时期的主要目标任务\n一是发展水平明显提升。地区生产总值年均增长5%以上。文化及相关产业、旅游及相关产业增加值占地区生产总值比重分别超过2%、5%。单位地区生产总值能耗降低13.5%。\n",
			[]string{"target 地区生产总值 growth 5% q=以上 p=2026-2030 average", "target 文化及相关产业增加值占地区生产总值比重 level 2% q=超过 p=2026-2030 end", "target 旅游及相关产业增加值占地区生产总值比重 level 5% q=超过 p=2026-2030 end", "target 单位地区生产总值能耗 growth -13.5% q= p=2026-2030 change"}},
		{"every level of a plan sentence that names the plan's end year is a goal of the five years, money and counts too", "2026年政府工作报告\n一、2025年工作回顾\n地区生产总值完成100亿元。\n二、“十五五”时期主要目标任务\n（一）在推动高质量发展中整体跃升。力争到2030年，全市地区生产总值迈上4万亿元新台阶，人均地区生产总值达到14万元，建成3个国家级产业集群。\n（二）扩大开放。到2030年“415X”集群营收突破13万亿元。\n三、2026年重点工作\n打造银发综合体50个。\n",
			[]string{"target 地区生产总值 level 4万亿元 q=力争 p=2026-2030 end", "target 人均地区生产总值 level 14万元 q=力争、达到 p=2026-2030 end", "target 建成国家级产业集群 level 3个 q= p=2026-2030 total", "target “415X”集群营收 level 13万亿元 q=突破 p=2026-2030 end", "figure 打造银发综合体 50个 q="}},
		{"a count after 和 is a thing of its own; words after the last 和 before the next number are the next thing's", plan("获批建设国家医学中心和12个国家区域医疗中心。推进66个粮食产能提升重点县和豫东平原200万亩整区域工程化建设高标准农田项目。壮大6大特色产业集群和18条乡村富民产业链。"),
			[]string{"figure 获批建设国家区域医疗中心 12个 q=", "figure 粮食产能提升重点县 66个 q=", "figure 豫东平原整区域工程化建设高标准农田项目 200万亩 q=", "figure 壮大乡村富民产业链 18条 q="}},
		{"counts listed before what the last of them did are named by it", review("8所高校14个学科入选国家第二轮“双一流”建设名单。10所学校、12个专业群入选国家第二期“双高建设计划”。5项改革经验获中央改革办推广、83项案例入选中国改革年度案例。"),
			[]string{"result 入选国家第二轮“双一流”建设名单的高校 8所 q=", "result 入选国家第二轮“双一流”建设名单的学科 14个 q=", "result 入选国家第二期“双高建设计划”的学校 10所 q=", "result 入选国家第二期“双高建设计划”的专业群 12个 q=", "result 获中央改革办推广的改革经验 5项 q=", "result 入选中国改革年度案例的案例 83项 q="}},
		{"things counted are named by what they became or where they entered; 位 counts people, not a place in a ranking", review("瑞丰公司等4家公司晋升国家级高新技术企业，3家企业主板上市，10家企业进入“中国隐形独角兽500强”，9位科学家增选为两院院士。工业增加值居全国第2位。"),
			[]string{"result 晋升国家级高新技术企业的公司 4家 q=", "result 主板上市企业 3家 q=", "result 进入“中国隐形独角兽500强”的企业 10家 q=", "result 增选为两院院士的科学家 9位 q=", "result 工业增加值 2位 q="}},
		{"short words listed after a count are kinds of one thing; examples before 等 are not it", review("为超20000名视力、听力、肢体、智力等残疾儿童免费提供视力功能基本训练、人工耳蜗手术，为1万名困境、留守儿童进行心理健康评估干预，温暖工程9个项目基本完成。"),
			[]string{"result 免费提供视力功能基本训练的残疾儿童 20000名 q=超", "result 进行心理健康评估干预的困境、留守儿童 1万名 q=", "result 温暖工程项目 9个 q="}},
		{"a grade or a capacity stays in the name it qualifies, not cutting the name of the count after it", review("新探明泾川特大型铀矿、玉门超40吨金矿、平凉7亿吨级冶镁白云岩等大中型矿产地35处。"),
			[]string{"result 新探明泾川特大型铀矿、玉门超40吨金矿、平凉7亿吨级冶镁白云岩等大中型矿产地 35处 q="}},
		{"one clause's facts of one name in units of different measures are told apart by the measure", review("累计识别监测对象20.9万户69.3万人。全区96户177人建档立卡贫困人口实现脱贫。"),
			[]string{"result 识别监测对象户数 20.9万户 q=累计", "result 识别监测对象人数 69.3万人 q=累计", "result 实现脱贫的建档立卡贫困户 96户 q=", "result 实现脱贫的建档立卡贫困人口 177人 q="}},
		{"the field examples are of is where, not what: the things counted are named after the count; 共建 is a word", review("基础设施、现代产业、公共服务等领域320个共建重点项目完成投资5332亿元。"),
			[]string{"result 共建重点项目 320个 q=", "result 共建重点项目完成投资 5332亿元 q="}},
		{"people reached by the thing after 的 are its 惠及人口; a listed thing with a verb of its own does not take the list's", review("谋划多年、惠及3400万人的引大济岷工程启动建设。引进营业性演出1.2万场、带动综合消费184亿元。"),
			[]string{"result 引大济岷工程惠及人口 3400万人 q=", "result 引进营业性演出 1.2万场 q=", "result 带动综合消费 184亿元 q="}},
		{"five years' facts: a level reached after its change is the level's; a change of a level named so is a change, things added a total, a year's average an average, work by its verb a total", review("五年来，全市人均预期寿命较2020年提高1.16岁、达到79.72岁，城镇新增就业年均超过70万人，黄河上游水源涵养补给量增加近13亿立方米，基础教育公办学位增加326万个，开通国际货运航线11条，工业投资连续54个月保持两位数增长。"),
			[]string{"result 人均预期寿命较2020年提高 1.16岁 q= p=2021-2025 change", "result 人均预期寿命 79.72岁 q= p=2021-2025 end", "result 城镇新增就业 70万人 q=超过 p=2021-2025 average", "result 黄河上游水源涵养补给量增加 13亿立方米 q=近 p=2021-2025 change", "result 基础教育公办学位增加 326万个 q= p=2021-2025 total", "result 开通国际货运航线 11条 q= p=2021-2025 total", "result 工业投资保持两位数增长 54个月 q= p=2021-2025 end"}},
		{"a bare 万 before people counts people, named by what they did or had done; a share after 前 names a class", review("100万新就业群体有了职业伤害保障。为70万妇女免费开展“两癌”筛查。让242万偏远农村居民喝上干净水、放心水。为138万残疾人提供服务。85个学科进入ESI世界学科排名前1％。"),
			[]string{"result 有职业伤害保障的新就业群体 100万人 q=", "result 免费开展“两癌”筛查的妇女 70万人 q=", "result 喝上干净水、放心水的偏远农村居民 242万人 q=", "result 提供服务的残疾人 138万人 q=", "result 进入ESI世界学科排名前1％的学科 85个 q="}},
		{"a list sharing a rate at its end shares it; short names listed before a count are its examples; things counted are named by what they took part in, won or saw cleared", review("基本养老保险、基本医疗保险参保率均稳定在98%以上。庆阳、张掖、天水3个省级区域医疗中心加快建设。4个国家级区域医疗中心建设进展顺利。36个市县隐性债务提前清零。35个地方和单位荣获国家级民族团结进步示范命名。6676家企业参与“万企兴万村”甘肃行动。"),
			[]string{"result 基本养老保险参保率 98% q=稳定在、以上", "result 基本医疗保险参保率 98% q=稳定在、以上", "result 省级区域医疗中心加快建设 3个 q=", "result 国家级区域医疗中心建设 4个 q=", "result 隐性债务提前清零的市县 36个 q=", "result 荣获国家级民族团结进步示范命名的地方和单位 35个 q=", "result 参与“万企兴万村”甘肃行动的企业 6676家 q="}},
		{"a year's average is said by the period, not the name; a measure sharing words with its thing is of what they qualify", review("五年来，城市轨道交通运营线路增至14条、运营里程超过580公里，两地每年互访游客超过1亿人次，年均新增城镇就业30万人。"),
			[]string{"result 城市轨道交通运营线路 14条 q=增至 p=2021-2025 end", "result 城市轨道交通运营里程 580公里 q=超过 p=2021-2025 end", "result 两地互访游客 1亿人次 q=超过 p=2021-2025 average", "result 新增城镇就业 30万人 q= p=2021-2025 average"}},
		{"开工建设 is a verb of making the listed things share; a time alone names nothing", plan("开工建设10万平方米职工住宅小区、5万平方米公安小区。逐步在成规模的小区全部设置平价蔬菜超市，年内完成20个。"),
			[]string{"figure 开工建设职工住宅小区 10万平方米 q=", "figure 开工建设公安小区 5万平方米 q=", "figure （待命名） 20个 q="}},
		{"five years' money put in is a total, a net increase too (as 新增), a rank where things stand even after 累计", review("五年来，总投资410亿元的巨化硅氟新材料项目刷新我省单体工业项目投资纪录，净增有进出口实绩企业485家，外商直接投资累计达到149.6亿美元、总规模居中西部第1位。"),
			[]string{"result 巨化硅氟新材料项目总投资 410亿元 q= p=2021-2025 total", "result 净增有进出口实绩企业 485家 q= p=2021-2025 total", "result 外商直接投资 149.6亿美元 q=累计 p=2021-2025 total", "result 外商直接投资总规模 1位 q= p=2021-2025 end"}},
		{"more than so much work done over five years is a total, more than a level its end", review("五年来，实施棚户区、城中村、城市危旧房改造超过11万户，经济总量超过6万亿元。"),
			[]string{"result 棚户区、城中村、城市危旧房改造 11万户 q=超过 p=2021-2025 total", "result 经济总量 6万亿元 q=超过 p=2021-2025 end"}},
		{"a level after a streak is what streaks; a record in so many years is a streak of the record; since when is no part of a name; another measure of a sown area's crop is the crop's", review("五年来，国控断面水质优良比例连续3年保持100%，粮食产量创20年新高，长江十年禁渔以来重庆段监测鱼类增长1倍多。粮食播种面积1584.6万亩、总产量132.4亿斤。"),
			[]string{"result 国控断面水质优良比例保持100% 3年 q= p=2021-2025 end", "result 国控断面水质优良比例 100% q= p=2021-2025 end", "result 粮食产量创新高 20年 q= p=2021-2025 end", "result 重庆段监测鱼类增长 1倍 q=多 p=2021-2025 change", "result 粮食播种面积 1584.6万亩 q= p=2021-2025 end", "result 粮食总产量 132.4亿斤 q= p=2021-2025 end"}},
		{"改造 is a verb of making the listed things share; after counts of the first one's subject the last measure is its too", review("改造棚户区16.72万套、城镇老旧小区6594个。生产安全事故起数、死亡人数、受伤人数、直接经济损失分别下降36.7%、38.8%、40%、39.1%。全域旅游人数、旅游综合收入分别增长9.2%、10.2%。"),
			[]string{"result 改造棚户区 16.72万套 q=", "result 改造城镇老旧小区 6594个 q=", "result 生产安全事故起数 - yoy -36.7 q=", "result 生产安全事故死亡人数 - yoy -38.8 q=", "result 生产安全事故受伤人数 - yoy -40 q=", "result 生产安全事故直接经济损失 - yoy -39.1 q=", "result 全域旅游人数 - yoy 9.2 q=", "result 旅游综合收入 - yoy 10.2 q="}},
		{"a count a ratio or rank of them follows is the set it is over, not a fact, and not in the ratio's name, which must stay the same when the set grows; one before a 、 is its own", review("203个地表水国考断面水质优良率达100%。新建5个以上紧密型城市医疗集团、区级覆盖率达80%以上。42个国家重点生态功能区县域生态质量变好占比居全国第1位。"),
			[]string{"result 地表水国考断面水质优良率 100% q=", "result 新建紧密型城市医疗集团 5个 q=以上", "result 区级覆盖率 80% q=以上", "result 国家重点生态功能区县域生态质量变好占比 1位 q="}},
		{"a bare measure's change after a count of firms is their industry's", review("规模以上工业企业达7.6万家、增加值增长3%。三级公立医院向基层投放50%以上号源、转诊量增长90%。"),
			[]string{"result 规模以上工业企业 7.6万家 q=", "result 规模以上工业增加值 - yoy 3 q=", "result 三级公立医院向基层投放 50% q=以上", "result 转诊量 - yoy 90 q="}},
		{"money paid to people or firms is named by what was paid, they by what they got; people counted before an age class are named with it", review("为1467位80岁以上低收入老年人发放高龄补贴176万元，为公交公司等19家企业发放社会保险补贴497.1万元。"),
			[]string{"result 获发高龄补贴的80岁以上低收入老年人 1467位 q=", "result 发放高龄补贴 176万元 q=", "result 获发社会保险补贴的企业 19家 q=", "result 发放社会保险补贴 497.1万元 q="}},
		{"the whole of a measure after what was added to it is the thing's 总…", review("新增轨道交通运营里程150公里、总里程达到1000公里。"),
			[]string{"result 新增轨道交通运营里程 150公里 q=", "result 轨道交通运营总里程 1000公里 q="}},
		{"a place in a ranking after a list is each one's", review("五年来，中药材、高原夏菜、马铃薯原原种产量稳居全国第1位。"),
			[]string{"result 中药材产量 1位 q= p=2021-2025 end", "result 高原夏菜产量 1位 q= p=2021-2025 end", "result 马铃薯原原种产量 1位 q= p=2021-2025 end"}},
		{"places listed before a measure that crossed a mark crossed it each; work done on listed things is one total", review("内江、眉山、自贡、遂宁经济总量突破2000亿元。实施棚户区、城中村、城市危旧房改造超过11万户。"),
			[]string{"result 内江经济总量 2000亿元 q=突破", "result 眉山经济总量 2000亿元 q=突破", "result 自贡经济总量 2000亿元 q=突破", "result 遂宁经济总量 2000亿元 q=突破", "result 棚户区、城中村、城市危旧房改造 11万户 q=超过"}},
		{"a number before Latin letters is part of a name; things worked on listed with 对 are named by the work", review("中俄蒙国际汽车园奥迪、大众等8家4S店建成运营。新增炳灵寺、官鹅沟、冶力关3家5A级景区。完成对胜利三路、学府路和贝尔大街3条主干道路的改造。"),
			[]string{"result 建成运营的4S店 8家 q=", "result 新增5A级景区 3家 q=", "result 改造主干道路 3条 q="}},
		{"a share of things reached after a verb of reaching alone is the share of them the thing before reached", review("五年来，建成5G基站8.99万个、覆盖95%以上行政村。"),
			[]string{"result 建成5G基站 8.99万个 q= p=2021-2025 total", "result 5G基站覆盖行政村比例 95% q=以上 p=2021-2025 end"}},
		{"压降 is a fall", review("五年来，融资平台退出213户、压降81.3%。"),
			[]string{"result 融资平台退出 213户 q= p=2021-2025 total", "result 融资平台 - yoy -81.3 q= p=2021-2025 change"}},
		{"who did a verb of making before a count stays in the name, where it was done does not; where a reach reaches stays", review("中欧班列（成渝）覆盖欧亚120多个城市，“千里轻舟”货运班轮开通13条航线。在先进材料、高端装备等关键领域实施100项省级重大科技专项。其中根据当地资源禀赋打造14个特色服务区。"),
			[]string{"result 中欧班列（成渝）覆盖欧亚城市 120个 q=多", "result “千里轻舟”货运班轮开通航线 13条 q=", "result 实施省级重大科技专项 100项 q=", "result 打造特色服务区 14个 q="}},
		{"a number inside 在…的情况下 is of what follows 在, one after it of what stands before", review("外贸进出口在对美贸易下降超3成的情况下增长12%。"),
			[]string{"result 对美贸易下降 3成 q=超", "result 外贸进出口 - yoy 12 q="}},
		{"where the first item of a list is, or at what level, the others are, unless they say", review("五年来，农村卫生厕所普及率、生活垃圾分类行政村覆盖率、生活污水治理率分别提高到88%、83.6%、87.5%。城市、县城建成区面积分别提高8.3%、5%。国家级跨境电商综合试验区、服务贸易平台均增至9个。"),
			[]string{"result 农村卫生厕所普及率 88% q=提高至 p=2021-2025 end", "result 农村生活垃圾分类行政村覆盖率 83.6% q=提高至 p=2021-2025 end", "result 农村生活污水治理率 87.5% q=提高至 p=2021-2025 end", "result 城市建成区面积 - yoy 8.3 q= p=2021-2025 change", "result 县城建成区面积 - yoy 5 q= p=2021-2025 change", "result 国家级跨境电商综合试验区 9个 q=增至 p=2021-2025 end", "result 国家级服务贸易平台 9个 q=增至 p=2021-2025 end"}},
		{"累计 inside a name before what was done is the qualifier's; before a measure the measure's", review("中欧班列（成渝）累计开行超2.6万列。高标准农田累计完成投资2431.67万元。"),
			[]string{"result 中欧班列（成渝）开行 2.6万列 q=累计、超", "result 高标准农田累计完成投资 2431.67万元 q=累计"}},
		{"things counted and the work on them in one noun are named by the work", review("投资1168万元，完成21个老旧小区供热管网改造。完成25所义务教育学校维修改造。年内完成15万平方米老旧小区既有建筑节能改造。"),
			[]string{"result 老旧小区供热管网改造投资 1168万元 q=", "result 完成供热管网改造的老旧小区 21个 q=", "result 维修改造义务教育学校 25所 q=", "result 老旧小区既有建筑节能改造 15万平方米 q="}},
		{"when a count was made is no part of its name", review("年内建成2家标准化菜市场。"),
			[]string{"result 建成标准化菜市场 2家 q="}},
		{"what a sentence opens on reaches the places its network verbs count, each of them", review("西部陆海新通道扩面提质，构建起以重庆为物流和运营组织中心的通道网络，辐射全国75个城市、164个铁路站点，通达全球127个国家和地区的584个港口。"),
			[]string{"result 西部陆海新通道辐射全国城市 75个 q=", "result 西部陆海新通道辐射铁路站点 164个 q=", "result 西部陆海新通道通达全球国家和地区 127个 q=", "result 西部陆海新通道通达港口 584个 q="}},
		{"及 inside an item of a 、 list joins two more items; 城乡 低保 are 城市 and 农村 低保", review("五年来，中药材、高原夏菜及玉米制种、马铃薯原原种产量稳居全国第1位，城乡低保平均标准分别提高26.7%、27%。"),
			[]string{"result 中药材产量 1位 q= p=2021-2025 end", "result 高原夏菜产量 1位 q= p=2021-2025 end", "result 玉米制种产量 1位 q= p=2021-2025 end", "result 马铃薯原原种产量 1位 q= p=2021-2025 end", "result 城市低保平均标准 - yoy 26.7 q= p=2021-2025 change", "result 农村低保平均标准 - yoy 27 q= p=2021-2025 change"}},
		{"a programme named in quotes at a clause's start does each thing its list says, unless a thing of it does", review("五年来，“包抓联”服务企业46万户、解决问题9.8万个。“渝字号”文艺精品获文华奖3项、群星奖4项。"),
			[]string{"result “包抓联”服务企业 46万户 q= p=2021-2025 end", "result “包抓联”解决问题 9.8万个 q= p=2021-2025 total", "result “渝字号”文艺精品获文华奖 3项 q= p=2021-2025 total", "result 群星奖 4项 q= p=2021-2025 end"}},
		{"a kind counted after the whole it is of names the whole, and a measure after the kinds is the whole's; a count of tasks of building counts what is built", plan("今年，我区安排重点项目105个，其中，工业类3个、城市建设类28个，项目总投资339.9亿元。全面完成孙家屯、团结村等7个现代牧场建设任务。运输货物品类增至1342种。"),
			[]string{"figure 重点项目 105个 q=", "figure 工业类重点项目 3个 q=", "figure 城市建设类重点项目 28个 q=", "figure 重点项目总投资 339.9亿元 q=", "figure 现代牧场建设 7个 q=", "figure 运输货物品类 1342种 q=增至"}},
		{"examples between a verb and what it is done to are not the name; an amount of work on examples of a kind of project is the work's", plan("实施奋斗镇1.6万吨蔬菜仓储等项目。开工建设5万平方米公安小区和2万平方米回迁房等开发项目。加快大兴安岭100万平方米棚户区改造工程建设。全面完成17个奶牛养殖小区项目建设。改造建华路、根河路等背街巷道10条。新建及改造外环道路、旧城道路等城市主次干道18条。"),
			[]string{"figure 奋斗镇蔬菜仓储 1.6万吨 q=", "figure 开工建设公安小区 5万平方米 q=", "figure 开工建设回迁房 2万平方米 q=", "figure 大兴安岭棚户区改造工程 100万平方米 q=", "figure 奶牛养殖小区项目 17个 q=", "figure 改造背街巷道 10条 q=", "figure 新建及改造城市主次干道 18条 q="}},
		{"over five years, things in a ranking they entered and things still being built are what there is at the end", review("五年来，85个学科进入ESI世界学科排名前1％，4个国家级区域医疗中心建设进展顺利，新建5G基站8万个。"),
			[]string{"result 进入ESI世界学科排名前1％的学科 85个 q= p=2021-2025 end", "result 国家级区域医疗中心建设 4个 q= p=2021-2025 end", "result 新建5G基站 8万个 q= p=2021-2025 total"}},
		{"a name never ends on the 的 that joins it to the next count; the size of a set a thing was put in (纳入国家102项…) names it", review("实施102项重大工程的285个计划新开工项目全部开工。纳入国家102项重大工程的285个计划新开工项目全部开工。"),
			[]string{"result 重大工程 102项 q=", "result 重大工程的计划新开工项目 285个 q=", "result 纳入国家102项重大工程的计划新开工项目 285个 q="}},
		{"crossing a milestone is no part of the name; milestones counted (3个万亿级关口) are passed on the way, no fact, as the data guide says and six labellers left them; a list crossing them (存、贷款余额连跨4个万亿元台阶、双双突破…) lists the things", review("人民币存款、贷款余额连跨4个万亿元台阶、双双突破9万亿元。地区生产总值连续迈上4个万亿元台阶、达14.2万亿元。全省地区生产总值五年跨过3个万亿级关口、突破10万亿元。经济总量跨过两个万亿元大关、超过6万亿元。工业增加值跨上3万亿元台阶。全省生产总值连续跨越7万亿、8万亿、9万亿三个大台阶，增长5.9%。"),
			[]string{"result 人民币存款余额 9万亿元 q=突破", "result 人民币贷款余额 9万亿元 q=突破", "result 地区生产总值 14.2万亿元 q=", "result 地区生产总值 10万亿元 q=突破", "result 经济总量 6万亿元 q=超过", "result 工业增加值 3万亿元 q=", "result 生产总值 - yoy 5.9 q="}},
		{"a rank that rose from one place to another is one fact, from→to", review("在“世界500强”排名由369位上升到235位。"),
			[]string{"result “世界500强” 235位 q="}}, // (369 is its from: no fact of its own)
		{"households and people counted with no noun are named by what they did", review("96户、183人实现全部脱贫。"),
			[]string{"result 实现全部脱贫的户 96户 q=", "result 实现全部脱贫的人 183人 q="}},
		{"words before 和 that end another thing are not the next count's name", review("郑州大学、河南大学“双一流”建设和7所高校14个学科入选国家第二轮“双一流”建设名单。完成东海写字楼、国税局综合业务用房主体建设和8万平方米广场等工程。"),
			[]string{"result 入选国家第二轮“双一流”建设名单的高校 7所 q=", "result 入选国家第二轮“双一流”建设名单的学科 14个 q=", "result 广场等工程 8万平方米 q="}},
		{"money spent on things done, named by the things, not by the 的 before them nor how the work went", review("投资9600万元实施的向阳幼儿园等6个项目全部完工。"),
			[]string{"result 向阳幼儿园等项目投资 9600万元 q=", "result 项目 6个 q="}},
		{"work done on things counted, said with 对…进行, is named work first", review("集中对加格达奇路、尼尔基路等7条主干道路进行综合改造。对20个老旧小区进行全面改造。"),
			[]string{"result 综合改造主干道路 7条 q=", "result 改造老旧小区 20个 q="}},
		{"a word ending in 有 keeps it; the 有 of a count stated goes", review("国家级专精特新企业有120家，老城区现有的450万平方米棚户区完成改造。"),
			[]string{"result 国家级专精特新企业 120家 q=", "result 老城区现有的棚户区完成改造 450万平方米 q="}},
		{"a length or an area of work on a thing is named thing then work", plan("完成景观改造26万平方米、沿河5.3公里道路的建设任务，做好22.8公里道路的扩建和绿化。"),
			[]string{"figure 景观改造 26万平方米 q=", "figure 沿河道路建设 5.3公里 q=", "figure 道路扩建和绿化 22.8公里 q="}},
		{"what things counted do after them names them, before the clause that says which (正式运营); a verb inside a noun (开工项目) is none", plan("确保新建的2个地产蔬菜批发市场正式运营。推进285个计划新开工项目全部开工。"),
			[]string{"figure 正式运营的地产蔬菜批发市场 2个 q=确保", "figure 计划新开工项目 285个 q="}},
		{"what is said of things counted after their noun names them when it is a change they saw", review("宛平城等20处重点区域环境面貌显著提升，891项省级事项办理时间全部实现全国最优，23家企业技术中心通过认定，7个教育重点项目有序推进。"),
			[]string{"result 环境面貌显著提升的重点区域 20处 q=", "result 办理时间全部实现全国最优的省级事项 891项 q=", "result 通过认定的企业技术中心 23家 q=", "result 教育重点项目 7个 q="}},
		{"where things counted are stays with them when what they did names them", review("主城区21家企业迁建前期工作全面展开，组团内9条主次干道实现通车。完成老城区8条、12.3公里道路提升改造。"),
			[]string{"result 迁建前期工作全面展开的主城区企业 21家 q=", "result 实现通车的组团内主次干道 9条 q=", "result 老城区道路提升改造 8条 q=", "result 道路提升改造 12.3公里 q="}},
		{"words between two counts are the first count's thing; a verb after it is the second's", plan("选择11处停车场新建64个公共充电桩。"),
			[]string{"figure 选择停车场 11处 q=", "figure 新建公共充电桩 64个 q="}},
		{"a number inside quotes is part of a name or a slogan", review("迭代升级我省“民营经济32条”，办好“退役军人最期盼的10件事”，建成“15分钟生活圈”200个。"),
			[]string{"result 建成“15分钟生活圈” 200个 q="}},
		{"a plan keeps the verb of the projects it carries out", plan("实施30个全域土地综合整治项目。年内计划投资3.9亿元，实施19个城市重点基础设施项目。"),
			[]string{"figure 实施全域土地综合整治项目 30个 q=", "figure 城市重点基础设施项目计划投资 3.9亿元 q=", "figure 实施城市重点基础设施项目 19个 q="}},
		{"a plan keeps the verb of what it makes, not of activity", plan("打造银发综合体50个，再创建5条美丽河湖，开展农产品定量抽检超2.3万批次，实施老楼加装电梯800台以上。"),
			[]string{"figure 打造银发综合体 50个 q=", "figure 创建美丽河湖 5条 q=", "figure 农产品定量抽检 2.3万批次 q=超", "figure 老楼加装电梯 800台 q=以上"}},
		{"money that opens a statement is spent on the work of the next clause", review("投资3700万元，集中改造的11条背街巷道全部完工;投资3600万元，完成54栋住宅楼、14万平方米既有建筑节能改造;投资4360万元，对城区雨水管网进行全面改造。"),
			[]string{"result 背街巷道改造投资 3700万元 q=", "result 集中改造的背街巷道 11条 q=", "result 既有建筑节能改造投资 3600万元 q=", "result 住宅楼 54栋 q=", "result 既有建筑节能改造 14万平方米 q=", "result 城区雨水管网改造投资 4360万元 q="}},
		{"money put in (投入) is spent on the work of the next clause, as 投资 is, after a word of when", review("全年投入14.5亿元，重点实施了40个民生保障和社会事业项目。"),
			[]string{"result 民生保障和社会事业项目投入 14.5亿元 q=", "result 重点实施民生保障和社会事业项目 40个 q="}},
		{"money is spent on the work, not the things counted", plan("投资1260万元，完成5个村的饮水安全工程。投资10.6亿元，加快推进伊敏河景观改造、626小河沿岸环境整治。"),
			[]string{"figure 饮水安全工程投资 1260万元 q=", "figure 村的饮水安全工程 5个 q=", "figure 投资 10.6亿元 q="}},
		{"the amount of what is ensured is no resolve of its own", plan("确保投资3.4亿元的内蒙古冰上运动训练中心开工建设。推进总投资103.7亿元的棚户区改造工程。"),
			[]string{"figure 内蒙古冰上运动训练中心投资 3.4亿元 q=", "figure 棚户区改造工程总投资 103.7亿元 q="}},
		{"a streak of months or quarters holds what follows, its rank included", review("规模以上工业增加值增速连续30个月居全国前10位，经济增速2022年以来连续16个季度高于全国平均水平。"),
			[]string{"result 规模以上工业增加值增速居全国前10位 30个月 q=", "result 经济增速高于全国平均水平 16个季度 q="}},
		{"a rank held (保持, 继续保持) is of what was named", review("水电装机容量突破1亿千瓦、保持全国第1位。经济总量继续保持全省第2位。"),
			[]string{"result 水电装机容量 1亿千瓦 q=突破", "result 水电装机容量 1位 q=", "result 经济总量 2位 q="}},
		{"a rank of the speed is of what grew before it", review("地区生产总值增长5.8%，增速居全国第2位。地区生产总值增长6%，总量居全国第5位。"),
			[]string{"result 地区生产总值 - yoy 5.8 q=", "result 地区生产总值增速 2位 q=", "result 地区生产总值 - yoy 6 q=", "result 地区生产总值总量 5位 q="}},
		{"a level a streak holds is a fact of its own", review("粮食总产量连续9年稳定在1300亿斤以上。"),
			[]string{"result 粮食总产量稳定在1300亿斤以上 9年 q=", "result 粮食总产量 1300亿斤 q=稳定在、以上"}},
		{"a clause of 分别 gives the levels before it their changes in order", review("累计接待游客17.52亿人次、旅游花费1.27万亿元，分别增长32.9%、41.6%。"),
			[]string{"result 接待游客 17.52亿人次 yoy 32.9 q=累计", "result 旅游花费 1.27万亿元 yoy 41.6 q=累计"}},
		{"items of a list share the kind and the measure the last one names", review("有色冶金、石化化工、装备制造产业增加值年均分别增长17.8%、4.8%、9.9%。六大优势产业、高技术制造业、绿色低碳优势产业增加值分别增长6.8%、12.3%、7.8%。"),
			[]string{"result 有色冶金产业增加值 - yoy 17.8 q=", "result 石化化工产业增加值 - yoy 4.8 q=", "result 装备制造产业增加值 - yoy 9.9 q=", "result 六大优势产业增加值 - yoy 6.8 q=", "result 高技术制造业增加值 - yoy 12.3 q=", "result 绿色低碳优势产业增加值 - yoy 7.8 q="}},
		{"a short last item shares only its measure", review("原煤、原油、天然气产量分别增长72.1%、31.2%、141%。"),
			[]string{"result 原煤产量 - yoy 72.1 q=", "result 原油产量 - yoy 31.2 q=", "result 天然气产量 - yoy 141 q="}},
		{"events counted in 起; a rank anywhere (居内地第3位) is of what was named", review("防汛防地灾成功避险100余起、避免因灾伤亡4900余人。外国获批在川设立领事机构增至24家、居内地第3位。PM2.5平均浓度降至28.5微克每立方米。"),
			[]string{"result 防汛防地灾成功避险 100起 q=余", "result 避免因灾伤亡 4900人 q=余", "result 外国获批在川设立领事机构 24家 q=增至", "result 外国获批在川设立领事机构 3位 q=", "result PM2.5平均浓度 28.5微克每立方米 q=降至"}},
		{"what was added is named 新增 first; the total after it is of the thing", review("进出川大通道新增16条、达到54条。新增百亿县区26个，累计达到46个。"),
			[]string{"result 新增进出川大通道 16条 q=", "result 进出川大通道 54条 q=", "result 新增百亿县区 26个 q=", "result 百亿县区 46个 q=累计"}},
		{"things counted are named by the work done on them", review("实施36个老旧小区的既有建筑节能改造，重点实施城区20条道路的改造提升，完成9.2公里的城区供水主管网改造。"),
			[]string{"result 既有建筑节能改造的老旧小区 36个 q=", "result 改造提升城区道路 20条 q=", "result 城区供水主管网改造 9.2公里 q="}},
		{"every spelling of a verb of level is its qualifier", review("城镇登记失业率控制到3.65%，煤炭消费量缩减到100万吨。"),
			[]string{"result 城镇登记失业率 3.65% q=控制在", "result 煤炭消费量 100万吨 q=缩减至"}},
		{"a measure of a thing keeps 累计 inside the name it takes", review("新建高标准农田1万亩,累计完成投资2,431.67万元。"),
			[]string{"result 新建高标准农田 1万亩 q=", "result 高标准农田累计完成投资 2431.67万元 q=累计"}},
		{"targets of a 分别 list share the verb before the first and the qualifier after the last", plan("今年主要预期目标是：城乡居民人均可支配收入分别增长5%、6.5%左右，生猪、家禽年出栏量分别稳定在3900万头、13.5亿只以上。"),
			[]string{"target 城镇居民人均可支配收入 growth 5% q=左右", "target 农村居民人均可支配收入 growth 6.5% q=左右", "target 生猪年出栏量 level 3900万头 q=稳定在、以上", "target 家禽年出栏量 level 13.5亿只 q=稳定在、以上"}},
		{"an average over the year is 平均", review("城镇调查失业率平均为5.1%。"),
			[]string{"result 城镇调查失业率 5.1% q=平均"}},
		{"a word for two things splits into each one's with 分别", review("银行机构本外币存贷款余额分别达38.7万亿元、29.9万亿元。"),
			[]string{"result 银行机构本外币存款余额 38.7万亿元 q=", "result 银行机构本外币贷款余额 29.9万亿元 q="}},
		{"growth above a benchmark's is the speed's gap to it", review("全市地区生产总值5.2万亿元、增长5.4%、高于全国0.4个百分点，民间投资下降2.1%、低于全省1.5个百分点。"),
			[]string{"result 地区生产总值 5.2万亿元 yoy 5.4 q=", "result 地区生产总值增速 - pp 0.4 q=", "result 民间投资 - yoy -2.1 q=", "result 民间投资增速 - pp -1.5 q="}},
		{"results of a 分别 list share the qualifier after the last", review("城镇和农村居民人均可支配收入分别增长4%、5%以上。"),
			[]string{"result 城镇居民人均可支配收入 - yoy 4 q=以上", "result 农村居民人均可支配收入 - yoy 5 q=以上"}},
		{"a level the five-year plan's part names is a goal over its span, a count of things to make too, as when the goals are read from one paragraph", "一、2025年工作回顾\n地区生产总值完成100亿元。\n二、“十五五”时期主要目标任务\n——坚持城乡融合发展。常住人口城镇化率达到65%左右，新建100个智能工厂。打造4个国家先进制造业集群、6个千亿级产业集群。\n三、2026年重点工作\n新建50个智能工厂。\n",
			[]string{"target 常住人口城镇化率 level 65% q=达到、左右 p=2026-2030 end", "target 新建智能工厂 level 100个 q= p=2026-2030 total", "target 打造国家先进制造业集群 level 4个 q= p=2026-2030 total", "target 打造千亿级产业集群 level 6个 q= p=2026-2030 total", "figure 新建智能工厂 50个 q="}},
		{"a measure with 以上的 before a noun names a class too; trains run in 班次", plan("推动大宗货物年运量150万吨以上的物流园区接入铁路专用线，中欧班列开行4000班次。"),
			[]string{"figure 中欧班列开行 4000班次 q="}},
		{"the income of town and country residents grows for each", plan("今年主要预期目标是：城乡居民可支配收入增长18%，城乡居民收入比缩小。"),
			[]string{"target 城镇居民可支配收入 growth 18% q=", "target 农村居民可支配收入 growth 18% q="}},
		{"another measure of a thing is the thing's, a share stays of the measure", review("马铃薯总产量达到25万吨，实现产值2.5亿元。产业化龙头企业发展到22家，实现销售收入54亿元。无人机产量达到100万架、占全国95%。"),
			[]string{"result 马铃薯总产量 25万吨 q=", "result 马铃薯产值 2.5亿元 q=", "result 产业化龙头企业 22家 q=", "result 产业化龙头企业销售收入 54亿元 q=", "result 无人机产量 100万架 share 95 占全国 q="}},
		{"a name never opens on 的 or ends on 由; parcels are counted in 宗", review("出让矿业权755宗、成交价616.6亿元，95%以上的村集体经营性收入超过10万元。"),
			[]string{"result 出让矿业权 755宗 q=", "result 出让矿业权成交价 616.6亿元 q=", "result 村集体经营性收入超过10万元 95% q=以上", "result 村集体经营性收入 10万元 q=超过"}},
		{"things listed before their count are examples of what is counted", review("形成光伏、风电、光热3条新能源装备制造完整产业链。"),
			[]string{"result 形成新能源装备制造完整产业链 3条 q="}},
		{"where a thing is done is not what is counted", plan("在先进材料、高端装备、新一代信息技术等关键领域实施100项省级重大科技专项，其中根据当地资源禀赋打造14个特色服务区。"),
			[]string{"figure 实施省级重大科技专项 100项 q=", "figure 打造特色服务区 14个 q="}},
		{"what a fact of the five years measures: the end, the total, the change or the yearly average", "2026年政府工作报告\n一、“十四五”时期工作回顾\n过去的五年极不寻常。\n国家高新技术企业1.28万家，城镇新增就业603.7万人，森林覆盖率达53.4%，营业总收入五年增长97.3%，林草产业产值年均增长10%。每年实施为民实事10件。\n",
			[]string{"result 国家高新技术企业 1.28万家 q= p=2021-2025 end", "result 城镇新增就业 603.7万人 q= p=2021-2025 total", "result 森林覆盖率 53.4% q= p=2021-2025 end", "result 营业总收入 - yoy 97.3 q= p=2021-2025 change", "result 林草产业产值 - yoy 10 q= p=2021-2025 average", "result 为民实事 10件 q= p=2021-2025 average"}},
		{"a firm's measures are of the thing the clause before names", review("政府投融资平台不断做大,资产总额达到100亿元,完成融资21.8亿元。新建成蔬菜大棚320个、仓储库2万平方米。"),
			[]string{"result 政府投融资平台资产总额 100亿元 q=", "result 政府投融资平台完成融资 21.8亿元 q=", "result 新建成蔬菜大棚 320个 q=", "result 新建成仓储库 2万平方米 q="}},
		{"places counted by what they did; a 、 in brackets is the name's", plan("推动16个县（市、区）整县建成美丽乡村，强化12所师范（教师教育）院校对县域基础教育的纵向帮扶。"),
			[]string{"figure 整县建成美丽乡村的县（市、区） 16个 q=", "figure 强化师范（教师教育）院校对县域基础教育的纵向帮扶 12所 q="}},
		{"things whose lot got better are named by it", review("2411名受灾群众的基本生活得到保障，使8000户居民家庭的供热质量得到显著改善，为300名经济困难的严重精神障碍患者免费提供抗精神病药物。"),
			[]string{"result 基本生活得到保障的受灾群众 2411名 q=", "result 供热质量得到显著改善的居民家庭 8000户 q=", "result 免费提供抗精神病药物的经济困难的严重精神障碍患者 300名 q="}},
		{"who did what a clause lists is each item's", review("省属企业完成产业类投资553.1亿元、研发投入133.5亿元，304个省列重大项目完成投资2929亿元。"),
			[]string{"result 省属企业产业类投资 553.1亿元 q=", "result 省属企业研发投入 133.5亿元 q=", "result 省列重大项目 304个 q=", "result 省列重大项目完成投资 2929亿元 q="}},
		{"over five years a level and its yearly growth are two facts", "2026年政府工作报告\n一、“十四五”时期工作回顾\n过去的五年极不寻常。\n外贸进出口总值首次突破700亿元、年均增长13.2%。\n",
			[]string{"result 外贸进出口总值 700亿元 q=突破 p=2021-2025 end", "result 外贸进出口总值 - yoy 13.2 q= p=2021-2025 average"}},
		{"in a plan too, the total after what is added is the thing's", plan("新增1000处信号灯联网、累计达8000处。"),
			[]string{"figure 新增信号灯联网 1000处 q=", "figure 信号灯联网 8000处 q=累计、达到"}},
		{"同口径 says how it is counted, not what", plan("今年主要预期目标是：一般公共预算收入同口径增长5.5%左右。"),
			[]string{"target 一般公共预算收入 growth 5.5% q=左右"}},
		{"work measured by its size is no task; we are where, not what", plan("完成2595套保障性住房建设任务，我区安排重点项目105个，2万平方米仓储库建成并投入使用，争取国家“两重”建设任务162项。"),
			[]string{"figure 保障性住房建设 2595套 q=", "figure 重点项目 105个 q=", "figure 建成并投入使用的仓储库 2万平方米 q=", "figure 争取国家“两重”建设任务 162项 q="}},
		{"work done is no measure of the thing before it", plan("完成望城路等15条道路工程，完成绿化130万平方米。"),
			[]string{"figure 道路工程 15条 q=", "figure 完成绿化 130万平方米 q="}},
		{"a measure of money paid out is the thing's; shared work is said once", review("发放创业担保贷款25笔,累计金额1,017万元。实施农村公路建设项目3个,建设里程达到38.13公里。"),
			[]string{"result 发放创业担保贷款 25笔 q=", "result 创业担保贷款累计金额 1017万元 q=累计", "result 农村公路建设项目 3个 q=", "result 农村公路建设里程 38.13公里 q="}},
		{"proposals handled are named by the handling", review("119件人大代表建议、164件政协委员提案全部办理完毕。"),
			[]string{"result 办理人大代表建议 119件 q=", "result 办理政协委员提案 164件 q="}},
		{"a resolve that opens a clause governs the clauses after it, unless they say their own", plan("力争全年旅游接待人数达到446万人次，旅游收入达到46亿元。确保粮食播种面积稳定在24万亩以上,计划实施草畜平衡面积72.74万亩。"),
			[]string{"figure 旅游接待人数 446万人次 q=力争、达到", "figure 旅游收入 46亿元 q=力争、达到", "figure 粮食播种面积 24万亩 q=确保、稳定在、以上", "figure 草畜平衡面积 72.74万亩 q="}},
		{"由A整合为B is a from→to too; plots, groups and trips counted", review("市属重点国企由51家整合为33家，修复17块污染地块，跨境公路班车开行量突破1.2万车次，5549块牌匾的规范设置。"),
			[]string{"result 市属重点国企 33家 q=", "result 修复污染地块 17块 q=", "result 跨境公路班车开行量 1.2万车次 q=突破", "result 规范设置的牌匾 5549块 q="}},
		{"a ratio to one has the unit :1, written with any colon, and falls 缩小至 or 缩小为; the three sectors' shares of the economy are a fact each", review("城乡居民收入比由2.5:1缩小至2.21∶1。城乡居民收入比由2.85∶1缩小为2.6∶1。三次产业比重为4.0∶37.7∶58.3。三次产业结构调整为10.2:38.5:51.3，地区生产总值增长5%。"),
			[]string{"result 城乡居民收入比 2.21:1 q=", "result 城乡居民收入比 2.6:1 q=", "result 第一产业比重 - share 4.0 三次产业比重 q=", "result 第二产业比重 - share 37.7 三次产业比重 q=", "result 第三产业比重 - share 58.3 三次产业比重 q=", "result 第一产业比重 - share 10.2 三次产业结构 q=", "result 第二产业比重 - share 38.5 三次产业结构 q=", "result 第三产业比重 - share 51.3 三次产业结构 q=", "result 地区生产总值 - yoy 5 q="}},
		{"a policy's term, an earthquake's magnitude and a class after a count are no facts", plan("有序推进第二轮土地承包到期后再延长30年试点。积石山6.2级地震灾后重建有序推进，2个1类创新药获批上市。"),
			[]string{"figure 获批上市的1类创新药 2个 q="}},
		{"a measure with 以上 before a noun names a class, and stays in its name", plan("实施2000万元以上项目30个。"),
			[]string{"figure 实施2000万元以上项目 30个 q="}},
		{"及以上 after a unit per hour names a class", plan("推进65蒸吨/小时及以上燃煤锅炉超低排放改造。"),
			nil},
		{"a unit per another", review("全员劳动生产率达58万元/人，事故死亡率控制在0.6人/百亿元以下。"),
			[]string{"result 全员劳动生产率 58万元/人 q=", "result 事故死亡率 0.6人/百亿元 q=控制在、以下"}},
		{"N期 counts sessions", review("组织教师参加各级各类培训44期。"),
			[]string{"result 教师参加各级各类培训 44期 q="}},
		{"a ratio of the level before it", review("完成投资37.56亿元,投资完成率达到101.8%。"),
			[]string{"result 完成投资 37.56亿元 rate 101.8 投资完成率 q="}},
		{"a rate of its own after a level", review("治理水土流失面积3.55万平方公里，水土保持率61.4%。"),
			[]string{"result 治理水土流失面积 3.55万平方公里 q=", "result 水土保持率 61.4% q="}},
		{"a rate in a plan after a figure is its change", plan("总投资214.24亿元,同比增长51.5%。"),
			[]string{"figure 总投资 214.24亿元 yoy 51.5 q="}},
		{"a growth rate alone in the plan is a target", plan("推动商品消费扩容提质升级。社会消费品零售总额增长5%左右。"),
			[]string{"target 社会消费品零售总额 growth 5% q=左右"}},
		{"涨幅 is a growth target", plan("今年发展的主要预期目标是：居民消费价格涨幅2%左右。"),
			[]string{"target 居民消费价格 growth 2% q=左右"}},
		{"降幅 is a fall", review("单位国内生产总值能耗降幅超过3%。"),
			[]string{"result 单位国内生产总值能耗 - yoy -3 q=超过"}},
		{"均 gives each thing of a list the number", review("生产安全事故起数、死亡人数均下降75%。"),
			[]string{"result 生产安全事故起数 - yoy -75 q=", "result 生产安全事故死亡人数 - yoy -75 q="}},
		{"a level in percent after a list is each thing's", review("网上信访满意率、办结率和好评率达到95%以上。"),
			[]string{"result 网上信访满意率 95% q=以上", "result 网上信访办结率 95% q=以上", "result 网上信访好评率 95% q=以上"}},
		{"an amount after a list is their total", review("完成东山、西山绿化修复1080亩。"),
			[]string{"result 东山、西山绿化修复 1080亩 q="}},
		{"a list named as one group", review("新能源汽车、光伏产品、锂电池“新三样”出口增长69.4%。"),
			[]string{"result 新能源汽车、光伏产品、锂电池“新三样”出口 - yoy 69.4 q="}},
		{"a count of what follows is no list's, and a set all covered is what the statement is about (the Guangdong sample's 21个地级以上市全覆盖)", review("本科高校、高职院校、技师学院均实现21个地级以上市全覆盖。"),
			nil},
		{"分别 shares the measure noun and the unit", review("广州、深圳地铁线网单日最高客运量分别达1409万、1305万人次。"),
			[]string{"result 广州地铁线网单日最高客运量 1409万人次 q=", "result 深圳地铁线网单日最高客运量 1305万人次 q="}},
		{"分别 in a plan: each a level to reach, 以上 the last's", plan("水果、蔬菜、茶叶产量分别达2050万吨、4200万吨、19万吨以上。"),
			[]string{"figure 水果产量 2050万吨 q=达到", "figure 蔬菜产量 4200万吨 q=达到", "figure 茶叶产量 19万吨 q=达到、以上"}},
		{"分别 and one rate of each level", review("新增就业6435人，失业人员再就业1755人，分别完成目标任务的117%。"),
			[]string{"result 新增就业 6435人 rate 117 完成目标任务 q=", "result 失业人员再就业 1755人 rate 117 完成目标任务 q="}},
		{"the numbers between 从 and the verb are earlier levels", plan("困难残疾人生活补贴、重度残疾人护理补贴标准分别从每人每月209元、280元提高到217元、290元。"),
			[]string{"figure 困难残疾人生活补贴标准 217元 q=提高至", "figure 重度残疾人护理补贴标准 290元 q=提高至"}},
		{"a share that selects things is a class", review("我省在全国占比超过10%的有44种。"),
			[]string{"result （待命名） 44种 q="}},
		{"a unit with its alternatives", plan("推动建设超100条（个）幸福河湖。"),
			[]string{"figure 建设幸福河湖 100条（个） q=超"}},
		{"a target stated again in the plan is not a second target", "一、2025年工作回顾\n地区生产总值完成100亿元。\n二、2026年重点工作\n今年发展主要预期目标是：城镇调查失业率5.5%左右。\n稳定就业。城镇调查失业率5.5%左右。\n",
			[]string{"target 城镇调查失业率 level 5.5% q=左右"}},
		{"a count of the plan's own parts", review("《纲要草案》设置了29项主要指标。"), nil},
		{"the review turns to the five years and back to the year",
			"2026年政府工作报告\n一、“十四五”时期和2025年工作回顾\n过去的五年极不寻常。\n综合实力稳步提升。生产总值6.66万亿元。\n刚刚过去的2025年很不平凡。生产总值增长5.6%。\n",
			[]string{"result 生产总值 6.66万亿元 q= p=2021-2025 end", "result 生产总值 - yoy 5.6 q="}},
		{"the year after the five years is a section of its own",
			"2026年政府工作报告\n“十四五”时期工作回顾\n五年来主要做了以下工作。\n我们扭住首要任务，推进工业强省。粮食产量1280万吨。\n我们加快构建体系，强化支撑保障。公路里程20万公里。\n我们坚持履职尽责，加强自身建设。办理建议800件。\n刚刚过去的2025年，全省上下奋力拼搏。生产总值增长5.8%。\n",
			[]string{"result 粮食产量 1280万吨 q= p=2021-2025 end", "result 公路里程 20万公里 q= p=2021-2025 end", "result 办理建议 800件 q= p=2021-2025 total", "result 生产总值 - yoy 5.8 q="}},
		{"a paragraph looking back on the plan, after the address to the delegates, is about its five years; 增加值 reached is a level, not things added",
			"2026年政府工作报告\n一、2025年和“十四五”时期工作回顾\n过去一年，地区生产总值增长5%。\n各位代表！透过2025回望“十四五”，全市走过了不平凡的历程。这五年，服务业增加值达到1.98万亿元，人均地区生产总值突破10万元。\n",
			[]string{"result 地区生产总值 - yoy 5 q=", "result 服务业增加值 1.98万亿元 q= p=2021-2025 end", "result 人均地区生产总值 10万元 q=突破 p=2021-2025 end"}},
		{"the plans are the report's year's: in 2021 the review looks back on 十三五 and the goals are 十四五's",
			"2021年政府工作报告\n一、“十三五”时期和2020年工作回顾\n“十三五”时期，全市地区生产总值年均增长6%，人均地区生产总值突破10万元。\n刚刚过去的2020年，地区生产总值增长3%。\n二、“十四五”时期主要目标任务\n到2025年，地区生产总值突破1万亿元。\n",
			[]string{"result 地区生产总值 - yoy 6 q= p=2016-2020 average", "result 人均地区生产总值 10万元 q=突破 p=2016-2020 end", "result 地区生产总值 - yoy 3 q=", "target 地区生产总值 level 1万亿元 q=突破 p=2021-2025 end"}},
		{"in 2016, 十二五 and 十三五", "2016年政府工作报告\n一、“十二五”时期工作回顾\n地区生产总值年均增长8%。\n二、“十三五”时期主要目标任务\n到“十三五”末，地区生产总值突破2000亿元。\n",
			[]string{"result 地区生产总值 - yoy 8 q= p=2011-2015 average", "target 地区生产总值 level 2000亿元 q=突破 p=2016-2020 end"}},
		{"in a plan's later years its name is the plan under way: neither the five years past nor the next goals", "2024年政府工作报告\n一、2023年工作回顾\n“十四五”规划中期评估顺利完成，地区生产总值增长5%。\n",
			[]string{"result 地区生产总值 - yoy 5 q="}},
		{"a magnitude and 余 ending a line, the unit on the next: no fact, and no crash (it panicked)", review("新增耕地1万余\n亩。"), nil},
		{"a PDF's justified line spaces out a name's words: the name reads as one word, the quote as written", review("新增制造 业单项冠军示范企业3家，新 增小微企业 2.6 万家。"),
			[]string{"result 新增制造业单项冠军示范企业 3家 q=", "result 新增小微企业 2.6万家 q="}},
		{"安排 is no rank's 排; money set aside by a programme the clause before launched is its money", review("“暖心民政”三年行动启动实施，每年安排140亿元以上。"),
			[]string{"result “暖心民政”三年行动安排资金 140亿元 q=以上"}},
		{"trade with the first of a list is 对 it, and with each of the others; a measure alone after the first one's is of the same thing", review("对共建“一带一路”国家、非洲、欧洲出口分别增长11.6%、28.4%、10.5%。对东盟、欧盟进出口分别增长16.7%、40.2%。全区地方财政收入、支出分别突破300亿元和3000亿元。"),
			[]string{"result 对共建“一带一路”国家出口 - yoy 11.6 q=", "result 对非洲出口 - yoy 28.4 q=", "result 对欧洲出口 - yoy 10.5 q=", "result 对东盟进出口 - yoy 16.7 q=", "result 对欧盟进出口 - yoy 40.2 q=", "result 地方财政收入 300亿元 q=突破", "result 地方财政支出 3000亿元 q=突破"}},
		{"verbs that only say a level was held or raised, or against when, leave the name: 保持, 继续保持, 调增, 较上年", review("城乡居民基础养老金调增19.6%。新增3岁以下婴幼儿托位数较上年增长17%。全区环境空气质量优良天数比例保持99%以上。粮食产量继续保持500亿斤以上。"),
			[]string{"result 城乡居民基础养老金 - yoy 19.6 q=", "result 新增3岁以下婴幼儿托位数 - yoy 17 q=", "result 环境空气质量优良天数比例 99% q=以上", "result 粮食产量 500亿斤 q=以上"}},
		{"a growth named before its benchmark is measured against it in points", review("民间投资增速高于全国3.7个百分点。城镇居民收入增长低于全省0.5个百分点。"),
			[]string{"result 民间投资增速 - pp 3.7 q=", "result 城镇居民收入增速 - pp -0.5 q="}},
		{"a title block, then an unnumbered part and its prose: the part is read, not taken into the title block",
			"2026年甘肃省政府工作报告\n甘肃省省长 任振鹤\n“十四五”时期工作回顾\n五年来主要做了以下工作。\n我们巩固拓展脱贫攻坚成果，扎实推进城乡融合发展，新建5G基站8.99万个，风险消除率78.8%。\n",
			[]string{"result 新建5G基站 8.99万个 q= p=2021-2025 total", "result 风险消除率 78.8% q= p=2021-2025 end"}},
		{"stages a clause lists after one subject are each the subject's", review("自治区重大项目开工390个、竣工437个。"),
			[]string{"result 自治区重大项目开工 390个 q=", "result 自治区重大项目竣工 437个 q="}},
		{"stages listed in a plan, the same", plan("全年重点项目签约120个、开工95个、投产60个。"),
			[]string{"figure 重点项目签约 120个 q=", "figure 重点项目开工 95个 q=", "figure 重点项目投产 60个 q="}},
		{"an amount 折合 in another currency is the fact before's", review("实际使用外资达到160.6亿美元、折合1148亿元人民币。"),
			[]string{"result 实际使用外资 160.6亿美元 q=", "result 实际使用外资折合人民币 1148亿元 q="}},
		{"a place held so many years running, and a bare measure after it, are of what the sentence opened on; a record set is no part of it", review("粮食总产再创历史新高，连续16年位居全国首位，增量39.7亿斤。"),
			[]string{"result 粮食总产位居全国首位 16年 q=", "result 粮食总产增量 39.7亿斤 q="}},
		{"a review titled by what came of the year, not by the word 回顾, is a review",
			"2026年政府工作报告\n一、一年接着一年干，新福建建设持续取得新进展新成效\n2025年是“十四五”收官之年。\n初步统计，社会消费品零售总额增长4.4%，固定资产投资下降3.3%。\n",
			[]string{"result 社会消费品零售总额 - yoy 4.4 q=", "result 固定资产投资 - yoy -3.3 q="}},
		{"a threshold stays in the name of the class it selects, as the data guide asks, also money more than which (超) selects projects counted after it", review("开工建设10亿元以上重大产业项目47个。引进投资超10亿元重大项目14个。投资4.17亿元实施生态环境类重点项目7个。"),
			[]string{"result 开工建设10亿元以上重大产业项目 47个 q=", "result 引进投资超10亿元重大项目 14个 q=", "result 生态环境类重点项目投资 4.17亿元 q=", "result 生态环境类重点项目 7个 q="}},
		{"接近 is 近; a rank 提升至 leaves the name; a growth counted otherwise in brackets is the same thing's; a measure alone after a fact of the clause is of its thing; a growth faster than the economy's is a gap in points", review("总量接近800万户。电解铝运行产能提升至全国第2位。地方一般公共预算收入达3507.6亿元、增长1.7%（同口径增长2.5%）。地方一般公共预算收入增长2.3%、支出首次超过7000亿元。农村居民收入增长快于经济1个百分点。"),
			[]string{"result 总量 800万户 q=近", "result 电解铝运行产能 2位 q=", "result 地方一般公共预算收入 3507.6亿元 yoy 1.7 q=", "result 地方一般公共预算收入 - yoy 2.5 q=", "result 地方一般公共预算收入 - yoy 2.3 q=", "result 地方一般公共预算支出 7000亿元 q=超过", "result 农村居民收入增速 - pp 1 q="}},
		{"a share named at the end of a list is each item's; 限上 (限额以上) and the retail measure are shared; what drove the growth is not what grew", review("非化石能源发电量、用电量占比均超过30%。消费品以旧换新带动限上新能源汽车、节能家电零售额分别增长21.2%、39.5%。新能源汽车、智能家电限上零售额分别增长8.7%、31.5%。限额以上通讯器材、家用电器零售额分别增长40.9％、27.1％。"),
			[]string{"result 非化石能源发电量占比 30% q=超过", "result 非化石能源用电量占比 30% q=超过", "result 限上新能源汽车零售额 - yoy 21.2 q=", "result 限上节能家电零售额 - yoy 39.5 q=", "result 新能源汽车限上零售额 - yoy 8.7 q=", "result 智能家电限上零售额 - yoy 31.5 q=", "result 限额以上通讯器材零售额 - yoy 40.9 q=", "result 限额以上家用电器零售额 - yoy 27.1 q="}},
		{"按 and 拟 before a target's number leave its name, 拟 its qualifier as the data guide lists it", "2026年政府工作报告\n一、2025年工作回顾\n地区生产总值增长5%。\n二、2026年工作安排\n今年经济社会发展主要预期目标是：地区生产总值按增长5%安排；赤字率拟按4%左右安排。\n",
			[]string{"result 地区生产总值 - yoy 5 q=", "target 地区生产总值 growth 5% q=", "target 赤字率 level 4% q=拟、左右"}},
		{"a list of amounts of one measure, each named before it, shares nothing: the first is not spent on the rest, the others not the first's", plan("力争全年完成交通投资2300亿元、能源投资2100亿元、水利投资900亿元。"),
			[]string{"figure 交通投资 2300亿元 q=力争", "figure 能源投资 2100亿元 q=力争", "figure 水利投资 900亿元 q=力争"}},
		{"how work on things counted went (加快推进, 稳步推进, 全面完成) says no more than the count", review("42个源网荷储一体化试点加快推进。45件民生实事全面完成。15个“沪派江南”风貌保护传承试点稳步推进。"),
			[]string{"result 源网荷储一体化试点 42个 q=", "result 民生实事 45件 q=", "result “沪派江南”风貌保护传承试点 15个 q="}},
		{"a level reached after its doubling is named without it", review("高新技术企业数量实现翻番、达1.8万家。水利建设投资翻番、达2734.3亿元。"),
			[]string{"result 高新技术企业数量 1.8万家 q=", "result 水利建设投资 2734.3亿元 q="}},
		{"people a bare 万 counts end on a word that 人 opens (人口, 人员); 在 of 所在 is no verb; 集中 says how counted things did what follows", review("13.2万脱贫人口实现稳岗就业。51万新就业形态人员纳入职业伤害保障。149.5万个婴幼儿所在家庭享受育儿补贴。2款一类创新药集中获批上市。"),
			[]string{"result 实现稳岗就业的脱贫人口 13.2万人 q=", "result 纳入职业伤害保障的新就业形态人员 51万人 q=", "result 婴幼儿所在家庭享受育儿补贴 149.5万个 q=", "result 集中获批上市的一类创新药 2款 q="}},
		{"a streak of growth after a growth is of what grew; 内外资 split with 分别 are 内资 and 外资", review("高技术制造业增加值增长30.4%、连续24个月保持两位数增长。实际使用内外资分别增长10%、6.4%。"),
			[]string{"result 高技术制造业增加值 - yoy 30.4 q=", "result 高技术制造业增加值保持两位数增长 24个月 q=", "result 实际使用内资 - yoy 10 q=", "result 实际使用外资 - yoy 6.4 q="}},
		{"numbers that run on joined by 、 after a list of as many things are each one's, with no 分别 to say so", review("“新三样”、集成电路出口增长30.4%、30.1%。粮食、油料产量达到100万吨、20万吨。"),
			[]string{"result “新三样”出口 - yoy 30.4 q=", "result 集成电路出口 - yoy 30.1 q=", "result 粮食产量 100万吨 q=", "result 油料产量 20万吨 q="}},
		{"over five years, things produced, supplied, made, certified, rebuilt, passed, issued, settled, added, promoted or elected add up; 生产总值 reached is a level", review("五年来，五年生产原煤65亿吨，认证“山西精品”200个，新改扩建义务教育寄宿制学校1700余所，出台政府规章27部，落户4个国家区域医疗中心，2人当选中国工程院院士，生产总值6.66万亿元。"),
			[]string{"result 生产原煤 65亿吨 q= p=2021-2025 total", "result 认证“山西精品” 200个 q= p=2021-2025 total", "result 新改扩建义务教育寄宿制学校 1700所 q=余 p=2021-2025 total", "result 出台政府规章 27部 q= p=2021-2025 total", "result 落户国家区域医疗中心 4个 q= p=2021-2025 total", "result 当选中国工程院院士 2人 q= p=2021-2025 total", "result 生产总值 6.66万亿元 q= p=2021-2025 end"}},
		{"a paragraph whose second sentence looks back on the five years turns the review to them, though its first opens on the year",
			"2026年政府工作报告\n一、2025年和“十四五”时期工作回顾\n2025年，地区生产总值增长5%。\n各位代表！2025年主要目标任务的完成，标志着“十四五”规划顺利收官。回望过去五年，我们攻坚克难。\n（一）全面转向高质量发展新阶段。地区生产总值年均增长5.2%。\n",
			[]string{"result 地区生产总值 - yoy 5 q=", "result 地区生产总值 - yoy 5.2 q= p=2021-2025 average"}},
		{"a mark passed on the way to the level after it is no level; a place written without 位 is a rank; units in Latin letters; a set all in a state is what a statement is about", review("地区生产总值突破3万亿元、达3.6万亿元。新能源汽车产量超110万辆、居全国第9。全省算力规模突破160Eflops，新能源电池产能达55GWh。全区12个盟市空气质量全部达标。邮轮母港接待邮轮91艘次。"),
			[]string{"result 地区生产总值 3.6万亿元 q=", "result 新能源汽车产量 110万辆 q=超", "result 新能源汽车产量 9位 q=", "result 算力规模 160Eflops q=突破", "result 新能源电池产能 55GWh q=", "result 邮轮母港接待邮轮 91艘次 q="}},
		{"the three sectors' shares a structure came to, from the shares it had; points written once after the last of a list", review("三次产业结构由8.7∶41.2∶50.1调整为7.4∶39.6∶53。投资、消费增速分别快于全国3.4个、1个百分点。"),
			[]string{"result 第一产业比重 - share 7.4 三次产业结构 q=", "result 第二产业比重 - share 39.6 三次产业结构 q=", "result 第三产业比重 - share 53 三次产业结构 q=", "result 投资增速 - pp 3.4 q=", "result 消费增速 - pp 1 q="}},
		{"a policy's count in 条 names the measures counted, after it or after the 等 closing its list, without the verb that issued them", review("出台促进民营经济高质量发展27条举措。制定实施稳增长惠民生27条、金融支持民营经济发展12条等政策举措。"),
			[]string{"result 促进民营经济高质量发展举措 27条 q=", "result 稳增长惠民生政策举措 27条 q=", "result 金融支持民营经济发展政策举措 12条 q="}},
		{"国家 and 每千人 opening a list with 分别 are each item's", review("国家专精特新“小巨人”、单项冠军企业分别达到247家、35家。每千人托位、养老床位数分别达到4.7个、27.3张。"),
			[]string{"result 国家专精特新“小巨人” 247家 q=", "result 国家单项冠军企业 35家 q=", "result 每千人托位 4.7个 q=", "result 每千人养老床位数 27.3张 q="}},
		{"a measure of two characters after a fact of the sentence is of its thing, in changes too; 总花费 after 人次 is the same people's", review("猕猴桃综合产值增长8.5％、出口增长53.6％。国内游客人次、总花费增长5.6%、7.5%。接待游客、旅游总花费分别增长10.7%和9.5%。"),
			[]string{"result 猕猴桃综合产值 - yoy 8.5 q=", "result 猕猴桃出口 - yoy 53.6 q=", "result 国内游客人次 - yoy 5.6 q=", "result 国内游客总花费 - yoy 7.5 q=", "result 接待游客 - yoy 10.7 q=", "result 旅游总花费 - yoy 9.5 q="}},
		{"a capacity naming a project after the verb that pushes it, or after a count of such projects, is the project's name", plan("推动国达化工60万吨钾肥复合造粒。加快格尔木、德令哈3座35万千瓦光热电站建设。"),
			[]string{"figure 光热电站建设 3座 q="}},
		{"long words before a count that end on the verb taking it name it with the noun after the count", review("沈阳浑南科技城落户87个项目，大连英歌石科学城汇聚300多个科研团队。"),
			[]string{"result 沈阳浑南科技城落户项目 87个 q=", "result 大连英歌石科学城汇聚科研团队 300个 q=多"}},
		{"落地建设 is a verb of making examples are listed after", review("落地建设肿瘤与代谢、闽台地区高发慢病病因流行病学2个重点实验室。"),
			[]string{"result 落地建设重点实验室 2个 q="}},
		{"things counted that opened once built are named so; the 等 closing their examples is no part of them", review("五大道公园、设计公园和85个口袋公园等建成开放。"),
			[]string{"result 建成开放的口袋公园 85个 q="}},
		{"an item as long as the last one's first word, ending alike, takes the rest of it", review("城镇居民、农村居民人均可支配收入分别增长4.5%、5.7%。"),
			[]string{"result 城镇居民人均可支配收入 - yoy 4.5 q=", "result 农村居民人均可支配收入 - yoy 5.7 q="}},
		{"a plan's 拟 before a stage is no noun the stage is said of", plan("抓好赛得利纤维等3500多个拟竣工投产项目。"),
			[]string{"figure 拟竣工投产项目 3500个 q=多"}},
		{"有序 before 退出 says how things counted left, which is what counts them, not how work went", review("170家融资平台有序退出。"),
			[]string{"result 融资平台有序退出 170家 q="}},
		{"counts of a plan's own indicators named first, and of its fields of tasks, are its structure", "2026年政府工作报告\n一、2025年工作回顾\n地区生产总值增长5%。\n二、“十五五”时期主要目标任务\n《纲要（草案）》提出28项主要指标，其中预期性指标19项、约束性指标9项。《纲要（草案）》安排了18个领域的重点任务。\n",
			[]string{"result 地区生产总值 - yoy 5 q="}},
		{"a part of the next plan's goals and the year's work turns to the year where a paragraph opens on it; a part of the plan's first year's work is the year's",
			"2026年政府工作报告\n一、2025年工作回顾\n地区生产总值增长5%。\n二、“十五五”时期目标任务和2026年工作安排\n《纲要（草案）》提出，到2030年常住人口城镇化率达到70%。\n今年是“十五五”开局之年。新建学校5所。\n三、全力推动“十五五”开好局、起好步\n新建医院3所。\n",
			[]string{"result 地区生产总值 - yoy 5 q=", "target 常住人口城镇化率 level 70% q=达到 p=2026-2030 end", "figure 新建学校 5所 q=", "figure 新建医院 3所 q="}},
		{"the stage verb before examples closed by 等 is the count's", plan("新开工晏城至表白寺等2个项目，建成通车济南至宁津等5个项目。"),
			[]string{"figure 新开工项目 2个 q=", "figure 建成通车项目 5个 q="}},
		{"a part whose number the copy lost",
			"2026年政府工作报告\n“十四五”时期工作回顾\n我们扭住高质量发展首要任务。粮食产量1280万吨。\n2026年重点工作\n新建惠民餐厅17家。\n",
			[]string{"result 粮食产量 1280万吨 q= p=2021-2025 end", "figure 新建惠民餐厅 17家 q="}},
		{"a review part turned to the next plan",
			"2026年政府工作报告\n一、“十四五”时期发展成就和“十五五”时期主要目标任务\n这五年，粮食产量1280万吨。\n“十五五”时期是关键时期。\n围绕上述目标，设置了主要指标，包括：全员劳动生产率达58万元/人左右。\n",
			[]string{"result 粮食产量 1280万吨 q= p=2021-2025 end", "target 全员劳动生产率 level 58万元/人 q=达到、左右 p=2026-2030 end"}},
		{"分别 with falls: all are falls", review("刑事治安、涉诈、涉毒警情分别下降17.7%、17.4%、68%。"),
			[]string{"result 刑事治安警情 - yoy -17.7 q=", "result 涉诈警情 - yoy -17.4 q=", "result 涉毒警情 - yoy -68 q="}},
		{"a ratio named as a noun (占…比重) is an indicator in per cent, also in a 分别 list; 占…的x% a share", review("先进制造业、高技术制造业增加值占规模以上工业增加值比重分别达56.2%、34.7%。数字经济核心产业增加值占国内生产总值比重达到10%。民生支出占一般公共预算支出的73.6%。"),
			[]string{"result 先进制造业增加值占规模以上工业增加值比重 56.2% q=", "result 高技术制造业增加值占规模以上工业增加值比重 34.7% q=", "result 数字经济核心产业增加值占国内生产总值比重 10% q=", "result 民生支出 - share 73.6 占一般公共预算支出 q="}},
		{"what counted things did names them", review("11家企业入选全球人形机器人上市公司百强，为超300万名婴幼儿发放育儿补贴。"),
			[]string{"result 入选全球人形机器人上市公司百强的企业 11家 q=", "result 获发育儿补贴的婴幼儿 300万名 q=超"}},
		{"a list with 与", review("全市招商引资签约项目数与合同额分别增长22.1%、15.1%。"),
			[]string{"result 招商引资签约项目数 - yoy 22.1 q=", "result 招商引资签约合同额 - yoy 15.1 q="}},
		{"a bare 万 before people counts people", review("全年新增40.8万青年留渝来渝、33万农民工就近就业。"),
			[]string{"result 新增留渝来渝青年 40.8万人 q=", "result 新增就近就业农民工 33万人 q="}},
		{"money named by a bare measure is of what it is spent on", review("投资4890万元实施10蒸吨以下燃煤锅炉改造，计划投资2,540万元节能改造路灯6,900余盏。"),
			[]string{"result 10蒸吨以下燃煤锅炉改造投资 4890万元 q=", "result 路灯节能改造计划投资 2540万元 q=", "result 节能改造路灯 6900盏 q=余"}},
		{"things listed after a clause's first number share its verb of making", review("累计创建42个示范村、22个示范片区，处置批而未供土地171.6万亩、闲置土地18.3万亩。"),
			[]string{"result 创建示范村 42个 q=累计", "result 创建示范片区 22个 q=累计", "result 处置批而未供土地 171.6万亩 q=", "result 处置闲置土地 18.3万亩 q="}},
		{"a quoted name keeps its marks", review("“港车北上”、“澳车北上”累计832万辆次。"),
			[]string{"result “港车北上”、“澳车北上” 832万辆次 q=累计"}},
		{"a plan's level to reach says 达到, after the words that govern it", plan("确保畜禽粪污综合利用率达到90%以上。全省养老机构护理员持证人数达到4500人以上。"),
			[]string{"figure 畜禽粪污综合利用率 90% q=确保、达到、以上", "figure 养老机构护理员持证人数 4500人 q=达到、以上"}},
		{"分别: what stands before the first number is each one's", review("食品、药品抽检合格率分别超98.5%和99%。"),
			[]string{"result 食品抽检合格率 98.5% q=超", "result 药品抽检合格率 99% q=超"}},
		{"a clause before 的 says which things are counted", review("明确了需要政府党组研究的23项议事内容，完成了主要街道240栋建筑物的立面修复。"),
			[]string{"result 明确需要政府党组研究的议事内容 23项 q=", "result 立面修复的主要街道建筑物 240栋 q="}},
		{"a year inside a name dates it", review("全年发放2017年义务兵优待金743.4万元。"),
			[]string{"result 发放义务兵优待金 743.4万元 q="}},
		{"a list inside quotes is one name", review("全区177人建档立卡贫困人口实现了“两不愁、三保障”。"),
			[]string{"result 实现“两不愁、三保障”的建档立卡贫困人口 177人 q="}},
		{"a measure is of what the clause before it did", review("组织开展家电以旧换新活动,销售额达到8,209万元。二手车出口实现“零的突破”,出口额达到1,510.61万元。"),
			[]string{"result 家电以旧换新销售额 8209万元 q=", "result 二手车出口额 1510.61万元 q="}},
		{"what counted things went through after their noun names them, with how or when it went (全面, 年内); 通过 ending the clause ends another verb", review("5个天府实验室揭牌运行，14座大中型水电站建成发电，7个区县通过学前教育普及普惠国家督导评估认定，三峡库区431处存量危岩全面除险清患，为5.01万名农民工追回欠薪6.83亿元，9件地方性法规提请人大审议通过。"),
			[]string{"result 揭牌运行的天府实验室 5个 q=", "result 建成发电的大中型水电站 14座 q=", "result 通过学前教育普及普惠国家督导评估认定的区县 7个 q=", "result 全面除险清患的三峡库区存量危岩 431处 q=", "result 追回欠薪的农民工 5.01万名 q=", "result 农民工追回欠薪 6.83亿元 q=", "result 地方性法规提请人大审议通过 9件 q="}},
		{"an item number of a list run on in one paragraph (一是…。二是…) names nothing", plan("办好十件民生实事：一是新建城乡社区嵌入式托育点100个。七是完成困难重度残疾人家庭无障碍改造5000户。十是实施100个社区儿童友好空间改造工程。"),
			[]string{"figure 新建城乡社区嵌入式托育点 100个 q=", "figure 困难重度残疾人家庭无障碍改造 5000户 q=", "figure 社区儿童友好空间改造工程 100个 q="}},
		{"在 before a province's one-character name is a class of its people or things, not where", review("在川两院院士70位。在浙就业省外劳动力2300万人。在药店零售和医疗机构使用环节抽检1.2万批次。"),
			[]string{"result 在川两院院士 70位 q=", "result 在浙就业省外劳动力 2300万人 q=", "result 药店零售和医疗机构使用环节抽检 1.2万批次 q="}},
		{"a list of things made opens on the verb they share: 新开工改造, 开工改造, 组建", review("新开工改造城镇老旧小区4402个、城中村5.1万户、城市危旧房3.1万套（间）。组建紧密型城市医疗集团39个、县域医共体192个。"),
			[]string{"result 新开工改造城镇老旧小区 4402个 q=", "result 新开工改造城中村 5.1万户 q=", "result 新开工改造城市危旧房 3.1万套（间） q=", "result 组建紧密型城市医疗集团 39个 q=", "result 组建县域医共体 192个 q="}},
		{"counts listed before what the last of them did in a place (在川布局) are named by it, as the last is", review("10个国家大科学装置、5个国家技术创新中心、28个全国重点实验室在川布局。"),
			[]string{"result 在川布局的国家大科学装置 10个 q=", "result 在川布局的国家技术创新中心 5个 q=", "result 在川布局的全国重点实验室 28个 q="}},
		{"a bare 万 before people counts them however long the words that qualify them", review("妥善安置1.6万山洪泥石流灾害受灾群众。为390万65岁以上老年人免费体检。"),
			[]string{"result 妥善安置山洪泥石流灾害受灾群众 1.6万人 q=", "result 免费体检的65岁以上老年人 390万人 q="}},
		{"打造 is a verb of making the name keeps; 新改建 and 争取(到) are shared by a list, but not by a thing with a verb of its own (支持) or an amount that says what it is of (…投放金额)", review("打造都市风貌展示区3个、区县特色风貌名片10个。新改建城镇供排水管网3500公里、燃气管网5904公里。争取到中央和自治区预算内投资2.76亿元、“三城”建设资金1.4亿元。争取中央预算内投资237亿元、新型政策性金融工具投放金额889.2亿元、支持“自审自发”项目2146个。"),
			[]string{"result 打造都市风貌展示区 3个 q=", "result 打造区县特色风貌名片 10个 q=", "result 新改建城镇供排水管网 3500公里 q=", "result 新改建燃气管网 5904公里 q=", "result 争取到中央和自治区预算内投资 2.76亿元 q=", "result 争取到“三城”建设资金 1.4亿元 q=", "result 争取中央预算内投资 237亿元 q=", "result 新型政策性金融工具投放金额 889.2亿元 q=", "result 支持“自审自发”项目 2146个 q="}},
		{"a ranking's size (30强, 500强) is part of what things entered; the region's firms (浙企) are its 企业", review("4家浙企上榜全国文化企业30强。10家企业进入中国企业500强。"),
			[]string{"result 上榜全国文化企业30强的企业 4家 q=", "result 进入中国企业500强的企业 10家 q="}},
		{"a price per kilowatt-hour is a unit (分/千瓦时, 元/千瓦时)", review("全省工商业平均电价下降5分/千瓦时。"),
			[]string{"result 工商业平均电价下降 5分/千瓦时 q="}},
		{"courses are counted in 门, visits to households in 户次", plan("新开发人工智能、养生保健等老年教育课程100门。为未成年人家庭提供一对一公益家庭教育指导服务1万户次。"),
			[]string{"figure 新开发人工智能、养生保健等老年教育课程 100门 q=", "figure 为未成年人家庭提供一对一公益家庭教育指导服务 1万户次 q="}},
		{"办结 is shared by the things listed after it; a rate after them is of the things, not of the doing", review("全年办结人大代表建议68件、政协委员提案101件，办复率100%。"),
			[]string{"result 办结人大代表建议 68件 q=", "result 办结政协委员提案 101件 q=", "result 政协委员提案办复率 100% q="}},
		{"a verb of process before one of making leaves it (推动建设 → 建设)", review("推动建设超100条（个）幸福河湖。"),
			[]string{"result 建设幸福河湖 100条（个） q=超"}},
		{"how a verb before a count was done (精准, 科学, 成功) and who joined in (省市联动) are no part of the name; a verb of process it leaves (滚动实施) stays", review("精准帮扶7.2万名就业困难人员实现就业。科学应对19轮强降雨。省市联动发放“蜀里安逸”消费券超7亿元。滚动实施15件市级重点民生实事。"),
			[]string{"result 帮扶就业困难人员实现就业 7.2万名 q=", "result 应对强降雨 19轮 q=", "result 发放“蜀里安逸”消费券 7亿元 q=超", "result 滚动实施市级重点民生实事 15件 q="}},
		{"和 opening a word (和美乡村) joins nothing", review("和美乡村覆盖率达73%。"),
			[]string{"result 和美乡村覆盖率 73% q="}},
		{"a ratio named as one (收入比, 收入比值, 收入倍差) written without its :1 is one to one all the same, its earlier level too", review("城乡居民收入比降至2.2。城乡居民收入比值由3.27缩小至2.93。"),
			[]string{"result 城乡居民收入比 2.2:1 q=降至", "result 城乡居民收入比值 2.93:1 q="}}, // (3.27 is its from: no fact of its own)
		{"computing power is counted in P (petaflops) and in 百亿亿次/秒", review("算力规模达到11.4万P。算力总规模达到10.36百亿亿次/秒。"),
			[]string{"result 算力规模 11.4万P q=", "result 算力总规模 10.36百亿亿次/秒 q="}},
		{"a stage of a project or a firm after their noun makes one word with it (开工建设次干道路, 主板上市企业); other verbs take 的", review("9条次干道路开工建设，3家企业主板上市，10条城区道路建成通车，5个天府实验室揭牌运行。"),
			[]string{"result 开工建设次干道路 9条 q=", "result 主板上市企业 3家 q=", "result 建成通车城区道路 10条 q=", "result 揭牌运行的天府实验室 5个 q="}},
		{"a measure of a firm's or a cluster's is named with the firm a clause before names (酒钢集团, 庆阳数据中心集群, 省属企业); a clause opening on a verb or on a system names none", review("酒钢集团“三化”改造实现产业重塑，高端产品占比从30%提高到70%。庆阳数据中心集群从无到有、数实融合，算力规模达到11.4万P。省属企业创新导向更加突出，研发经费投入增长15.6%。现代农业产业集群体系加快构建，乡村旅游经营收入增长10.1%。"),
			[]string{"result 酒钢集团高端产品占比 70% q=提高至", "result 庆阳数据中心集群算力规模 11.4万P q=", "result 省属企业研发经费投入 - yoy 15.6 q=", "result 乡村旅游经营收入 - yoy 10.1 q="}},
		{"a part counted after 其中 takes the verb of making its whole was counted with", review("新增电力装机3000万千瓦，其中可再生能源装机2000万千瓦。"),
			[]string{"result 新增电力装机 3000万千瓦 q=", "result 新增可再生能源装机 2000万千瓦 q="}},
		{"industries grown to a size over the five years (培育形成) are what there is at the end", review("五年来，培育形成3个万亿级和7个千亿级产业集群。"),
			[]string{"result 万亿级产业集群 3个 q= p=2021-2025 end", "result 千亿级产业集群 7个 q= p=2021-2025 end"}},
		{"things done over the five years add up: unveiled, made safe, put in use, formed, vaccinated, cleared", review("五年来，5个天府实验室揭牌运行，三峡库区431处存量危岩全面除险清患，投用充电桩92万台，形成3条新能源装备制造完整产业链，免费为36万适龄女生接种HPV疫苗。"),
			[]string{"result 揭牌运行的天府实验室 5个 q= p=2021-2025 total", "result 全面除险清患的三峡库区存量危岩 431处 q= p=2021-2025 total", "result 投用充电桩 92万台 q= p=2021-2025 total", "result 形成新能源装备制造完整产业链 3条 q= p=2021-2025 total", "result 接种HPV疫苗的适龄女生 36万人 q= p=2021-2025 total"}},
		{"a bare measure after a clause without a number is of what that clause names, a quoted name in it too", review("“菜篮子”工程一期全面完工，完成投资2.4亿元。"),
			[]string{"result “菜篮子”工程一期完成投资 2.4亿元 q="}},
		{"money that opens a statement is spent on the kind of work its examples are of", review("投资3.5亿元，实施了次干道路、变电站、输配电线路等基础设施工程。"),
			[]string{"result 基础设施工程投资 3.5亿元 q="}},
		{"a plan's level to reach is reached by the things listed after it too", plan("国家高新技术企业达到1.5万家、科技型中小企业3.2万家。"),
			[]string{"figure 国家高新技术企业 1.5万家 q=达到", "figure 科技型中小企业 3.2万家 q=达到"}},
		{"精简 and 削减 by a rate are falls, as 压缩 and 压降", review("全省涉企检查事项精简26.8%。"),
			[]string{"result 涉企检查事项 - yoy -26.8 q="}},
		{"a qualifier between two counts is the next one's, and the words with 和 before it the first's thing", review("116个国家和地区近4000名运动员参赛。"),
			[]string{"result 国家和地区 116个 q=", "result 运动员参赛 4000名 q=近"}},
		{"a grade counted before another takes the noun the other carries; a whole noun does not", review("培育形成3个万亿级和7个千亿级产业集群。培育形成3个万亿级优势产业和5个国家先进制造业集群。"),
			[]string{"result 万亿级产业集群 3个 q=", "result 千亿级产业集群 7个 q=", "result 万亿级优势产业 3个 q=", "result 国家先进制造业集群 5个 q="}},
		{"约 ending a word (签约, 节约) is no qualifier", review("西博会项目签约3543亿元。"),
			[]string{"result 西博会项目签约 3543亿元 q="}},
		{"names listed between a verb of making and their count are examples, however long; the verb and the category are the name", review("创建金白兰武有色金属、宝汉天工业母机2个国家先进制造业集群。"),
			[]string{"result 创建国家先进制造业集群 2个 q="}},
		{"a bare measure after a clause on a thing's role or level is the thing's", review("服务业支撑作用更加凸显，增加值跨上3万亿元台阶。新农合制度保障水平不断提高，参合率达到99.2%。"),
			[]string{"result 服务业增加值 3万亿元 q=", "result 新农合参合率 99.2% q="}},
		{"what was done for things counted after 为 or 在", review("为380个老旧小区引入物业服务，在3000个小区设置智能回收机，16个区均被评为全国双拥模范城。"),
			[]string{"result 引入物业服务的老旧小区 380个 q=", "result 设置智能回收机的小区 3000个 q=", "result 被评为全国双拥模范城的区 16个 q="}},
		{"a share of the things after it", review("70%村卫生室实现与乡镇卫生院一体化管理。"),
			[]string{"result 实现与乡镇卫生院一体化管理的村卫生室 70% q="}},
		{"counts joined by 和", review("培育形成3个万亿级和7个千亿级产业集群。"),
			[]string{"result 万亿级产业集群 3个 q=", "result 千亿级产业集群 7个 q="}},
		{"what reaches the people counted names them with its verb", review("职业伤害保障试点覆盖696万名新业态劳动者，实施学前一年免费教育政策、惠及168万名儿童。"),
			[]string{"result 职业伤害保障试点覆盖新业态劳动者 696万名 q=", "result 学前一年免费教育政策惠及儿童 168万名 q="}},
		{"town and country, each", plan("今年经济社会发展的主要预期目标是：城乡居民人均可支配收入分别增长7.5%。"),
			[]string{"target 城镇居民人均可支配收入 growth 7.5% q=", "target 农村居民人均可支配收入 growth 7.5% q="}},
		{"town and country, in order", review("城乡居民人均可支配收入分别增长4.4%、5.6%。"),
			[]string{"result 城镇居民人均可支配收入 - yoy 4.4 q=", "result 农村居民人均可支配收入 - yoy 5.6 q="}},
		{"how an amount was counted is not its name", review("一般公共预算收入剔除虚增空转因素后完成10.4亿元。"),
			[]string{"result 一般公共预算收入 10.4亿元 q="}},
		{"ranks are of the quantity ranked", review("区域创新能力稳居全国第4位，宁波舟山国际航运中心发展指数从全球第11位跃升至第7位。"),
			[]string{"result 区域创新能力 4位 q=", "result 宁波舟山国际航运中心发展指数 7位 q="}},
		{"a count that says which things a rate is of", review("17个重点传统制造业增加值增长5.3%。"),
			[]string{"result 重点传统制造业增加值 - yoy 5.3 q="}},
		{"a bare measure of the thing after 的", review("首期规模500亿元的浙江社保科创基金签约落地。"),
			[]string{"result 浙江社保科创基金首期规模 500亿元 q="}},
		{"listed examples before a count", review("绍兴黄酒、金华火腿、西湖龙井茶3个历史经典产业入围国家培育名单。"),
			[]string{"result 入围国家培育名单的历史经典产业 3个 q="}},
		{"a streak and the level it held", review("粮食总产量连续9年稳定在1300亿斤以上。"),
			[]string{"result 粮食总产量稳定在1300亿斤以上 9年 q=", "result 粮食总产量 1300亿斤 q=稳定在、以上"}},
		{"examples before 等 are not a name", review("先进装备、电子信息、新能源汽车等7大产业集群对工业贡献率超过70%。"),
			[]string{"result 7大产业集群对工业贡献率 70% q=超过"}},
		{"a grade names a kind of thing", review("全球首台25兆瓦级风电主轴轴承成功下线。"), nil},
		{"a change by an amount keeps its verb", review("居民存量房贷利息年支出减少约1500亿元，城乡居民基础养老金最低标准再提高20元。"),
			[]string{"result 居民存量房贷利息年支出减少 1500亿元 q=约", "result 城乡居民基础养老金最低标准再提高 20元 q="}},
		{"where it was done is not named", review("其中在药店零售和医疗机构使用环节抽检超9000批次。"),
			[]string{"result 药店零售和医疗机构使用环节抽检 9000批次 q=超"}},
		{"增速达到 and 压缩 are changes", review("规模以上工业增加值增速达到12%，“三公经费”支出压缩48.2%。"),
			[]string{"result 规模以上工业增加值 - yoy 12 q=", "result “三公经费”支出 - yoy -48.2 q="}},
		{"money spent on the thing after 的", review("投资5亿元的万家惠农贸市场项目主体完工。签约省外项目到位资金增长20%，总投资410亿元的巨化硅氟新材料项目刷新我省单体工业项目投资纪录。"),
			[]string{"result 万家惠农贸市场项目投资 5亿元 q=", "result 签约省外项目到位资金 - yoy 20 q=", "result 巨化硅氟新材料项目总投资 410亿元 q="}},
		{"a measure is no other measure's", review("旅客年吞吐量达到12万人次，出入境人数突破3.5万人次。"),
			[]string{"result 旅客年吞吐量 12万人次 q=", "result 出入境人数 3.5万人次 q=突破"}},
		{"resolve in a clause of its own governs the clauses after it", plan("力争年内，旅游接待人数突破600万人次，旅游收入突破60亿元；确保粮食播种面积稳定在24万亩以上，牲畜存栏量稳定在33万头以上。"),
			[]string{"figure 旅游接待人数 600万人次 q=力争、突破", "figure 旅游收入 60亿元 q=力争、突破", "figure 粮食播种面积 24万亩 q=确保、稳定在、以上", "figure 牲畜存栏量 33万头 q=确保、稳定在、以上"}},
		{"a capacity in a project's name", review("大唐700万吨露天煤矿、400万吨褐煤提质项目主体完工，新增5万千瓦风电装机。"),
			[]string{"result 新增风电装机 5万千瓦 q="}},
		{"money listed with 的 after a measure", review("投资3500万元的二三级供水管网改造、3800万元的背街巷道改造等项目全面完成。"),
			[]string{"result 二三级供水管网改造投资 3500万元 q=", "result 背街巷道改造投资 3800万元 q="}},
		{"a streak is of what follows the number", review("区域创新能力连续9年全国第一。"),
			[]string{"result 区域创新能力全国第一 9年 q="}},
		{"an age changing is no age that names a group", review("人均预期寿命从2020年的82.4岁提升至83.9岁。"),
			[]string{"result 人均预期寿命 83.9岁 q=提升至"}},
		{"a verb of process alone is not the name", review("推进32个城中村改造项目。"),
			[]string{"result 城中村改造项目 32个 q="}},
		{"examples before 等 are not the category counted", review("沿河体育公园等4个文旅重点项目顺利竣工。"),
			[]string{"result 文旅重点项目 4个 q="}},
		{"a bare measure is of the sentence's thing", review("改造老旧小区58个,完成投资2.2亿元、受益居民5,074户。"),
			[]string{"result 改造老旧小区 58个 q=", "result 老旧小区改造完成投资 2.2亿元 q=", "result 老旧小区改造受益居民 5074户 q="}},
		{"a measure opening a plan's sentence is of the things counted after it", plan("计划投资1.07亿元,实施新增废石堆场等4个技改项目。"),
			[]string{"figure 技改项目计划投资 1.07亿元 q=", "figure 技改项目 4个 q="}},
		{"words of resolve and plan are not the name", plan("确保粮食播种面积稳定在24万亩以上,计划实施草畜平衡面积72.74万亩。"),
			[]string{"figure 粮食播种面积 24万亩 q=确保、稳定在、以上", "figure 草畜平衡面积 72.74万亩 q="}},
		{"a verb of making stays", plan("新建惠民餐厅17家。"),
			[]string{"figure 新建惠民餐厅 17家 q="}},
		{"占比 is a rate's name, not a share of a whole", review("绿色电力占比达到40%。"),
			[]string{"result 绿色电力占比 40% q="}},
		{"a change by an amount is named after its level", plan("拟安排地方政府专项债券4.4万亿元、比上年增加5000亿元。"),
			[]string{"figure 地方政府专项债券 4.4万亿元 q=拟", "figure 地方政府专项债券比上年增加 5000亿元 q=拟"}},
		{"a change after the name is not the name", review("一般公共预算收入按可比口径增长6.1%，过境免签境内停留时间延长至240小时。"),
			[]string{"result 一般公共预算收入 - yoy 6.1 q=按可比口径", "result 过境免签境内停留时间 240小时 q="}},
		{"targets listed a line each on a dash after 主要目标是 are targets; a bare level then its growth (本地生产总值3800亿元，增长9.5%左右) is one growth target reaching the level", plan("今年全区经济社会发展主要目标是：\n——本地生产总值3800亿元，增长9.5%左右；\n——公共财政预算收入125亿元，增长9.7%；辖区税收610亿元，增长9.7%；\n——居民登记失业率控制在3%以内。\n全年新建学校3所。"),
			[]string{"target 本地生产总值 growth 9.5% q=左右 reach=3800亿元", "target 公共财政预算收入 growth 9.7% q= reach=125亿元", "target 辖区税收 growth 9.7% q= reach=610亿元", "target 居民登记失业率 cap 3% q=控制在、以内", "figure 新建学校 3所 q="}},
		{"a paragraph a PDF justified (预 计 分别 增 长) reads as its words, its quotes as printed; a list of things without numbers before a comma has the numbers 分别 gives after it, 预计 there its alone; a year spaced from 年 is a year", review("全年地区生产总值、规模工业增加值和农村居民 人 均可 支 配收入,预 计 分别 增 长5.8% 、5% 和7.5%;新注册市场主体 2388 户,增长12.5%。2022 年是开局之年。"),
			[]string{"result 地区生产总值 - yoy 5.8 q=预计", "result 规模工业增加值 - yoy 5 q=预计", "result 农村居民人均可支配收入 - yoy 7.5 q=预计", "result 新注册市场主体 2388户 yoy 12.5 q="}},
		{"a plan's growth range written with its unit at both ends (6.5%－7%) is one target; a range both of whose ends are a target's states it again", plan("今年发展的主要预期目标是：国内生产总值增长6.5%－7%，城镇新增就业1000万人以上。\n有6.5%－7%的增速就能够实现比较充分的就业。"),
			[]string{"target 国内生产总值 growth 6.5–7% q=", "target 城镇新增就业 level 1000万人 q=以上"}},
		{"辖区税收 keeps 辖区 whatever follows; a gap between a Chinese character and a Latin letter is closed (万元 GDP 建设用地, its list sharing 万元GDP); examples of the next count after 和 are not this count's things; 高速 before a growth is how it grew", review("辖区税收（不含证券交易印花税）突破356亿元，增长13.1%。万元 GDP 建设用地、水耗、电耗分别下降7.0%、5.3%、3.0%。完成16个单元规划和中外运、华润笋岗冷库等4个项目专项规划编制。社会消费品零售总额高速增长30.3%，达1325亿元。"),
			[]string{"result 辖区税收（不含证券交易印花税） 356亿元 yoy 13.1 q=突破", "result 万元GDP建设用地 - yoy -7.0 q=", "result 万元GDP水耗 - yoy -5.3 q=", "result 万元GDP电耗 - yoy -3.0 q=", "result 单元规划 16个 q=", "result 项目专项规划编制 4个 q=", "result 社会消费品零售总额 1325亿元 yoy 30.3 q="}},
		{"a place held in a ranking (…排名中分别列第17位) is the ranking's, 中 no part of it", review("在全国县域经济综合竞争力百强榜、工业百强县市排名中分别列第24位、第17位。"),
			[]string{"result 全国县域经济综合竞争力百强榜 24位 q=", "result 工业百强县市排名 17位 q="}},
		{"from→to said with 扩容至 (and 延长至, 优化至) is one fact; a sector structure 优化至 its shares", review("坪山中心区从4.7平方公里扩容至24.1平方公里。一二三产业比重由0.1：68.2:31.7优化至0.1：63.9:36。"),
			[]string{"result 坪山中心区 24.1平方公里 q=", "result 第一产业比重 - share 0.1 三次产业比重 q=", "result 第二产业比重 - share 63.9 三次产业比重 q=", "result 第三产业比重 - share 36 三次产业比重 q="}},
		{"力争 opening a sentence before its semicolon list governs the list; an item's number in brackets names nothing; a range said with 到 (3到5家, 8.5%到9.0%) is one figure or target; things that did their own (企业上市) share no verb of the next", plan("今年经济社会发展主要预期目标是：地区生产总值增长8.5%到9.0%。\n力争通过五年的不懈努力，到2020年，地区生产总值达到4100亿元以上；人均GDP达11.1万元。\n（7）新组建2个区级专职消防队伍。力争3到5家企业上市、10家以上企业在“新三板”挂牌。"),
			[]string{"target 地区生产总值 growth 8.5–9.0% q=", "figure 地区生产总值 4100亿元 q=力争、达到、以上", "figure 人均GDP 11.1万元 q=力争、达到", "figure 新组建区级专职消防队伍 2个 q=", "figure 企业上市 3–5家 q=力争", "figure “新三板”挂牌的企业 10家 q=力争、以上"}},
		{"a grade alone before 和 (2个区级和8个街道级专职消防队伍) is of the thing the next count names after its grade; a long verb phrase ending on 淘汰 or 转移 takes the noun after the count", plan("新组建2个区级和8个街道级专职消防队伍。依法淘汰和协助转移500家以上低端落后企业。"),
			[]string{"figure 新组建区级专职消防队伍 2个 q=", "figure 街道级专职消防队伍 8个 q=", "figure 依法淘汰和协助转移低端落后企业 500家 q=以上"}},
		{"over five years, land cleared, powers handed down, services given, homes supplied and money spent (五年…支出) add up", review("五年来，我们坚定不移全面深化改革开放。\n清理闲置土地36宗。下放区级政务服务事项102个。提供精准康复服务1.4万次。供应公共住房1.8万套。五年财政教育支出达77.9亿元。"),
			[]string{"result 清理闲置土地 36宗 q= p=2021-2025 total", "result 下放区级政务服务事项 102个 q= p=2021-2025 total", "result 提供精准康复服务 1.4万次 q= p=2021-2025 total", "result 供应公共住房 1.8万套 q= p=2021-2025 total", "result 财政教育支出 77.9亿元 q= p=2021-2025 total"}},
		{"gaps listed with 分别高于 against benchmarks listed are each a fact, of the rate named before them or the rate reached before", review("城镇化率分别高于全国、全区16.6、15.5个百分点。森林覆盖率达到43%，分别高于全国、全省20、3个百分点。"),
			[]string{"result 城镇化率 - pp 16.6 q=", "result 城镇化率 - pp 15.5 q=", "result 森林覆盖率 43% q=", "result 森林覆盖率 - pp 20 q=", "result 森林覆盖率 - pp 3 q="}},
		{"a growth said 增长均为 is each listed thing's, as 均增长 is; 广义货币M2 is a measure of its own, no 余额 of another's", plan("今年经济社会发展主要预期目标是：广义货币M2和社会融资规模余额预期增长均为12%左右。"),
			[]string{"target 广义货币M2 growth 12% q=左右", "target 社会融资规模余额 growth 12% q=左右"}},
		{"要 and 再 before a verb of cutting are a plan's resolve, no part of the name; 减少 and 压减 are verbs a list shares", plan("今年要再压减钢铁产能5000万吨左右。要淘汰、停建、缓建煤电产能5000万千瓦以上。全年再减少企业税负3500亿元左右、涉企收费约2000亿元。"),
			[]string{"figure 压减钢铁产能 5000万吨 q=左右", "figure 淘汰、停建、缓建煤电产能 5000万千瓦 q=以上", "figure 减少企业税负 3500亿元 q=左右", "figure 减少涉企收费 2000亿元 q=约"}},
		{"the time a journey takes (40分钟通达市中心) names it, …通达市中心时间; 打通 before examples of what is counted stays, the roads no longer dead ends", review("坪山高铁快捷线40分钟通达市中心。打通振碧路、宝珠路等22条断头路。"),
			[]string{"result 坪山高铁快捷线通达市中心时间 40分钟 q=", "result 打通断头路 22条 q="}},
		{"parcels counted and their area in one clause (清理闲置土地36宗、127万平方米) are the thing's count and its 面积", review("清理闲置土地36宗、127万平方米。完成土地出让59宗、422.4公顷。"),
			[]string{"result 清理闲置土地 36宗 q=", "result 清理闲置土地面积 127万平方米 q=", "result 土地出让 59宗 q=", "result 土地出让面积 422.4公顷 q="}},
		{"认真 is how, a deadline (4月底前) when, 小于 a qualifier's word: none names; the words before 以及 are another thing's", plan("认真办理人大代表建议116件。4月底前完成46个较大风险点整治。细颗粒物年均浓度小于33微克/立方米。认真编制“十三五”国民经济和社会发展规划以及16个专项规划。"),
			[]string{"figure 办理人大代表建议 116件 q=", "figure 较大风险点整治 46个 q=", "figure 细颗粒物年均浓度 33微克/立方米 q=", "figure 专项规划 16个 q="}},
		{"拉升 a rate's change; 攀升至 a level reached; 打通 before one example of what is counted stays", review("第三产业占GDP比重达92.7%，拉升0.6个百分点。新开工项目10个，在建项目攀升至18个。打通马峦北路等6条断头路。"),
			[]string{"result 第三产业占GDP比重 92.7% pp 0.6 q=", "result 新开工项目 10个 q=", "result 在建项目 18个 q=", "result 打通断头路 6条 q="}},
		{"预计 after a word of when (全年预计实现…;…) governs the semicolon list as at the head; 城、乡居民 are 城镇居民 and 农村居民; (下同) after a growth's verb names nothing", review("全年预计实现地区生产总值170.98亿元,同比增长(下同)8%;规模工业增加值增长7.5%;城、乡居民人均可支配收入分别为22694元、9527元,增长8.5%、11%。"),
			[]string{"result 地区生产总值 170.98亿元 yoy 8 q=预计", "result 规模工业增加值 - yoy 7.5 q=预计", "result 城镇居民人均可支配收入 22694元 yoy 8.5 q=预计", "result 农村居民人均可支配收入 9527元 yoy 11 q=预计"}},
		{"things a clause without a number says gathered (扎堆, 集聚效应凸显) are what a bare 新增 and the total after count", review("股权投资基金扎堆罗湖，新增639家，总数达925家。互联网企业集聚效应凸显，全区总量1700家。"),
			[]string{"result 新增股权投资基金 639家 q=", "result 股权投资基金总数 925家 q=", "result 互联网企业总量 1700家 q="}},
		{"a list's ordinal (四是) names nothing; work a clause without a number sets out (…等重点项目土地整备) is what 完成 an amount after it did", plan("推进城市更新，四是实现37个城中村“五化”整治达标。二是开展高新区启动区以及道路、学校、医院、地铁等重点项目土地整备，完成60万平方米以上。"),
			[]string{"figure 城中村“五化”整治达标 37个 q=", "figure 重点项目土地整备 60万平方米 q=以上"}},
		{"a growth then the level it passed or reached after 、 (增长18.5%、首次突破300亿元) is one fact in a year's review, two over years", review("全部财政收入增长18.5%、首次突破300亿元。地区生产总值增长5.5%、达到10.3万亿元。"),
			[]string{"result 全部财政收入 300亿元 yoy 18.5 q=突破", "result 地区生产总值 10.3万亿元 yoy 5.5 q="}},
		{"a size said after a clause setting up a fund is the fund's (设立…产业引导基金，规模不低于10亿元); 加注量 a measure a list shares", plan("设立新区产业引导基金，规模不低于10亿元。国际船舶保税燃油和LNG加注量分别达38万吨、6万立方米。"),
			[]string{"figure 新区产业引导基金规模 10亿元 q=不低于", "figure 国际船舶保税燃油加注量 38万吨 q=达到", "figure LNG加注量 6万立方米 q=达到"}},
		{"a change by an amount (比去年增加5600亿元) is no thing a rate after it is of", plan("今年拟安排财政赤字2.18万亿元，比去年增加5600亿元，赤字率提高到3%。"),
			[]string{"figure 财政赤字 2.18万亿元 q=拟", "figure 财政赤字比上年增加 5600亿元 q=拟", "figure 财政赤字率 3% q=拟、提高至"}},
		{"examples before a batch counted (圳美、新陂头等首批9个…) say which; the batch and its noun name the count", plan("完成圳美、新陂头等首批9个社区农贸市场升级改造。"),
			[]string{"figure 首批社区农贸市场升级改造 9个 q="}},
		{"an item's number with a dot inside a paragraph (6.推动…) and 争取 before a measure name nothing", plan("6.推动5个立体绿化项目建设。7.争取万元GDP水耗低于9.2立方米。10.垃圾分类达标小区创建覆盖率达40%以上。"),
			[]string{"figure 立体绿化项目 5个 q=", "figure 万元GDP水耗 9.2立方米 q=", "figure 垃圾分类达标小区创建覆盖率 40% q=达到、以上"}},
		{"力争 and 确保 before a growth, a level or a list's 分别 name nothing; a year's mean (年均值) is a measure a list shares", plan("地区生产总值力争增长6%左右。PM2.5、PM10年均值力争分别控制在25微克/立方米、40微克/立方米以内。"),
			[]string{"target 地区生产总值 growth 6% q=力争、左右", "figure PM2.5年均值 25微克/立方米 q=力争、控制在", "figure PM10年均值 40微克/立方米 q=控制在、力争、以内"}},
		{"the size of a set a thing was put in (列入全市12个…) or a ranking is taken over (在全国169个…中排名第六) is no fact", review("“深南东1号”人工智能产学研中心列入全市12个重大创新平台。空气质量在全国169个重点城市中排名第六。新增国家级专精特新企业12家。"),
			[]string{"result 新增国家级专精特新企业 12家 q="}},
		{"a measure's amount per person said with 每人 is in 万元/人; changes by an amount after a level (比上年增加, 比全省高) are each the level's, in its unit", review("人均地区生产总值5.18万元,比上年增加0.17万元,比全省高1.18万元。全员劳动生产率每人9.6万元,比上年增加0.56万元,比全省高2.8万元。"),
			[]string{"result 人均地区生产总值 5.18万元 q=", "result 人均地区生产总值比上年增加 0.17万元 q=", "result 人均地区生产总值比全省高 1.18万元 q=", "result 全员劳动生产率 9.6万元/人 q=", "result 全员劳动生产率比上年增加 0.56万元/人 q=", "result 全员劳动生产率比全省高 2.8万元/人 q="}},
		{"a share said before 达标 or 办结 is that rate (水质达标率), each of the things listed, with 和 too; 继续保持 and 全市唯一 name nothing", review("饮用水源、地表水、近岸海域水质100%达标。继续保持河流、近岸海域、饮用水源水质全市唯一100%达标。绿色建筑和建筑节能100%达标。"),
			[]string{"result 饮用水源水质达标率 100% q=", "result 地表水水质达标率 100% q=", "result 近岸海域水质达标率 100% q=", "result 河流水质达标率 100% q=", "result 近岸海域水质达标率 100% q=", "result 饮用水源水质达标率 100% q=", "result 绿色建筑达标率 100% q=", "result 建筑节能达标率 100% q="}},
		{"a pollutant's mean (PM2.5均值, PM2.5浓度均值) is what is measured; a rate's mean (失业率均值) is the rate", review("PM2.5均值22.4微克/立方米全市最优。PM2.5浓度均值26微克/立方米。城镇调查失业率均值5.2%。"),
			[]string{"result PM2.5均值 22.4微克/立方米 q=", "result PM2.5浓度均值 26微克/立方米 q=", "result 城镇调查失业率 5.2% q="}},
		{"money more than which (超5000万元的镇) selects a class a count after it counts is no fact; a level said with 接近 after a milestone passed in words is what crossed it", review("其中超亿元的镇3个,超5000万元的镇4个。工业总产值迈上千亿台阶,接近1300亿元。"),
			[]string{"result 超亿元的镇 3个 q=", "result 超5000万元的镇 4个 q=", "result 工业总产值 1300亿元 q=近"}},
		{"a share said before 得到 and what was done (100%得到妥善处理) is the rate of it; a streak of a thing of its own (连续11年实现…零记录) takes no earlier name", review("环保投诉100%得到妥善处理。户籍低保和低保边缘困难家庭住房问题100%得到解决。城镇登记失业率1.9%,连续11年实现“零就业家庭”零记录。"),
			[]string{"result 环保投诉妥善处理率 100% q=", "result 户籍低保和低保边缘困难家庭住房问题解决率 100% q=", "result 城镇登记失业率 1.9% q=", "result 实现“零就业家庭”零记录 11年 q="}},
		{"aims before a plan's verb name nothing (争取新增, 年度力争实现)", plan("争取新增4家以上总部型金融机构。年度力争实现科技金融信贷支持合作银行达到20家以上。"),
			[]string{"figure 新增总部型金融机构 4家 q=以上", "figure 科技金融信贷支持合作银行 20家 q=力争、达到、以上"}},
		{"an amount of money with its 元 left off (55.12亿) is kept as printed; parts opened by 其中， are measured as their whole, past its gap to a benchmark", review("战略性新兴产业增加值为55.12亿，增长20.2%，高于GDP增速11.4个百分点，其中，生物科技、新一代信息产业分别增长120.0%、25.0%。"),
			[]string{"result 战略性新兴产业增加值 55.12亿 yoy 20.2 q=", "result 高于GDP增速 - pp 11.4 q=", "result 生物科技产业增加值 - yoy 120.0 q=", "result 新一代信息产业增加值 - yoy 25.0 q="}},
		{"a bare measure after a clause that a firm or project started (开工, 投产, 落地) is the firm's, its rank in a list of the largest (世界500强) aside", review("世界500强魏桥创业集团深圳总部开工，实现销售额316亿元。"),
			[]string{"result 魏桥创业集团深圳总部销售额 316亿元 q="}},
		{"㎡ is a unit of area; the years milestones took (3年突破两个千亿大关) and the set a thing covers whole (覆盖全部28个社区) are no facts; 同口径对比 is how a growth was counted; a bare 万 before 住户 counts households", review("地区生产总值4287.86亿元，3年突破两个千亿大关，增长11%。工程覆盖全部28个社区。全年共拆除各类违法建筑132处、共12万㎡。一般公共预算收入37.6亿元，同口径对比增长29.1%。惠及近4万住户。进出口总额连续4年跨越千亿级台阶。"),
			[]string{"result 地区生产总值 4287.86亿元 yoy 11 q=", "result 拆除各类违法建筑 132处 q=", "result 拆除各类违法建筑面积 12万㎡ q=", "result 一般公共预算收入 37.6亿元 yoy 29.1 同口径对比增长 q=", "result 惠及住户 4万户 q=近", "result 进出口总额跨越千亿级台阶 4年 q="}},
		{"things listed with 均占 a whole each hold that share", review("医药健康、装备制造、精细化工、新型建材产值均占区属规上工业总产值10%以上。"),
			[]string{"result 医药健康产值 - share 10 占区属规上工业总产值 q=以上", "result 装备制造产值 - share 10 占区属规上工业总产值 q=以上", "result 精细化工产值 - share 10 占区属规上工业总产值 q=以上", "result 新型建材产值 - share 10 占区属规上工业总产值 q=以上"}},
		{"a listed thing with a verb of its own (调整线路) takes no verb of the list's; the whole a share is of (全省占比) is every listed item's", review("新增公交线路2条、调整线路4条。全市地区生产总值、固定资产投资、社会消费品零售总额全省占比分别达到32.4%、35.2%、42.3%。"),
			[]string{"result 新增公交线路 2条 q=", "result 调整线路 4条 q=", "result 地区生产总值全省占比 32.4% q=", "result 固定资产投资全省占比 35.2% q=", "result 社会消费品零售总额全省占比 42.3% q="}},
		{"初步预计 as a clause of its own before a semicolon list governs every figure of it", review("初步预计，我区实现本地生产总值2685亿元，同比增长10.0%；现代服务业增加值1855亿元，增长10.5%；固定资产投资165亿元，增长8.5%。"),
			[]string{"result 本地生产总值 2685亿元 yoy 10.0 q=预计", "result 现代服务业增加值 1855亿元 yoy 10.5 q=预计", "result 固定资产投资 165亿元 yoy 8.5 q=预计"}},
		{"examples closing on the kind they are of (等支柱产业) are each of the kind; 预计 inside a name before its verb and 都在 before a number name nothing", review("金融、高新技术、文化创意等支柱产业分别实现增加值950亿元、242亿元、201亿元。纳税超亿元楼宇预计新增5栋，达到73栋。民生实事得分都在85分以上。"),
			[]string{"result 金融产业增加值 950亿元 q=", "result 高新技术产业增加值 242亿元 q=", "result 文化创意产业增加值 201亿元 q=", "result 新增纳税超亿元楼宇 5栋 q=预计", "result 纳税超亿元楼宇 73栋 q=", "result 民生实事得分 85分 q=以上"}},
		{"an amount per unit of land said before it (为每平方公里34.13亿元) is in that unit (亿元/平方公里)", review("地均GDP为每平方公里34.13亿元，是全市平均水平的5倍；地均税收为每平方公里9亿元。"),
			[]string{"result 地均GDP 34.13亿元/平方公里 q=", "result 地均GDP为全市平均水平的倍数 5倍 q=", "result 地均税收 9亿元/平方公里 q="}},
		{"town and country's incomes raised from two levels to two (城乡居民人均可支配收入分别从…、…提高到…、…) are each their own", review("城乡居民人均可支配收入分别从44026元、21235元提高到63481元、32428元,年均分别增长7.6%、8.8%。"),
			[]string{"result 城镇居民人均可支配收入 63481元 yoy 7.6 q=提高至", "result 农村居民人均可支配收入 32428元 yoy 8.8 q=提高至"}},
		{"新区 before a new area's figures is its own region word; 实现 before a measure whose change is said, and 则 joining a clause, name nothing; a kind's growth listed after two things (生物和新能源汽车产业增速) is each thing's", review("全年新区实现地区生产总值423.99亿元，同比增长10.0%。预计金融业实现增加值增长15.6%。商事主体则从1.1万家增长至4.1万家。生物和新能源汽车产业增速分别达到41.6%和89.3%。"),
			[]string{"result 地区生产总值 423.99亿元 yoy 10.0 q=", "result 金融业增加值 - yoy 15.6 q=预计", "result 商事主体 4.1万家 q=增至", "result 生物产业增速 41.6% q=", "result 新能源汽车产业增速 89.3% q="}},
		{"预计 as a sentence's first clause of its own governs every figure of the sentence, set apart by commas too", review("预计,全市地区生产总值增长2%,一般公共预算收入下降8.7%,规模以上工业增加值下降3%,固定资产投资增长1%,社会消费品零售总额增长9%。"),
			[]string{"result 地区生产总值 - yoy 2 q=预计", "result 一般公共预算收入 - yoy -8.7 q=预计", "result 规模以上工业增加值 - yoy -3 q=预计", "result 固定资产投资 - yoy 1 q=预计", "result 社会消费品零售总额 - yoy 9 q=预计"}},
		{"money more than which selects the things a count before it counts (100家产值超10亿元的…企业) is the count's name, no fact; the set a thing leads (领跑原特区外25个街道) is no fact", plan("培育100家产值超10亿元的先进装备制造骨干企业，形成20个产值超100亿元的先进装备制造产业集群。龙城街道市容环境综合考核成绩继续领跑原特区外25个街道。"),
			[]string{"figure 培育产值超10亿元的先进装备制造骨干企业 100家 q=", "figure 形成产值超100亿元的先进装备制造产业集群 20个 q="}},
		{"约 before 占 is the share's qualifier, no part of a name; a measure said after 分别 and 累计 (累计减排) is each listed thing's; 跃升至 names nothing", review("对外直接投资约占全省的47.7%。合同金额231.9亿美元，约占全国地方企业的22.5%。机场旅客吞吐量跃升至3000万人次以上。二氧化硫、氨氮分别累计减排5100吨和3600吨。"),
			[]string{"result 对外直接投资 - share 47.7 占全省 q=约", "result 合同金额 231.9亿美元 share 22.5 占全国地方企业 q=约", "result 机场旅客吞吐量 3000万人次 q=以上", "result 二氧化硫减排 5100吨 q=累计", "result 氨氮减排 3600吨 q=累计"}},
		{"转型 is a verb whose things counted follow the count; 争取年内 names nothing", plan("争取完成淘汰清理和转型400家以上落后产能企业。争取年内完成土地整备2平方公里。"),
			[]string{"figure 淘汰清理和转型落后产能企业 400家 q=以上", "figure 土地整备 2平方公里 q="}},
		{"a growth, a mark passed in words, then the level reached (GDP增长6.0%,首次突破百亿元大关,达到100.6亿元) is one fact", review("保持经济平稳增长,GDP增长6.0%,首次突破百亿元大关,达到100.6亿元。"),
			[]string{"result GDP 100.6亿元 yoy 6.0 q="}},
		{"a mark passed, said after the level that passed it with no subject of its own, restates it; the growth after is the level's", review("地区生产总值完成602.5亿元,首次突破600亿元大关,同比增长5.5%。财政总收入20亿元;地方一般公共预算收入迈上10亿元台阶,增长14.2%。"),
			[]string{"result 地区生产总值 602.5亿元 yoy 5.5 q=", "result 财政总收入 20亿元 q=", "result 地方一般公共预算收入 10亿元 yoy 14.2 q="}},
		{"gaps to benchmarks' growth said with 增速 (高于全国增速2.5个百分点, then 高于全省增速…) are each the growth's; 净增 after a level is its net increase; a note's marker after a count's thing names nothing", review("全年地区生产总值完成602.5亿元,同比增长5.5%,高于全国增速2.5个百分点,高于全省增速1.1个百分点。申请地方政府专项债券资金13.78亿元,净增5.17亿元。实施安全生产18项整治行动[1]。"),
			[]string{"result 地区生产总值 602.5亿元 yoy 5.5 q=", "result 地区生产总值增速 - pp 2.5 q=", "result 地区生产总值增速 - pp 1.1 q=", "result 申请地方政府专项债券资金 13.78亿元 q=", "result 申请地方政府专项债券资金净增 5.17亿元 q=", "result 安全生产整治行动 18项 q="}},
		{"money 以上 with a count right after it is the class counted; 主要预期指标…拟订为 opens the targets listed a line each on a dash", plan("今年我区经济社会发展的主要预期指标和约束性指标拟订为：\n——工业增加值53亿元，下降3.6％；\n——社会消费品零售总额增长12%；\n为实现上述目标，今年要重点做好以下八项工作：\n新增商事主体1200户，其中注册资本1亿元以上8家。"),
			[]string{"target 工业增加值 growth -3.6% q= reach=53亿元", "target 社会消费品零售总额 growth 12% q=", "figure 新增商事主体 1200户 q=", "figure 新增注册资本1亿元以上 8家 q="}},
		{"a sector ratio after a colon (调整为：0.0∶28.4∶71.6) is the three sectors' shares; electricity in 度; a deed kept up for years (连续6年实现命案、绑架案…, 连续5年保持…“零发案”) streaks whole, no earlier name's, but a place kept is the level's", review("三次产业比例调整为：0.0∶28.4∶71.6。辖区万元GDP电耗305.7度，下降8.1%。连续6年实现命案、绑架案、涉枪案“三必破”，连续5年保持飞车抢劫和飞车抢夺“零发案”。外贸进出口总额达4.55万亿元，连续2年保持全国城市首位。"),
			[]string{"result 第一产业比重 - share 0.0 三次产业比例 q=", "result 第二产业比重 - share 28.4 三次产业比例 q=", "result 第三产业比重 - share 71.6 三次产业比例 q=", "result 万元GDP电耗 305.7度 yoy -8.1 q=", "result 实现命案、绑架案、涉枪案“三必破” 6年 q=", "result 保持飞车抢劫和飞车抢夺“零发案” 5年 q=", "result 外贸进出口总额 4.55万亿元 q=", "result 外贸进出口总额保持全国城市首位 2年 q="}},
		{"what was given to things counted (向27个项目累计提供2951.75万元的无偿资助) names the things that got it and the giving", review("全年向27个项目累计提供2951.75万元的无偿资助，向13家企业累计提供2430万元的无息借款。向辖区1090家企业提供4.13亿元资金支持。"),
			[]string{"result 获无偿资助的项目 27个 q=", "result 提供无偿资助 2951.75万元 q=累计", "result 获无息借款的企业 13家 q=", "result 提供无息借款 2430万元 q=累计", "result 获资金支持的企业 1090家 q=", "result 提供资金支持 4.13亿元 q="}},
		{"people given a service, counted (免费为1872名外地来盐建设者提供职业技能培训), are named by what they were given", review("全年免费为1872名外地来盐建设者提供职业技能培训，免费为3.4万名从业人员提供安全生产公共培训。"),
			[]string{"result 免费提供职业技能培训的外地来盐建设者 1872名 q=", "result 免费提供安全生产公共培训的从业人员 3.4万名 q="}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := brief(&Extract(tt.text).Report)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("%s\ngot:\n  %s\nwant:\n  %s", tt.text, strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

// TestNoTitleBlock: a text pasted from its outline on, with no title
// block, keeps its first part and takes its year from the parts' titles.
func TestNoTitleBlock(t *testing.T) {
	t.Parallel()
	r := Extract("一、2025年工作回顾\n地区生产总值1.2万亿元、增长5%。\n二、2026年重点工作\n今年发展的主要预期目标是：地区生产总值增长5%。\n").Report
	if r.Meta.Year != 2026 || len(r.Results) != 1 || len(r.Targets) != 1 || r.Targets[0].Base == "" {
		t.Errorf("year %d, %d sections, targets %+v", r.Meta.Year, len(r.Results), r.Targets)
	}
}

// TestOpeningOnAPlanHeading: a text that opens on its plan part's heading
// without a number, ending 工作计划 (“十三五”规划的主要思路及2016年工作计划),
// reads it as the plan, its year the report's.
func TestOpeningOnAPlanHeading(t *testing.T) {
	t.Parallel()
	r := Extract("“十三五”规划的主要思路及2016年工作计划\n2016年经济社会发展预期目标是：地区生产总值增长9.5%左右，固定资产投资增长11%左右。\n").Report
	if r.Meta.Year != 2016 || len(r.Results) != 0 || len(r.Targets) != 2 {
		t.Errorf("year %d, %d sections, targets %+v", r.Meta.Year, len(r.Results), r.Targets)
	}
}

// TestExcerptOpeningOnTheReview: a text that opens on the review's prose,
// without title block, salutation or heading, is read from its first line,
// not taken whole as a title block until the first heading.
func TestExcerptOpeningOnTheReview(t *testing.T) {
	t.Parallel()
	d := Extract("刚刚过去的2025年，是“十四五”收官之年。一年来，全省上下攻坚克难，地区生产总值增长5.5%。\n新建普通高中17所，设立综合高中81所。\n三、2026年的重点工作\n今年发展的主要预期目标是：地区生产总值增长5.5%左右。\n")
	r := d.Report
	if n := len(r.Results); n != 1 || len(r.Results[0].Indicators) != 3 || len(r.Targets) != 1 || r.Meta.Year != 2026 {
		t.Errorf("year %d, sections %+v, targets %+v, skipped %+v", r.Meta.Year, r.Results, r.Targets, d.Skipped)
	}
}

// TestTitleBlocks: title blocks as real reports print them — an office
// without its region (省长 李炳军), a title without its region or year, the
// speaker on the meeting's line, a photo's caption — give the region from
// where it is said.
func TestTitleBlocks(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ block, region, speaker, occasion string }{
		{"政府工作报告\n（2026年1月27日在贵州省第十四届人民代表大会第四次会议上）\n省长 李炳军\n", "贵州省", "省长 李炳军", "（2026年1月27日在贵州省第十四届人民代表大会第四次会议上）"},
		{"陕西省2026年政府工作报告\n2026年1月27日在陕西省第十四届人民代表大会第四次会议上 陕西省省长 赵刚\n省长赵刚作政府工作报告\n", "陕西省", "陕西省省长 赵刚", "2026年1月27日在陕西省第十四届人民代表大会第四次会议上"},
		{"2026年辽宁省政府工作报告\n——2026年1月27日在辽宁省第十四届人民代表大会第五次会议上\n省长 王新伟\n", "辽宁省", "省长 王新伟", "2026年1月27日在辽宁省第十四届人民代表大会第五次会议上"},
		{"2026年内蒙古自治区政府工作报告\n——2026年2月4日在内蒙古自治区第十四届人民代表大会第四次会议上\n自治区人民政府主席 包钢\n", "内蒙古自治区", "自治区人民政府主席 包钢", "2026年2月4日在内蒙古自治区第十四届人民代表大会第四次会议上"},
		// An acting head said 代理 (代理县长).
		{"政 府 工 作 报 告\n——2026年1月10日在新兴县第十七届人民代表大会第三次会议上\n新兴县代理县长 赖鉴铭\n", "新兴县", "新兴县代理县长 赖鉴铭", "2026年1月10日在新兴县第十七届人民代表大会第三次会议上"},
		// An acting head (代旗长), and the date on a line of its own.
		{"政府工作报告\n——在东乌珠穆沁旗第十六届人民代表大会第一次会议上\n东乌旗人民政府代旗长 周玉龙\n(2026年1月5日)\n", "东乌旗", "东乌旗人民政府代旗长 周玉龙", "在东乌珠穆沁旗第十六届人民代表大会第一次会议上"},
	} {
		m := Extract(tt.block + "各位代表：\n一、2025年工作回顾\n地区生产总值增长5%。\n").Report.Meta
		if m.Region != tt.region || m.Speaker != tt.speaker || m.Occasion != tt.occasion || m.Year != 2026 {
			t.Errorf("%q: region %q, speaker %q, occasion %q, year %d; want %q, %q, %q", tt.block, m.Region, m.Speaker, m.Occasion, m.Year, tt.region, tt.speaker, tt.occasion)
		}
	}
}

// TestOpeningWordsSpeakFor: with no title block, the opening words name the
// government that speaks (我代表龙华区人民政府), or its level alone
// (我代表区人民政府), and a part titled by the year's strides is the review
// of the year before the report's.
func TestOpeningWordsSpeakFor(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		opening, region string
		level           report.Level
	}{
		{"现在，我代表龙华区人民政府，向大会报告政府工作，请予审议。", "龙华区", report.LevelDistrict},
		{"现在，我代表大鹏新区管理委员会，向大会报告工作。", "大鹏新区", report.LevelDistrict},
		{"现在，我代表区人民政府向大会作政府工作报告，请予审议。", "（地区）", report.LevelDistrict},
		{"现在，我代表县人民政府，向大会报告工作。", "（地区）", report.LevelCounty},
	} {
		m := Extract("各位代表：\n" + tt.opening + "\n一、团结奋斗，2024年现代化建设迈出新的坚实步伐\n地区生产总值增长5%。\n").Report.Meta
		if m.Region != tt.region || m.Level != tt.level || m.Year != 2025 {
			t.Errorf("%s: region %q, level %q, year %d; want %q, %q, 2025", tt.opening, m.Region, m.Level, m.Year, tt.region, tt.level)
		}
	}
}

// TestReviewTitles: a part titled as a summing-up (2024年工作总结) or by what
// the year achieved is the review of the year before the report's.
func TestReviewTitles(t *testing.T) {
	t.Parallel()
	for _, title := range []string{"一、2024年工作总结", "一、“十四五”时期发展成就和2024年主要工作", "一、团结奋斗，2024年现代化建设迈出新的坚实步伐", "一、2024年经济社会发展取得新进展新成效"} {
		r := Extract("各位代表：\n" + title + "\n地区生产总值增长5%。\n").Report
		if r.Meta.Year != 2025 || len(r.Results) != 1 || len(r.Tasks) != 0 {
			t.Errorf("%s: year %d, %d review sections, %d tasks; want 2025, 1, 0", title, r.Meta.Year, len(r.Results), len(r.Tasks))
		}
	}
}

// TestSectionsNumberedAsParts: under a review part its copy heads with no
// number (2018年工作回顾), lines numbered 一、 that name no part of a
// report are the review's sections, not parts of tasks.
func TestSectionsNumberedAsParts(t *testing.T) {
	t.Parallel()
	r := Extract("各位代表：\n2018年工作回顾\n2018年是重要的一年。\n一、质量引领，实体经济保持稳中向好\n全年实现地区生产总值920亿元，增长7.3%。\n二、提速提质，城市设施进一步完善\n新建道路12公里。\n三、2019年工作安排\n新建学校5所。\n").Report
	if len(r.Results) != 2 || r.Results[0].Number != "一、" || len(r.Results[0].Indicators) != 1 || r.Results[0].Indicators[0].Change == nil || len(r.Tasks) != 1 || r.Meta.Year != 2019 {
		t.Errorf("year %d, review sections %+v, tasks %+v", r.Meta.Year, r.Results, r.Tasks)
	}
}

// TestYearOfAReviewExcerpt: an excerpt of a review with no title block or
// heading is of the report of the year after the one it opens on.
func TestYearOfAReviewExcerpt(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		text string
		want int
	}{
		{"2017年是本届政府任期的第一年。全年生产总值增长8.1%。\n", 2018},
		// A review headed with no year is of the last year it names, but
		// a year a goal is set for.
		{"一、过去五年工作回顾\n五年来，经济实力实现大步跨越。预计2022年全省地区生产总值达12.8万亿元，到2035年基本实现现代化。\n", 2023},
		{"一、过去一年和五年工作回顾\n2022年是党和国家历史上极为重要的一年。国内生产总值增长3%。\n", 2023},
		// (…增加到2015年的7.28万亿元: a level reached, no goal.)
		{"一、“十二五”时期工作回顾\n五年来，地区生产总值从2010年的4.60万亿元增加到2015年的7.28万亿元，行政审批事项比2011年压减40%。\n", 2016},
	} {
		if y := Extract(tt.text).Report.Meta.Year; y != tt.want {
			t.Errorf("%s: year %d, want %d", tt.text, y, tt.want)
		}
	}
}

// TestMetaDate: the day a report was given, as the title blocks print it.
func TestMetaDate(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ line, want string }{
		{"——2025年1月20日在海拉尔区第十六届人民代表大会第五次会议上", "2025-01-20"},
		{"2026年1月14日在浙江省第十四届人民代表大会第四次会议上", "2026-01-14"}, // a web copy without the dash
		{"——二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次会议上", "2026-01-27"},
		{"——二〇二五年十二月十日在某某县第十届人民代表大会第一次会议上", "2025-12-10"},
		{"——２０２６年２月３日在四川省第十四届人民代表大会第五次会议上", "2026-02-03"},
	} {
		r := Extract("2026年某某省政府工作报告\n" + tt.line + "\n各位代表：\n一、2025年工作回顾\n地区生产总值完成100亿元。\n").Report
		if r.Meta.Date != tt.want {
			t.Errorf("%s: date %q, want %q", tt.line, r.Meta.Date, tt.want)
		}
	}
}

// TestSections: the review's sections where no heading marks them.
func TestSections(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"paragraphs that each open the same way, then the year",
			"2026年政府工作报告\n“十四五”时期工作回顾\n我们扭住首要任务，推进工业强省。粮食产量1280万吨。\n我们加快构建体系，强化支撑保障。公路里程20万公里。\n我们坚持履职尽责，加强自身建设。办理建议800件。\n刚刚过去的2025年，全省上下奋力拼搏。生产总值增长5.8%。\n",
			[]string{"推进工业强省", "强化支撑保障", "加强自身建设", "刚刚过去的2025年"}},
		{"a short first sentence heads its paragraph where the part has no numbered sections",
			"2025年政府工作报告\n一、2024年工作回顾\n“稳”的态势巩固延续。主要表现在，国内生产总值达到134.9万亿元。\n“进”的步伐坚实有力。主要表现在，粮食产量1.4万亿斤。\n一是加强宏观调控。新增就业1256万人。\n",
			[]string{"“稳”的态势巩固延续", "“进”的步伐坚实有力", "加强宏观调控"}},
		{"过去的一年，面对…，我们…，title。",
			"2018年政府工作报告\n一、2017年工作回顾\n过去的一年，面对下行压力，我们综合施策，发展质效持续提高。生产总值增长5%。\n过去的一年，面对发展短板，我们多措并举，人居环境明显改善。改造小区58个。\n过去的一年，面对活力不足，我们沉着应对，改革开放步伐加快。新增企业100户。\n",
			[]string{"发展质效持续提高", "人居环境明显改善", "改革开放步伐加快"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Extract(tt.text).Report.Results {
				if len(s.Indicators) > 0 {
					got = append(got, s.Title)
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("sections %q, want %q", got, tt.want)
			}
		})
	}
}

// TestGlossary: the terms of 名词解释, with the definition on the term's
// line or on the next.
func TestGlossary(t *testing.T) {
	t.Parallel()
	text := review("地区生产总值完成100亿元。") + "名词解释\n1.“两重”：是指国家重大战略实施和重点领域安全能力建设。\n2.“四上”企业：\n现阶段对达到一定规模的法人单位的一种习惯称谓。\n"
	g := Extract(text).Report.Glossary
	want := []string{"“两重”=是指国家重大战略实施和重点领域安全能力建设。", "“四上”企业=现阶段对达到一定规模的法人单位的一种习惯称谓。"}
	var got []string
	for _, term := range g {
		got = append(got, term.Term+"="+term.Definition)
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("glossary %q, want %q", got, want)
	}

	// Footnotes with no heading: ［n］term：definition.
	notes := Extract(review("“两重”建设有力推进［1］，完成投资100亿元。") + "［1］“两重”：是指国家重大战略实施和重点领域安全能力建设。\n").Report
	if len(notes.Glossary) != 1 || notes.Glossary[0].Term != "“两重”" || len(notes.Results) != 1 || len(notes.Results[0].Indicators) != 1 {
		t.Errorf("footnotes: glossary %+v, results %+v", notes.Glossary, notes.Results)
	}
}

// TestChecksStayOnTheirRecords: a check marks the record it was made for,
// also when an empty section before it is dropped.
func TestChecksStayOnTheirRecords(t *testing.T) {
	t.Parallel()
	text := "一、2025年工作回顾\n（一）稳增长。这一段没有数字。\n（二）促发展。粮食产量1280万吨。\n（三）惠民生。增长5%。\n"
	out, err := Extract(text).YAML("t.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(string(out), "\n") {
		named := strings.Contains(l, "name: ") && !strings.Contains(l, "（待命名）")
		if strings.Contains(l, "（待命名）") && !strings.Contains(l, "check:") || named && strings.Contains(l, "check: name it") {
			t.Errorf("check on the wrong record: %s\n%s", l, out)
		}
	}
}

// TestTargetBases: a target's base is the review's fact of the same
// indicator; one whose name only ends the same way when it is the only one,
// never one that holds the target's name in its middle.
func TestTargetBases(t *testing.T) {
	t.Parallel()
	text := "一、2025年工作回顾\n货物进出口总额9.5万亿元、增长4.4%。地区生产总值1.2万亿元、增长5%。单位地区生产总值二氧化碳排放下降3%。\n" +
		"二、2026年重点工作\n今年发展的主要预期目标是：全年进出口总额增长3%左右，地区生产总值增长5%，单位地区生产总值二氧化碳排放降低3.8%。\n"
	r := Extract(text).Report
	byID := map[string]string{}
	for _, s := range r.Results {
		for _, in := range s.Indicators {
			byID[in.ID] = in.Name
		}
	}
	want := map[string]string{"进出口总额": "货物进出口总额", "地区生产总值": "地区生产总值", "单位地区生产总值二氧化碳排放": "单位地区生产总值二氧化碳排放"}
	for _, tg := range r.Targets {
		if got := byID[tg.Base]; got != want[tg.Name] {
			t.Errorf("target %s: base %q, want %q", tg.Name, got, want[tg.Name])
		}
	}
}

// TestEveryNumberAccountedFor: a draft holds or lists every number of its
// text, headings' and the title block's too, each once.
func TestEveryNumberAccountedFor(t *testing.T) {
	t.Parallel()
	text := "海拉尔区2025年政府工作报告\n——2025年1月20日在海拉尔区第十六届人民代表大会第五次会议上\n各位代表：\n一、2024年工作回顾\n（一）经济运行稳中有进。地区生产总值完成231.52亿元，同比增长5.5%，实施2000万元以上项目30个。\n"
	d := Extract(text)
	numbers := 0
	for _, l := range strings.Split(text, "\n") {
		numbers += len(numberMatches(l))
	}
	held := 0
	for _, s := range d.Report.Results {
		for _, in := range s.Indicators {
			for _, x := range []*report.Decimal{in.Value, in.Upper, in.From} {
				if x != nil {
					held++
				}
			}
			if in.Change != nil {
				held++
			}
		}
	}
	if held+len(d.Skipped) != numbers {
		t.Errorf("%d numbers in the text, %d held and %d skipped: %+v", numbers, held, len(d.Skipped), d.Skipped)
	}
	for _, s := range d.Skipped {
		if s.Reason == lineParagraph {
			t.Errorf("%s not read: %s", s.Number, s.Clause)
		}
	}
}

// TestNumberMatches: a comma groups thousands only when no digit follows
// its three.
func TestNumberMatches(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ text, want string }{
		{"完成投资2,431.67万元", "2,431.67"},
		{"约占全国1/10，4386万名异地务工人员", "1|10|4386"},
		{"１２，３４５人", "１２，３４５"},
	} {
		var got []string
		for _, m := range numberMatches(tt.text) {
			got = append(got, tt.text[m[0]:m[1]])
		}
		if strings.Join(got, "|") != tt.want {
			t.Errorf("%s: %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestMeasureChecks: a five-year fact whose measure the words said carries
// no check; one read from what it counts does.
func TestMeasureChecks(t *testing.T) {
	t.Parallel()
	text := "2026年政府工作报告\n一、“十四五”时期工作回顾\n过去的五年极不寻常。\n地区生产总值年均增长5.5%，森林覆盖率达53.4%，国家高新技术企业1.28万家。\n"
	out, err := Extract(text).YAML("t.txt")
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for _, tt := range []struct {
		record string
		check  bool
	}{{"quote: 地区生产总值年均增长5.5%", false}, {"quote: 森林覆盖率达53.4%", false}, {"quote: 国家高新技术企业1.28万家", true}} {
		lines := strings.Split(string(out), "\n")
		for i, l := range lines {
			if strings.TrimSpace(l) != tt.record {
				continue
			}
			found++
			checked := false
			for j := i - 1; j >= 0 && !strings.Contains(lines[j], "- id:"); j-- {
				checked = checked || strings.Contains(lines[j], "check: a figure of the five years")
			}
			if checked != tt.check {
				t.Errorf("%s: measure checked %v, want %v\n%s", tt.record, checked, tt.check, out)
			}
		}
	}
	if found != 3 {
		t.Errorf("found %d of the 3 records:\n%s", found, out)
	}
}

// TestNameDoubts: a name is marked for the signs that point at wrong names,
// and a name as the text writes it that shows none is not.
func TestNameDoubts(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ name, quote, want string }{
		{"地区生产总值", "全区地区生产总值231.52亿元", ""},
		{"新增进出川大通道", "进出川大通道新增16条", ""}, // put together from the clause's words: no sign
		{"以旧换新补贴资金", "发放以旧换新补贴资金3亿元", ""},
		{"在建项目", "在建项目达到120个", ""},
		{"（待命名）", "增长5%", "name it"},
		{"投资", "全年投资90.07亿元", "a measure without what it measures"},
		{"年度计划完成投资", "年度计划完成投资75.5亿元", "a measure without what it measures"},
		{"覆盖", "覆盖95%以上行政村", "too short"},
		{"地级市", "5个地级市和5个县级城市新获评全国文明城市", "too short"},
		{"教育基础设施投资", "投资6349万元", "partly taken"},
		{"以勇于担当的精神推动解决", "以勇于担当的精神推动解决近3万户居民不动产证办理", "circumstance"},
		{"选择停车场新建", "选择11处停车场新建64个公共充电桩", "circumstance"},
		{"群众远离了危险", "让13.07万户46万群众远离了危险", "mid-phrase"},
		{"企业进入“中国隐形独角兽企业", "10家企业进入“中国隐形独角兽500强”企业", "mid-phrase"},
		{"新建和加密建设、改造", "新建和加密建设、改造提升24个高速公路服务区", "a list"},
		{"实现“两不愁、三保障”的贫困人口", "96户177人贫困人口实现了“两不愁、三保障”", ""}, // 、 inside quotes
		{"实现省内线路重点场所移动网络信号连续覆盖", "实现省内4.27万公里线路重点场所移动网络信号连续覆盖", "long"},
	} {
		got := nameDoubt(tt.name, tt.quote)
		if tt.want == "" && got != "" || tt.want != "" && !strings.Contains(got, tt.want) {
			t.Errorf("%s (%s): %q, want %q", tt.name, tt.quote, got, tt.want)
		}
	}
}

// TestFigureNamesChecked: a plan's figures are marked like the review's
// facts, on their own lines of the draft.
func TestFigureNamesChecked(t *testing.T) {
	t.Parallel()
	text := "2026年政府工作报告\n一、2026年工作安排\n（一）抓项目。全年计划投资3亿元。新建改造城市道路12条。\n"
	d := Extract(text)
	out, err := d.YAML("t.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), "name: 计划投资 # check: check the name: a measure without") {
		t.Errorf("the bare measure is not marked:\n%s", out)
	}
	if strings.Contains(string(out), "name: 新建改造城市道路 # check") {
		t.Errorf("a name as written is marked:\n%s", out)
	}
}

// TestSegments: a report pasted as one line is cut where its lines were:
// the page's furniture, the title block's parts, part headings with or
// without numbers and running on into their first paragraph, the numbered
// leads of sections (一是…。) but not the items of a list (一是免费实施1万名…),
// the paragraphs a review turns on (过去五年…) and the glossary's terms; a
// short line is its own.
func TestSegments(t *testing.T) {
	t.Parallel()
	filler := strings.Repeat("各项工作稳步推进。", 120)
	text := "下载打印【字号：大中小】2026年某省政府工作报告——2026年1月20日在某省第十四届人民代表大会第四次会议上来源：某日报某省省长 张三各位代表：现在，我代表省人民政府向大会报告工作。" +
		"一、2025年和“十四五”时期工作回顾过去一年，地区生产总值增长5%。一是经济稳中有进。全年粮食产量1300万吨。二是办好民生实事。一是免费实施1万名老年人白内障复明工程。" +
		"过去五年，我们砥砺奋进。" + filler + "2026年重点工作今年是开局之年。" +
		"名词解释1.“两重”：是指国家重大战略实施。2.“单一窗口”：指参与国际贸易的各方提交信息。"
	got := segments(text, utf8.RuneCountInString(text))
	var starts []string
	for _, s := range got {
		r := []rune(s)
		starts = append(starts, string(r[:min(8, len(r))]))
	}
	want := []string{"下载打印【字号：", "2026年某省政", "——2026年1", "来源：某日报某省", "各位代表：现在，", "一、2025年和", "过去一年，地区生", "一是经济稳中有进", "二是办好民生实事", "过去五年，我们砥", "2026年重点工", "今年是开局之年。", "名词解释", "1.“两重”：是", "2.“单一窗口”", "指参与国际贸易的"}
	if strings.Join(starts, " | ") != strings.Join(want, " | ") {
		t.Errorf("segments begin\n  %s\nwant\n  %s", strings.Join(starts, " | "), strings.Join(want, " | "))
	}
	if strings.Join(got, "") != text {
		t.Error("the segments are not the line cut apart")
	}
	// Every seed text pasted as one line: the segments are the line cut
	// apart, each valid UTF-8 (a cut inside a character would not be).
	seeds, _ := filepath.Glob("../../samples/testdata/seeds/*.txt")
	for _, p := range seeds {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		one := strings.ReplaceAll(string(data), "\n", "")
		segs := segments(one, utf8.RuneCountInString(one))
		if strings.Join(segs, "") != one || len(segs) < 10 {
			t.Errorf("%s: %d segments, not the line cut apart", p, len(segs))
		}
		for _, seg := range segs {
			if !utf8.ValidString(seg) {
				t.Errorf("%s: a segment cut inside a character: %q", p, seg[:min(30, len(seg))])
			}
		}
	}
	// A title block that runs into an unnumbered part's heading.
	speaker := "某省省长 张三2026年重点工作今年是开局之年。" + filler
	if got := segments(speaker, utf8.RuneCountInString(speaker)); len(got) < 3 || got[0] != "某省省长 张三" || got[1] != "2026年重点工作" {
		t.Errorf("speaker and heading: %q", got[:min(3, len(got))])
	}
	ordinals := strings.Repeat("各项工作稳步推进。", 120) + "做好第一、二季度工作安排，抓好落实。"
	if got := segments(ordinals, utf8.RuneCountInString(ordinals)); len(got) != 1 {
		t.Errorf("第一、二季度工作安排 cut as a heading: %d segments", len(got))
	}
	if short := "一、2025年工作回顾过去一年，地区生产总值增长5%。"; len(segments(short, 10000)) != 1 {
		t.Error("a short line of a longer text is cut")
	}
}

// TestTitleAfterColon: a title after 标题： is taken past the whole mark (：
// is three bytes; the title was cut inside it, not valid UTF-8).
func TestTitleAfterColon(t *testing.T) {
	t.Parallel()
	d := Extract("标题：2026年某省政府工作报告\n各位代表：\n一、2025年工作回顾\n地区生产总值增长5%。\n")
	if d.Report.Meta.Title != "2026年某省政府工作报告" {
		t.Errorf("title %q", d.Report.Meta.Title)
	}
}

// TestOpeningTitle: the review's unheaded opening paragraph is titled with
// its own words, never an invented heading unless it has none.
func TestOpeningTitle(t *testing.T) {
	for _, tt := range []struct{ paragraph, want string }{
		{"2025年是极不平凡的一年。全年地区生产总值增长5%。", "2025年是极不平凡的一年"},
		{"刚刚过去的2025年，是现代化新重庆建设纵深推进的关键之年。全市地区生产总值增长5.3%。", "刚刚过去的2025年，是现代化新重庆建设纵深推进的关键之年"},
		{"“十四五”时期是极不平凡的五年，我们坚持以习近平新时代中国特色社会主义思想为指导，接续奋斗、砥砺前行，经受住世纪疫情严重冲击。", "“十四五”时期是极不平凡的五年"},
		{"过去一年，面对复杂严峻形势和多重超预期因素冲击，我们迎难而上、拼搏实干，全力以赴拼经济搞建设，较好完成全年主要目标任务。实现地区生产总值67665亿元。", "较好完成全年主要目标任务"},
		{"全年地区生产总值完成253.7亿元，同比增长10.1%。", "总体情况"},
	} {
		if got := openingTitle(tt.paragraph); got != tt.want {
			t.Errorf("openingTitle(%s) = %q, want %q", tt.paragraph, got, tt.want)
		}
	}
}

// TestSectionTurns: the review's sections follow its turns between the past
// year and the five years, titled with the report's own words.
func TestSectionTurns(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       []string // each section: title, then its facts' names
	}{
		{"a paragraph opening on the five years after a year's section starts one of its own",
			"一、2025年工作回顾和“十四五”发展主要成绩\n过去一年，我们迎难而上，较好完成全年主要目标任务。实现地区生产总值67665亿元。\n一年来，主要做了以下工作：\n六是着力防风险守底线，推动提升安全发展能力水平。科学应对19轮强降雨。\n各位代表！\n五年来，我们纵深推进改革开放，发展动力和社会活力持续增强。25项改革经验获中央改革办推广。\n",
			[]string{"过去一年，我们迎难而上，较好完成全年主要目标任务: 地区生产总值", "着力防风险守底线，推动提升安全发展能力水平: 应对强降雨", "发展动力和社会活力持续增强: 获中央改革办推广的改革经验"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Extract(tt.text).Report.Results {
				var names []string
				for _, in := range s.Indicators {
					names = append(names, in.Name)
				}
				got = append(got, s.Title+": "+strings.Join(names, ", "))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

// TestItemNumbers: an item's own number (1., （2）) is its number, not part
// of its title, and is skipped as an ordinal; a number that opens a
// paragraph is no item number (1.5万亩…), but one before a month is
// (4.3月底前…: item 4).
func TestItemNumbers(t *testing.T) {
	d := Extract(plan("1.医疗卫生方面。举办名中医惠老医养健体服务活动1000场。\n（2）养老服务方面。新增护理型床位3万张。\n1.5万亩高标准农田全部建成。\n4.3月底前完成亚太星通运营总部土地出让，新建学校5所。"))
	var got []string
	for _, task := range d.Report.Tasks {
		for _, it := range task.Items {
			got = append(got, it.Number+"|"+it.Title)
		}
	}
	want := []string{"1.|医疗卫生方面", "（2）|养老服务方面", "|1.5万亩高标准农田全部建成", "4.|3月底前完成亚太星通运营总部土地出让，新建学校5所"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("items:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
	ordinals := 0
	for _, s := range d.Skipped {
		if s.Reason == "an ordinal: the item's number" {
			ordinals++
		}
	}
	if ordinals != 3 {
		t.Errorf("%d item numbers skipped as ordinals, want 3", ordinals)
	}
	// (4.3月底前: item 4 and a month, no decimal nobody read.)
	for _, s := range d.Skipped {
		if s.Reason == lineParagraph {
			t.Errorf("number %s left unread: %s", s.Number, s.Clause)
		}
	}
}

// TestTaskItems: under a task the report numbers （一）, paragraphs
// numbered 一是 are its items, titled by their lead sentence; where 一是
// numbers the plan's own tasks, they stay tasks; and the part's opening
// words, which plan no quantity, make no task.
func TestTaskItems(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"一是 under （一） is an item", "2025年政府工作报告\n一、2024年工作回顾\n地区生产总值完成100亿元。\n二、2025年工作安排\n今年是“十四五”规划收官之年。\n（一）全面深化改革，扩大对外开放\n一是全面推动重点改革攻坚。新建学校5所。\n二是持续提升开放型经济水平。引进外资企业10家。\n（二）加快发展新质生产力\n推动产业集群发展。新增企业20家。\n",
			[]string{"（一）全面深化改革，扩大对外开放: 全面推动重点改革攻坚, 持续提升开放型经济水平", "（二）加快发展新质生产力: 推动产业集群发展"}},
		{"a task's heading line without a full stop is its title whole, long as it is", "2024年政府工作报告\n一、2023年工作回顾\n地区生产总值完成100亿元。\n二、2024年工作安排\n（二）统筹新型城镇化和乡村全面振兴，推动“百县千镇万村高质量发展工程”建设加力提速，促进城乡融合和区域协调发展\n全面增强县域经济综合实力。新建学校5所。\n",
			[]string{"（二）统筹新型城镇化和乡村全面振兴，推动“百县千镇万村高质量发展工程”建设加力提速，促进城乡融合和区域协调发展: 全面增强县域经济综合实力"}},
		{"一是 alone numbers the tasks", "2025年政府工作报告\n一、2024年工作回顾\n地区生产总值完成100亿元。\n二、2025年工作安排\n一是全面推动重点改革攻坚。新建学校5所。\n二是持续提升开放型经济水平。引进外资企业10家。\n",
			[]string{"一是全面推动重点改革攻坚: 新建学校5所", "二是持续提升开放型经济水平: 引进外资企业10家"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := Extract(tt.text)
			var got []string
			for _, task := range d.Report.Tasks {
				var items []string
				for _, it := range task.Items {
					items = append(items, it.Title)
				}
				got = append(got, task.Number+task.Title+": "+strings.Join(items, ", "))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("tasks:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

// TestNationalWithoutTitleBlock: a text with no title block that counts
// the country's accounts and speaks of no region of its own is the State
// Council's report, 全国 no part of its names; a province's comparing
// itself with the country stays a province's.
func TestNationalWithoutTitleBlock(t *testing.T) {
	t.Parallel()
	r := Extract("一、过去一年工作回顾\n2022年是极为重要的一年。国内生产总值增长3%，全国居民人均可支配收入增长2.9%，全国新注册企业增长27.6%，全国财政支出26万亿元。\n").Report
	if r.Meta.Region != "中华人民共和国" || r.Meta.Level != report.LevelNational || r.Meta.Year != 2023 || r.Meta.Title != "2023年政府工作报告" {
		t.Errorf("meta %+v, want the national report of 2023", r.Meta)
	}
	var names []string
	for _, s := range r.Results {
		for _, in := range s.Indicators {
			names = append(names, in.Name)
		}
	}
	if want := "国内生产总值 居民人均可支配收入 新注册企业 财政支出"; strings.Join(names, " ") != want {
		t.Errorf("names %v, want %s", names, want)
	}
	p := Extract("一、2025年工作回顾\n全省地区生产总值增长5%，高于全国国内生产总值增速1个百分点。\n").Report
	if p.Meta.Level == report.LevelNational {
		t.Errorf("a province's text comparing itself with the country drafted as the national report")
	}
}

// TestTermReview: a review of a government's term of four years (过去四年
// 工作回顾) is of those four years, not five.
func TestTermReview(t *testing.T) {
	t.Parallel()
	r := Extract("2022年东乌旗政府工作报告\n各位代表：\n一、过去四年工作回顾\n过去四年，全旗地区生产总值累计完成232.75亿元，年均增长3.56%。\n").Report
	var got []string
	for _, s := range r.Results {
		for _, in := range s.Indicators {
			got = append(got, string(in.Period)+" "+string(in.Measure))
		}
	}
	if want := "2018-2021 total 2018-2021 average"; strings.Join(got, " ") != want {
		t.Errorf("periods %q, want %q", strings.Join(got, " "), want)
	}
}
