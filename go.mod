module walletdemo

go 1.26.8

require (
	github.com/andybalholm/brotli v1.3.0 // indirect
	github.com/maxence-charriere/go-app/v10 v10.1.11 // indirect
	github.com/skip2/go-qrcode v0.0.0-20200617195104-da1b6568686e // indirect
)
