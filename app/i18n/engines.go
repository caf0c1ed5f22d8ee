package i18n

// How to install the demo where the browser offers no install prompt.
var engineTexts = texts{
	{"install.mac", "To install: in Safari, choose File, then “Add to Dock”.", "安装方法：在 Safari 中选择“文件”，再选“添加到程序坞”。", "安裝方法：在 Safari 中選擇「檔案」，再選「加至 Dock」。"},
	{"install.firefox", "To install: open Firefox's menu ⋮, then “Add app to Home screen”.", "安装方法：打开 Firefox 的菜单 ⋮，再选“将应用添加到主屏幕”。", "安裝方法：開啟 Firefox 的選單 ⋮，再選「將應用程式加至主畫面」。"},
}

func init() { add(engineTexts) }
