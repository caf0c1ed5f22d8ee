package wallet

import "fmt"

// Error is a refusal by the engine: a stable machine-readable Code, a Message a
// new user understands, and, for form input, the Field that is wrong.
//
// The UI translates by Code and falls back to Message, so codes never change
// once shipped.
type Error struct {
	Code    string
	Message string
	Field   string
}

// Error implements the error interface.
func (e *Error) Error() string {
	if e.Field != "" {
		return fmt.Sprintf("wallet: %s (%s): %s", e.Code, e.Field, e.Message)
	}
	return fmt.Sprintf("wallet: %s: %s", e.Code, e.Message)
}

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// FieldErrorf returns an *Error that names the form field at fault.
func FieldErrorf(field, code, format string, args ...any) *Error {
	return &Error{Code: code, Field: field, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of err if it is (or wraps) an *Error, EINTERNAL
// for any other non-nil error, and "" for nil.
func ErrorCode(err error) string {
	switch e := asError(err); {
	case err == nil:
		return ""
	case e != nil:
		return e.Code
	default:
		return EINTERNAL
	}
}

// ErrorMessage returns the human message of err if it is (or wraps) an
// *Error, a generic message for any other non-nil error, and "" for nil.
func ErrorMessage(err error) string {
	switch e := asError(err); {
	case err == nil:
		return ""
	case e != nil:
		return e.Message
	default:
		return "Something went wrong inside the demo. Nothing was changed."
	}
}

// ErrorField returns the form field named by err, or "".
func ErrorField(err error) string {
	if e := asError(err); e != nil {
		return e.Field
	}
	return ""
}

// asError returns the first *Error in err's tree, as errors.As would, or
// nil. It walks the tree itself because errors.As brings reflection into
// app.wasm: 16 kB more after brotli.
func asError(err error) *Error {
	for {
		switch e := err.(type) {
		case *Error:
			return e
		case interface{ Unwrap() error }:
			err = e.Unwrap()
		case interface{ Unwrap() []error }:
			for _, inner := range e.Unwrap() {
				if found := asError(inner); found != nil {
					return found
				}
			}
			return nil
		default:
			return nil
		}
	}
}

// EINTERNAL is the code of an error the engine did not expect, such as a
// state it cannot copy. Any operation may return it, so the docs of
// operations leave it out and name only their refusals.
const EINTERNAL = "internal"

// EINVALID is the code of malformed input that no more specific code covers.
const EINVALID = "invalid"
