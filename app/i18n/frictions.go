package i18n

func init() { add(frictionTexts) }

// frictionTexts are the words of small comforts: the install offer, what
// a red packet or transfer did once sent.
var frictionTexts = texts{
	{"social.to", "To", "发给", "發給"},
	{"social.detail", "Details", "详情", "詳情"},
	{"social.tochat", "Back to the chat", "返回聊天", "返回聊天"},
	{"social.sendmore", "Done", "完成", "完成"},
	{"packet.sent", "Red packet sent", "红包已发出", "紅包已發出"},
	{"packet.sent.count", "%d packets, %s", "%d 个红包，%s", "%d 個紅包，%s"},
	{"packet.sent.next", "If it is not all opened by %s (24 hours), the rest goes back to where it was paid from: %s.", "如在 %s 前（24 小时内）未被领完，剩余金额将原路退回：%s。", "如在 %s 前（24 小時內）未被領完，餘下金額將原路退回：%s。"},
	{"transfer.sent", "Transfer sent", "转账已发出", "轉賬已發出"},
	{"transfer.sent.next", "They have until %s (24 hours) to accept it; if they do not, it goes back to where it was paid from: %s.", "对方须在 %s 前（24 小时内）收款，否则将原路退回：%s。", "對方須在 %s 前（24 小時內）收款，否則將原路退回：%s。"},
	{"install.why", "Install the demo to open it from your home screen and use it offline.", "安装演示后，可从主屏幕打开，离线也能使用。", "安裝示範後，可從主畫面開啟，離線也能使用。"},
	{"install.later", "Not now", "以后再说", "稍後再說"},
}
