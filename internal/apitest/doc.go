// Package apitest holds tests of the public Go API as another module sees
// it; it has no code of its own.
package apitest
