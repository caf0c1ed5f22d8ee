package i18n

func init() { add(roomTexts) }

// roomTexts are the words of a workshop room: the address presenter mode
// encodes, and what a page opened without a secure context cannot do.
var roomTexts = texts{
	{"present.at", "Address the phones open", "手机打开的地址", "手機打開的地址"},
	{"present.at.loopback", "Phones cannot open this address: it names this computer only. Start the server on the room's network (walletdemo -addr :8000) and open presenter mode again.", "手机无法打开这个地址：它只指向这台电脑。请在现场网络上启动服务器（walletdemo -addr :8000），然后重新打开演示者模式。", "手機無法打開這個地址：它只指向這部電腦。請在現場網絡上啟動伺服器（walletdemo -addr :8000），然後重新打開演示者模式。"},
	{"present.at.plain", "Phones open this address over plain HTTP: the demo works, but not offline, and their Scan screen cannot use the camera (their camera app can).", "手机将通过普通 HTTP 打开这个地址：演示可以使用，但不能离线，“扫一扫”页面也无法使用相机（手机自带的相机应用可以扫码）。", "手機將透過普通 HTTP 打開這個地址：示範可以使用，但不能離線，「掃一掃」頁面亦無法使用相機（手機內置的相機應用程式可以掃碼）。"},
	{"scan.insecure", "This browser keeps the camera off here, because the demo was not opened over a secure connection (HTTPS). Point your phone's own camera app at the code instead: it opens the same pay screen.", "由于演示不是通过安全连接（HTTPS）打开的，浏览器在这里关闭了相机。请改用手机自带的相机应用对准二维码：它会打开同样的付款页面。", "由於示範不是透過安全連線（HTTPS）打開的，瀏覽器在這裡關閉了相機。請改用手機內置的相機應用程式對準二維碼：它會打開同樣的付款頁面。"},
}
