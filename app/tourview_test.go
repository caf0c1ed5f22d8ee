package app

import "testing"

// TestRingAroundStaysInThePhone: a control in the corner (the Me tab at
// 390 px) gets a ring pulled in from the edges, glow and all; one in the
// middle gets the ring standing off it all round.
func TestRingAroundStaysInThePhone(t *testing.T) {
	for _, c := range []struct {
		name    string
		control ringBox
		want    ringBox
	}{
		{"middle", ringBox{X: 100, Y: 200, W: 80, H: 40}, ringBox{X: 96, Y: 196, W: 88, H: 48}},
		{"bottom right", ringBox{X: 292, Y: 794, W: 98, H: 50}, ringBox{X: 288, Y: 790, W: 98, H: 50}},
		{"top left", ringBox{X: 0, Y: 0, W: 44, H: 48}, ringBox{X: 4, Y: 4, W: 44, H: 48}},
		{"off screen", ringBox{X: 400, Y: 900, W: 10, H: 10}, ringBox{}},
	} {
		if got := ringAround(c.control, 390, 844); got != c.want {
			t.Errorf("%s: ringAround(%+v) = %+v, want %+v", c.name, c.control, got, c.want)
		}
	}
}
