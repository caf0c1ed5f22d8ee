package wallet

import "slices"

// LocalName is a name in the three languages of the demo.
type LocalName struct {
	EN   string `json:"en"`
	Hans string `json:"zhHans"` // Simplified Chinese
	Hant string `json:"zhHant"` // Traditional Chinese as written in Hong Kong
}

// In returns the name in the language of a BCP 47 tag: Simplified Chinese
// for "zh-Hans" and "zh-CN", Traditional for the other "zh" tags, English
// for the rest. A missing translation falls back to English.
func (n LocalName) In(lang string) string {
	var s string
	switch {
	case lang == "zh-Hans" || lang == "zh-CN" || lang == "zh":
		s = n.Hans
	case len(lang) > 3 && lang[:3] == "zh-":
		s = n.Hant
	}
	if s == "" {
		return n.EN
	}
	return s
}

// Region is a country or region a person can register in, carry a passport
// of, or pay in.
type Region struct {
	Code RegionCode `json:"code"`
	Dial string     `json:"dial"` // international calling code, "+44"
	Name LocalName  `json:"name"`
}

// Regions returns every ISO 3166-1 country and region, sorted by English
// name (accents ignored). The caller owns the slice.
func Regions() []Region {
	return slices.Clone(regions)
}

// LookupRegion returns the region with code c and whether there is one.
func LookupRegion(c RegionCode) (Region, bool) {
	i, ok := regionIndex[c]
	if !ok {
		return Region{}, false
	}
	return regions[i], true
}

// FlagEmoji returns the flag of a two-letter code as its two regional
// indicator symbols, or "" for anything else. Whether a flag shows is up to
// the device's fonts.
func FlagEmoji(c RegionCode) string {
	if len(c) != 2 || !isUpper(c[0]) || !isUpper(c[1]) {
		return ""
	}
	const indicatorA = 0x1F1E6 // REGIONAL INDICATOR SYMBOL LETTER A
	return string([]rune{rune(c[0]-'A') + indicatorA, rune(c[1]-'A') + indicatorA})
}

// isUpper reports whether b is an ASCII capital letter.
func isUpper(b byte) bool { return 'A' <= b && b <= 'Z' }

// regionIndex finds a code's row in regions.
var regionIndex = func() map[RegionCode]int {
	m := make(map[RegionCode]int, len(regions))
	for i, r := range regions {
		m[r.Code] = i
	}
	return m
}()

