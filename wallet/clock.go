package wallet

import "time"

// Clock tells the time. The engine never reads the system clock itself:
// every operation takes the demo time as a value, which the app gets from
// State.Now and tests fix.
type Clock interface {
	Now() time.Time
}

// SystemClock is the real time.
type SystemClock struct{}

// Now returns the real time.
func (SystemClock) Now() time.Time { return time.Now() }

// FixedClock always tells the same time; tests move it by hand.
type FixedClock struct{ T time.Time }

// Now returns c.T.
func (c *FixedClock) Now() time.Time { return c.T }

// Add moves the clock by d.
func (c *FixedClock) Add(d time.Duration) { c.T = c.T.Add(d) }

// Now returns the demo time: base time plus the state's ClockOffset, in UTC
// and without a monotonic reading, so it is stored and compared exactly.
func (s *State) Now(base Clock) time.Time {
	return base.Now().Add(s.ClockOffset).UTC()
}

// AdvanceClock moves the demo clock forward by d (the "+1 h", "+24 h"
// buttons) and settles everything that falls due in between. now is the
// demo time before the jump. It returns EINVALID (on the field
// "duration") unless d is positive.
func (s *State) AdvanceClock(d time.Duration, now time.Time) ([]Event, error) {
	if d <= 0 {
		return nil, FieldErrorf("duration", EINVALID, "The demo clock only moves forward.")
	}
	return s.apply(now.Add(d), func(t *State, now time.Time) ([]Event, error) {
		t.ClockOffset += d
		return []Event{{Kind: EventClockAdvanced, Time: now}}, nil
	})
}
