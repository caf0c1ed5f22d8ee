package wallet

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"
)

// maxDocument caps the size of a state document Load reads.
const maxDocument = 4 << 20

// migrations[n] turns a version-n document into version n+1. They work on
// the generic JSON tree, so a migration never depends on today's types; a
// schema change appends one and raises Version.
var migrations = []func(doc map[string]any) error{
	migrate0to1,
	migrate1to2,
}

// migrate0to1 reads the first prototype's documents, which had no version,
// named the ruleset "rules" and kept the demo clock offset in whole
// seconds as "offset_seconds".
func migrate0to1(doc map[string]any) error {
	if rules, ok := doc["rules"]; ok {
		doc["ruleset"] = rules
		delete(doc, "rules")
	}
	if off, ok := doc["offset_seconds"]; ok {
		n, ok := off.(json.Number)
		secs, err := n.Int64()
		if !ok || err != nil || secs > 1<<32 || secs < -(1<<32) {
			return errors.New("offset_seconds is not a number of seconds")
		}
		doc["clock_offset"] = json.Number(strconv.FormatInt(secs*1e9, 10))
		delete(doc, "offset_seconds")
	}
	return nil
}

// migrate1to2 writes identity numbers, which version 1 kept as typed
// (spaces around, lowercase letters, no brackets), as the document
// prints them.
func migrate1to2(doc map[string]any) error {
	account, _ := doc["account"].(map[string]any)
	id, _ := account["identity"].(map[string]any)
	number, ok := id["number"].(string)
	if !ok {
		return nil
	}
	kind, _ := id["type"].(string)
	id["number"] = normalIDNumber(IDType(kind), number)
	return nil
}

// Load reads a state document, migrating older versions to Version. It
// refuses, with an *Error of code ECORRUPT, anything it cannot trust:
// malformed JSON, unknown fields, a version newer than this engine, an
// unknown ruleset, or broken invariants such as a balance that differs
// from the ledger. The loaded state draws randomness from the system until
// SetRand.
func Load(b []byte) (*State, error) {
	if len(b) > maxDocument {
		return nil, corrupt("it is larger than %d bytes", maxDocument)
	}
	var doc map[string]any
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	if err := dec.Decode(&doc); err != nil || doc == nil {
		return nil, corrupt("it is not a JSON object")
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, corrupt("something follows the JSON object")
	}
	if err := migrate(doc); err != nil {
		return nil, err
	}
	current, err := json.Marshal(doc)
	if err != nil {
		return nil, corrupt("it cannot be re-encoded")
	}
	s := &State{}
	dec = json.NewDecoder(bytes.NewReader(current))
	dec.DisallowUnknownFields()
	if err := dec.Decode(s); err != nil {
		return nil, corrupt("%v", err)
	}
	if err := s.check(); err != nil {
		return nil, err
	}
	return s, nil
}

// migrate brings doc from its version to Version, one step at a time.
func migrate(doc map[string]any) error {
	v := 0
	if raw, ok := doc["version"]; ok {
		n, ok := raw.(json.Number)
		i, err := n.Int64()
		if !ok || err != nil || i < 0 {
			return corrupt("its version is not a whole number")
		}
		if i > Version {
			return corrupt("it was saved by a newer version (%d) of the demo", i)
		}
		v = int(i)
	}
	for ; v < Version; v++ {
		if err := migrations[v](doc); err != nil {
			return corrupt("version %d cannot be updated: %v", v, err)
		}
		doc["version"] = json.Number(strconv.Itoa(v + 1))
	}
	return nil
}

// corrupt is the refusal of a document Load cannot trust.
func corrupt(format string, args ...any) error {
	return Errorf(ECORRUPT, "The saved demo cannot be loaded: "+format+". Reset the demo to start again.", args...)
}
