package browser

import (
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// Scale stretches every wait of the browser tests. On a busy machine a page
// is slower, not wrong: TEST_SCALE sets the factor (1 is none); without it,
// the load per core when the tests start, never below 1 nor above 8.
var Scale = scale(os.Getenv("TEST_SCALE"), loadPerCore())

// Timeout bounds every wait for the page: 30 s at Scale 1.
var Timeout = Scaled(30 * time.Second)

// Scaled stretches d by Scale.
func Scaled(d time.Duration) time.Duration {
	return time.Duration(float64(d) * Scale)
}

// scale is TEST_SCALE's value when it is a positive number, else the load
// per core clamped to [1, 8].
func scale(env string, load float64) float64 {
	if f, err := strconv.ParseFloat(env, 64); err == nil && f > 0 {
		return f
	}
	return min(max(load, 1), 8)
}

// loadPerCore is the one-minute load average divided by the cores, or 0
// where /proc/loadavg cannot be read.
func loadPerCore() float64 {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return 0
	}
	f, err := strconv.ParseFloat(strings.Fields(string(b) + " 0")[0], 64)
	if err != nil {
		return 0
	}
	return f / float64(runtime.NumCPU())
}
