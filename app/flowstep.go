package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"walletdemo/app/runner"
)

// stepFlow is a flow whose step is in the URL (?step=), so a reload stays
// on it, with the engine's refusal and the wrong PINs of its pay sheet.
type stepFlow struct {
	page
	step  string
	wrong int
}

// OnNav reads the step from the URL, and forgets the last step's refusal.
func (f *stepFlow) OnNav(ctx app.Context) {
	f.page.OnNav(ctx)
	f.step, f.err = runner.PageQuery(ctx).Get("step"), nil
}

// step is the step of a multi-step flow, kept in the URL so a reload stays
// on it.
func (p *page) step() string { return runner.Query("step") }

// goStep moves a flow at path to step.
func goStep(ctx app.Context, path, step string) {
	if step == "" {
		runner.Navigate(ctx, path)
		return
	}
	sep := "?"
	if strings.Contains(path, "?") {
		sep = "&"
	}
	runner.Navigate(ctx, path+sep+"step="+step)
}

// stepper shows where in a flow the user is: "Step 2 of 4".
func (p *page) stepper(n, of int) app.UI {
	return para("stepper", p.tf("setup.stepof", n, of))
}
