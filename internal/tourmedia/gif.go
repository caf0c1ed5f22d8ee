package tourmedia

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/gif"
	"image/png"
	"iter"
	"time"
)

// Frame is one picture of the screen, a PNG, and when it appeared, from
// the start of the recording.
type Frame struct {
	At  time.Duration
	PNG []byte
}

// MaxGIF is the most bytes a tour's GIF may have.
const MaxGIF = 2 << 20

// GIF is an encoded animation and what it holds.
type GIF struct {
	Data []byte
	// Frames is how many frames the GIF has: the recorded frames kept that
	// changed the picture.
	Frames int
	// Duration is one loop.
	Duration time.Duration
	// Gap is the least time between two recorded frames kept: 20 ms, or
	// more when the size cap lowered the rate.
	Gap time.Duration
}

// MinGap is the least time between two frames of a GIF: its delays are in
// centiseconds, and browsers show a delay under 2 as 10.
const MinGap = 20 * time.Millisecond

const (
	centisecond = 10 * time.Millisecond
	// maxGap is the lowest rate Encode falls to before it gives up.
	maxGap = time.Second
)

// Encode encodes frames, the last shown until end, as a looping GIF of at
// most limit bytes, keeping frames at least MinGap apart. Each frame after the first holds only the rectangle
// that changed, transparent where a pixel did not; a frame that changed
// nothing lengthens the one before. Delays are the frames' own times. If
// the GIF is over limit, Encode keeps fewer frames — one each 40 ms, 80 ms,
// and so on to one a second — and fails if even that is over.
func Encode(frames []Frame, end time.Duration, limit int) (GIF, error) {
	if len(frames) == 0 {
		return GIF{}, errors.New("tourmedia: no frames to encode")
	}
	for gap := centis(MinGap); ; gap *= 2 {
		g, err := encode(frames, end, gap)
		if err != nil || len(g.Data) <= limit {
			return g, err
		}
		if gap >= centis(maxGap) {
			return GIF{}, fmt.Errorf("tourmedia: the GIF is %d bytes even with a frame each %s, over the cap of %d", len(g.Data), g.Gap, limit)
		}
	}
}

// encode encodes the frames at least gap centiseconds apart. The last
// frame is always kept, if need be a little later, so the GIF ends on the
// screen's final state.
func encode(frames []Frame, end time.Duration, gap int) (GIF, error) {
	out := gif.GIF{}
	q := newQuantizer()
	var prev *image.Paletted
	var starts []int
	last := 0
	for i, f := range frames {
		at := max(centis(f.At), 0)
		switch {
		case i == 0:
			at = 0
		case i == len(frames)-1:
			at = max(at, last+gap)
		case at-last < gap:
			continue
		}
		img, err := png.Decode(bytes.NewReader(f.PNG))
		if err != nil {
			return GIF{}, fmt.Errorf("tourmedia: frame %d: %w", i, err)
		}
		cur := q.quantize(img)
		if prev != nil && cur.Rect != prev.Rect {
			return GIF{}, fmt.Errorf("tourmedia: frame %d is %dx%d, the first %dx%d", i, cur.Rect.Dx(), cur.Rect.Dy(), prev.Rect.Dx(), prev.Rect.Dy())
		}
		frame := cur
		if prev != nil {
			if frame = difference(prev, cur); frame == nil {
				continue
			}
		}
		out.Image = append(out.Image, frame)
		out.Disposal = append(out.Disposal, gif.DisposalNone)
		starts = append(starts, at)
		last, prev = at, cur
	}
	total := 0
	for k, at := range starts {
		next := max(centis(end), at+gap)
		if k+1 < len(starts) {
			next = starts[k+1]
		}
		out.Delay = append(out.Delay, next-at)
		total += next - at
	}
	out.Config = image.Config{ColorModel: Palette, Width: prev.Rect.Dx(), Height: prev.Rect.Dy()}
	var buf bytes.Buffer
	if err := gif.EncodeAll(&buf, &out); err != nil {
		return GIF{}, err
	}
	return GIF{Data: buf.Bytes(), Frames: len(out.Image), Duration: time.Duration(total) * centisecond, Gap: time.Duration(gap) * centisecond}, nil
}

func centis(d time.Duration) int { return int((d + centisecond/2) / centisecond) }

// difference is the rectangle of cur that differs from prev, transparent
// where a pixel is the same; nil when nothing changed.
func difference(prev, cur *image.Paletted) *image.Paletted {
	r := image.Rectangle{}
	w, h := cur.Rect.Dx(), cur.Rect.Dy()
	for y := range h {
		a, b := prev.Pix[y*prev.Stride:][:w], cur.Pix[y*cur.Stride:][:w]
		if bytes.Equal(a, b) {
			continue
		}
		x0, x1 := 0, w
		for a[x0] == b[x0] {
			x0++
		}
		for a[x1-1] == b[x1-1] {
			x1--
		}
		r = r.Union(image.Rect(x0, y, x1, y+1))
	}
	if r.Empty() {
		return nil
	}
	d := image.NewPaletted(r, Palette)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if c := cur.Pix[cur.PixOffset(x, y)]; c != prev.Pix[prev.PixOffset(x, y)] {
				d.Pix[d.PixOffset(x, y)] = c
			}
		}
	}
	return d
}

// Composed yields the pictures a viewer shows of a decoded GIF whose frames
// are drawn over the ones before (as Encode's are), in order. The picture
// is one buffer, drawn anew each time: copy it to keep it.
func Composed(g *gif.GIF) iter.Seq2[int, *image.RGBA] {
	return func(yield func(int, *image.RGBA) bool) {
		canvas := image.NewRGBA(image.Rect(0, 0, g.Config.Width, g.Config.Height))
		for i, frame := range g.Image {
			// What draw.Over does, a GIF's pixels being opaque or
			// transparent, without its slow path for paletted pictures.
			colours := make([]color.RGBA, len(frame.Palette))
			for k, c := range frame.Palette {
				colours[k] = color.RGBAModel.Convert(c).(color.RGBA)
			}
			r := frame.Rect.Intersect(canvas.Rect)
			for y := r.Min.Y; y < r.Max.Y; y++ {
				for x := r.Min.X; x < r.Max.X; x++ {
					if c := colours[frame.Pix[frame.PixOffset(x, y)]]; c.A != 0 {
						canvas.SetRGBA(x, y, c)
					}
				}
			}
			if !yield(i, canvas) {
				return
			}
		}
	}
}
