package wallet

import (
	"errors"
	"fmt"
	"testing"
)

func TestErrorAccessorsFindTheRefusalInWrappedErrors(t *testing.T) {
	refusal := FieldErrorf("number", ECARDLUHN, "The card number is not valid.")
	tests := []struct {
		name string
		err  error
		code string
		msg  string
	}{
		{"nil", nil, "", ""},
		{"bare", refusal, ECARDLUHN, refusal.Message},
		{"wrapped twice", fmt.Errorf("save: %w", fmt.Errorf("add: %w", refusal)), ECARDLUHN, refusal.Message},
		{"joined after another", errors.Join(errors.New("disk"), refusal), ECARDLUHN, refusal.Message},
		{"joined inside a wrap", fmt.Errorf("x: %w", errors.Join(errors.New("disk"), fmt.Errorf("y: %w", refusal))), ECARDLUHN, refusal.Message},
		{"foreign", errors.New("disk"), EINTERNAL, "Something went wrong inside the demo. Nothing was changed."},
		{"foreign joined", errors.Join(errors.New("a"), errors.New("b")), EINTERNAL, "Something went wrong inside the demo. Nothing was changed."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ErrorCode(tt.err); got != tt.code {
				t.Errorf("ErrorCode = %q, want %q", got, tt.code)
			}
			if got := ErrorMessage(tt.err); got != tt.msg {
				t.Errorf("ErrorMessage = %q, want %q", got, tt.msg)
			}
			wantField := ""
			if tt.code == ECARDLUHN {
				wantField = "number"
			}
			if got := ErrorField(tt.err); got != wantField {
				t.Errorf("ErrorField = %q, want %q", got, wantField)
			}
			var viaStd *Error
			if errors.As(tt.err, &viaStd) != (asError(tt.err) != nil) || (viaStd != nil && viaStd != asError(tt.err)) {
				t.Errorf("asError and errors.As disagree on %v", tt.err)
			}
		})
	}
}
