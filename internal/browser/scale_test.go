package browser

import "testing"

func TestScale(t *testing.T) {
	for _, c := range []struct {
		env  string
		load float64
		want float64
	}{
		{"", 0, 1},
		{"", 0.4, 1},
		{"", 2.5, 2.5},
		{"", 30, 8},
		{"3", 0.1, 3},
		{"0.5", 4, 0.5},
		{"nonsense", 2, 2},
		{"-1", 2, 2},
	} {
		if got := scale(c.env, c.load); got != c.want {
			t.Errorf("scale(%q, %v) = %v, want %v", c.env, c.load, got, c.want)
		}
	}
}
