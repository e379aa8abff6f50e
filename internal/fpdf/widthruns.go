package fpdf

// Patch 13 (see PATCHES.md): generateCIDFontMap kept its /W ranges in
// untypedKeyMaps, an imitation of PHP arrays whose keys are interface
// values, in a map from cid to range. widthRun is the same structure with
// int32 keys (the only string key, "interval", is intervalKey) and the same
// methods, so that the function, translated call for call, keeps every
// quirk of upstream's (TestCIDFontMapAsUpstream compares the output) while
// boxing no keys.

// intervalKey stands for the key "interval".
const intervalKey = -1

type widthRun struct {
	keySet   []int32
	valueSet []int
}

// newWidthRun is an empty run with room for a few widths: most runs hold
// one to three, and upstream's empty slices grew on the first appends.
// Capacity does not change what the function writes: the only slices that
// share arrays are a run's and the copy of it taken before a delete, and a
// delete shifts in place whatever the capacity.
func newWidthRun() widthRun {
	return widthRun{keySet: make([]int32, 0, 4), valueSet: make([]int, 0, 4)}
}

func (pa *widthRun) getIndex(key int32) int {
	for i, k := range pa.keySet {
		if k == key {
			return i
		}
	}
	return -1
}

// putNext appends value under the next int key, as put(nil, value) does.
func (pa *widthRun) putNext(value int) {
	pa.keySet = append(pa.keySet, int32(pa.nextIntKey()))
	pa.valueSet = append(pa.valueSet, value)
}

// put sets key's value, appending the key if it is new.
func (pa *widthRun) put(key int32, value int) {
	if i := pa.getIndex(key); i >= 0 {
		pa.valueSet[i] = value
		return
	}
	pa.keySet = append(pa.keySet, key)
	pa.valueSet = append(pa.valueSet, value)
}

// nextIntKey is untypedKeyMap.nextIntKey for these keys.
func (pa *widthRun) nextIntKey() int {
	c := 0
	for _, k := range pa.keySet {
		if k != intervalKey {
			c++
		}
	}
	dense := true
	for _, k := range pa.keySet {
		if k != intervalKey && (k < 0 || int(k) >= c) {
			dense = false
			break
		}
	}
	if dense {
		return c
	}
	for n := 0; ; n++ {
		if pa.getIndex(int32(n)) < 0 {
			return n
		}
	}
}

// delete is untypedKeyMap.delete, slicing and shifting alike: a copy of the
// struct taken before sees the shifted backing arrays, as upstream's does.
func (pa *widthRun) delete(key int32) {
	if pa == nil || pa.keySet == nil || pa.valueSet == nil {
		return
	}
	i := pa.getIndex(key)
	if i >= 0 {
		if i == 0 {
			pa.keySet = pa.keySet[1:]
			pa.valueSet = pa.valueSet[1:]
		} else if i == len(pa.keySet)-1 {
			pa.keySet = pa.keySet[:len(pa.keySet)-1]
			pa.valueSet = pa.valueSet[:len(pa.valueSet)-1]
		} else {
			pa.keySet = append(pa.keySet[:i], pa.keySet[i+1:]...)
			pa.valueSet = append(pa.valueSet[:i], pa.valueSet[i+1:]...)
		}
	}
}

func (pa *widthRun) get(key int32) int {
	if i := pa.getIndex(key); i >= 0 {
		return pa.valueSet[i]
	}
	return 0
}

func (pa *widthRun) pop() {
	pa.keySet = pa.keySet[:len(pa.keySet)-1]
	pa.valueSet = pa.valueSet[:len(pa.valueSet)-1]
}

// mergeRuns is arrayMerge for widthRuns.
func mergeRuns(arr1, arr2 *widthRun) *widthRun {
	answer := widthRun{}
	if arr1 == nil && arr2 == nil {
		answer = widthRun{make([]int32, 0), make([]int, 0)}
	} else if arr2 == nil {
		answer.keySet = arr1.keySet[:]
		answer.valueSet = arr1.valueSet[:]
	} else if arr1 == nil {
		answer.keySet = arr2.keySet[:]
		answer.valueSet = arr2.valueSet[:]
	} else {
		answer.keySet = arr1.keySet[:]
		answer.valueSet = arr1.valueSet[:]
		for i := 0; i < len(arr2.keySet); i++ {
			if arr2.keySet[i] == intervalKey {
				if arr1.getIndex(intervalKey) < 0 {
					answer.put(intervalKey, arr2.valueSet[i])
				}
			} else {
				answer.putNext(arr2.valueSet[i])
			}
		}
	}
	return &answer
}

// sameValues reports whether vs holds one value, once or more:
// len(arrayCountValues(vs)) == 1 without the map.
func sameValues(vs []int) bool {
	if len(vs) == 0 {
		return false
	}
	for _, v := range vs[1:] {
		if v != vs[0] {
			return false
		}
	}
	return true
}
