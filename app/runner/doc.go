// Package runner runs the demo around its screens: everything that is
// not drawn, yet decides where the user is and what happens next.
//
// It owns the app's store (Store), the site's path prefix (Prefixed,
// Navigate, Route), the guards on what a URL or an input may carry
// (Query, PageQuery, LocalPath, CapRunes), deep links (FollowLink), the
// embedding protocol with a host page, the tour runner (StartTour,
// GoToStep, EndTour and the tour's keys), the autoplay and kiosk, what
// it asks of the browser and the server (InstallWay, FetchRoom), and the
// start of it all as the first screen mounts (Mount). The screens call it
// and are never named here: a tour names its screens by path, as data.
//
// It may import go-app, the store (walletdemo/app/store), the engine
// (walletdemo/wallet), the tours (walletdemo/app/tour) and the catalogue
// (walletdemo/app/i18n); never the screens above it (walletdemo/app);
// internal/layers checks it.
package runner
