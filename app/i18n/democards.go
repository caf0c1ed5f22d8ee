package i18n

func init() { add(demoCardTexts) }

// demoCardTexts name the Add-card screen's demo cards in Chinese: the
// region where the card was issued, its network, what is special about it.
// English shows the engine's own labels.
var demoCardTexts = texts{
	{"democard.label", "%s %s card", "%s%s卡", "%s%s卡"},
	{"democard.unionpay", "UnionPay", "银联", "銀聯"},
	{"democard.nocheck", "%s, older card without a check digit", "%s，无校验位的旧卡", "%s，無校驗位的舊卡"},
	{"democard.digits", "%s, %d digits", "%s，%d 位卡号", "%s，%d 位卡號"},
}
