package i18n

func init() { add(errorTexts) }

// errorTexts are the engine's refusals in words, one key "err.<code>" for
// every code the wallet package defines (the catalogue test checks both
// ways). English screens show the engine's own message, which names the
// amount, card or date at fault; the English column is the general sentence
// the translations follow. A few codes also have a detailed key whose
// numbers the app fills in from the state (see errText in app/form.go).
var errorTexts = texts{
	{"err.internal", "Something went wrong inside the demo. Nothing was changed.", "演示内部出错，未作任何更改。", "示範內部出錯，未作任何更改。"},
	{"err.invalid", "This value is not valid here. Check it and try again.", "此处的值无效，请检查后重试。", "此處的值無效，請檢查後再試。"},
	{"err.unknown_ruleset", "The demo does not know these rules.", "演示不认识这套规则。", "示範不認識這套規則。"},
	{"err.wrong_region", "Accounts registered in your region cannot do this here.", "你的账号注册地区不能在此进行此操作。", "你的帳戶註冊地區不能在此進行此操作。"},
	{"err.wrong_stage", "Finish the earlier set-up step first.", "请先完成前面的设置步骤。", "請先完成前面的設定步驟。"},
	{"err.card_not_accepted", "This wallet does not accept this card. Choose another card.", "此钱包不接受这张卡，请换一张卡。", "此錢包不接受這張卡，請換一張卡。"},
	{"err.expired", "This has expired. Start again.", "已过期，请重新开始。", "已過期，請重新開始。"},
	{"err.limit_exceeded", "This is over the limit. Try a smaller amount.", "超出限额，请尝试较小的金额。", "超出限額，請嘗試較小的金額。"},
	{"err.insufficient_balance", "Your balance is too low. Top up or pay with a card.", "零钱余额不足，请充值或用银行卡支付。", "零錢餘額不足，請增值或用銀行卡支付。"},
	{"err.wrong_pin", "Wrong payment PIN. Try again.", "支付密码错误，请重试。", "支付密碼錯誤，請再試。"},
	{"err.wrong_pin.left", "Wrong payment PIN. %d tries left before payments lock for %d hours.", "支付密码错误，还可尝试 %d 次，之后付款将锁定 %d 小时。", "支付密碼錯誤，還可嘗試 %d 次，之後付款將鎖定 %d 小時。"},
	{"err.locked", "Too many wrong PINs: payments are locked for a while.", "支付密码错误次数过多，付款已暂时锁定。", "支付密碼錯誤次數過多，付款已暫時鎖定。"},
	{"err.locked.until", "Too many wrong PINs: payments are locked until %s, demo time.", "支付密码错误次数过多，付款已锁定至 %s（演示时间）。", "支付密碼錯誤次數過多，付款已鎖定至 %s（示範時間）。"},
	{"err.weak_pin", "This PIN is too easy to guess. Use 6 digits, not one repeated or in a row like 123456.", "密码太容易被猜到。请使用 6 位数字，不要重复同一数字或使用 123456 这类连续数字。", "密碼太容易被猜到。請使用 6 位數字，不要重複同一數字或使用 123456 這類連續數字。"},
	{"err.pin_mismatch", "The two PINs differ. Enter the PIN you chose first once more.", "两次输入的密码不一致。请再输入一次第一次设置的密码。", "兩次輸入的密碼不一致。請再輸入一次第一次設定的密碼。"},
	{"err.already_used", "This has already been used.", "此项已被使用。", "此項已被使用。"},
	{"err.wallet_closed", "This wallet is closed or takes no new sign-ups.", "此钱包已关闭或不再接受新用户。", "此錢包已關閉或不再接受新用戶。"},
	{"err.spend_only", "Accounts paying with a foreign card can only pay merchants.", "使用境外银行卡的账号只能向商户付款。", "使用境外銀行卡的帳戶只能向商戶付款。"},
	{"err.needs_local_card", "To receive red packets and transfers, complete real-name authentication and link a card issued where your wallet is.", "要收红包和转账，请先完成实名认证，并绑定一张钱包所在地区发行的银行卡。", "要收紅包和轉賬，請先完成實名認證，並綁定一張錢包所在地區發行的銀行卡。"},
	{"err.needs_local_card.region", "To receive red packets and transfers, complete real-name authentication and link a card issued in %s.", "要收红包和转账，请先完成实名认证，并绑定一张%s发行的银行卡。", "要收紅包和轉賬，請先完成實名認證，並綁定一張%s發行的銀行卡。"},
	{"err.over_packet_max", "The whole red packet, all shares together, holds more than the current rules allow.", "按当前规则，整个红包（所有份数合计）的金额超出上限。", "按目前規則，整個紅包（所有份數合計）的金額超出上限。"},
	{"err.wrong_currency", "This amount is in another currency than your wallet's.", "此金额的币种与你的钱包不同。", "此金額的貨幣與你的錢包不同。"},
	{"err.not_found", "The demo cannot find this. It may have been removed.", "演示找不到该项，可能已被移除。", "示範找不到該項，可能已被移除。"},
	{"err.corrupt_state", "The saved demo cannot be loaded. Nothing was changed.", "无法加载已保存的演示，未作任何更改。", "無法載入已儲存的示範，未作任何更改。"},

	{"err.card_digits", "Enter the card number using digits only.", "请只用数字输入卡号。", "請只用數字輸入卡號。"},
	{"err.card_length", "This card number has too few or too many digits.", "卡号位数不对。", "卡號位數不對。"},
	{"err.card_luhn", "This card number has a typo: check each digit against the card.", "卡号有误，请对照银行卡逐位检查。", "卡號有誤，請對照銀行卡逐位檢查。"},
	{"err.card_network", "The demo does not know a card that starts like this. Try Visa, Mastercard, JCB, Diners Club, Discover, American Express or UnionPay.", "演示不认识以此开头的卡。请试试 Visa、Mastercard、JCB、Diners Club、Discover、American Express 或银联卡。", "示範不認識以此開頭的卡。請試試 Visa、Mastercard、JCB、Diners Club、Discover、American Express 或銀聯卡。"},

	{"err.id_type", "The demo does not know this document.", "演示不认识此证件。", "示範不認識此證件。"},
	{"err.id_missing", "Fill in this field.", "请填写此项。", "請填寫此項。"},
	{"err.id_too_long", "This is too long.", "内容太长。", "內容太長。"},
	{"err.id_text", "This contains characters that cannot be typed. Type it again.", "含有无法输入的字符，请重新输入。", "含有無法輸入的字元，請重新輸入。"},
	{"err.id_name", "Enter the name as it is on the document.", "请按证件上的写法输入姓名。", "請按證件上的寫法輸入姓名。"},
	{"err.id_number", "This number does not have the shape of this document's numbers.", "号码格式与此证件不符。", "號碼格式與此證件不符。"},
	{"err.id_checksum", "This number has a typo: check it against the document.", "号码有误，请对照证件检查。", "號碼有誤，請對照證件檢查。"},
	{"err.id_date", "Enter a real date as year-month-day, like 1990-03-07.", "请按年-月-日输入有效日期，例如 1990-03-07。", "請按年-月-日輸入有效日期，例如 1990-03-07。"},
	{"err.id_birth", "The date of birth is in the future or does not match the number.", "出生日期在未来，或与证件号码不符。", "出生日期在未來，或與證件號碼不符。"},
	{"err.id_underage", "You must be 18 or older to use Pay.", "年满 18 岁才能使用支付。", "年滿 18 歲才能使用支付。"},
	{"err.id_expired", "This document has expired. Use a valid one.", "此证件已过期，请使用有效证件。", "此證件已過期，請使用有效證件。"},
	{"err.id_nationality", "Choose a known country or region.", "请选择已知的国家或地区。", "請選擇已知的國家或地區。"},

	{"err.amount_invalid", "Enter an amount, like 12.50.", "请输入金额，例如 12.50。", "請輸入金額，例如 12.50。"},
	{"err.amount_negative", "The amount cannot be negative.", "金额不能为负数。", "金額不能為負數。"},
	{"err.amount_precision", "This amount has too many decimals for its currency.", "此金额的小数位数超出该币种允许的位数。", "此金額的小數位數超出該貨幣允許的位數。"},
	{"err.amount_too_large", "This amount is too large for the demo.", "金额超出演示允许的上限。", "金額超出示範允許的上限。"},
	{"err.currency_unknown", "The demo does not know this currency.", "演示不认识此币种。", "示範不認識此貨幣。"},
}