// regions is ISO 3166-1 with calling codes and names: English names are the
// common short ones, Chinese names follow common usage in Mainland China and
// in Hong Kong. Territories without a calling code of their own carry the one
// in use there (Antarctica +672, Bouvet Island +47...). Kept sorted by
// English name, accents ignored; a test holds that.
var regions = []Region{
	{"AF", "+93", LocalName{"Afghanistan", "阿富汗", "阿富汗"}},
	{"AX", "+358", LocalName{"Åland Islands", "奥兰群岛", "奧蘭群島"}},
	{"AL", "+355", LocalName{"Albania", "阿尔巴尼亚", "阿爾巴尼亞"}},
	{"DZ", "+213", LocalName{"Algeria", "阿尔及利亚", "阿爾及利亞"}},
	{"AS", "+1", LocalName{"American Samoa", "美属萨摩亚", "美屬薩摩亞"}},
	{"AD", "+376", LocalName{"Andorra", "安道尔", "安道爾"}},
	{"AO", "+244", LocalName{"Angola", "安哥拉", "安哥拉"}},
	{"AI", "+1", LocalName{"Anguilla", "安圭拉", "安圭拉"}},
	{"AQ", "+672", LocalName{"Antarctica", "南极洲", "南極洲"}},
	{"AG", "+1", LocalName{"Antigua and Barbuda", "安提瓜和巴布达", "安提瓜和巴布達"}},
	{"AR", "+54", LocalName{"Argentina", "阿根廷", "阿根廷"}},
	{"AM", "+374", LocalName{"Armenia", "亚美尼亚", "亞美尼亞"}},
	{"AW", "+297", LocalName{"Aruba", "阿鲁巴", "阿魯巴"}},
	{"AU", "+61", LocalName{"Australia", "澳大利亚", "澳洲"}},
	{"AT", "+43", LocalName{"Austria", "奥地利", "奧地利"}},
	{"AZ", "+994", LocalName{"Azerbaijan", "阿塞拜疆", "阿塞拜疆"}},
	{"BS", "+1", LocalName{"Bahamas", "巴哈马", "巴哈馬"}},
	{"BH", "+973", LocalName{"Bahrain", "巴林", "巴林"}},
	{"BD", "+880", LocalName{"Bangladesh", "孟加拉国", "孟加拉"}},
	{"BB", "+1", LocalName{"Barbados", "巴巴多斯", "巴巴多斯"}},
	{"BY", "+375", LocalName{"Belarus", "白俄罗斯", "白俄羅斯"}},
	{"BE", "+32", LocalName{"Belgium", "比利时", "比利時"}},
	{"BZ", "+501", LocalName{"Belize", "伯利兹", "伯利茲"}},
	{"BJ", "+229", LocalName{"Benin", "贝宁", "貝寧"}},
	{"BM", "+1", LocalName{"Bermuda", "百慕大", "百慕達"}},
	{"BT", "+975", LocalName{"Bhutan", "不丹", "不丹"}},
	{"BO", "+591", LocalName{"Bolivia", "玻利维亚", "玻利維亞"}},
	{"BA", "+387", LocalName{"Bosnia and Herzegovina", "波斯尼亚和黑塞哥维那", "波斯尼亞和黑塞哥維那"}},
	{"BW", "+267", LocalName{"Botswana", "博茨瓦纳", "博茨瓦納"}},
	{"BV", "+47", LocalName{"Bouvet Island", "布韦岛", "鮑威特島"}},
	{"BR", "+55", LocalName{"Brazil", "巴西", "巴西"}},
	{"IO", "+246", LocalName{"British Indian Ocean Territory", "英属印度洋领地", "英屬印度洋領地"}},
	{"VG", "+1", LocalName{"British Virgin Islands", "英属维尔京群岛", "英屬維爾京群島"}},
	{"BN", "+673", LocalName{"Brunei", "文莱", "汶萊"}},
	{"BG", "+359", LocalName{"Bulgaria", "保加利亚", "保加利亞"}},
	{"BF", "+226", LocalName{"Burkina Faso", "布基纳法索", "布基納法索"}},
	{"BI", "+257", LocalName{"Burundi", "布隆迪", "布隆迪"}},
	{"CV", "+238", LocalName{"Cabo Verde", "佛得角", "佛得角"}},
	{"KH", "+855", LocalName{"Cambodia", "柬埔寨", "柬埔寨"}},
	{"CM", "+237", LocalName{"Cameroon", "喀麦隆", "喀麥隆"}},
	{"CA", "+1", LocalName{"Canada", "加拿大", "加拿大"}},
	{"BQ", "+599", LocalName{"Caribbean Netherlands", "荷属加勒比区", "荷蘭加勒比區"}},
	{"KY", "+1", LocalName{"Cayman Islands", "开曼群岛", "開曼群島"}},
	{"CF", "+236", LocalName{"Central African Republic", "中非共和国", "中非共和國"}},
	{"TD", "+235", LocalName{"Chad", "乍得", "乍得"}},
	{"CL", "+56", LocalName{"Chile", "智利", "智利"}},
	{"CX", "+61", LocalName{"Christmas Island", "圣诞岛", "聖誕島"}},
	{"CC", "+61", LocalName{"Cocos (Keeling) Islands", "科科斯（基林）群岛", "可可斯群島"}},
	{"CO", "+57", LocalName{"Colombia", "哥伦比亚", "哥倫比亞"}},
	{"KM", "+269", LocalName{"Comoros", "科摩罗", "科摩羅"}},
	{"CG", "+242", LocalName{"Congo - Brazzaville", "刚果（布）", "剛果（布拉薩）"}},
	{"CD", "+243", LocalName{"Congo - Kinshasa", "刚果（金）", "剛果（金夏沙）"}},
	{"CK", "+682", LocalName{"Cook Islands", "库克群岛", "庫克群島"}},
	{"CR", "+506", LocalName{"Costa Rica", "哥斯达黎加", "哥斯達黎加"}},
	{"CI", "+225", LocalName{"Côte d'Ivoire", "科特迪瓦", "科特迪瓦"}},
	{"HR", "+385", LocalName{"Croatia", "克罗地亚", "克羅地亞"}},
	{"CU", "+53", LocalName{"Cuba", "古巴", "古巴"}},
	{"CW", "+599", LocalName{"Curaçao", "库拉索", "庫拉索"}},
	{"CY", "+357", LocalName{"Cyprus", "塞浦路斯", "塞浦路斯"}},
	{"CZ", "+420", LocalName{"Czechia", "捷克", "捷克"}},
	{"DK", "+45", LocalName{"Denmark", "丹麦", "丹麥"}},
	{"DJ", "+253", LocalName{"Djibouti", "吉布提", "吉布提"}},
	{"DM", "+1", LocalName{"Dominica", "多米尼克", "多米尼克"}},
	{"DO", "+1", LocalName{"Dominican Republic", "多米尼加共和国", "多明尼加共和國"}},
	{"EC", "+593", LocalName{"Ecuador", "厄瓜多尔", "厄瓜多爾"}},
	{"EG", "+20", LocalName{"Egypt", "埃及", "埃及"}},
	{"SV", "+503", LocalName{"El Salvador", "萨尔瓦多", "薩爾瓦多"}},
	{"GQ", "+240", LocalName{"Equatorial Guinea", "赤道几内亚", "赤道幾內亞"}},
	{"ER", "+291", LocalName{"Eritrea", "厄立特里亚", "厄立特里亞"}},
	{"EE", "+372", LocalName{"Estonia", "爱沙尼亚", "愛沙尼亞"}},
	{"SZ", "+268", LocalName{"Eswatini", "斯威士兰", "斯威士蘭"}},
	{"ET", "+251", LocalName{"Ethiopia", "埃塞俄比亚", "埃塞俄比亞"}},
	{"FK", "+500", LocalName{"Falkland Islands", "福克兰群岛", "福克蘭群島"}},
	{"FO", "+298", LocalName{"Faroe Islands", "法罗群岛", "法羅群島"}},
	{"FJ", "+679", LocalName{"Fiji", "斐济", "斐濟"}},
	{"FI", "+358", LocalName{"Finland", "芬兰", "芬蘭"}},
	{"FR", "+33", LocalName{"France", "法国", "法國"}},
	{"GF", "+594", LocalName{"French Guiana", "法属圭亚那", "法屬圭亞那"}},
	{"PF", "+689", LocalName{"French Polynesia", "法属波利尼西亚", "法屬波利尼西亞"}},
	{"TF", "+262", LocalName{"French Southern Territories", "法属南部领地", "法屬南部領地"}},
	{"GA", "+241", LocalName{"Gabon", "加蓬", "加蓬"}},
	{"GM", "+220", LocalName{"Gambia", "冈比亚", "岡比亞"}},
	{"GE", "+995", LocalName{"Georgia", "格鲁吉亚", "格魯吉亞"}},
	{"DE", "+49", LocalName{"Germany", "德国", "德國"}},
	{"GH", "+233", LocalName{"Ghana", "加纳", "加納"}},
	{"GI", "+350", LocalName{"Gibraltar", "直布罗陀", "直布羅陀"}},
	{"GR", "+30", LocalName{"Greece", "希腊", "希臘"}},
	{"GL", "+299", LocalName{"Greenland", "格陵兰", "格陵蘭"}},
	{"GD", "+1", LocalName{"Grenada", "格林纳达", "格林納達"}},
	{"GP", "+590", LocalName{"Guadeloupe", "瓜德罗普", "瓜地洛普"}},
	{"GU", "+1", LocalName{"Guam", "关岛", "關島"}},
	{"GT", "+502", LocalName{"Guatemala", "危地马拉", "危地馬拉"}},
	{"GG", "+44", LocalName{"Guernsey", "根西岛", "根息"}},
	{"GN", "+224", LocalName{"Guinea", "几内亚", "幾內亞"}},
	{"GW", "+245", LocalName{"Guinea-Bissau", "几内亚比绍", "幾內亞比紹"}},
	{"GY", "+592", LocalName{"Guyana", "圭亚那", "圭亞那"}},
	{"HT", "+509", LocalName{"Haiti", "海地", "海地"}},
	{"HM", "+672", LocalName{"Heard Island and McDonald Islands", "赫德岛和麦克唐纳群岛", "赫德島及麥唐納群島"}},
	{"HN", "+504", LocalName{"Honduras", "洪都拉斯", "洪都拉斯"}},
	{"HK", "+852", LocalName{"Hong Kong SAR", "中国香港", "中國香港"}},
	{"HU", "+36", LocalName{"Hungary", "匈牙利", "匈牙利"}},
	{"IS", "+354", LocalName{"Iceland", "冰岛", "冰島"}},
	{"IN", "+91", LocalName{"India", "印度", "印度"}},
	{"ID", "+62", LocalName{"Indonesia", "印度尼西亚", "印尼"}},
	{"IR", "+98", LocalName{"Iran", "伊朗", "伊朗"}},
	{"IQ", "+964", LocalName{"Iraq", "伊拉克", "伊拉克"}},
	{"IE", "+353", LocalName{"Ireland", "爱尔兰", "愛爾蘭"}},
	{"IM", "+44", LocalName{"Isle of Man", "马恩岛", "馬恩島"}},
	{"IL", "+972", LocalName{"Israel", "以色列", "以色列"}},
	{"IT", "+39", LocalName{"Italy", "意大利", "意大利"}},
	{"JM", "+1", LocalName{"Jamaica", "牙买加", "牙買加"}},
	{"JP", "+81", LocalName{"Japan", "日本", "日本"}},
	{"JE", "+44", LocalName{"Jersey", "泽西岛", "澤西島"}},
	{"JO", "+962", LocalName{"Jordan", "约旦", "約旦"}},
	{"KZ", "+7", LocalName{"Kazakhstan", "哈萨克斯坦", "哈薩克"}},
	{"KE", "+254", LocalName{"Kenya", "肯尼亚", "肯雅"}},
	{"KI", "+686", LocalName{"Kiribati", "基里巴斯", "吉里巴斯"}},
	{"KW", "+965", LocalName{"Kuwait", "科威特", "科威特"}},
	{"KG", "+996", LocalName{"Kyrgyzstan", "吉尔吉斯斯坦", "吉爾吉斯"}},
	{"LA", "+856", LocalName{"Laos", "老挝", "老撾"}},
	{"LV", "+371", LocalName{"Latvia", "拉脱维亚", "拉脫維亞"}},
	{"LB", "+961", LocalName{"Lebanon", "黎巴嫩", "黎巴嫩"}},
	{"LS", "+266", LocalName{"Lesotho", "莱索托", "賴索托"}},
	{"LR", "+231", LocalName{"Liberia", "利比里亚", "利比里亞"}},
	{"LY", "+218", LocalName{"Libya", "利比亚", "利比亞"}},
	{"LI", "+423", LocalName{"Liechtenstein", "列支敦士登", "列支敦士登"}},
	{"LT", "+370", LocalName{"Lithuania", "立陶宛", "立陶宛"}},
	{"LU", "+352", LocalName{"Luxembourg", "卢森堡", "盧森堡"}},
	{"MO", "+853", LocalName{"Macao SAR", "中国澳门", "中國澳門"}},
	{"MG", "+261", LocalName{"Madagascar", "马达加斯加", "馬達加斯加"}},
	{"CN", "+86", LocalName{"Mainland China", "中国大陆", "中國內地"}},
	{"MW", "+265", LocalName{"Malawi", "马拉维", "馬拉維"}},
	{"MY", "+60", LocalName{"Malaysia", "马来西亚", "馬來西亞"}},
	{"MV", "+960", LocalName{"Maldives", "马尔代夫", "馬爾代夫"}},
	{"ML", "+223", LocalName{"Mali", "马里", "馬里"}},
	{"MT", "+356", LocalName{"Malta", "马耳他", "馬耳他"}},
	{"MH", "+692", LocalName{"Marshall Islands", "马绍尔群岛", "馬紹爾群島"}},
	{"MQ", "+596", LocalName{"Martinique", "马提尼克", "馬丁尼克"}},
	{"MR", "+222", LocalName{"Mauritania", "毛里塔尼亚", "毛里塔尼亞"}},
	{"MU", "+230", LocalName{"Mauritius", "毛里求斯", "毛里裘斯"}},
	{"YT", "+262", LocalName{"Mayotte", "马约特", "馬約特"}},
	{"MX", "+52", LocalName{"Mexico", "墨西哥", "墨西哥"}},
	{"FM", "+691", LocalName{"Micronesia", "密克罗尼西亚", "密克羅尼西亞"}},
	{"MD", "+373", LocalName{"Moldova", "摩尔多瓦", "摩爾多瓦"}},
	{"MC", "+377", LocalName{"Monaco", "摩纳哥", "摩納哥"}},
	{"MN", "+976", LocalName{"Mongolia", "蒙古", "蒙古"}},
	{"ME", "+382", LocalName{"Montenegro", "黑山", "黑山"}},
	{"MS", "+1", LocalName{"Montserrat", "蒙特塞拉特", "蒙特塞拉特"}},
	{"MA", "+212", LocalName{"Morocco", "摩洛哥", "摩洛哥"}},
	{"MZ", "+258", LocalName{"Mozambique", "莫桑比克", "莫桑比克"}},
	{"MM", "+95", LocalName{"Myanmar", "缅甸", "緬甸"}},
	{"NA", "+264", LocalName{"Namibia", "纳米比亚", "納米比亞"}},
	{"NR", "+674", LocalName{"Nauru", "瑙鲁", "瑙魯"}},
	{"NP", "+977", LocalName{"Nepal", "尼泊尔", "尼泊爾"}},
	{"NL", "+31", LocalName{"Netherlands", "荷兰", "荷蘭"}},
	{"NC", "+687", LocalName{"New Caledonia", "新喀里多尼亚", "新喀里多尼亞"}},
	{"NZ", "+64", LocalName{"New Zealand", "新西兰", "新西蘭"}},
	{"NI", "+505", LocalName{"Nicaragua", "尼加拉瓜", "尼加拉瓜"}},
	{"NE", "+227", LocalName{"Niger", "尼日尔", "尼日爾"}},
	{"NG", "+234", LocalName{"Nigeria", "尼日利亚", "尼日利亞"}},
	{"NU", "+683", LocalName{"Niue", "纽埃", "紐埃"}},
	{"NF", "+672", LocalName{"Norfolk Island", "诺福克岛", "諾福克島"}},
	{"KP", "+850", LocalName{"North Korea", "朝鲜", "朝鮮"}},
	{"MK", "+389", LocalName{"North Macedonia", "北马其顿", "北馬其頓"}},
	{"MP", "+1", LocalName{"Northern Mariana Islands", "北马里亚纳群岛", "北馬利安納群島"}},
	{"NO", "+47", LocalName{"Norway", "挪威", "挪威"}},
	{"OM", "+968", LocalName{"Oman", "阿曼", "阿曼"}},
	{"PK", "+92", LocalName{"Pakistan", "巴基斯坦", "巴基斯坦"}},
	{"PW", "+680", LocalName{"Palau", "帕劳", "帕勞"}},
	{"PS", "+970", LocalName{"Palestinian Territories", "巴勒斯坦领土", "巴勒斯坦領土"}},
	{"PA", "+507", LocalName{"Panama", "巴拿马", "巴拿馬"}},
	{"PG", "+675", LocalName{"Papua New Guinea", "巴布亚新几内亚", "巴布亞新幾內亞"}},
	{"PY", "+595", LocalName{"Paraguay", "巴拉圭", "巴拉圭"}},
	{"PE", "+51", LocalName{"Peru", "秘鲁", "秘魯"}},
	{"PH", "+63", LocalName{"Philippines", "菲律宾", "菲律賓"}},
	{"PN", "+64", LocalName{"Pitcairn Islands", "皮特凯恩群岛", "皮特凱恩島"}},
	{"PL", "+48", LocalName{"Poland", "波兰", "波蘭"}},
	{"PT", "+351", LocalName{"Portugal", "葡萄牙", "葡萄牙"}},
	{"PR", "+1", LocalName{"Puerto Rico", "波多黎各", "波多黎各"}},
	{"QA", "+974", LocalName{"Qatar", "卡塔尔", "卡塔爾"}},
	{"RE", "+262", LocalName{"Réunion", "留尼汪", "留尼旺"}},
	{"RO", "+40", LocalName{"Romania", "罗马尼亚", "羅馬尼亞"}},
	{"RU", "+7", LocalName{"Russia", "俄罗斯", "俄羅斯"}},
	{"RW", "+250", LocalName{"Rwanda", "卢旺达", "盧旺達"}},
	{"BL", "+590", LocalName{"Saint Barthélemy", "圣巴泰勒米", "聖巴泰勒米"}},
	{"SH", "+290", LocalName{"Saint Helena", "圣赫勒拿", "聖赫勒拿島"}},
	{"KN", "+1", LocalName{"Saint Kitts and Nevis", "圣基茨和尼维斯", "聖基茨和尼維斯"}},
	{"LC", "+1", LocalName{"Saint Lucia", "圣卢西亚", "聖盧西亞"}},
	{"MF", "+590", LocalName{"Saint Martin", "法属圣马丁", "法屬聖馬丁"}},
	{"PM", "+508", LocalName{"Saint Pierre and Miquelon", "圣皮埃尔和密克隆群岛", "聖皮埃與密克隆群島"}},
	{"VC", "+1", LocalName{"Saint Vincent and the Grenadines", "圣文森特和格林纳丁斯", "聖文森特和格林納丁斯"}},
	{"WS", "+685", LocalName{"Samoa", "萨摩亚", "薩摩亞"}},
	{"SM", "+378", LocalName{"San Marino", "圣马力诺", "聖馬利諾"}},
	{"ST", "+239", LocalName{"São Tomé and Príncipe", "圣多美和普林西比", "聖多美和普林西比"}},
	{"SA", "+966", LocalName{"Saudi Arabia", "沙特阿拉伯", "沙地阿拉伯"}},
	{"SN", "+221", LocalName{"Senegal", "塞内加尔", "塞內加爾"}},
	{"RS", "+381", LocalName{"Serbia", "塞尔维亚", "塞爾維亞"}},
	{"SC", "+248", LocalName{"Seychelles", "塞舌尔", "塞舌爾"}},
	{"SL", "+232", LocalName{"Sierra Leone", "塞拉利昂", "塞拉利昂"}},
	{"SG", "+65", LocalName{"Singapore", "新加坡", "新加坡"}},
	{"SX", "+1", LocalName{"Sint Maarten", "荷属圣马丁", "荷屬聖馬丁"}},
	{"SK", "+421", LocalName{"Slovakia", "斯洛伐克", "斯洛伐克"}},
	{"SI", "+386", LocalName{"Slovenia", "斯洛文尼亚", "斯洛文尼亞"}},
	{"SB", "+677", LocalName{"Solomon Islands", "所罗门群岛", "所羅門群島"}},
	{"SO", "+252", LocalName{"Somalia", "索马里", "索馬里"}},
	{"ZA", "+27", LocalName{"South Africa", "南非", "南非"}},
	{"GS", "+500", LocalName{"South Georgia and the South Sandwich Islands", "南乔治亚和南桑威奇群岛", "南佐治亞島與南桑威奇群島"}},
	{"KR", "+82", LocalName{"South Korea", "韩国", "韓國"}},
	{"SS", "+211", LocalName{"South Sudan", "南苏丹", "南蘇丹"}},
	{"ES", "+34", LocalName{"Spain", "西班牙", "西班牙"}},
	{"LK", "+94", LocalName{"Sri Lanka", "斯里兰卡", "斯里蘭卡"}},
	{"SD", "+249", LocalName{"Sudan", "苏丹", "蘇丹"}},
	{"SR", "+597", LocalName{"Suriname", "苏里南", "蘇里南"}},
	{"SJ", "+47", LocalName{"Svalbard and Jan Mayen", "斯瓦尔巴和扬马延", "斯瓦爾巴特群島及揚馬延島"}},
	{"SE", "+46", LocalName{"Sweden", "瑞典", "瑞典"}},
	{"CH", "+41", LocalName{"Switzerland", "瑞士", "瑞士"}},
	{"SY", "+963", LocalName{"Syria", "叙利亚", "敘利亞"}},
	{"TW", "+886", LocalName{"Taiwan", "中国台湾", "中國台灣"}},
	{"TJ", "+992", LocalName{"Tajikistan", "塔吉克斯坦", "塔吉克"}},
	{"TZ", "+255", LocalName{"Tanzania", "坦桑尼亚", "坦桑尼亞"}},
	{"TH", "+66", LocalName{"Thailand", "泰国", "泰國"}},
	{"TL", "+670", LocalName{"Timor-Leste", "东帝汶", "東帝汶"}},
	{"TG", "+228", LocalName{"Togo", "多哥", "多哥"}},
	{"TK", "+690", LocalName{"Tokelau", "托克劳", "托克勞群島"}},
	{"TO", "+676", LocalName{"Tonga", "汤加", "湯加"}},
	{"TT", "+1", LocalName{"Trinidad and Tobago", "特立尼达和多巴哥", "千里達和多巴哥"}},
	{"TN", "+216", LocalName{"Tunisia", "突尼斯", "突尼西亞"}},
	{"TR", "+90", LocalName{"Türkiye", "土耳其", "土耳其"}},
	{"TM", "+993", LocalName{"Turkmenistan", "土库曼斯坦", "土庫曼"}},
	{"TC", "+1", LocalName{"Turks and Caicos Islands", "特克斯和凯科斯群岛", "特克斯和凱科斯群島"}},
	{"TV", "+688", LocalName{"Tuvalu", "图瓦卢", "圖瓦盧"}},
	{"UM", "+1", LocalName{"U.S. Minor Outlying Islands", "美国本土外小岛屿", "美國本土外小島嶼"}},
	{"VI", "+1", LocalName{"U.S. Virgin Islands", "美属维尔京群岛", "美屬維爾京群島"}},
	{"UG", "+256", LocalName{"Uganda", "乌干达", "烏干達"}},
	{"UA", "+380", LocalName{"Ukraine", "乌克兰", "烏克蘭"}},
	{"AE", "+971", LocalName{"United Arab Emirates", "阿拉伯联合酋长国", "阿拉伯聯合酋長國"}},
	{"GB", "+44", LocalName{"United Kingdom", "英国", "英國"}},
	{"US", "+1", LocalName{"United States", "美国", "美國"}},
	{"UY", "+598", LocalName{"Uruguay", "乌拉圭", "烏拉圭"}},
	{"UZ", "+998", LocalName{"Uzbekistan", "乌兹别克斯坦", "烏茲別克"}},
	{"VU", "+678", LocalName{"Vanuatu", "瓦努阿图", "瓦努阿圖"}},
	{"VA", "+39", LocalName{"Vatican City", "梵蒂冈", "梵蒂岡"}},
	{"VE", "+58", LocalName{"Venezuela", "委内瑞拉", "委內瑞拉"}},
	{"VN", "+84", LocalName{"Vietnam", "越南", "越南"}},
	{"WF", "+681", LocalName{"Wallis and Futuna", "瓦利斯和富图纳", "瓦利斯群島和富圖那群島"}},
	{"EH", "+212", LocalName{"Western Sahara", "西撒哈拉", "西撒哈拉"}},
	{"YE", "+967", LocalName{"Yemen", "也门", "也門"}},
	{"ZM", "+260", LocalName{"Zambia", "赞比亚", "贊比亞"}},
	{"ZW", "+263", LocalName{"Zimbabwe", "津巴布韦", "津巴布韋"}},
}
