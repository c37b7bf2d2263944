package main

import (
	"runtime/debug"

	"github.com/newslint/newslint/lint"
)

// version is the release version, plus the VCS revision when the binary
// was built from a checkout.
func version() string {
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				return lint.Version + " (" + s.Value[:12] + ")"
			}
		}
	}
	return lint.Version
}
