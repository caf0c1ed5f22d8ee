package i18n

// texts is one part of the catalogue: rows of a key and its text in
// English, Simplified Chinese and Traditional Chinese (Hong Kong), in that
// order. One row a key keeps the three translations side by side, so a
// missing one shows at a glance. A part is a list rather than a map: a map
// literal of 25 entries or fewer compiles to code storing each entry in
// turn, where a list is data (2 kB less brotli app.wasm, and one map
// insertion a key at start instead of two).
type texts [][4]string

// catalogue is every part merged; each feature's file adds its part with add.
var catalogue = map[string][3]string{}

// add merges part into the catalogue. A key defined twice is a mistake that
// would make one text silently win, so it panics at start-up (and in tests).
func add(part texts) {
	for _, row := range part {
		key := row[0]
		if _, dup := catalogue[key]; dup {
			panic("i18n: key " + key + " is defined twice")
		}
		catalogue[key] = [3]string{row[1], row[2], row[3]}
	}
}

func init() { add(shellTexts) }

// shellTexts are the words of the frame, tabs and notices.
var shellTexts = texts{
	{"app.demo", "Demo — no real money", "演示 — 非真实资金", "示範 — 非真實資金"},

	{"tab.chats", "Chats", "聊天", "聊天"},
	{"tab.contacts", "Contacts", "通讯录", "通訊錄"},
	{"tab.discover", "Discover", "发现", "發現"},
	{"tab.me", "Me", "我", "我"},
	{"nav.back", "Back", "返回", "返回"},
	{"nav.tabs", "Main sections", "主要栏目", "主要欄目"},

	{"chats.empty", "No chats yet. Messages from demo contacts and the Pay service appear here.", "还没有聊天。演示联系人和支付服务的消息会显示在这里。", "還沒有聊天。示範聯絡人和支付服務的訊息會在這裡顯示。"},

	{"me.pay", "Pay and Services", "支付与服务", "支付與服務"},
	{"me.settings", "Settings", "设置", "設定"},
	{"me.guest", "Demo user", "演示用户", "示範用戶"},
	{"pay.title", "Pay and Services", "支付与服务", "支付與服務"},
	{"pay.money", "Money", "收付款", "收付款"},
	{"pay.wallet", "Wallet", "钱包", "錢包"},

	{"settings.title", "Settings", "设置", "設定"},
	{"notfound.title", "Page not found", "找不到页面", "找不到頁面"},
	{"notfound.text", "This link does not lead to a screen of the demo.", "此链接没有指向演示中的任何页面。", "此連結沒有指向示範中的任何頁面。"},
	{"notfound.home", "Go to Chats", "前往聊天", "前往聊天"},
	{"settings.language", "Language", "语言", "語言"},

	{"install.button", "Install the demo", "安装演示", "安裝示範"},
	{"install.apple", "To install: tap Share, then “Add to Home Screen”.", "安装方法：点按“分享”，再选“添加到主屏幕”。", "安裝方法：點按「分享」，再選「加至主畫面」。"},
	{"update.ready", "A new version is ready.", "新版本已就绪。", "新版本已準備好。"},
	{"update.reload", "Reload", "重新加载", "重新載入"},
	{"storage.memory", "This browser does not let the demo save. It works, but forgets everything on reload.", "此浏览器不允许演示保存数据。演示可以使用，但重新加载后会丢失一切。", "此瀏覽器不允許示範儲存資料。示範可以使用，但重新載入後會遺失一切。"},
	{"storage.recovered", "The saved demo was damaged; the last complete save was restored. The damaged data is kept: to save it to a file, open", "已保存的演示数据已损坏，已恢复最近一次完整保存。损坏的数据已保留，如需保存到文件，请打开：", "已儲存的示範資料已損壞，已還原最近一次完整儲存。損壞的資料已保留，如需儲存到檔案，請打開："},
	{"storage.corrupt", "The saved demo could not be read, so the demo started afresh. The old data is kept: to save it to a file, open", "无法读取已保存的演示数据，演示已重新开始。旧数据已保留，如需保存到文件，请打开：", "無法讀取已儲存的示範資料，示範已重新開始。舊資料已保留，如需儲存到檔案，請打開："},
}
