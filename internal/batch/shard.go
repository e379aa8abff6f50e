package batch

import (
	"fmt"
	"hash/fnv"
	"strconv"
	"strings"
)

// Shard is part K of N of a run's inputs, for spreading a run over the
// pods of a Kubernetes Indexed Job. An input belongs to the shard its
// output name (shardKey) hashes to, so adding or removing a file moves no
// other file between shards, the N shards together cover every input
// exactly once, and two inputs that would write the same outputs are
// always in the same shard, where the second is refused.
type Shard struct{ K, N int }

// ParseShard reads "K/N" with 0 ≤ K < N.
func ParseShard(s string) (Shard, error) {
	k, n, ok := strings.Cut(s, "/")
	ki, err1 := strconv.Atoi(k)
	ni, err2 := strconv.Atoi(n)
	if !ok || err1 != nil || err2 != nil || ni < 1 || ki < 0 || ki >= ni {
		return Shard{}, fmt.Errorf("shard %q: expected K/N with 0 ≤ K < N, such as 3/16", s)
	}
	return Shard{K: ki, N: ni}, nil
}

func (s Shard) String() string { return fmt.Sprintf("%d/%d", s.K, s.N) }

// Has reports whether the input with this shard key falls in this shard.
func (s Shard) Has(key string) bool {
	h := fnv.New64a()
	h.Write([]byte(key))
	return h.Sum64()%uint64(s.N) == uint64(s.K)
}

// Filter keeps the inputs of this shard, in order.
func (s Shard) Filter(inputs []Input) []Input {
	var out []Input
	for _, in := range inputs {
		key := in.Out
		if key == "" {
			key, _ = outputName(in.Rel)
		}
		if s.Has(shardKey(key)) {
			out = append(out, in)
		}
	}
	return out
}
