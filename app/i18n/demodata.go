package i18n

func init() { add(demoDataTexts) }

// demoDataTexts are the words of Settings > The demo's data.
var demoDataTexts = texts{
	{"data.title", "The demo's data", "演示数据", "示範資料"},
	{"data.reset", "Reset the demo", "重置演示", "重設示範"},
	{"data.reset.hint", "Forget the persona, wallets, cards and bills, and start again from the first screen. The language stays.", "清除身份、钱包、银行卡和账单，从第一个页面重新开始。语言设置保留。", "清除身份、錢包、銀行卡和賬單，從第一個頁面重新開始。語言設定保留。"},
	{"data.reset.yes", "Yes, reset everything", "是的，全部重置", "是的，全部重設"},
	{"data.reset.no", "Keep my demo", "保留我的演示", "保留我的示範"},
	{"data.export", "Save to a file", "保存到文件", "儲存到檔案"},
	{"data.export.hint", "The whole demo as a JSON file, to continue on another device or keep a prepared state. Cards appear only as network, demo bank and last four digits.", "将整个演示保存为 JSON 文件，可在其他设备上继续，或保存准备好的状态。银行卡只记录卡组织、演示银行和后四位。", "將整個示範儲存為 JSON 檔案，可在其他裝置上繼續，或保存準備好的狀態。銀行卡只記錄卡組織、示範銀行和後四位。"},
	{"data.export.unreadable", "Save the data that could not be read", "保存无法读取的数据", "儲存無法讀取的資料"},
	{"data.import", "Load from a file", "从文件载入", "從檔案載入"},
	{"data.import.hint", "Replaces the whole demo with a saved one. A file that is not a demo export changes nothing.", "用已保存的演示替换当前整个演示。不是演示导出的文件不会改变任何内容。", "用已儲存的示範取代目前整個示範。不是示範匯出的檔案不會改變任何內容。"},
	{"data.import.file", "Choose a saved demo file", "选择已保存的演示文件", "選擇已儲存的示範檔案"},
	{"data.import.done", "The saved demo is loaded.", "已载入保存的演示。", "已載入儲存的示範。"},
	{"data.import.large", "This file is too large to be a demo export.", "此文件太大，不是演示导出文件。", "此檔案太大，不是示範匯出檔案。"},
}
