// Package wallet is the rulebook of the demo: a pure Go engine that decides
// everything about money (balances, fees, limits, deadlines) so that the UI
// only asks and renders.
//
// # Rules are data
//
// A [Ruleset] holds every number and switch: ruleset "2020" (the tutorial:
// four independent wallets, activation of the Mainland wallet by an
// accepted red packet or transfer and real-name authentication within 24
// hours) and "2024" (two wallets, the Pay switch, foreign cards with limits
// and a fee, spend-only foreign-card accounts). [Rulesets] lists them and
// [LookupRuleset] finds one.
//
// # The state
//
// A [State] is one JSON document with a schema [Version]: [NewState]
// starts one, [State.Marshal] saves it and [Load] reads it back, migrating
// older versions and refusing corrupt ones. Each operation is a method that
// takes the demo time and returns the [Event] values it caused, or an
// *[Error] with a code and a message for people. An operation is atomic:
// refused, it leaves the state as it was; the one exception is a wrong
// payment PIN, which is counted.
//
// # Time and chance
//
// The engine never reads a clock: operations take now, which the app gets
// from [State.Now] (a [Clock] plus the demo's [State.ClockOffset]).
// Deadlines settle lazily: every operation first runs what fell due
// ([State.Settle]), each dated at its due time, so a 24-hour window ends
// exactly 24 hours after it started. Randomness (lucky splits, payment
// codes, salts) comes from a [Rand] set with [State.SetRand].
//
// # Money
//
// Amounts are integer minor units ([Amount]); a wallet holds one currency.
// Every movement is one immutable [Entry] in the ledger, from one [Party]
// to another, so the sum over all parties in each currency is always zero
// and every balance equals the ledger's sum.
//
// # The account
//
// An account moves through the stages of [Stage]: hidden, offered,
// authenticating, card linked, PIN set, active; or from offered to lapsed.
// [State.Entry] tells where it is, with any deadline running.
//
// # Its place
//
// It imports only the standard library: no go-app, no syscall/js, nothing
// of this module (internal/layers checks it). Everything else asks it.
package wallet
