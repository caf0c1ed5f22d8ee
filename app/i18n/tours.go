package i18n

func init() { add(tourTexts) }

// tourTexts are the guided tours' words: their list, the tip's controls and
// each step.
var tourTexts = texts{
	{"tours.title", "Guided tours", "引导教程", "導覽教學"},
	{"tours.intro", "Each tour shows you a flow step by step; you do every step yourself. Starting a tour sets the demo up for it.", "每个教程一步步带你走完一个流程，每一步都由你亲自完成。开始教程时，演示会为它重新设置。", "每個教學一步步帶你走完一個流程，每一步都由你親自完成。開始教學時，示範會為它重新設定。"},
	{"tours.start", "Start", "开始", "開始"},
	{"tours.done", "Tour complete:", "教程完成：", "教學完成："},
	{"tours.more", "More tours", "更多教程", "更多教學"},
	{"tour.count", "Step %d of %d", "第 %d 步，共 %d 步", "第 %d 步，共 %d 步"},
	{"tour.back", "Previous step", "上一步", "上一步"},
	{"tour.goto", "Show me where", "带我去", "帶我去"},
	{"tour.skip", "Skip", "跳过", "跳過"},
	{"tour.restart", "Restart", "重新开始", "重新開始"},
	{"tour.close", "Close the tour", "关闭教程", "關閉教學"},
	{"autoplay.badge", "▶ Playing by itself · touch to take over", "▶ 自动演示中 · 轻触屏幕即可接手", "▶ 自動示範中 · 輕觸螢幕即可接手"},
	{"tour.setup", "Set up your wallet", "设置你的钱包", "設定你的錢包"},
	{"tour.activate", "Activate as an overseas user", "以境外用户身份开通", "以境外用戶身份開通"},
	{"tour.quickpay", "Pay with Quick Pay", "用付款码付款", "用付款碼付款"},
	{"tour.scan", "Scan a shop's QR code", "扫描商家二维码", "掃描商戶二維碼"},
	{"tour.redpacket", "Send a red packet", "发红包", "發利是"},
	{"tour.inapp", "Pay inside an app", "在应用内付款", "在應用程式內付款"},

	{"tour.setup.me", "Open Me, at the bottom right.", "点按右下角的“我”。", "點按右下角的「我」。"},
	{"tour.setup.services", "Tap Pay and Services.", "点按“支付与服务”。", "點按「支付與服務」。"},
	{"tour.setup.wallet", "Tap Wallet.", "点按“钱包”。", "點按「錢包」。"},
	{"tour.setup.cards", "Tap Cards: your bank cards live here.", "点按“银行卡”：你的银行卡都在这里。", "點按「銀行卡」：你的銀行卡都在這裡。"},
	{"tour.setup.add", "Tap Add a card.", "点按“添加银行卡”。", "點按「新增銀行卡」。"},
	{"tour.setup.link", "Tap a demo card to fill in its number, then follow the steps: name, phone, the SMS code that arrives, and the terms.", "点按一张演示卡填入卡号，然后按步骤完成：姓名、手机号、收到的短信验证码和服务条款。", "點按一張示範卡填入卡號，然後按步驟完成：姓名、手機號碼、收到的短訊驗證碼和服務條款。"},
	{"tour.setup.pin", "Choose a six-digit payment PIN, then enter it again. Not 123456 or 111111: the wallet refuses those.", "设置六位数支付密码，再输入一次确认。不能用 123456 或 111111，钱包会拒绝。", "設定六位數支付密碼，再輸入一次確認。不能用 123456 或 111111，錢包會拒絕。"},

	{"tour.activate.chat", "Your friend sent you a red packet: open the chat.", "朋友给你发了红包：打开聊天。", "朋友給你發了利是：打開聊天。"},
	{"tour.activate.open", "Open the red packet. Accepting it starts a 24-hour window to verify your identity.", "打开红包。收下后，你有 24 小时完成实名认证。", "打開利是。收下後，你有 24 小時完成實名認證。"},
	{"tour.activate.realname", "Fill in your passport details exactly as in your passport.", "按护照上的信息准确填写。", "按護照上的資料準確填寫。"},
	{"tour.activate.card", "Link a card issued in Mainland China: tap a Mainland demo card.", "绑定一张中国大陆发行的银行卡：点按一张大陆演示卡。", "綁定一張中國內地發行的銀行卡：點按一張內地示範卡。"},
	{"tour.activate.pin", "Set your six-digit payment PIN, twice.", "设置六位数支付密码，输入两次。", "設定六位數支付密碼，輸入兩次。"},

	{"tour.quickpay.money", "Tap Money to show your payment code.", "点按“收付款”显示付款码。", "點按「收付款」顯示付款碼。"},
	{"tour.quickpay.code", "Show this code to the cashier. In the demo, open the cashier to be charged; your PIN for this tour is %s.", "把付款码出示给收银员。在演示中，打开收银台完成扣款；本教程的支付密码是 %s。", "把付款碼出示給收銀員。在示範中，打開收銀台完成扣款；本教學的支付密碼是 %s。"},

	{"tour.scan.open", "Tap + at the top right, then Scan.", "点按右上角的“+”，再点“扫一扫”。", "點按右上角的「+」，再點「掃一掃」。"},
	{"tour.scan.pick", "Scan the shop's code — in the demo, pick a demo shop's code.", "扫描商家的二维码——在演示中，选择一个演示商家的二维码。", "掃描商戶的二維碼——在示範中，選擇一個示範商戶的二維碼。"},
	{"tour.scan.pay", "Check the payee and amount, then enter your PIN (%s for this tour).", "核对收款方和金额，然后输入支付密码（本教程为 %s）。", "核對收款方和金額，然後輸入支付密碼（本教學為 %s）。"},

	{"tour.redpacket.contacts", "Open Contacts.", "打开“通讯录”。", "打開「通訊錄」。"},
	{"tour.redpacket.chat", "Pick a friend to open your chat.", "选择一位朋友，打开聊天。", "選擇一位朋友，打開聊天。"},
	{"tour.redpacket.form", "Tap Red Packet.", "点按“红包”。", "點按「利是」。"},
	{"tour.redpacket.send", "Write an amount and a greeting, then send it with your PIN (%s for this tour).", "填写金额和祝福语，然后用支付密码（本教程为 %s）发出。", "填寫金額和祝福語，然後用支付密碼（本教學為 %s）發出。"},

	{"tour.inapp.discover", "Open Discover.", "打开“发现”。", "打開「發現」。"},
	{"tour.inapp.shop", "Open a shop inside an app and buy something.", "打开一个应用内的商店，买点东西。", "打開一個應用程式內的商店，買點東西。"},
	{"tour.inapp.pay", "The app hands you to the wallet: confirm with your PIN (%s for this tour).", "应用把你转到钱包：用支付密码（本教程为 %s）确认。", "應用程式把你轉到錢包：用支付密碼（本教學為 %s）確認。"},
}
