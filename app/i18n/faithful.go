package i18n

func init() { add(faithfulTexts) }

// faithfulTexts word what the engine returns as data: the other side of a
// bill, and the notes that say where the demo departs from the real wallet.
var faithfulTexts = texts{
	{"party.fee", "Service fee", "服务费", "服務費"},
	{"party.activation", "Waiting for real-name authentication", "等待实名认证", "等待實名認證"},
	{"party.packet_from", "Red packet from %s", "来自%s的红包", "來自%s的紅包"},
	{"party.transfer_from", "Transfer from %s", "来自%s的转账", "來自%s的轉賬"},
	{"party.packet_to", "Red packet to %s", "发给%s的红包", "發給%s的紅包"},
	{"party.transfer_to", "Transfer to %s", "转账给%s", "轉賬給%s"},
	{"party.and", ", ", "、", "、"},

	{"packet.amount.one", "Amount", "金额", "金額"},
	{"packet.cap", "A red packet holds at most %s in all.", "每个红包总金额最多 %s。", "每個紅包總金額最多 %s。"},
	{"packet.sum", "Whole packet: %d × %s = %s (at most %s).", "红包总金额：%d × %s = %s（最多 %s）。", "紅包總金額：%d × %s = %s（最多 %s）。"},

	{"money.ownprefix", "Demo rule: codes of this wallet start with %s, a prefix of the demo's own; the real %s wallet's prefixes are not published.", "演示规则：此钱包的付款码以 %s 开头，这是演示自定的前缀；真实%s钱包的前缀未公开。", "示範規則：此錢包的付款碼以 %s 開頭，這是示範自訂的前綴；真實%s錢包的前綴未公開。"},

	{"storage.full", "This browser's storage is full: your saved demo is shown, but changes from now on are not kept after a reload. Free some space in the browser, or save the demo to a file in Me › Settings › The demo's data.", "此浏览器的存储空间已满：已显示你保存的演示，但此后的更改在重新加载后不会保留。请在浏览器中腾出空间，或在“我 › 设置 › 演示数据”中将演示保存到文件。", "此瀏覽器的儲存空間已滿：已顯示你儲存的示範，但此後的更改在重新載入後不會保留。請在瀏覽器中騰出空間，或在「我 › 設定 › 示範資料」中將示範儲存到檔案。"},

	{"shop.ordervalid", "This order code is valid for", "此订单码的有效时间还剩", "此訂單碼的有效時間尚餘"},
	{"shop.orderexpired", "This order code has expired (demo time). Order again for a new one.", "此订单码已过期（演示时间），请重新下单获取新的订单码。", "此訂單碼已過期（示範時間），請重新落單以取得新的訂單碼。"},
}
