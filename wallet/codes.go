package wallet

// Codes of the engine's refusals. Each is the Code of an *Error whose
// Message says, in plain words, what went wrong and what to do.
const (
	// EUNKNOWNRULES: the ruleset id is not one of Rulesets().
	EUNKNOWNRULES = "unknown_ruleset"
	// EREGION: the registration region does not allow this (no Pay entry
	// without a red packet or transfer, an identity document of another
	// region...).
	EREGION = "wrong_region"
	// ESTAGE: the account is not at the step this needs (paying before the
	// wallet is active, linking a card before authenticating...).
	ESTAGE = "wrong_stage"
	// ECARDREFUSED: this wallet does not accept the card (issuer region or
	// network).
	ECARDREFUSED = "card_not_accepted"
	// EEXPIRED: a deadline has passed (a code, an order, a red packet).
	EEXPIRED = "expired"
	// ELIMIT: a per-payment, yearly or daily limit would be exceeded.
	ELIMIT = "limit_exceeded"
	// EBALANCE: the balance is smaller than the amount with its fee.
	EBALANCE = "insufficient_balance"
	// EPIN: the payment PIN is wrong; the message says how many tries remain.
	EPIN = "wrong_pin"
	// ELOCKED: too many wrong PINs; the message says until when.
	ELOCKED = "locked"
	// EWEAKPIN: the new PIN is too easy to guess or not six digits.
	EWEAKPIN = "weak_pin"
	// EPINMISMATCH: the PIN entered the second time differs from the first.
	EPINMISMATCH = "pin_mismatch"
	// EUSED: a payment code, order or red packet has already been used.
	EUSED = "already_used"
	// ECLOSED: the wallet is closed or takes no new sign-ups.
	ECLOSED = "wallet_closed"
	// ESPENDONLY: an account paying with a foreign card can only spend.
	ESPENDONLY = "spend_only"
	// ENEEDLOCALCARD: the account must link a card issued in its wallet's
	// region before it may receive money from contacts.
	ENEEDLOCALCARD = "needs_local_card"
	// EPACKETMAX: the red packet holds more than the ruleset allows.
	EPACKETMAX = "over_packet_max"
	// ECURRENCY: the money is in another currency than the wallet's.
	ECURRENCY = "wrong_currency"
	// ENOTFOUND: no such payment, card, contact, red packet or transfer.
	ENOTFOUND = "not_found"
	// ECORRUPT: a saved state cannot be loaded.
	ECORRUPT = "corrupt_state"
)
