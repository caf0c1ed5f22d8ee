package app

// initial is the first letter of a name, for a text avatar.
func initial(name string) string {
	for _, r := range name {
		return string(r)
	}
	return "?"
}
