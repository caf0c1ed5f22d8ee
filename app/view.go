package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// view is a screen that holds nothing of its own: only its drawing differs
// from the next. Such screens share this one component type, as each go-app
// component type costs app.wasm its type descriptor and the wrappers of
// page's promoted methods (about 1.3 kB of brotli a type).
type view struct {
	page
	path string
	draw func(*page) app.UI
}

// Render implements app.Composer.
func (v *view) Render() app.UI { return v.draw(&v.page) }

// CompoID implements app.DismountEnforcer: go-app updates a component in
// place when the next one has the same type, so a view of another path
// must say it is another component to be mounted afresh.
func (v *view) CompoID() string { return v.path }
