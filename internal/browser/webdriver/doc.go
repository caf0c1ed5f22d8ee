// Package webdriver drives Firefox and WebKit for the browser tests, as
// package browser drives Chromium through chromedp: Firefox by WebDriver
// BiDi, which it speaks itself (Debian has no geckodriver), WebKit by
// classic WebDriver through WebKitWebDriver and its MiniBrowser (WebKitGTK's
// driver speaks no BiDi yet). No Go client of either protocol is kept up
// with the engines, and the few commands the tests need fit in two small
// clients: BiDi over gobwas/ws, which chromedp already brings, and classic
// WebDriver over net/http.
//
// It imports nothing of this module (internal/layers checks it).
package webdriver
