// Package layers is the order of the module's packages, from the rulebook
// up to the commands, and its test checks that every import follows it:
// a package imports, of this module, only what its line in mayImport
// lists. A new package gets a line there, or the test fails.
//
//	cmd/walletdemo, cmd/tourmedia, bench   the programs
//	app                                    the screens
//	app/runner                             links, embedding, tours, autoplay
//	app/store                              the document, storage, the lock
//	app/tour                               the tours, as data
//	wallet, app/i18n                       the rulebook and the words
//
// Beside them, for the programs only: internal/webserve and
// internal/wasmdata (serving and building), internal/browser and its
// webdriver (driving browsers), internal/tourmedia (recording tours).
package layers
