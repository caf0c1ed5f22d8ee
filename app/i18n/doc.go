// Package i18n is the demo's one string catalogue: every word the app shows
// is looked up here, in English, Simplified Chinese or Traditional Chinese
// (Hong Kong).
//
// It imports only the standard library: the engine, the tours and every
// screen look words up here (internal/layers checks it).
package i18n
