package main

import (
	"errors"
	"testing"
)

func TestTwiceRunsAFailedRunOnceMore(t *testing.T) {
	for _, c := range []struct {
		failures, wantCalls int
		wantErr             bool
	}{{0, 1, false}, {1, 2, false}, {2, 2, true}} {
		calls := 0
		v, err := twice(func() (int, error) {
			calls++
			if calls <= c.failures {
				return 0, errors.New("NO_NAVSTART")
			}
			return 7, nil
		})
		if calls != c.wantCalls || (err != nil) != c.wantErr || (err == nil && v != 7) {
			t.Errorf("%d failures: %d calls, %v, err %v; want %d calls, err %v", c.failures, calls, v, err, c.wantCalls, c.wantErr)
		}
	}
}
