// Copyright ©2021 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"bytes"
	"fmt"
	"sync"

	kzlib "github.com/klauspost/compress/zlib"
)

var xmem = xmempool{
	Pool: sync.Pool{
		New: func() interface{} {
			var m membuffer
			return &m
		},
	},
}

type xmempool struct{ sync.Pool }

// zlibWriters holds zlib writers for reuse: a new one allocates and clears
// about 1 MB of compressor state, which cost more than compressing the
// typical stream. A writer is Reset onto each new buffer.
//
// The writers are github.com/klauspost/compress's zlib, a drop-in for the
// standard library's, at the same level (BestSpeed): deflating the embedded
// font files was the largest cost of a document, and its level-1 encoder is
// about twice as fast on glyph outlines for streams about 4 % larger.
var zlibWriters = sync.Pool{
	New: func() interface{} {
		zw, err := kzlib.NewWriterLevel(nil, kzlib.BestSpeed)
		if err != nil {
			panic(fmt.Errorf("could not create zlib writer: %w", err))
		}
		return zw
	},
}

func (pool *xmempool) compress(data []byte) *membuffer {
	mem := pool.Get().(*membuffer)
	buf := &mem.buf
	buf.Grow(len(data))

	zw := zlibWriters.Get().(*kzlib.Writer)
	defer zlibWriters.Put(zw)
	zw.Reset(buf)
	_, err := zw.Write(data)
	if err != nil {
		panic(fmt.Errorf("could not zlib-compress slice: %w", err))
	}

	err = zw.Close()
	if err != nil {
		panic(fmt.Errorf("could not close zlib writer: %w", err))
	}
	return mem
}

type membuffer struct {
	buf bytes.Buffer
}

func (mem *membuffer) bytes() []byte { return mem.buf.Bytes() }
func (mem *membuffer) release() {
	mem.buf.Reset()
	xmem.Put(mem)
}
