package i18n

func init() { add(presentTexts) }

// presentTexts are presenter mode's words.
var presentTexts = texts{
	{"present.title", "Presenter mode", "演示者模式", "演示者模式"},
	{"present.leave", "Leave presenter mode", "退出演示者模式", "退出演示者模式"},
	{"present.join", "Join the demo", "加入演示", "加入示範"},
	{"present.join.hint", "Scan with your phone's camera to open the demo in your browser. It runs on your phone; nothing is shared.", "用手机相机扫码，在浏览器中打开演示。演示在你的手机上运行，不会共享任何数据。", "用手機相機掃碼，在瀏覽器中打開示範。示範在你的手機上運行，不會共享任何資料。"},
	{"present.cafe", "Pay the café (you type the amount)", "向咖啡店付款（自己输入金额）", "向咖啡店付款（自行輸入金額）"},
	{"present.cafe.hint", "In the demo: + > Scan, or your camera. Your wallet must be set up first.", "在演示中：“+” > “扫一扫”，或用相机扫码。需要先设置好钱包。", "在示範中：「+」>「掃一掃」，或用相機掃碼。需要先設定好錢包。"},
	{"present.charge", "Charge an amount", "收取指定金额", "收取指定金額"},
	{"present.amount", "Amount in yuan", "金额（元）", "金額（元）"},
	{"present.charge.code", "Pay this amount", "支付此金额", "支付此金額"},
	{"present.charge.hint", "Scanning opens the payment sheet with the amount filled in.", "扫码后打开付款页面，金额已填好。", "掃碼後打開付款頁面，金額已填好。"},
	{"present.preview", "What attendees will see", "参与者将看到的画面", "參加者將看到的畫面"},
	{"present.loading", "The code appears once the page has loaded.", "页面加载完成后显示二维码。", "頁面載入完成後顯示二維碼。"},
	{"present.reset", "To start again, attendees open %s.", "如需重新开始，参与者可打开“%s”。", "如需重新開始，參加者可打開「%s」。"},
}
