package i18n

func init() { add(faithfulTexts) }

// faithfulTexts word what the engine returns as data: the other side of a
// bill, and the notes that say where the demo departs from the real wallet.
var faithfulTexts = texts{
	"party.fee":           {"Service fee", "服务费", "服務費"},
	"party.activation":    {"Waiting for real-name authentication", "等待实名认证", "等待實名認證"},
	"party.packet_from":   {"Red packet from %s", "来自%s的红包", "來自%s的紅包"},
	"party.transfer_from": {"Transfer from %s", "来自%s的转账", "來自%s的轉賬"},
	"party.packet_to":     {"Red packet to %s", "发给%s的红包", "發給%s的紅包"},
	"party.transfer_to":   {"Transfer to %s", "转账给%s", "轉賬給%s"},
	"party.and":           {", ", "、", "、"},
}
