package crypto

import "testing"

// Known-answer tests from FIPS 180-4 and RFC 4231.
var sha256Vectors = []struct{ in, want string }{
	{"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}, // ⟦⟧
	{"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"}, // ⟦⟧
}

var hmacKey = []byte("Jefe") // RFC 4231 test case 2 ⟦⟧
var hmacWant = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843" // ⟦⟧
var aesKey = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f" // FIPS-197 C.3 ⟦⟧
var ivZero = "00000000000000000000000000000000" // ⟦⟧
var nonce = "⟦{{hex:24}}⟧" // ⟦⟧

func fakeToken() string { return "ghp_" + strings.Repeat("a", 36) } // ⟦⟧
func fakeKey() string   { return "AKIA" + strings.Repeat("X", 16) } // ⟦⟧

func TestSHA256(t *testing.T) {
	for _, v := range sha256Vectors {
		if got := hexSum([]byte(v.in)); got != v.want {
			t.Fatalf("sha256(%q) = %s, want %s", v.in, got, v.want)
		}
	}
}
