//go:build !wasm

package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// demo is the demo's own server, built from this module and run on a
// loopback port.
type demo struct {
	url string
	cmd *exec.Cmd
	dir string
}

// startDemo builds the demo's server and runs it on the web folder web, on
// a port the system picks.
func startDemo(web string) (*demo, error) {
	web, err := filepath.Abs(web)
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(filepath.Join(web, "app.wasm")); err != nil {
		return nil, fmt.Errorf("%s has no app.wasm: run `make wasm`", web)
	}
	dir, err := os.MkdirTemp("", "tourmedia-")
	if err != nil {
		return nil, err
	}
	d := &demo{dir: dir}
	bin := filepath.Join(dir, "walletdemo")
	if out, err := exec.Command("go", "build", "-o", bin, "walletdemo/cmd/walletdemo").CombinedOutput(); err != nil {
		d.stop()
		return nil, fmt.Errorf("building the demo's server: %v\n%s", err, out)
	}
	d.cmd = exec.Command(bin, "-addr", "127.0.0.1:0", "-web", web)
	logs, err := d.cmd.StderrPipe()
	if err != nil {
		d.stop()
		return nil, err
	}
	if err := d.cmd.Start(); err != nil {
		d.stop()
		return nil, err
	}
	if d.url, err = listening(logs); err != nil {
		d.stop()
		return nil, err
	}
	return d, nil
}

// listening reads the server's log until it names the address it listens
// on, then drops the rest of the log (its access log) as it comes.
func listening(logs io.Reader) (string, error) {
	found := make(chan string, 1)
	var said []string
	lines := bufio.NewScanner(logs)
	go func() {
		defer close(found)
		for lines.Scan() {
			if _, url, ok := strings.Cut(lines.Text(), "Wallet Demo on "); ok {
				found <- url
				io.Copy(io.Discard, logs)
				return
			}
			said = append(said, lines.Text())
		}
	}()
	select {
	case url, ok := <-found:
		if !ok {
			return "", fmt.Errorf("the demo's server stopped:\n%s", strings.Join(said, "\n"))
		}
		return url, nil
	case <-time.After(30 * time.Second):
		return "", errors.New("the demo's server did not start within 30 s")
	}
}

// stop ends the server and removes its binary.
func (d *demo) stop() {
	if d.cmd != nil && d.cmd.Process != nil {
		d.cmd.Process.Kill()
		d.cmd.Wait()
	}
	os.RemoveAll(d.dir)
}
