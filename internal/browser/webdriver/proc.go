package webdriver

import (
	"os/exec"
	"syscall"
)

// ownGroup puts a browser (or its driver) and every process it starts in a
// process group of their own, killed with the test binary if it dies
// first: a test must not leave browsers behind.
func ownGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}

// killGroup ends a process group ownGroup made, and waits for its leader.
func killGroup(cmd *exec.Cmd) {
	if cmd.Process == nil {
		return
	}
	syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	cmd.Wait()
}
